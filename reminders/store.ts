// The durable schedule store: one record per schedule ("s:<id>") and a small index per
// conversation ("c:<conversationId>" -> ids), over a Keyv-like store (bot/storage.ts gives
// SQLite when embedded and Redis when shared). Nothing is kept only in memory.
import type { Schedule } from './types';
import { KeyedLock } from './keyedLock';

/** The part of Keyv this store uses. */
export interface KeyvLike {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<unknown>;
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
  delete(id: string): Promise<void>;
  /** Every schedule of one conversation. */
  listConversation(conversationId: string): Promise<Schedule[]>;
  /** Every schedule, as index entries, streamed (the full records are not kept). */
  scan(): AsyncIterable<IndexEntry>;
}

const S = 's:';
const C = 'c:';

export class KeyvScheduleStore implements ScheduleStore {
  private readonly lock = new KeyedLock();

  constructor(private readonly keyv: KeyvLike) {}

  async get(id: string): Promise<Schedule | undefined> {
    return ((await this.keyv.get(S + id)) as Schedule | undefined) ?? undefined;
  }

  async put(schedule: Schedule): Promise<void> {
    // The record first: the index is only a way to find records, and a missing record is
    // skipped when listing, so a crash between the two writes loses nothing.
    await this.keyv.set(S + schedule.id, schedule);
    await this.lock.run(C + schedule.conversationId, async () => {
      const ids = await this.ids(schedule.conversationId);
      if (!ids.includes(schedule.id)) await this.keyv.set(C + schedule.conversationId, [...ids, schedule.id]);
    });
  }

  async delete(id: string): Promise<void> {
    const s = await this.get(id);
    await this.keyv.delete(S + id);
    if (!s) return;
    await this.lock.run(C + s.conversationId, async () => {
      const ids = (await this.ids(s.conversationId)).filter((x) => x !== id);
      if (ids.length) await this.keyv.set(C + s.conversationId, ids);
      else await this.keyv.delete(C + s.conversationId);
    });
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
  private sqlStore(): { query: (sql: string, ...p: unknown[]) => Promise<{ key: string; value: string }[]>; table: string; namespace?: string } | undefined {
    const st = (this.keyv as { store?: { query?: unknown; opts?: { table?: unknown }; namespace?: unknown } }).store;
    if (!st || typeof st.query !== 'function' || typeof st.opts?.table !== 'string') return undefined;
    if (typeof (this.keyv as { deserialize?: unknown }).deserialize !== 'function') return undefined;
    return { query: st.query as never, table: st.opts.table, namespace: typeof st.namespace === 'string' ? st.namespace : undefined };
  }

  private async *scanSql(sql: { query: (sql: string, ...p: unknown[]) => Promise<{ key: string; value: string }[]>; table: string; namespace?: string }): AsyncIterable<IndexEntry> {
    const prefix = `${sql.namespace ? `${sql.namespace}:` : ''}${S}`;
    const deserialize = (this.keyv as unknown as { deserialize: (raw: string) => Promise<{ value?: unknown } | undefined> }).deserialize.bind(this.keyv);
    let after = prefix;
    for (;;) {
      const rows = await sql.query(`SELECT key, value FROM ${sql.table} WHERE key > ? AND key < ? ORDER BY key LIMIT 1000`, after, `${prefix}\uffff`);
      if (!rows.length) return;
      for (const row of rows) {
        const data = await deserialize(row.value);
        const s = data?.value as Schedule | undefined;
        if (s && typeof s === 'object') yield { id: s.id, status: s.status, nextDue: s.nextDue };
      }
      after = rows[rows.length - 1]!.key;
    }
  }

  private async ids(conversationId: string): Promise<string[]> {
    const v = await this.keyv.get(C + conversationId);
    return Array.isArray(v) ? (v as string[]) : [];
  }
}
