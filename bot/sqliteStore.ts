// The embedded store: a Keyv store adapter over one SQLite file, through better-sqlite3.
//
// better-sqlite3 runs each statement synchronously on the calling thread, in microseconds
// (a read about 6 µs, a write 10-30 µs here). The sqlite3 driver behind @keyv/sqlite sent
// every statement to libuv's thread pool and back: about 1 ms of waiting and 0.75 ms of CPU
// per turn, and most of the full-stack turn time (issue 8's bench). The table is the one
// @keyv/sqlite made (`keyv`: key, value), so an existing DATA_DIR keeps its data.
//
// Journal: WAL, so a killed process never corrupts the file and readers never block the
// writer. `durable` (synchronous=FULL) syncs the log on every commit, so a write survives a
// power cut too: for what a user was told is saved (reminders). Otherwise synchronous=NORMAL:
// a commit survives a crash of the process, and a power cut may undo the last few commits,
// never corrupt the file (SQLite's documented guarantee for WAL).
import { EventEmitter } from 'node:events';
import Database, { type Database as Db, type Statement } from 'better-sqlite3';
import type { KeyvStoreAdapter, StoredData } from 'keyv';

export interface SqliteStoreOptions {
  /** The database file (created with its directory's permissions if missing). */
  file: string;
  /** Sync the write-ahead log on every commit (synchronous=FULL). */
  durable?: boolean;
  /** How long a statement waits for another process's lock before it fails. */
  busyTimeoutMs?: number;
}

/** A row of the store's table. */
interface Row {
  key: string;
  value: string;
}

const TABLE = 'keyv';
/** Rows read per statement when a namespace is listed. */
const PAGE = 1000;

export class SqliteStore extends EventEmitter implements KeyvStoreAdapter {
  /** What Keyv and the stores' own queries read: the table's name. */
  readonly opts: { table: string; file: string; dialect: 'sqlite' };
  namespace?: string;
  private readonly db: Db;
  /** Prepared statements by SQL text: the stores use a handful, each prepared once. */
  private readonly statements = new Map<string, Statement>();

  constructor(options: SqliteStoreOptions) {
    super();
    this.opts = { table: TABLE, file: options.file, dialect: 'sqlite' };
    this.db = new Database(options.file, { timeout: options.busyTimeoutMs ?? 10_000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.durable ? 'FULL' : 'NORMAL'}`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${TABLE}(key VARCHAR(255) PRIMARY KEY, value TEXT)`);
  }

  /**
   * Runs one statement and returns its rows (none for a statement that returns no data).
   * A bound function, as @keyv/sqlite's was: the reminder store calls it detached.
   */
  readonly query = async <T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]> => this.rows<T>(sql, params);

  async get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    return this.rows<Row>(`SELECT value FROM ${TABLE} WHERE key = ?`, [key])[0]?.value as StoredData<Value> | undefined;
  }

  async getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    if (keys.length === 1) return [await this.get<Value>(keys[0]!)];
    const found = new Map(this.rows<Row>(`SELECT key, value FROM ${TABLE} WHERE key IN (SELECT value FROM json_each(?))`, [JSON.stringify(keys)]).map((r) => [r.key, r.value]));
    return keys.map((k) => found.get(k) as StoredData<Value | undefined>);
  }

  async set(key: string, value: unknown): Promise<void> {
    this.rows(`INSERT INTO ${TABLE} (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, [key, value]);
  }

  async has(key: string): Promise<boolean> {
    return this.rows(`SELECT 1 FROM ${TABLE} WHERE key = ?`, [key]).length > 0;
  }

  async delete(key: string): Promise<boolean> {
    return this.rows(`DELETE FROM ${TABLE} WHERE key = ? RETURNING key`, [key]).length > 0;
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    return this.rows(`DELETE FROM ${TABLE} WHERE key IN (SELECT value FROM json_each(?)) RETURNING key`, [JSON.stringify(keys)]).length > 0;
  }

  /** Removes this namespace's keys (every key when there is no namespace). */
  async clear(): Promise<void> {
    if (!this.namespace) this.rows(`DELETE FROM ${TABLE}`, []);
    else this.rows(`DELETE FROM ${TABLE} WHERE key > ? AND key < ?`, [`${this.namespace}:`, `${this.namespace}:\uffff`]);
  }

  /** A namespace's entries in key order, a page at a time (no cursor is held across pages). */
  async *iterator<Value>(namespace?: string): AsyncGenerator<Array<string | Awaited<Value> | undefined>, void> {
    const prefix = namespace ? `${namespace}:` : '';
    let after = prefix;
    for (;;) {
      const page = this.rows<Row>(`SELECT key, value FROM ${TABLE} WHERE key > ? AND key < ? ORDER BY key LIMIT ${PAGE}`, [after, `${prefix}\uffff`]);
      for (const row of page) yield [row.key, row.value as Awaited<Value>];
      if (page.length < PAGE) return;
      after = page[page.length - 1]!.key;
    }
  }

  async disconnect(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private rows<T>(sql: string, params: unknown[]): T[] {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      // the stores' own SQL is fixed text: only queries with literal values would grow this
      if (this.statements.size < 100) this.statements.set(sql, statement);
    }
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  }
}
