// The main dialog: reads what the user meant (the recognizer) and routes by intent.
//
//   question  -> question dialog (answer + card), the query kept for follow-ups
//   followup  -> merged with the conversation's last query, then the question dialog
//   clarify   -> clarify dialog (asks back with choices), then the picked query answered
//   help, greeting, none (honest fallback), bad-input (the recognizer's message)
//
// A card button that carries a query (a follow-up or a clarify choice) is answered as is.
import type { Dialog, DialogState, DialogTurnResult, Recognizer, WaterfallStepContext } from 'botbuilder-dialogs';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog } from './sdk';
import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { Query } from '../knowledge/types';
import type { Intent, Understanding } from './understanding';
import type { KnowledgeEngine } from './engine';
import { QUESTION_DIALOG, QuestionDialog } from './questionDialog';
import { CLARIFY_DIALOG, ClarifyDialog, type ClarifyResult } from './clarifyDialog';
import { queryFromValue } from './values';
import { fallbackReply, helpReply } from './replies';
import * as copy from './copy';

export const MAIN_DIALOG = 'main';
const FLOW = 'main-flow';

/** Where the turn's intent is left for the per-turn log line. */
export const INTENT_KEY = Symbol.for('board-assistant.intent');

export interface MainDialogDeps {
  engine: KnowledgeEngine;
  recognizer: Recognizer;
  /** The conversation's last answered query (conversation state). */
  lastQuery: StatePropertyAccessor<Query | undefined>;
  /**
   * Dialogs other features plug in for their intents (reminders, obligations, compliance,
   * board profile). Each is begun with `{ understanding }` as its options.
   */
  routes?: Partial<Record<Intent, Dialog>>;
}

/** Options a plugged-in dialog is begun with. */
export interface RoutedDialogOptions {
  understanding: Understanding;
}

export function recordIntent(context: TurnContext, intent: string): void {
  context.turnState.set(INTENT_KEY, intent);
}

export class MainDialog extends ComponentDialog {
  constructor(private readonly deps: MainDialogDeps) {
    super(MAIN_DIALOG);
    this.addDialog(new QuestionDialog(deps.engine, deps.lastQuery));
    this.addDialog(new ClarifyDialog());
    for (const d of Object.values(deps.routes ?? {})) if (d) this.addDialog(d);
    this.addDialog(new WaterfallDialog(FLOW, [this.route.bind(this), this.afterChild.bind(this)]));
    this.initialDialogId = FLOW;
  }

  /** Runs a turn: continues an open dialog (a pending clarification) or starts a new one. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const set = new DialogSet(dialogState);
    set.add(this);
    const dc = await set.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  private async understand(step: WaterfallStepContext): Promise<Understanding> {
    const result = await this.deps.recognizer.recognize(step, step.context.activity);
    const u = (result as { understanding?: Understanding }).understanding;
    return u ?? { intent: 'none', confidence: 0 };
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const carried = queryFromValue(context.activity.value);
    if (carried) {
      recordIntent(context, 'button');
      return step.beginDialog(QUESTION_DIALOG, { query: carried });
    }
    const u = await this.understand(step);
    recordIntent(context, u.intent);
    const routed = this.deps.routes?.[u.intent];
    if (routed) return step.beginDialog(routed.id, { understanding: u } satisfies RoutedDialogOptions);
    switch (u.intent) {
      case 'question':
        if (u.query) return step.beginDialog(QUESTION_DIALOG, { query: u.query });
        break;
      case 'followup': {
        const last = await this.deps.lastQuery.get(context);
        const partial = u.query;
        if (last && partial) return step.beginDialog(QUESTION_DIALOG, { query: this.deps.engine.mergeFollowUp(last, partial) });
        if (partial && (partial.bodyId || partial.topicId || partial.unknownBody)) {
          // nothing to follow on from, but the body alone makes a question
          const query: Query = partial.topicId ? partial : { ...partial, kind: partial.kind ?? 'body-status' };
          return step.beginDialog(QUESTION_DIALOG, { query });
        }
        await context.sendActivity(MessageFactory.text(copy.NO_CONTEXT));
        return step.endDialog();
      }
      case 'clarify':
        if (u.choices && u.choices.length > 0) return step.beginDialog(CLARIFY_DIALOG, { prompt: u.prompt, choices: u.choices });
        break;
      case 'help':
        await context.sendActivity(helpReply());
        return step.endDialog();
      case 'greeting':
        await context.sendActivity(helpReply(copy.GREETING));
        return step.endDialog();
      case 'bad-input':
        await context.sendActivity(MessageFactory.text(u.message ?? "Sorry, I couldn't read that. Please ask a question in a sentence."));
        return step.endDialog();
      case 'none':
        break;
      default:
        // an intent whose feature is not installed here
        await context.sendActivity(helpReply(copy.NOT_AVAILABLE));
        return step.endDialog();
    }
    // 'none', or an understanding without what its intent needs: the honest fallback
    recordIntent(context, 'none');
    await context.sendActivity(fallbackReply());
    return step.endDialog();
  }

  private async afterChild(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as ClarifyResult | undefined;
    if (result && 'picked' in result) {
      recordIntent(step.context, 'clarified');
      return step.beginDialog(QUESTION_DIALOG, { query: result.picked });
    }
    // the user answered the clarification with something else: read it as a new message
    if (result && 'reroute' in result) return step.replaceDialog(FLOW);
    return step.endDialog();
  }
}
