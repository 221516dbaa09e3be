// The Teams activity handler: personal chat, group chat, channel and meeting chat.
//
// - Every incoming activity refreshes the conversation's saved reference (proactive use).
// - In a channel the bot answers only when @mentioned (or when one of its own card buttons
//   is pressed); the bot's own mention is stripped before the text is understood.
// - Installation (bot added to a team, chat or personal scope): welcome card, reference saved.
// - One structured log line per turn: activity and conversation type, intent, latency.
import {
  ActivityTypes,
  TeamsActivityHandler,
  TurnContext,
  type ConversationState,
  type StatePropertyAccessor,
  type UserState,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { ConversationStore } from './conversations';
import { INTENT_KEY, recordIntent, type MainDialog } from '../dialogs/mainDialog';
import { textFromValue } from '../dialogs/values';
import { welcomeReply } from '../dialogs/replies';

export interface BoardBotDeps {
  conversationState: ConversationState;
  userState: UserState;
  dialogState: StatePropertyAccessor<DialogState>;
  dialog: MainDialog;
  conversations: ConversationStore;
  logger: Logger;
}

/** True when the activity @mentions the bot (the recipient). */
export function mentionsBot(context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  if (!botId) return false;
  return TurnContext.getMentions(context.activity).some((m) => m.mentioned?.id === botId);
}

export class BoardBot extends TeamsActivityHandler {
  constructor(private readonly deps: BoardBotDeps) {
    super();

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id === botId)) {
        recordIntent(context, 'installed');
        await this.deps.conversations.remember(context.activity, { installed: true });
        await context.sendActivity(welcomeReply());
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
      await super.run(context);
      await this.deps.conversationState.saveChanges(context, false);
      await this.deps.userState.saveChanges(context, false);
    } catch (err) {
      outcome = 'error';
      throw err;
    } finally {
      this.deps.logger.info(
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
