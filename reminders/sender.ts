// Delivery with the Teams posting limits in mind. Transient failures are retried until the
// reminder is sent or its grace period ends (then it is recorded as not delivered, with the
// reason): HTTP 429 waits for Retry-After (or backs off exponentially when it is absent);
// 408, 412, 5xx, a timeout and a refused or broken connection back off exponentially.
// 403/404: the bot is no longer in the conversation, so the conversation's schedules must
// stop. Any other 4xx will not improve: not delivered at once. Before each attempt a
// per-tenant token bucket (budget.ts) keeps the bot under Teams' per-tenant request rate.
//
// Below this, botbuilder's HTTP pipeline retries a post up to three times itself (5xx, and a
// 429 with Retry-After): one attempt here may be up to four posts.
import type { TenantBudget } from './budget';
import { systemClock, type Clock } from './clock';
import { durationInWords } from './time';
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
   * Not delivered: transient failures until the deadline (the reminder's grace period), a 4xx
   * that will not improve, or a stop. `maybePosted`: some attempt ended in a way (network
   * error, timeout, 5xx, 408) that does not tell whether the Bot Connector posted it; a 429,
   * 412 or another 4xx means it did not.
   */
  | { ok: false; stop: false; status?: number; reason: string; attempts: number; maybePosted: boolean };

export interface SenderOptions {
  send: SendFn;
  now: () => number;
  /** Waits (the scheduler passes its clock's sleep, so tests never wait in real time). */
  sleep: (ms: number) => Promise<void>;
  /** Timers of the attempt timeout, on the same clock: default the system's. */
  timers?: Pick<Clock, 'setTimer' | 'clearTimer'>;
  logger?: Logger;
  /**
   * Transient failures (429, 412, 5xx, a timeout, a refused connection) are retried until the
   * next attempt would start after this time (ms since the epoch): a reminder's grace period.
   */
  deadline: number;
  /** First backoff, doubled per attempt: default 1000 ms. */
  baseBackoffMs?: number;
  /** Longest single backoff: default 5 minutes. */
  maxBackoffMs?: number;
  /**
   * An attempt not answered within this long counts as a timeout (transient; it may still have
   * been posted): default 5 minutes, above the SDK's own three retries of a throttled post.
   */
  attemptTimeoutMs?: number;
  /** Called before each wait, e.g. to renew a claim for that long. */
  onWait?: (ms: number, attempt: number, status?: number) => Promise<void> | void;
  /** Called just before each attempt (the post may reach Teams from here on). */
  onAttempt?: (attempt: number) => Promise<void> | void;
  /** Called after an attempt refused outright (429, 412, 4xx) while no attempt so far may have posted. */
  onRefused?: (attempt: number, status: number) => Promise<void> | void;
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

/** Worth another attempt: throttled (429), a precondition race (412), a server or gateway failure. */
const TRANSIENT = new Set([408, 412, 429, 500, 502, 503, 504]);
/** Network errors worth another attempt (the Bot Connector unreachable for a moment). */
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EAI_AGAIN', 'EPIPE', 'ENOTFOUND', 'UND_ERR_SOCKET', 'ATTEMPT_TIMEOUT']);

/** An attempt that got no answer within attemptTimeoutMs. */
class AttemptTimeout extends Error {
  readonly code = 'ATTEMPT_TIMEOUT';
  constructor(ms: number) {
    super(`no answer within ${durationInWords(0, ms)}`);
  }
}

const codeOf = (err: unknown): string => String((err as { code?: unknown })?.code ?? '');

/** The failure of one attempt, in words. */
function describe(status: number | undefined, err: unknown): string {
  const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 160);
  if (status === 403) return `The bot is no longer in this conversation (HTTP 403${/roster/i.test(`${codeOf(err)} ${msg}`) ? ', BotNotInConversationRoster' : ''}).`;
  if (status === 404) return 'The conversation no longer exists (HTTP 404).';
  if (status === 429) return 'Teams refused it as too many requests (HTTP 429)';
  if (status === 412) return 'Teams refused it (HTTP 412, precondition failed)';
  if (status !== undefined) return `Teams answered HTTP ${status} (${msg})`;
  if (err instanceof AttemptTimeout) return `Teams did not answer (${msg})`;
  return `Teams could not be reached (${codeOf(err) || msg})`;
}

/** Sends one activity with the retry policy above. Never throws. */
export async function deliver(ref: ConversationRef, activity: Activity, o: SenderOptions): Promise<DeliveryResult> {
  const log = o.logger ?? silentLogger;
  const base = o.baseBackoffMs ?? 1000;
  const cap = o.maxBackoffMs ?? 300_000;
  const timers = o.timers ?? systemClock;
  const attemptTimeoutMs = o.attemptTimeoutMs ?? 300_000;
  const started = o.now();
  let failures = 0;
  let maybePosted = false;
  const tenant = tenantOf(ref);
  // an attempt given up for its timeout that was answered 2xx after all: the reminder is there
  let answeredLate = 0;
  const shuttingDown = (attempts: number, status?: number): DeliveryResult => ({ ok: false, stop: false, status, reason: 'Shutting down before it could be sent.', attempts, maybePosted });
  for (let attempt = 1; ; attempt++) {
    const budgetWait = o.budget?.reserve(tenant) ?? 0;
    if (budgetWait > 0) await o.sleep(budgetWait);
    if (answeredLate) return { ok: true, attempts: attempt - 1 };
    if (o.aborted?.()) return shuttingDown(attempt - 1);
    await o.onAttempt?.(attempt);
    let status: number | undefined;
    let err: unknown;
    let timer: ReturnType<Clock['setTimer']> | undefined;
    const sending = o.send(ref, activity);
    try {
      await Promise.race([sending, new Promise<never>((_, reject) => (timer = timers.setTimer(() => reject(new AttemptTimeout(attemptTimeoutMs)), attemptTimeoutMs)))]);
      return { ok: true, attempts: attempt };
    } catch (e) {
      err = e;
      status = statusOf(e);
    } finally {
      if (timer) timers.clearTimer(timer);
    }
    if (err instanceof AttemptTimeout) sending.then(() => void answeredLate++, () => undefined);
    if (status === 403 || status === 404) return { ok: false, stop: true, status, reason: describe(status, err), attempts: attempt };
    const transient = status === undefined ? NETWORK.has(codeOf(err)) : TRANSIENT.has(status);
    // no answer, a broken connection or a server failure: the post may have gone through
    if (status === undefined || status >= 500 || status === 408) maybePosted = true;
    else if (!maybePosted) await o.onRefused?.(attempt, status);
    const failed = (why: string): DeliveryResult => ({ ok: false, stop: false, status, reason: why, attempts: attempt, maybePosted });
    if (!transient) return failed(`${describe(status, err)}.`);
    failures++;
    const retryAfter = status === 429 ? retryAfterMs(err, o.now()) : undefined;
    // Retry-After exactly (plus a small margin); otherwise an exponential backoff
    const wait = retryAfter !== undefined ? retryAfter + 250 : Math.min(cap, base * 2 ** Math.min(failures - 1, 16));
    if (o.now() + wait > o.deadline) {
      const tries = attempt === 1 ? '1 attempt' : `${attempt} attempts over ${durationInWords(started, o.now())}`;
      return failed(`${describe(status, err)}${retryAfter !== undefined ? ` and asked to wait ${durationInWords(0, retryAfter)}` : ''}; the grace period ended before it could be sent (${tries}).`);
    }
    log.warn({ status, code: status === undefined ? codeOf(err) || undefined : undefined, wait, attempt }, status === 429 ? 'reminder send throttled; waiting' : 'reminder send failed; retrying');
    if (o.aborted?.()) return shuttingDown(attempt, status);
    await o.onWait?.(wait, attempt, status);
    await o.sleep(wait);
    if (o.aborted?.()) return shuttingDown(attempt, status);
  }
}
