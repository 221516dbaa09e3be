// Proactive sending: post to a saved conversation outside a user's turn (reminders).
//
//   const result = await sendProactive({ adapter, appId, conversations, logger }, conversationId,
//                                      { type: 'message', text: '...', attachments: [...] });
//   if (!result.ok && result.reason === 'gone') ... // bot removed: the reference is already forgotten
//
// Teams throttles bots (HTTP 429 with Retry-After; 412, 502, 504 are transient too): those
// are retried here with the server's Retry-After or an exponential backoff, up to
// `maxAttempts`. Pacing many conversations (7 messages a second per conversation, about 30
// requests a second per tenant) is the caller's job; this retries one send.
import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationStore, SavedConversation } from './conversations';

export interface ProactiveDeps {
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  /** The bot's app id ('' in local mode). */
  appId: string;
  conversations: ConversationStore;
  logger?: Logger;
  /** Attempts in all, the first included (default 5). */
  maxAttempts?: number;
  /** Waits between attempts; replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
}

export type SendResult =
  | { ok: true; activityId?: string; attempts: number }
  | { ok: false; reason: 'unknown-conversation' | 'gone' | 'failed'; status?: number; attempts: number; error?: string };

export type ProactiveContent = Partial<Activity> | ((context: TurnContext) => Promise<void>);

const RETRY_STATUSES = new Set([412, 429, 502, 503, 504]);

function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: number; status?: number; response?: { status?: number } };
  return e?.statusCode ?? e?.status ?? e?.response?.status;
}

function retryAfterMs(err: unknown): number | undefined {
  const headers = (err as { response?: { headers?: { get?: (n: string) => string | undefined | null } } })?.response?.headers;
  const raw = headers?.get?.('retry-after');
  if (!raw) return undefined;
  const secs = Number(raw);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

function isGone(err: unknown, status: number | undefined): boolean {
  const text = String((err as { message?: string; code?: string })?.code ?? '') + ' ' + String((err as Error)?.message ?? '');
  return (status === 403 && /BotNotInConversationRoster|not part of the conversation roster/i.test(text)) || (status === 404 && /ConversationNotFound|conversation not found/i.test(text));
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/** Sends `content` (an activity, or a callback given the turn context) to a saved conversation. */
export async function sendProactive(deps: ProactiveDeps, target: string | SavedConversation, content: ProactiveContent): Promise<SendResult> {
  const saved = typeof target === 'string' ? await deps.conversations.get(target) : target;
  if (!saved) return { ok: false, reason: 'unknown-conversation', attempts: 0 };
  const maxAttempts = Math.max(1, deps.maxAttempts ?? 5);
  const sleep = deps.sleep ?? defaultSleep;
  let attempt = 0;
  for (;;) {
    attempt++;
    try {
      let activityId: string | undefined;
      await deps.adapter.continueConversationAsync(deps.appId, saved.reference, async (context) => {
        if (typeof content === 'function') await content(context);
        else activityId = (await context.sendActivity(content))?.id;
      });
      return { ok: true, activityId, attempts: attempt };
    } catch (err) {
      const status = statusOf(err);
      if (isGone(err, status)) {
        await deps.conversations.forget(saved.id);
        deps.logger?.warn({ conversationId: saved.id, status }, 'proactive: bot is no longer in the conversation; reference forgotten');
        return { ok: false, reason: 'gone', status, attempts: attempt };
      }
      const transient = status === undefined ? isNetworkError(err) : RETRY_STATUSES.has(status);
      if (!transient || attempt >= maxAttempts) {
        deps.logger?.error({ conversationId: saved.id, status, attempts: attempt, err: (err as Error)?.message }, 'proactive: send failed');
        return { ok: false, reason: 'failed', status, attempts: attempt, error: (err as Error)?.message };
      }
      const wait = retryAfterMs(err) ?? Math.min(30000, 500 * 2 ** (attempt - 1));
      deps.logger?.warn({ conversationId: saved.id, status, attempt, waitMs: wait }, 'proactive: transient failure, retrying');
      await sleep(wait);
    }
  }
}

function isNetworkError(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  return ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET'].includes(code);
}
