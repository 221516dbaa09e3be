// The one place where key-value stores are made, and a botbuilder `Storage` over them.
//
//   createKeyv('conversations')  ->  Redis (shared by every instance) when REDIS_URL is set,
//                                    else the embedded SQLite file DATA_DIR/board-assistant.sqlite
//
// SQLite (bot/sqliteStore.ts) is written synchronously with a WAL journal: a killed process
// loses at most the write in flight and never corrupts the file. Each namespace gets its own
// Keyv (and connection) so that listing one namespace never sees another's keys.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Keyv } from 'keyv';
import type * as KeyvRedis from '@keyv/redis';
import type { Storage, StoreItems } from 'botbuilder';
import { KeyedLock } from '../reminders/keyedLock';
import { SqliteStore } from './sqliteStore';

export interface StoreOptions {
  /** Redis URL; when set, Redis is used instead of the embedded file. */
  redisUrl?: string;
  /** Directory of the embedded SQLite file. */
  dataDir: string;
  /** Prefix of every namespace: lets several deployments (or test runs) share one Redis. */
  prefix: string;
  /**
   * Embedded store only: sync every commit to disk (survives a power cut, not only a crash).
   * For what a user was told is saved; see bot/sqliteStore.ts.
   */
  durable?: boolean;
  /** Receives store errors; a lost Redis connection is reported once per outage, not per retry. */
  onError?: (err: unknown, namespace: string, store: StoreHealth) => void;
  /** Told when Redis is reachable again after an outage. */
  onRecover?: (namespace: string) => void;
}

/** The node-redis client calls used to fail fast and to notice an outage ending. */
interface RedisClientLike {
  options?: { disableOfflineQueue?: boolean };
  isReady?: boolean;
  on(event: 'ready' | 'end', listener: () => void): unknown;
  on(event: 'error', listener: (err: unknown) => void): unknown;
}

/** Whether a store answers: what /healthz reports and what a start waits for. */
export interface StoreHealth {
  namespace: string;
  backend: 'redis' | 'sqlite';
  /** Redis host:port (never the URL: it may carry the password), or the SQLite file. */
  where: string;
  state: 'connecting' | 'ready' | 'down';
  /** The last error while not ready (the server's own words, never the password). */
  error?: string;
  /** Redis refused the credentials: waiting will not help. */
  authFailed?: boolean;
}

const healthOf = new WeakMap<Keyv, StoreHealth>();

/** How a store is doing (undefined for a Keyv createKeyv did not make). */
export function storeHealth(keyv: Keyv<unknown>): StoreHealth | undefined {
  return healthOf.get(keyv as Keyv);
}

// WRONGPASS (Redis 6+ ACL), NOAUTH (a password is required), and AUTH refused outright
const AUTH_FAILURE = /WRONGPASS|NOAUTH|invalid password|invalid username-password|without any password configured/i;

/** host:port of a Redis URL, without its user name or password. */
function redisWhere(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 6379}`;
  } catch {
    return 'Redis (unparsable URL)';
  }
}

export const SQLITE_FILE = 'board-assistant.sqlite';

/** Store options from the environment: REDIS_URL, DATA_DIR (default ./data), KEY_PREFIX. */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  return {
    redisUrl: env.REDIS_URL?.trim() || undefined,
    dataDir: path.resolve(env.DATA_DIR?.trim() || './data'),
    prefix: env.KEY_PREFIX?.trim() || 'board-assistant',
  };
}

const opened = new Set<Keyv>();

// @keyv/redis (with node-redis: 400 modules, ~0.13 s of start-up) is loaded only when Redis is
// configured: the embedded store never needs it.
const loadKeyvRedis = (): typeof KeyvRedis => require('@keyv/redis') as typeof KeyvRedis;

/**
 * A Keyv for `namespace` ("state", "conversations", "reminders", ...). Stores are opened
 * lazily and closed together by `closeAllKeyv()` at shutdown.
 */
export function createKeyv<T = unknown>(namespace: string, options: StoreOptions = storeOptionsFromEnv()): Keyv<T> {
  if (!/^[A-Za-z0-9-]+$/.test(namespace)) throw new Error(`createKeyv: namespace "${namespace}" must be letters, digits and dashes`);
  const ns = `${options.prefix}-${namespace}`;
  let keyv: Keyv<T>;
  let redis: RedisClientLike | undefined;
  let health: StoreHealth;
  if (options.redisUrl) {
    // While Redis is unreachable, fail at once rather than queue: a turn then ends with a
    // clear error instead of hanging until Redis is back, and a failed write throws instead of
    // being dropped silently (a "Saved" must mean saved). node-redis keeps reconnecting.
    keyv = loadKeyvRedis().createKeyv(options.redisUrl, { namespace: ns, throwOnErrors: true }) as Keyv<T>;
    redis = (keyv.store as { client?: RedisClientLike }).client;
    if (redis?.options) redis.options.disableOfflineQueue = true;
    health = { namespace, backend: 'redis', where: redisWhere(options.redisUrl), state: 'connecting' };
    const h = health;
    redis?.on('ready', () => Object.assign(h, { state: 'ready', error: undefined, authFailed: undefined }));
    redis?.on('end', () => Object.assign(h, { state: 'down', error: 'connection closed' }));
    redis?.on('error', (err: unknown) => {
      if (redis?.isReady) return; // a command's error: the connection itself is fine
      const message = String((err as Error)?.message ?? err).split('\n')[0]!.slice(0, 200);
      Object.assign(h, { state: h.state === 'ready' ? 'down' : h.state, error: message, authFailed: AUTH_FAILURE.test(message) });
    });
  } else {
    fs.mkdirSync(options.dataDir, { recursive: true });
    const file = path.join(options.dataDir, SQLITE_FILE);
    keyv = new Keyv<T>({ store: new SqliteStore({ file, durable: options.durable }), namespace: ns });
    health = { namespace, backend: 'sqlite', where: file, state: 'ready' };
  }
  healthOf.set(keyv as Keyv, health);
  let down = false;
  keyv.on('error', (err: unknown) => {
    if (redis && redis.isReady === false) {
      // node-redis retries every 2 s or so and reports each failure: say it once an outage
      if (down) return;
      down = true;
    }
    options.onError?.(err, namespace, health);
  });
  redis?.on('ready', () => {
    if (!down) return;
    down = false;
    options.onRecover?.(namespace);
  });
  opened.add(keyv as Keyv);
  return keyv;
}

/** Thrown when the stores do not answer at start: names each store and the error, never a password. */
export class StoreUnavailableError extends Error {
  constructor(readonly stores: StoreHealth[], timeoutMs: number) {
    super(describeUnavailable(stores, timeoutMs));
    this.name = 'StoreUnavailableError';
  }
}

function describeUnavailable(stores: StoreHealth[], timeoutMs: number): string {
  const byWhere = new Map<string, StoreHealth[]>();
  for (const h of stores) byWhere.set(h.where, [...(byWhere.get(h.where) ?? []), h]);
  return [...byWhere.entries()]
    .map(([where, hs]) => {
      const names = hs.map((h) => h.namespace).join(', ');
      const first = hs.find((h) => h.authFailed) ?? hs[0]!;
      const what = first.authFailed ? 'refused the credentials in REDIS_URL' : `did not answer within ${Math.round(timeoutMs / 1000)} s`;
      return `Redis at ${where} ${what} (${hs.length > 1 ? 'stores' : 'store'}: ${names}): ${first.error ?? 'no answer'}`;
    })
    .join('; ');
}

/**
 * Waits until every store answers, for a start: Redis connects and authenticates. Rejects with
 * StoreUnavailableError at once when Redis refuses the credentials (waiting will not help), or
 * after `timeoutMs`; with `abandon` when that promise settles first (a stop during the start).
 */
export async function waitForStores(keyvs: Keyv<unknown>[], timeoutMs: number, abandon?: Promise<unknown>): Promise<void> {
  const healths = keyvs.map((k) => healthOf.get(k as Keyv)).filter((h): h is StoreHealth => !!h);
  // a Redis store connects on first use: start it now
  for (const k of keyvs) {
    const store = k.store as { getClient?: () => Promise<unknown> };
    if (healthOf.get(k as Keyv)?.backend === 'redis') store.getClient?.().catch(() => undefined);
  }
  const deadline = Date.now() + timeoutMs;
  let abandoned = false;
  abandon?.then(
    () => (abandoned = true),
    () => (abandoned = true),
  );
  for (;;) {
    const waiting = healths.filter((h) => h.state !== 'ready');
    if (waiting.length === 0) return;
    if (abandoned) throw new Error('stopped while waiting for the stores');
    const refused = waiting.filter((h) => h.authFailed);
    if (refused.length || Date.now() >= deadline) throw new StoreUnavailableError(refused.length ? refused : waiting, timeoutMs);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Closes one store (idempotent). */
export async function closeKeyv(keyv: Keyv<unknown>): Promise<void> {
  if (!opened.delete(keyv as Keyv)) return;
  try {
    await keyv.disconnect();
  } catch {
    // already closed or never connected
  }
}

/** Closes every store opened by createKeyv: part of the graceful shutdown. */
export async function closeAllKeyv(): Promise<void> {
  await Promise.all([...opened].map((k) => closeKeyv(k)));
}

/** Thrown by KeyvStorage.write when an item's eTag no longer matches the stored one. */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

interface RedisLikeStore {
  getClient(): Promise<{ eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown> }>;
  createKeyPrefix(key: string, namespace?: string): string;
  namespace?: string;
}

function redisStoreOf(keyv: Keyv<unknown>): RedisLikeStore | undefined {
  const store = keyv.store as Partial<RedisLikeStore> | undefined;
  return store && typeof store.createKeyPrefix === 'function' && typeof store.getClient === 'function' ? (store as RedisLikeStore) : undefined;
}

function sqliteStoreOf(keyv: Keyv<unknown>): SqliteStore | undefined {
  return keyv.store instanceof SqliteStore ? keyv.store : undefined;
}

// Compare-and-set in one step on the Redis server: several instances may write the same
// conversation's state; the second writer with a stale eTag must fail, not overwrite.
const REDIS_CAS = `
local cur = redis.call('GET', KEYS[1])
if cur and ARGV[1] ~= '' and ARGV[1] ~= '*' then
  local ok, obj = pcall(cjson.decode, cur)
  if ok and type(obj) == 'table' and type(obj.value) == 'table' and obj.value.eTag ~= ARGV[1] then
    return 0
  end
end
redis.call('SET', KEYS[1], ARGV[2])
return 1`;

/**
 * botbuilder `Storage` over a Keyv: conversation state and the boards' records. Optimistic concurrency
 * by eTag, as botbuilder's own stores do: an item written with an eTag other than `*` must
 * carry the stored item's current eTag, or the write fails with ETagConflictError. Within
 * a process, writes to one key are serialised; across processes (Redis) the check and the
 * write are one atomic script.
 */
export class KeyvStorage implements Storage {
  private readonly lock = new KeyedLock();
  private readonly redis?: RedisLikeStore;
  private readonly sqlite?: SqliteStore;

  constructor(private readonly keyv: Keyv<Record<string, unknown>>) {
    this.redis = redisStoreOf(keyv as Keyv<unknown>);
    this.sqlite = sqliteStoreOf(keyv as Keyv<unknown>);
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new TypeError('Keys are required when reading');
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const values = await this.keyv.getMany(keys);
    keys.forEach((key, i) => {
      const v = values[i];
      if (v !== undefined && v !== null) items[key] = v;
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes || typeof changes !== 'object') throw new TypeError('Changes are required when writing');
    await Promise.all(Object.entries(changes).map(([key, item]) => this.lock.run(key, () => this.writeOne(key, item))));
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new TypeError('Keys are required when deleting');
    await Promise.all(keys.map((key) => this.lock.run(key, () => this.keyv.delete(key))));
  }

  private async writeOne(key: string, item: Record<string, unknown> | undefined): Promise<void> {
    const given = item && typeof item.eTag === 'string' ? item.eTag : '';
    const next = { ...(item ?? {}), eTag: randomUUID() };
    const unconditional = given === '' || given === '*';
    if (unconditional) {
      await this.keyv.set(key, next);
      return;
    }
    const raw = String(this.keyv.serialize ? await this.keyv.serialize({ value: next }) : JSON.stringify({ value: next }));
    if (this.redis) {
      const client = await this.redis.getClient();
      const fullKey = this.redis.createKeyPrefix(key, this.redis.namespace);
      const ok = await client.eval(REDIS_CAS, { keys: [fullKey], arguments: [given, raw] });
      if (Number(ok) !== 1) throw new ETagConflictError(key);
      return;
    }
    if (this.sqlite) {
      // One statement each, so two connections (or processes) on the file cannot both win.
      const table = this.sqlite.opts.table;
      const fullKey = this.keyv.namespace ? `${this.keyv.namespace}:${key}` : key;
      const updated = await this.sqlite.query(
        `UPDATE ${table} SET value = ? WHERE key = ? AND json_extract(value, '$.value.eTag') = ? RETURNING key`,
        raw,
        fullKey,
        given,
      );
      if (updated.length === 1) return;
      const inserted = await this.sqlite.query(`INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING RETURNING key`, fullKey, raw);
      if (inserted.length !== 1) throw new ETagConflictError(key);
      return;
    }
    // any other store: check then write (atomic within this process thanks to the key lock)
    const current = await this.keyv.get(key);
    if (current && current.eTag !== given) throw new ETagConflictError(key);
    await this.keyv.set(key, next);
  }
}
