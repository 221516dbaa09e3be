// The Teams activity handler: personal chat, group chat, channel and meeting chat.
//
// - Every incoming activity refreshes the conversation's saved reference (proactive use).
// - In a channel the bot answers only when @mentioned (or when one of its own card buttons
//   is pressed); the bot's own mention is stripped before the text is understood.
// - Installation (bot added to a team, chat or personal scope): welcome card, reference saved.
// - Universal Actions (Action.Execute) from the compliance check card: answered in the
//   invoke response with the card that replaces it.
// - A meeting starting in a meeting chat: the compliance check is offered, if the board
//   opted in (off by default).
// - One structured log line per turn: activity and conversation type, intent, latency.
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, ConversationState, StatePropertyAccessor } from 'botbuilder';
import { ActivityTypes, TeamsActivityHandler, TurnContext } from './sdk';
import type { DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import { fixedShapeLogger } from './log';
import type { ConversationStore } from './conversations';
import { INTENT_KEY, recordIntent, type MainDialog } from '../dialogs/mainDialog';
import { textFromValue } from '../dialogs/values';
import { scopeOf, welcomeReply } from '../dialogs/replies';
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
