// Claims: who sends a due reminder. Every instance that finds a reminder due tries to
// claim it; only one succeeds. A claim is a lease: if its holder dies mid-send, the lease
// runs out and another instance may take over. Once sent, the claim is marked done and
// kept long enough that no instance claims that occurrence again.
import type { Clock } from './clock';

export interface Claims {
  /** True when this owner now holds `key` (nobody held it and it was not done). */
  claim(key: string, owner: string, leaseMs: number): Promise<boolean>;
  /** Extends a held lease; false if it was lost. */
  renew(key: string, owner: string, leaseMs: number): Promise<boolean>;
  /** Marks `key` done (never claimable again for `keepMs`). */
  complete(key: string, owner: string, keepMs: number): Promise<void>;
  /** Gives a held claim back without completing it. */
  release(key: string, owner: string): Promise<void>;
}

/** Claims within one process: for the embedded store, where one process runs the schedule. */
export class MemoryClaims implements Claims {
  private readonly held = new Map<string, { owner: string; until: number; done: boolean }>();

  constructor(private readonly clock: Clock) {}

  async claim(key: string, owner: string, leaseMs: number): Promise<boolean> {
    this.sweep();
    const cur = this.held.get(key);
    if (cur && cur.until > this.clock.now()) return false;
    this.held.set(key, { owner, until: this.clock.now() + leaseMs, done: false });
    return true;
  }

  async renew(key: string, owner: string, leaseMs: number): Promise<boolean> {
    const cur = this.held.get(key);
    if (!cur || cur.owner !== owner || cur.done) return false;
    cur.until = this.clock.now() + leaseMs;
    return true;
  }

  async complete(key: string, owner: string, keepMs: number): Promise<void> {
    const cur = this.held.get(key);
    if (cur && cur.owner === owner) this.held.set(key, { owner, until: this.clock.now() + keepMs, done: true });
  }

  async release(key: string, owner: string): Promise<void> {
    const cur = this.held.get(key);
    if (cur && cur.owner === owner && !cur.done) this.held.delete(key);
  }

  private sweep(): void {
    if (this.held.size < 1000) return;
    const now = this.clock.now();
    for (const [k, v] of this.held) if (v.until <= now) this.held.delete(k);
  }
}

/** The Redis commands used (node-redis v5, as @keyv/redis exposes it as `store.client`). */
export interface RedisLike {
  set(key: string, value: string, options: { condition: 'NX'; expiration: { type: 'PX'; value: number } }): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const COMPLETE = `if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], 'done:' .. ARGV[1], 'PX', ARGV[2]) return 1 else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/** Claims shared by every instance through Redis: SET NX PX, and owner-checked scripts. */
export class RedisClaims implements Claims {
  constructor(
    private readonly client: RedisLike,
    private readonly prefix = 'board-assistant-reminders:claim:',
  ) {}

  async claim(key: string, owner: string, leaseMs: number): Promise<boolean> {
    const r = await this.client.set(this.prefix + key, owner, { condition: 'NX', expiration: { type: 'PX', value: Math.max(1, Math.round(leaseMs)) } });
    return r === 'OK';
  }

  async renew(key: string, owner: string, leaseMs: number): Promise<boolean> {
    return Number(await this.client.eval(RENEW, { keys: [this.prefix + key], arguments: [owner, String(Math.round(leaseMs))] })) === 1;
  }

  async complete(key: string, owner: string, keepMs: number): Promise<void> {
    await this.client.eval(COMPLETE, { keys: [this.prefix + key], arguments: [owner, String(Math.round(keepMs))] });
  }

  async release(key: string, owner: string): Promise<void> {
    await this.client.eval(RELEASE, { keys: [this.prefix + key], arguments: [owner] });
  }
}
