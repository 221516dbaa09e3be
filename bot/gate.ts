// The adapter's front door (Bot Framework middleware), before any state is read or written:
// - tenant allowlist: an activity from a tenant not in ALLOWED_TENANTS (or with none, or
//   with two that disagree) gets no reply and no turn; logged once per tenant and conversation;
// - a turn budget per conversation (token bucket): one chat flooding the bot cannot starve the
//   others; excess turns are dropped cheaply and counted, with one "slow down" reply and one log
//   line per flood episode (an episode lasts until no turn has been dropped for a minute).
// Proactive turns (the bot's own reminders) are not gated: the HTTP layer refuses incoming
// activities that pretend to be one (see isProactiveEvent).
import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { ActivityEventNames, ActivityTypes } from './sdk';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';

export const SLOW_DOWN = 'You are sending messages faster than I can answer them. Give me a moment, then ask again.';

export interface GateOptions {
  /** Lower-case tenant ids; empty: any tenant. */
  allowedTenants: string[];
  turnRate: { perMinute: number; burst: number };
  /** How many conversations (and tenant/conversation refusals) are remembered; oldest forgotten first (default TRACKED). */
  maxTracked?: number;
  /** Milliseconds clock, for tests. */
  now?: () => number;
}

/** Counts of what the gate turned away, for tests and the fuzz report. */
export interface GateStats {
  refusedTenant: number;
  throttled: number;
}

/** Proactive turns the adapter makes itself (continueConversationAsync, createConversationAsync). */
export function isProactiveEvent(a: Pick<Activity, 'type' | 'name'>): boolean {
  return a.type === ActivityTypes.Event && (a.name === ActivityEventNames.ContinueConversation || a.name === ActivityEventNames.CreateConversation);
}

/** The tenant the activity claims, or a reason it has none usable. */
export function tenantOf(a: Activity): { tenant?: string; problem?: string } {
  const fromChannelData = (a.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const fromConversation = a.conversation?.tenantId as unknown;
  const ids = [fromChannelData, fromConversation].filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim().toLowerCase());
  if (ids.length === 0) return { problem: 'no tenant id' };
  if (ids.some((t) => t !== ids[0])) return { problem: 'tenant ids disagree' };
  return { tenant: ids[0] };
}

/**
 * Conversations whose turn budget (and tenant refusals) the gate remembers: about 200 bytes of
 * heap each, so 10,000 take about 2 MB. A conversation forgotten only starts again with a
 * full budget: a flood is still cut at the burst, and the conversations that flood are the
 * most recently seen, so the last to be forgotten.
 */
export const TRACKED = 10_000;

/** Channel threads share their channel's budget: `19:x@thread.tacv2;messageid=1` counts as `19:x@thread.tacv2`. */
const conversationKey = (a: Activity): string => String(a.conversation?.id ?? '').split(';')[0];

interface Bucket {
  tokens: number;
  at: number;
  /** Turns dropped in the current flood episode (0: none going on); the first gets the polite reply. */
  dropped: number;
  /** When the last turn was dropped. */
  droppedAt: number;
}

/**
 * A flood episode ends once no turn of the conversation has been dropped for this long. A
 * sustained flood lets a turn through each time a token refills (one a second at 60 a
 * minute): those must not end the episode, or each would start a new one (a reply and log
 * lines every second).
 */
export const EPISODE_QUIET_MS = 60_000;

export class Gate implements Middleware {
  readonly stats: GateStats = { refusedTenant: 0, throttled: 0 };
  private readonly allowed: Set<string>;
  private readonly buckets: LRUCache<string, Bucket>;
  private readonly refusals: LRUCache<string, number>;
  private readonly now: () => number;

  constructor(
    private readonly options: GateOptions,
    private readonly logger: () => Logger,
  ) {
    this.allowed = new Set(options.allowedTenants.map((t) => t.toLowerCase()));
    const max = options.maxTracked ?? TRACKED;
    this.buckets = new LRUCache({ max });
    this.refusals = new LRUCache({ max });
    this.now = options.now ?? Date.now;
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const a = context.activity;
    if (isProactiveEvent(a)) return next();
    if (!this.tenantAllowed(a)) return this.refuse(context, 403);
    if (!this.take(a)) return this.throttle(context);
    return next();
  }

  private tenantAllowed(a: Activity): boolean {
    if (this.allowed.size === 0) return true;
    const { tenant, problem } = tenantOf(a);
    if (tenant && this.allowed.has(tenant)) return true;
    this.stats.refusedTenant++;
    // once per tenant and conversation: a flood from a foreign tenant is one log line
    const key = `${tenant ?? problem}|${conversationKey(a)}`;
    const seen = this.refusals.get(key) ?? 0;
    this.refusals.set(key, seen + 1);
    if (seen === 0) {
      this.logger().warn(
        { event: 'tenant-refused', tenant: tenant?.slice(0, 64), problem, conversationId: conversationKey(a).slice(0, 200), activityType: String(a.type).slice(0, 40), channelId: String(a.channelId).slice(0, 40) },
        'refused an activity from a tenant not in ALLOWED_TENANTS (further ones from this conversation are not logged)',
      );
    }
    return false;
  }

  /** Takes one turn from the conversation's bucket; false when it is empty. */
  private take(a: Activity): boolean {
    const { perMinute, burst } = this.options.turnRate;
    if (perMinute <= 0) return true;
    const key = conversationKey(a);
    const now = this.now();
    const b = this.buckets.get(key) ?? { tokens: burst, at: now, dropped: 0, droppedAt: 0 };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 60000) * perMinute);
    b.at = now;
    if (b.dropped > 0 && now - b.droppedAt >= EPISODE_QUIET_MS) this.endEpisode(key, b);
    const ok = b.tokens >= 1;
    if (ok) b.tokens -= 1;
    else {
      b.dropped++;
      b.droppedAt = now;
    }
    this.buckets.set(key, b);
    return ok;
  }

  /** Counted, not logged: the summary is a debug line, so a flood is one line at the default level. */
  private endEpisode(key: string, b: Bucket): void {
    this.logger().debug({ event: 'throttle-ended', conversationId: key.slice(0, 200), dropped: b.dropped }, 'a conversation is back under its turn rate');
    b.dropped = 0;
  }

  private async throttle(context: TurnContext): Promise<void> {
    this.stats.throttled++;
    const a = context.activity;
    const key = conversationKey(a);
    if (this.buckets.get(key)?.dropped !== 1) return this.refuse(context, 429);
    this.logger().warn(
      { event: 'throttled', conversationId: key.slice(0, 200), perMinute: this.options.turnRate.perMinute, burst: this.options.turnRate.burst },
      'a conversation is over its turn rate: turns dropped (and counted) until it has been quiet for a minute',
    );
    if (a.type === ActivityTypes.Message) {
      try {
        await context.sendActivity(SLOW_DOWN);
      } catch (err) {
        this.logger().warn({ event: 'throttled', err: (err as Error).message, conversationId: key.slice(0, 200) }, 'could not send the slow-down reply');
      }
    }
    return this.refuse(context, 429);
  }

  /** No turn; an invoke gets its status (the client shows an error instead of waiting). */
  private async refuse(context: TurnContext, status: number): Promise<void> {
    if (context.activity.type === ActivityTypes.Invoke) {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status } });
    }
  }
}
