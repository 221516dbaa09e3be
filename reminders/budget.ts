// A request budget per tenant for proactive posts: Teams throttles a bot per tenant (the
// documented global limit is 50 requests a second per app per tenant; 30 is the figure this
// deployment plans for) and answers 429 beyond it. A token bucket per tenant spaces our own
// posts so that reminders falling due together do not run into 429s in the first place.
//
// `reserve` takes a token now and says how long to wait before using it (tokens may go into
// debt, so concurrent callers queue up fairly instead of all waking at once). The budget is
// per process: with several instances, give each its share (REMINDER_TENANT_RPS).
import type { Clock } from './clock';

export interface TenantBudget {
  /** Takes one request of `tenant`'s budget; the ms to wait before making it (0: now). */
  reserve(tenant: string): number;
}

export interface TokenBucketOptions {
  /** Sustained requests a second per tenant. */
  ratePerSecond: number;
  /** Requests allowed at once after a quiet spell. With rate r and burst b, no one-second window holds more than r + b. */
  burst: number;
}

/** Defaults: 25 a second with a burst of 5, so at most 30 in any one second. */
export const DEFAULT_TENANT_BUDGET: TokenBucketOptions = { ratePerSecond: 25, burst: 5 };

export class TokenBucketBudget implements TenantBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    private readonly clock: Pick<Clock, 'now'>,
    private readonly o: TokenBucketOptions = DEFAULT_TENANT_BUDGET,
  ) {
    if (!(o.ratePerSecond > 0) || !(o.burst >= 1)) throw new Error('TokenBucketBudget: ratePerSecond must be > 0 and burst >= 1');
    this.perMs = o.ratePerSecond / 1000;
  }

  reserve(tenant: string): number {
    const now = this.clock.now();
    const b = this.buckets.get(tenant) ?? { tokens: this.o.burst, at: now };
    b.tokens = Math.min(this.o.burst, b.tokens + (now - b.at) * this.perMs) - 1;
    b.at = now;
    this.buckets.set(tenant, b);
    if (this.buckets.size > 10_000) this.sweep(now);
    return b.tokens >= 0 ? 0 : Math.ceil(-b.tokens / this.perMs);
  }

  /** Tenants tracked (for tests: full buckets are forgotten). */
  get size(): number {
    return this.buckets.size;
  }

  /** Forgets buckets that have refilled: they hold nothing a new bucket would not. */
  private sweep(now: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + (now - b.at) * this.perMs >= this.o.burst) this.buckets.delete(k);
  }
}
