// Delivery with the Teams posting limits in mind. HTTP 429: wait for Retry-After (or back
// off exponentially when it is absent) and try again, for as long as it takes: a reminder
// is never dropped for throttling. 412/500/502/503/504 and network errors: back off and
// retry a bounded number of times. 403/404: the bot is no longer in the conversation, so
// the conversation's schedules must stop. Before each attempt a per-tenant token bucket
// (budget.ts) keeps the bot under Teams' per-tenant request rate.
import type { TenantBudget } from './budget';
import type { Activity, ConversationRef, Logger } from './types';
import { silentLogger } from './types';

/** Posts `activity` to the conversation; throws an error carrying the HTTP status on failure. */
export type SendFn = (ref: ConversationRef, activity: Activity) => Promise<void>;

/** An error a SendFn may throw: the HTTP status and, for 429, the Retry-After header. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly statusCode?: number,
    readonly retryAfter?: string | number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/** The HTTP status of an error from a SendFn (botbuilder's RestError, our DeliveryError, ...). */
export function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: unknown; status?: unknown; response?: { status?: unknown; statusCode?: unknown } } | undefined;
  for (const v of [e?.statusCode, e?.status, e?.response?.status, e?.response?.statusCode]) {
    const n = typeof v === 'string' ? Number(v) : v;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 100 && n < 600) return n;
  }
  return undefined;
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as { get?: (n: string) => unknown } & Record<string, unknown>;
  const v = typeof h.get === 'function' ? h.get(name) : (h[name] ?? h[name.toLowerCase()] ?? h['Retry-After']);
  return v === undefined || v === null ? undefined : String(v);
}

/** Retry-After of an error, in ms from `now`: delta-seconds or an HTTP date. */
export function retryAfterMs(err: unknown, now: number): number | undefined {
  const e = err as { retryAfter?: unknown; headers?: unknown; response?: { headers?: unknown } } | undefined;
  const raw = e?.retryAfter ?? header(e?.response?.headers, 'retry-after') ?? header(e?.headers, 'retry-after');
  if (raw === undefined || raw === null || raw === '') return undefined;
  const s = String(raw).trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const at = Date.parse(s);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export type DeliveryResult =
  | { ok: true; attempts: number }
  /** The conversation is gone (403/404): stop its schedules. */
  | { ok: false; stop: true; status: number; reason: string; attempts: number }
  /**
   * Failed for now (bounded transient retries exhausted, or a 4xx that will not improve).
   * `maybePosted`: some attempt ended in a way (network error, 5xx, 408) that does not tell
   * whether the Bot Connector posted it; a 429 or another 4xx means it did not.
   */
  | { ok: false; stop: false; status?: number; reason: string; attempts: number; maybePosted: boolean };

export interface SenderOptions {
  send: SendFn;
  now: () => number;
  /** Waits (the scheduler passes its clock's sleep, so tests never wait in real time). */
  sleep: (ms: number) => Promise<void>;
  logger?: Logger;
  /** Attempts for transient errors (not 429): default 6. */
  maxTransientAttempts?: number;
  /** First backoff, doubled per attempt: default 1000 ms. */
  baseBackoffMs?: number;
  /** Longest single backoff: default 5 minutes. */
  maxBackoffMs?: number;
  /** Called before each wait, e.g. to renew a claim. */
  onWait?: (ms: number, attempt: number, status?: number) => Promise<void> | void;
  /** Stop retrying (shutdown). */
  aborted?: () => boolean;
  /** Per-tenant request budget, taken before every attempt (retries count too). */
  budget?: TenantBudget;
}

/** The tenant of a Teams conversation reference (conversation.tenantId), '' when unknown. */
export function tenantOf(ref: ConversationRef): string {
  const c = ref.conversation as { tenantId?: unknown } | undefined;
  const cd = ref.channelData as { tenant?: { id?: unknown } } | undefined;
  const t = c?.tenantId ?? cd?.tenant?.id;
  return typeof t === 'string' ? t : '';
}

const TRANSIENT = new Set([408, 412, 500, 502, 503, 504]);

function describe(status: number | undefined, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  if (status === 403) return `The bot is no longer in this conversation (HTTP 403${/roster/i.test(msg) ? ', BotNotInConversationRoster' : ''}).`;
  if (status === 404) return 'The conversation no longer exists (HTTP 404).';
  return status ? `HTTP ${status}: ${msg.slice(0, 200)}` : `Network error: ${msg.slice(0, 200)}`;
}

/** Sends one activity with the retry policy above. Never throws. */
export async function deliver(ref: ConversationRef, activity: Activity, o: SenderOptions): Promise<DeliveryResult> {
  const log = o.logger ?? silentLogger;
  const base = o.baseBackoffMs ?? 1000;
  const cap = o.maxBackoffMs ?? 300_000;
  const maxTransient = o.maxTransientAttempts ?? 6;
  let transient = 0;
  let throttled = 0;
  let maybePosted = false;
  const tenant = tenantOf(ref);
  for (let attempt = 1; ; attempt++) {
    const budgetWait = o.budget?.reserve(tenant) ?? 0;
    if (budgetWait > 0) await o.sleep(budgetWait);
    if (o.aborted?.()) return { ok: false, stop: false, reason: 'Shutting down before it could be sent.', attempts: attempt - 1, maybePosted };
    try {
      await o.send(ref, activity);
      return { ok: true, attempts: attempt };
    } catch (err) {
      const status = statusOf(err);
      if (status === 403 || status === 404) return { ok: false, stop: true, status, reason: describe(status, err), attempts: attempt };
      let wait: number;
      if (status === 429) {
        throttled++;
        const ra = retryAfterMs(err, o.now());
        // Honour Retry-After exactly (plus a little jitter-free margin); without it, back off.
        wait = ra !== undefined ? ra + 250 : Math.min(cap, base * 2 ** Math.min(throttled - 1, 16));
        log.warn({ status, wait, attempt }, 'reminder send throttled; waiting');
      } else if (status === undefined || TRANSIENT.has(status)) {
        if (status === undefined || status >= 500 || status === 408) maybePosted = true;
        transient++;
        if (transient >= maxTransient) return { ok: false, stop: false, status, reason: describe(status, err), attempts: attempt, maybePosted };
        wait = Math.min(cap, base * 2 ** (transient - 1));
        log.warn({ status, wait, attempt, err: (err as Error)?.message }, 'reminder send failed; retrying');
      } else {
        return { ok: false, stop: false, status, reason: describe(status, err), attempts: attempt, maybePosted };
      }
      if (o.aborted?.()) return { ok: false, stop: false, status, reason: 'Shutting down before it could be sent.', attempts: attempt, maybePosted };
      await o.onWait?.(wait, attempt, status);
      await o.sleep(wait);
      if (o.aborted?.()) return { ok: false, stop: false, status, reason: 'Shutting down before it could be sent.', attempts: attempt, maybePosted };
    }
  }
}
