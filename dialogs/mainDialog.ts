// The main dialog: reads what the user meant (the recognizer) and routes by intent.
//
//   question  -> answered (one card), the query kept for follow-ups
//   followup  -> merged with the conversation's last query, then answered
//   clarify   -> clarify dialog (asks back with choices), then the picked query answered
//   help, greeting, none (honest fallback), bad-input (the recognizer's message)
//
// A card button that carries a query (a follow-up or a clarify choice) is answered as is.
//
// It is a plain Dialog at the root of one DialogSet with the dialogs it starts, not a
// ComponentDialog around a waterfall, and it answers a question itself: the same routing
// with a third of the dialog machinery a turn. Each layer of botbuilder-dialogs is
// downlevelled async code (a fresh generator and its maps per call, about 3 µs and old-space
// garbage apiece): a turn went through 29 of them, now 7 (issue 8).
import type { Dialog as DialogType, DialogContext, DialogReason, DialogState, DialogTurnResult, Recognizer } from 'botbuilder-dialogs';
import { Dialog, DialogSet, DialogTurnStatus, MessageFactory } from './sdk';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Query } from '../knowledge/types';
import type { Intent, Understanding } from '../knowledge/understand/types';
import type { KnowledgeEngine } from './engine';
import { Questions } from './question';
import { CLARIFY_DIALOG, ClarifyDialog, type ClarifyResult } from './clarifyDialog';
import { queryFromValue } from './values';
import { fallbackReply, helpReply, scopeOf } from './replies';
import * as copy from './copy';

export const MAIN_DIALOG = 'main';

/** Where botbuilder-dialogs looks for the state manager's configuration in a turn's state. */
const STATE_CONFIGURATION = 'DialogStateManagerConfiguration';

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
  routes?: Partial<Record<Intent, DialogType>>;
}

/** Options a plugged-in dialog is begun with. */
export interface RoutedDialogOptions {
  understanding: Understanding;
}

export function recordIntent(context: TurnContext, intent: string): void {
  context.turnState.set(INTENT_KEY, intent);
}

export class MainDialog extends Dialog {
  /** The dialogs this one starts: the clarification and the routes of other features. */
  private readonly children: DialogType[];
  private readonly questions: Questions;
  /** The dialog set over a conversation's dialog state, made on its first turn. */
  private readonly sets = new WeakMap<StatePropertyAccessor<DialogState>, DialogSet>();
  /**
   * The dialog state manager's memory scopes and path resolvers, as the SDK built them on the
   * first turn. It builds them again for every turn (a service collection, 14 objects, a
   * schema check) unless the turn's state already holds them; handing them on is what
   * DialogManager's `stateConfiguration` does. They hold nothing of a turn.
   */
  private stateConfiguration?: unknown;

  constructor(private readonly deps: MainDialogDeps) {
    super(MAIN_DIALOG);
    this.questions = new Questions(deps.engine, deps.lastQuery);
    this.children = [new ClarifyDialog(), ...Object.values(deps.routes ?? {}).filter((d): d is DialogType => !!d)];
  }

  /** Runs a turn: continues an open dialog (a pending clarification) or starts a new one. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    let set = this.sets.get(dialogState);
    if (!set) {
      set = new DialogSet(dialogState);
      for (const d of [this, ...this.children]) set.add(d);
      this.sets.set(dialogState, set);
    }
    if (this.stateConfiguration) context.turnState.set(STATE_CONFIGURATION, this.stateConfiguration);
    const dc = await set.createContext(context);
    this.stateConfiguration ??= context.turnState.get(STATE_CONFIGURATION);
    // most turns have nothing pending: start afresh without asking the empty stack first
    const result = dc.activeDialog ? await dc.continueDialog() : undefined;
    if (!result || result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  override beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.route(dc);
  }

  /** Only reached with a dialog stack saved by an older version: read the message afresh. */
  override continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.route(dc);
  }

  /** A dialog this one started has ended. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const clarified = result as ClarifyResult | undefined;
    if (clarified && 'picked' in clarified) {
      recordIntent(dc.context, 'clarified');
      return this.answer(dc, clarified.picked);
    }
    // the user answered the clarification with something else: read it as a new message
    if (clarified && 'reroute' in clarified) return this.route(dc);
    return dc.endDialog();
  }

  /** Answers `query` and ends: a question needs one turn. */
  private async answer(dc: DialogContext, query: Query): Promise<DialogTurnResult> {
    await this.questions.answer(dc.context, query);
    return dc.endDialog();
  }

  private async understand(dc: DialogContext): Promise<Understanding> {
    const result = await this.deps.recognizer.recognize(dc, dc.context.activity);
    const u = (result as { understanding?: Understanding }).understanding;
    return u ?? { intent: 'none', confidence: 0 };
  }

  private async route(dc: DialogContext): Promise<DialogTurnResult> {
    const { context } = dc;
    const carried = queryFromValue(context.activity.value);
    if (carried) {
      recordIntent(context, 'button');
      return this.answer(dc, carried);
    }
    const u = await this.understand(dc);
    recordIntent(context, u.intent);
    const routed = this.deps.routes?.[u.intent];
    if (routed) return dc.beginDialog(routed.id, { understanding: u } satisfies RoutedDialogOptions);
    switch (u.intent) {
      case 'question':
        if (u.query) return this.answer(dc, u.query);
        break;
      case 'followup': {
        const last = await this.deps.lastQuery.get(context);
        const partial = u.query;
        if (last && partial) return this.answer(dc, this.deps.engine.mergeFollowUp(last, partial));
        if (partial && (partial.bodyId || partial.topicId || partial.unknownBody)) {
          // nothing to follow on from, but the body alone makes a question
          const query: Query = partial.topicId ? partial : { ...partial, kind: partial.kind ?? 'body-status' };
          return this.answer(dc, query);
        }
        await context.sendActivity(MessageFactory.text(copy.NO_CONTEXT));
        return dc.endDialog();
      }
      case 'clarify':
        if (u.choices && u.choices.length > 0) return dc.beginDialog(CLARIFY_DIALOG, { prompt: u.prompt, choices: u.choices });
        break;
      case 'help':
        await context.sendActivity(helpReply(scopeOf(context.activity.conversation)));
        return dc.endDialog();
      case 'greeting':
        await context.sendActivity(helpReply(scopeOf(context.activity.conversation), copy.GREETING));
        return dc.endDialog();
      case 'thanks':
        // "thanks" closes a conversation: answer it as a person would, not with the help card
        await context.sendActivity(MessageFactory.text(copy.YOU_ARE_WELCOME));
        return dc.endDialog();
      case 'bad-input':
        await context.sendActivity(MessageFactory.text(u.message ?? "Sorry, I couldn't read that. Please ask a question in a sentence."));
        return dc.endDialog();
      case 'none':
        break;
      default:
        // an intent whose feature is not installed here
        await context.sendActivity(helpReply(scopeOf(context.activity.conversation), copy.NOT_AVAILABLE));
        return dc.endDialog();
    }
    // 'none', or an understanding without what its intent needs: the honest fallback
    recordIntent(context, 'none');
    await context.sendActivity(fallbackReply(u.unknownTerms));
    return dc.endDialog();
  }
}
