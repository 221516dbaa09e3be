// Proactive sending: post to a saved conversation outside a user's turn (reminders).
//
//   const result = await sendProactive({ adapter, appId, conversations, logger }, conversationId,
//                                      { type: 'message', text: '...', attachments: [...] });
//   if (!result.ok && result.reason === 'gone') ... // bot removed: the reference is already forgotten
//
// The retry policy is the reminders' own (reminders/sender.ts: 429 waits for Retry-After,
// 412/5xx/timeouts/refused connections back off, 403/404 mean the bot was removed), until a
// deadline. Pacing many conversations (7 messages a second per conversation, about 30 requests
// a second per tenant) is the caller's job; this retries one send.
import type { Activity, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationStore, SavedConversation } from './conversations';
import { deliver, type SendFn } from '../reminders/sender';

export type ProactiveContent = Partial<Activity> | ((context: TurnContext) => Promise<void>);

/**
 * Runs `content` in a proactive turn and gives back its own failure. The adapter sends an
 * exception out of a turn to its onTurnError, which logs it as a failed turn, resets the
 * conversation's dialog state and returns normally: a post Teams refused (429, 403...) would
 * look sent. The error is caught inside the turn and thrown again once the turn is over, with
 * its HTTP status and headers, for the caller's retry policy.
 */
export async function postProactive(adapter: Pick<CloudAdapter, 'continueConversationAsync'>, appId: string, reference: Partial<ConversationReference>, content: ProactiveContent): Promise<string | undefined> {
  let failure: { error: unknown } | undefined;
  let activityId: string | undefined;
  await adapter.continueConversationAsync(appId, reference, async (context) => {
    try {
      if (typeof content === 'function') await content(context);
      else activityId = (await context.sendActivity(content))?.id;
    } catch (error) {
      failure = { error };
    }
  });
  if (failure) throw failure.error;
  return activityId;
}

/** The reminders' send function over the adapter (see postProactive). */
export function adapterSender(adapter: Pick<CloudAdapter, 'continueConversationAsync'>, appId: string): SendFn {
  return async (ref, activity) => {
    await postProactive(adapter, appId, ref as Partial<ConversationReference>, activity as Partial<Activity>);
  };
}

export interface ProactiveDeps {
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  /** The bot's app id ('' in local mode). */
  appId: string;
  conversations: Pick<ConversationStore, 'get' | 'forget'>;
  logger?: Logger;
  /** How long transient failures are retried (default 10 minutes). */
  giveUpAfterMs?: number;
  /** Waits between attempts, and the clock; replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export type SendResult =
  | { ok: true; activityId?: string; attempts: number }
  | { ok: false; reason: 'unknown-conversation' | 'gone' | 'failed'; status?: number; attempts: number; error?: string };

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/** Sends `content` (an activity, or a callback given the turn context) to a saved conversation. */
export async function sendProactive(deps: ProactiveDeps, target: string | SavedConversation, content: ProactiveContent): Promise<SendResult> {
  const saved = typeof target === 'string' ? await deps.conversations.get(target) : target;
  if (!saved) return { ok: false, reason: 'unknown-conversation', attempts: 0 };
  const now = deps.now ?? Date.now;
  let activityId: string | undefined;
  const result = await deliver(saved.reference as Record<string, unknown>, {}, {
    send: async () => {
      activityId = await postProactive(deps.adapter, deps.appId, saved.reference, content);
    },
    now,
    sleep: deps.sleep ?? defaultSleep,
    deadline: now() + (deps.giveUpAfterMs ?? 600_000),
    logger: deps.logger,
  });
  if (result.ok) return { ok: true, activityId, attempts: result.attempts };
  if (result.stop) {
    await deps.conversations.forget(saved.id);
    deps.logger?.warn({ conversationId: saved.id, status: result.status }, 'proactive: bot is no longer in the conversation; reference forgotten');
    return { ok: false, reason: 'gone', status: result.status, attempts: result.attempts };
  }
  deps.logger?.error({ conversationId: saved.id, status: result.status, attempts: result.attempts, reason: result.reason }, 'proactive: send failed');
  return { ok: false, reason: 'failed', status: result.status, attempts: result.attempts, error: result.reason };
}
