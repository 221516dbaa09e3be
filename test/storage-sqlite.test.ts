// The embedded store's Keyv adapter (bot/sqliteStore.ts) on a real file: what Keyv and the
// stores ask of it, listing past a page, and the table @keyv/sqlite left behind.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Keyv } from 'keyv';
import { SqliteStore } from '../bot/sqliteStore';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-sqlite-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
const newFile = () => path.join(dir, `store-${++n}.sqlite`);
const open = (file: string, namespace: string) => new Keyv({ store: new SqliteStore({ file }), namespace });

test('get, getMany (in the order asked), has, delete, deleteMany through Keyv', async () => {
  const keyv = open(newFile(), 'ns');
  await keyv.set('a', { n: 1 });
  await keyv.set('b', 'two');
  await keyv.set('a', { n: 3 });
  expect(await keyv.get('a')).toEqual({ n: 3 });
  expect(await keyv.get(['b', 'missing', 'a'])).toEqual(['two', undefined, { n: 3 }]);
  expect(await keyv.has('b')).toBe(true);
  expect(await keyv.delete('b')).toBe(true);
  expect(await keyv.delete('b')).toBe(false);
  await keyv.set('c', 1);
  expect(await keyv.delete(['a', 'c'])).toBe(true);
  expect(await keyv.get(['a', 'c'])).toEqual([undefined, undefined]);
  await keyv.disconnect();
});

test('listing walks every entry of its namespace past the page size, in key order, and no other', async () => {
  const file = newFile();
  const mine = open(file, 'mine');
  const other = open(file, 'mine-too');
  for (let i = 0; i < 2500; i++) await mine.set(`k${String(i).padStart(5, '0')}`, i);
  await other.set('k00001', 'not mine');
  const seen: number[] = [];
  for await (const [, value] of mine.iterator!(undefined)) seen.push(value as number);
  expect(seen).toEqual(Array.from({ length: 2500 }, (_, i) => i));
  await mine.clear();
  expect(await other.get('k00001')).toBe('not mine');
  expect(await mine.get('k00001')).toBeUndefined();
  await mine.disconnect();
  await other.disconnect();
});

test('a file written by @keyv/sqlite (same keyv table) is read as it was', async () => {
  const file = newFile();
  const old = new Database(file);
  old.exec('CREATE TABLE keyv(key VARCHAR(255) PRIMARY KEY, value TEXT)');
  old.prepare('INSERT INTO keyv (key, value) VALUES (?, ?)').run('board-assistant-state:x', JSON.stringify({ value: { kept: true } }));
  old.close();
  const keyv = open(file, 'board-assistant-state');
  expect(await keyv.get('x')).toEqual({ kept: true });
  await keyv.disconnect();
});

test('durable stores sync every commit; the others only at checkpoints (WAL either way)', async () => {
  const file = newFile();
  const durable = new SqliteStore({ file, durable: true });
  const quick = new SqliteStore({ file });
  expect(await durable.query('PRAGMA synchronous')).toEqual([{ synchronous: 2 }]);
  expect(await quick.query('PRAGMA synchronous')).toEqual([{ synchronous: 1 }]);
  expect(await quick.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  await durable.disconnect();
  await quick.disconnect();
});
