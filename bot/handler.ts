// The Teams activity handler: personal chat, group chat, channel and meeting chat.
//
// - Every incoming activity refreshes the conversation's saved reference (proactive use).
// - In a channel the bot answers only when @mentioned (or when one of its own card buttons
//   is pressed); the bot's own mention is stripped before the text is understood.
// - Installation (bot added to a team, chat or personal scope): welcome card, reference saved.
// - Universal Actions (Action.Execute) from the compliance check card: answered in the
//   invoke response with the card that replaces it. Invokes of Teams features the bot does not
//   offer (dialogs, message extensions, sign-in, file consent) get Teams' "nothing here" answers.
// - A meeting starting in a meeting chat: the compliance check is offered, if the board
//   opted in (off by default).
// - One structured log line per turn: activity and conversation type, intent, latency.
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, ConversationState, InvokeResponse, StatePropertyAccessor } from 'botbuilder';
import { ActivityTypes, TeamsActivityHandler, TurnContext } from './sdk';
import type { DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import { fixedShapeLogger } from './log';
import type { ConversationStore } from './conversations';
import { INTENT_KEY, recordIntent, type MainDialog } from '../dialogs/mainDialog';
import { textFromValue } from '../dialogs/values';
import { scopeOf, welcomeReply } from '../dialogs/replies';
import { NO_SEARCH, NOTHING_TO_OPEN } from '../dialogs/copy';
import { RUN_VERB, type ComplianceDialog } from '../dialogs/compliance';
import { boardKeyOf, type BoardStore } from '../dialogs/boardStore';

export interface BoardBotDeps {
  conversationState: ConversationState;
  dialogState: StatePropertyAccessor<DialogState>;
  dialog: MainDialog;
  conversations: ConversationStore;
  logger: Logger;
  /** The compliance check, for its Universal Actions and the meeting-start offer. */
  compliance?: ComplianceDialog;
  /** The board profiles: whether a board opted in to the meeting-start offer. */
  boards?: BoardStore;
}

/** True when the activity @mentions the bot (the recipient). */
export function mentionsBot(context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  if (!botId) return false;
  return TurnContext.getMentions(context.activity).some((m) => m.mentioned?.id === botId);
}

const answered = (body?: unknown): InvokeResponse => ({ status: 200, body });
const nothingToOpen = answered({ task: { type: 'message', value: NOTHING_TO_OPEN } });
const noSearch = answered({ composeExtension: { type: 'message', text: NO_SEARCH } });

/**
 * The manifest declares no dialogs (task modules), no message extension, no sign-in and no file
 * upload: only a stale client or a forged request sends these. A dialog asked for shows a
 * message in its place, a search a message in the results pane; sign-in (nobody is signed in,
 * nothing to verify or exchange), file consent (no file offered), extension settings and
 * connector card actions are acknowledged.
 */
const UNSUPPORTED_INVOKES: Readonly<Record<string, InvokeResponse>> = {
  'task/fetch': nothingToOpen,
  'task/submit': nothingToOpen,
  'composeExtension/fetchTask': nothingToOpen,
  'composeExtension/submitAction': answered({ composeExtension: { type: 'message', text: NOTHING_TO_OPEN } }),
  'composeExtension/query': noSearch,
  'composeExtension/queryLink': noSearch,
  'composeExtension/anonymousQueryLink': noSearch,
  'composeExtension/selectItem': noSearch,
  'composeExtension/querySettingUrl': noSearch,
  'composeExtension/setting': answered(),
  'composeExtension/onCardButtonClicked': answered(),
  'signin/verifyState': answered(),
  'signin/tokenExchange': answered(),
  'fileConsent/invoke': answered(),
  'actionableMessage/executeAction': answered(),
};

export class BoardBot extends TeamsActivityHandler {
  /** Where the per-turn line goes: ids, types and a latency, never text. */
  private readonly turnLog: Logger;

  constructor(private readonly deps: BoardBotDeps) {
    super();
    this.turnLog = fixedShapeLogger(deps.logger);

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id === botId)) {
        recordIntent(context, 'installed');
        await this.deps.conversations.remember(context.activity, { installed: true });
        await context.sendActivity(welcomeReply(scopeOf(context.activity.conversation)));
      }
      await next();
    });

    this.onMembersRemoved(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersRemoved ?? []).some((m) => m.id === botId)) {
        recordIntent(context, 'removed');
        await this.deps.conversations.forget(context.activity.conversation.id);
      }
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      recordIntent(context, 'installed');
      await this.deps.conversations.remember(context.activity, { installed: true });
      await next();
    });

    this.onTeamsMeetingStartEvent(async (meeting, context, next) => {
      recordIntent(context, 'meeting-start');
      const profile = await this.deps.boards?.profile(boardKeyOf(context.activity));
      if (profile?.offerCheckAtMeetingStart && this.deps.compliance) {
        recordIntent(context, 'meeting-start-offer');
        await this.deps.compliance.offer(context, {
          profile,
          lead: `${meeting.title ? `“${meeting.title}” has started.` : 'The meeting has started.'} Here is the compliance check for ${profile.boardName}, if you want to run it.`,
        });
      }
      await next();
    });

    this.onInstallationUpdateRemove(async (context, next) => {
      recordIntent(context, 'uninstalled');
      await this.deps.conversations.forget(context.activity.conversation.id);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const started = performance.now();
    const a = context.activity;
    let outcome = 'ok';
    try {
      await this.refreshReference(context);
      // A message (most turns) goes straight to its handler: the SDK's dispatch would take it
      // through a dozen downlevelled async layers (each a fresh generator and its maps: about
      // 3 µs and old-space garbage apiece, issue 8) to reach the same place.
      if (a.type === ActivityTypes.Message) await this.handleMessage(context);
      else await super.run(context);
      await this.deps.conversationState.saveChanges(context, false);
    } catch (err) {
      outcome = 'error';
      throw err;
    } finally {
      this.turnLog.info(
        {
          event: 'turn',
          activityType: a.type,
          conversationType: a.conversation?.conversationType ?? (a.conversation?.isGroup ? 'groupChat' : 'personal'),
          channelId: a.channelId,
          intent: context.turnState.get(INTENT_KEY) ?? (a.type === ActivityTypes.Message ? 'none' : '-'),
          outcome,
          latencyMs: Math.round((performance.now() - started) * 10) / 10,
          conversationId: a.conversation?.id,
          activityId: a.id,
        },
        'turn',
      );
    }
  }

  /**
   * Invokes of Teams features the bot does not offer get Teams' answer for "nothing here"
   * (UNSUPPORTED_INVOKES) instead of the SDK's 501, which the Teams client shows as an error
   * and the service logged as a failure; the others go to the SDK's dispatch as before.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const name = String(context.activity.name);
    const answer = UNSUPPORTED_INVOKES[name];
    if (!answer) return super.onInvokeActivity(context);
    recordIntent(context, `invoke-unsupported:${name.slice(0, 60)}`);
    return answer;
  }

  /** Universal Actions: the compliance check's Run button; anything else is refused. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue.action?.verb;
    recordIntent(context, `card-action:${typeof verb === 'string' ? verb.slice(0, 40) : '-'}`);
    if (verb === RUN_VERB && this.deps.compliance) return this.deps.compliance.execute(context, invokeValue.action.data);
    return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'This card action is not one I know.' } };
  }

  private async refreshReference(context: TurnContext): Promise<void> {
    const a = context.activity;
    if (a.type === ActivityTypes.InstallationUpdate || a.type === ActivityTypes.ConversationUpdate) return; // handled above
    try {
      await this.deps.conversations.remember(a);
    } catch (err) {
      // a reference we could not save must not cost the user an answer
      this.deps.logger.warn({ err: (err as Error).message, conversationId: a.conversation?.id }, 'could not save the conversation reference');
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const a = context.activity;
    const fromButton = a.value !== undefined && a.value !== null && typeof a.value === 'object';
    if (a.conversation?.conversationType === 'channel' && !mentionsBot(context) && !fromButton) {
      recordIntent(context, 'not-addressed');
      return;
    }
    if (a.recipient?.id && typeof a.text === 'string') TurnContext.removeRecipientMention(a);
    if ((!a.text || !a.text.trim()) && fromButton) a.text = textFromValue(a.value) ?? '';
    await this.deps.dialog.run(context, this.deps.dialogState);
  }
}
