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
import type {
  AdaptiveCardInvokeResponse,
  AdaptiveCardInvokeValue,
  ConversationState,
  MessagingExtensionActionResponse,
  MessagingExtensionResponse,
  StatePropertyAccessor,
  TaskModuleResponse,
} from 'botbuilder';
import { ActivityTypes, TeamsActivityHandler, TurnContext } from './sdk';
import type { DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import { fixedShapeLogger } from './log';
import type { ConversationStore } from './conversations';
import { INTENT_KEY, recordIntent, type MainDialog } from '../dialogs/mainDialog';
import { textFromValue } from '../dialogs/values';
import { welcomeReply } from '../dialogs/replies';
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

    this.onTeamsMeetingStartEvent(async (meeting, context, next) => {
      recordIntent(context, 'meeting-start');
      const profile = await this.deps.boards?.profile(boardKeyOf(context.activity));
      if (profile?.offerCheckAtMeetingStart && this.deps.compliance) {
        recordIntent(context, 'meeting-start-offer');
        await this.deps.compliance.offer(context, {
          profile,
          text: `${meeting.title ? `“${meeting.title}” has started.` : 'The meeting has started.'} Here is the compliance check for ${profile.boardName}, if you want to run it.`,
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

  // Invokes of Teams features the bot does not offer (its manifest declares no dialogs, no
  // message extension, no sign-in, no file upload): each gets the answer Teams shows for
  // "nothing here", instead of the SDK's 501 (which the Teams client shows as an error and the
  // service logged as a failure). Only a stale client or a forged request sends these.

  /** A dialog (task module) asked for: Teams shows this message in its place. */
  protected override async handleTeamsTaskModuleFetch(context: TurnContext): Promise<TaskModuleResponse> {
    return this.unsupported(context, { task: { type: 'message', value: NOTHING_TO_OPEN } });
  }

  protected override async handleTeamsTaskModuleSubmit(context: TurnContext): Promise<TaskModuleResponse> {
    return this.unsupported(context, { task: { type: 'message', value: NOTHING_TO_OPEN } });
  }

  /** A message extension search: a message in the results pane instead of results. */
  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext): Promise<MessagingExtensionResponse> {
    return this.unsupported(context, { composeExtension: { type: 'message', text: NO_SEARCH } });
  }

  protected override async handleTeamsMessagingExtensionSelectItem(context: TurnContext): Promise<MessagingExtensionResponse> {
    return this.unsupported(context, { composeExtension: { type: 'message', text: NO_SEARCH } });
  }

  protected override async handleTeamsAppBasedLinkQuery(context: TurnContext): Promise<MessagingExtensionResponse> {
    return this.unsupported(context, { composeExtension: { type: 'message', text: NO_SEARCH } });
  }

  protected override async handleTeamsAnonymousAppBasedLinkQuery(context: TurnContext): Promise<MessagingExtensionResponse> {
    return this.unsupported(context, { composeExtension: { type: 'message', text: NO_SEARCH } });
  }

  protected override async handleTeamsMessagingExtensionConfigurationQuerySettingUrl(context: TurnContext): Promise<MessagingExtensionResponse> {
    return this.unsupported(context, { composeExtension: { type: 'message', text: NO_SEARCH } });
  }

  protected override async handleTeamsMessagingExtensionFetchTask(context: TurnContext): Promise<MessagingExtensionActionResponse> {
    return this.unsupported(context, { task: { type: 'message', value: NOTHING_TO_OPEN } });
  }

  protected override async handleTeamsMessagingExtensionSubmitActionDispatch(context: TurnContext): Promise<MessagingExtensionActionResponse> {
    return this.unsupported(context, { composeExtension: { type: 'message', text: NOTHING_TO_OPEN } });
  }

  /** Sign-in: the bot signs nobody in, so there is no state to verify or token to exchange; acknowledged (200). */
  protected override async handleTeamsSigninVerifyState(context: TurnContext): Promise<void> {
    this.unsupported(context, undefined);
  }

  protected override async handleTeamsSigninTokenExchange(context: TurnContext): Promise<void> {
    this.unsupported(context, undefined);
  }

  /** An answer to a file consent card: the bot never offers a file; acknowledged (200). */
  protected override async handleTeamsFileConsent(context: TurnContext): Promise<void> {
    this.unsupported(context, undefined);
  }

  /** Message extension settings and card buttons, Office 365 connector card actions: none offered; acknowledged. */
  protected override async handleTeamsMessagingExtensionConfigurationSetting(context: TurnContext): Promise<void> {
    this.unsupported(context, undefined);
  }

  protected override async handleTeamsMessagingExtensionCardButtonClicked(context: TurnContext): Promise<void> {
    this.unsupported(context, undefined);
  }

  protected override async handleTeamsO365ConnectorCardAction(context: TurnContext): Promise<void> {
    this.unsupported(context, undefined);
  }

  private unsupported<T>(context: TurnContext, answer: T): T {
    recordIntent(context, `invoke-unsupported:${String(context.activity.name).slice(0, 60)}`);
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
