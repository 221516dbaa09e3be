// The durable schedule store: one record per schedule ("s:<id>") and a small index per
// conversation, over a Keyv-like store (bot/storage.ts gives SQLite when embedded and Redis
// when shared). Nothing is kept only in memory.
//
// The per-conversation index: on Redis it is a Redis set ("cset:<conversationId>", SADD and
// SREM on the server), so two instances saving in one conversation at once cannot drop each
// other's id. Elsewhere it is a keyv list ("c:<conversationId>") changed under a process-local
// lock, which is enough because the embedded store has one process.
import type { Schedule } from './types';
import { KeyedLock } from './keyedLock';

/** The part of Keyv this store uses. */
export interface KeyvLike {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttl?: number): Promise<unknown>;
  delete(key: string): Promise<boolean>;
  iterator?: (namespace?: string) => AsyncGenerator<unknown[], void>;
}

/** What the scheduler needs to build its index: one small entry per schedule. */
export interface IndexEntry {
  id: string;
  status: Schedule['status'];
  nextDue: number | null;
}

export interface ScheduleStore {
  get(id: string): Promise<Schedule | undefined>;
  put(schedule: Schedule): Promise<void>;
  /** Deletes a schedule, keeping a small tombstone (see `deleted`) for `TOMBSTONE_MS`. */
  delete(id: string): Promise<void>;
  /** The conversation a deleted schedule belonged to, while its tombstone lasts. */
  deleted(id: string): Promise<{ conversationId: string; at: number } | undefined>;
  /** Every schedule of one conversation. */
  listConversation(conversationId: string): Promise<Schedule[]>;
  /** Every schedule, as index entries, streamed (the full records are not kept). */
  scan(): AsyncIterable<IndexEntry>;
}

const S = 's:';
const C = 'c:';
const X = 'x:';

/** How long a cancelled schedule's id is remembered (a Save on its old card is refused). */
export const TOMBSTONE_MS = 90 * 24 * 3_600_000;

const CSET = 'cset:';

/** The node-redis commands of the Redis index (as @keyv/redis exposes its client). */
interface RedisSetClient {
  sAdd(key: string, member: string): Promise<unknown>;
  sRem(key: string, member: string): Promise<unknown>;
  sMembers(key: string): Promise<string[]>;
}

interface RedisKeyvStore {
  getClient(): Promise<RedisSetClient>;
  createKeyPrefix(key: string, namespace?: string): string;
  namespace?: string;
}

function redisStoreOf(keyv: KeyvLike): RedisKeyvStore | undefined {
  const st = (keyv as { store?: Partial<RedisKeyvStore> }).store;
  return st && typeof st.getClient === 'function' && typeof st.createKeyPrefix === 'function' ? (st as RedisKeyvStore) : undefined;
}

type SqlRow = { key: string; value?: string; id?: unknown; status?: unknown; nextDue?: unknown };
type SqlStore = { query: (sql: string, ...p: unknown[]) => Promise<SqlRow[]>; table: string; namespace?: string };
type RedisScanner = { match: string };
interface RedisScanClient {
  scan(cursor: string, options: { MATCH: string; COUNT: number; TYPE: string }): Promise<{ cursor: string | number; keys: string[] }>;
  mGet(keys: string[]): Promise<(string | null)[]>;
}

/** A projected row whose fields are exactly what the serializer wrote (no escaped string). */
function isPlainEntry(row: SqlRow): row is SqlRow & IndexEntry {
  return (
    typeof row.id === 'string' &&
    !row.id.startsWith(':') &&
    typeof row.status === 'string' &&
    !row.status.startsWith(':') &&
    (row.nextDue === null || typeof row.nextDue === 'number')
  );
}

function entryOf(v: unknown): IndexEntry | undefined {
  const s = v as Schedule | undefined;
  return s && typeof s === 'object' ? { id: s.id, status: s.status, nextDue: s.nextDue } : undefined;
}

/** keyv's serializer writes a string that starts with ':' as '::...', a Buffer as ':base64:...'. */
const ESCAPED = /"::|":base64:/;

/** Redis SCAN MATCH treats * ? [ ] and backslash as glob syntax; KEY_PREFIX may contain them. */
function globEscape(s: string): string {
  return s.replace(/[*?[\]\\]/g, '\\$&');
}

export class KeyvScheduleStore implements ScheduleStore {
  private readonly lock = new KeyedLock();
  private readonly redis?: RedisKeyvStore;

  constructor(private readonly keyv: KeyvLike) {
    this.redis = redisStoreOf(keyv);
  }

  async get(id: string): Promise<Schedule | undefined> {
    return ((await this.keyv.get(S + id)) as Schedule | undefined) ?? undefined;
  }

  async put(schedule: Schedule): Promise<void> {
    // The record first: the index is only a way to find records, and a missing record is
    // skipped when listing, so a crash between the two writes loses nothing.
    await this.keyv.set(S + schedule.id, schedule);
    if (this.redis) {
      await (await this.redis.getClient()).sAdd(this.setKey(schedule.conversationId), schedule.id);
      return;
    }
    await this.lock.run(C + schedule.conversationId, async () => {
      const ids = await this.ids(schedule.conversationId);
      if (!ids.includes(schedule.id)) await this.keyv.set(C + schedule.conversationId, [...ids, schedule.id]);
    });
  }

  async delete(id: string): Promise<void> {
    const s = await this.get(id);
    if (s) await this.keyv.set(X + id, { conversationId: s.conversationId, at: Date.now() }, TOMBSTONE_MS);
    await this.keyv.delete(S + id);
    if (!s) return;
    if (this.redis) {
      await (await this.redis.getClient()).sRem(this.setKey(s.conversationId), id);
      return;
    }
    await this.lock.run(C + s.conversationId, async () => {
      const ids = (await this.ids(s.conversationId)).filter((x) => x !== id);
      if (ids.length) await this.keyv.set(C + s.conversationId, ids);
      else await this.keyv.delete(C + s.conversationId);
    });
  }

  async deleted(id: string): Promise<{ conversationId: string; at: number } | undefined> {
    const v = (await this.keyv.get(X + id)) as { conversationId?: unknown; at?: unknown } | undefined;
    return v && typeof v.conversationId === 'string' && typeof v.at === 'number' ? { conversationId: v.conversationId, at: v.at } : undefined;
  }

  async listConversation(conversationId: string): Promise<Schedule[]> {
    const ids = await this.ids(conversationId);
    const all = await Promise.all(ids.map((id) => this.get(id)));
    return all.filter((s): s is Schedule => !!s && s.conversationId === conversationId);
  }

  async *scan(): AsyncIterable<IndexEntry> {
    const sql = this.sqlStore();
    if (sql) {
      yield* this.scanSql(sql);
      return;
    }
    const redis = this.redisScanner();
    if (redis) {
      yield* this.scanRedis(redis);
      return;
    }
    if (!this.keyv.iterator) throw new Error('KeyvScheduleStore.scan: this store cannot be listed');
    for await (const [key, value] of this.keyv.iterator(undefined)) {
      if (typeof key !== 'string' || !key.startsWith(S)) continue;
      const s = value as Schedule | undefined;
      if (s && typeof s === 'object') yield { id: s.id, status: s.status, nextDue: s.nextDue };
    }
  }

  /**
   * @keyv/sqlite's own iterator recurses once per page of 10 rows with LIMIT/OFFSET: at
   * 100,000 schedules it overflows the stack (and is quadratic). Read the table directly in
   * key order, 1,000 rows a page, instead.
   */
  private sqlStore(): SqlStore | undefined {
    const st = (this.keyv as { store?: { query?: unknown; opts?: { table?: unknown }; namespace?: unknown } }).store;
    if (!st || typeof st.query !== 'function' || typeof st.opts?.table !== 'string') return undefined;
    if (typeof (this.keyv as { deserialize?: unknown }).deserialize !== 'function') return undefined;
    return { query: st.query as never, table: st.opts.table, namespace: typeof st.namespace === 'string' ? st.namespace : undefined };
  }

  private async *scanSql(sql: SqlStore): AsyncIterable<IndexEntry> {
    const prefix = `${sql.namespace ? `${sql.namespace}:` : ''}${S}`;
    const deserialize = this.deserializer();
    // A schedule is ~1 KB of JSON and the index needs 3 fields: let SQLite pick them out
    // (no JS parse or copy of the whole record). Only when the stored value is plain JSON.
    const project = !(this.keyv as { compression?: unknown }).compression;
    const cols = project
      ? "json_extract(value, '$.value.id') AS id, json_extract(value, '$.value.status') AS status, json_extract(value, '$.value.nextDue') AS nextDue"
      : 'value';
    let after = prefix;
    for (;;) {
      const rows = await sql.query(`SELECT key, ${cols} FROM ${sql.table} WHERE key > ? AND key < ? ORDER BY key LIMIT 1000`, after, `${prefix}\uffff`);
      if (!rows.length) return;
      for (const row of rows) {
        if (project && isPlainEntry(row)) {
          yield { id: row.id, status: row.status, nextDue: row.nextDue };
          continue;
        }
        // not projected, or a string the serializer escaped (leading ':'): parse the whole record
        const value = project ? (await sql.query(`SELECT value FROM ${sql.table} WHERE key = ?`, row.key))[0]?.value : row.value;
        const e = typeof value === 'string' ? entryOf((await deserialize(value))?.value) : undefined;
        if (e) yield e;
      }
      after = rows[rows.length - 1]!.key;
    }
  }

  /** A single (non-cluster) node-redis client that can SCAN and MGET, with the key prefix. */
  private redisScanner(): RedisScanner | undefined {
    const st = (this.keyv as { store?: Partial<RedisKeyvStore> & { isCluster?: () => boolean; keyPrefixSeparator?: unknown } }).store;
    if (!this.redis || !st || typeof st.isCluster !== 'function' || st.isCluster()) return undefined;
    // plain keyv JSON only (createKeyv sets neither compression nor its own serializer)
    if (typeof this.keyv.iterator !== 'function' || (this.keyv as { compression?: unknown }).compression) return undefined;
    return { match: `${globEscape(this.redis.createKeyPrefix(S, this.redis.namespace))}*` };
  }

  /**
   * @keyv/redis's iterator SCANs 10 keys a round trip over the whole namespace (reminder
   * records, indexes and tombstones): 7.9 s for 100,000 schedules. Ask for schedule keys only,
   * 1,000 a round trip, and MGET each page.
   */
  private async *scanRedis(r: RedisScanner): AsyncIterable<IndexEntry> {
    const client = (await this.redis!.getClient()) as unknown as RedisScanClient;
    const deserialize = this.deserializer();
    const now = Date.now();
    let cursor = '0';
    do {
      const res = await client.scan(cursor, { MATCH: r.match, COUNT: 1000, TYPE: 'string' });
      cursor = String(res.cursor);
      if (!res.keys.length) continue;
      const values = await client.mGet(res.keys);
      for (const raw of values) {
        if (typeof raw !== 'string') continue;
        // keyv's JSON reviver (which unescapes strings stored with a leading ':') is 3x slower
        // than JSON.parse; without such a string the two give the same record
        const data = ESCAPED.test(raw) ? await deserialize(raw) : (JSON.parse(raw) as { value?: unknown; expires?: unknown });
        // keyv's iterator hides expired entries too (schedules have no TTL, but keep its contract)
        if (!data || (typeof data.expires === 'number' && data.expires < now)) continue;
        const e = entryOf(data.value);
        if (e) yield e;
      }
    } while (cursor !== '0');
  }

  private deserializer(): (raw: string) => Promise<{ value?: unknown; expires?: unknown } | undefined> {
    const k = this.keyv as unknown as { deserialize: (raw: string) => Promise<{ value?: unknown; expires?: unknown } | undefined> };
    return k.deserialize.bind(this.keyv);
  }

  private async ids(conversationId: string): Promise<string[]> {
    const v = await this.keyv.get(C + conversationId);
    const list = Array.isArray(v) ? (v as string[]) : [];
    if (!this.redis) return list;
    // A list written before the Redis set existed is still read (its stale ids resolve to nothing).
    const members = await (await this.redis.getClient()).sMembers(this.setKey(conversationId));
    return [...new Set([...members, ...list])];
  }

  /** Under the keyv namespace's prefix; a set, so keyv's string-only SCAN (iterator, clear) skips it. */
  private setKey(conversationId: string): string {
    return this.redis!.createKeyPrefix(CSET + conversationId, this.redis!.namespace);
  }
}
