// The CloudAdapter, authenticated from the environment's Bot Framework settings, and the
// last line of defence for a turn: an exception becomes a short apology to the user and an
// error log line with the turn's ids; the process carries on.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory, type BotAdapter, type ConversationState, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from './config';
import { APOLOGY } from '../dialogs/copy';

export function createAdapter(config: Config): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({ ...config.auth });
  return new CloudAdapter(auth);
}

export function installTurnErrorHandler(adapter: BotAdapter, logger: Logger, conversationState?: ConversationState): void {
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    const a = context.activity;
    const err = error instanceof Error ? error : new Error(String(error));
    logger.error(
      {
        event: 'turn-error',
        err: { type: err.name, message: err.message, stack: err.stack },
        activityId: a?.id,
        activityType: a?.type,
        conversationId: a?.conversation?.id,
        conversationType: a?.conversation?.conversationType,
        channelId: a?.channelId,
      },
      'unhandled error in a turn',
    );
    // A broken dialog stack must not trap the conversation: start it afresh.
    if (conversationState) {
      try {
        await conversationState.delete(context);
        await conversationState.saveChanges(context, true);
      } catch (stateErr) {
        logger.warn({ err: (stateErr as Error).message, conversationId: a?.conversation?.id }, 'could not reset the conversation state');
      }
    }
    if (a?.type === 'message' && !context.responded) {
      try {
        await context.sendActivity(MessageFactory.text(APOLOGY));
      } catch (sendErr) {
        logger.error({ err: (sendErr as Error).message, conversationId: a?.conversation?.id }, 'could not send the apology');
      }
    }
  };
}
