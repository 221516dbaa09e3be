// The same storage suite against the embedded SQLite file and, when REDIS_URL is set,
// against Redis. Redis keys carry a prefix unique to this run, and are removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Keyv } from 'keyv';
import { ConversationState } from 'botbuilder';
import { closeKeyv, createKeyv, ETagConflictError, KeyvStorage, SQLITE_FILE, type StoreOptions } from '../bot/storage';
import { ConversationStore, baseConversationId, type SavedConversation } from '../bot/conversations';

const runId = `t${Date.now().toString(36)}${randomUUID().slice(0, 6)}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-storage-'));

type Backend = { name: string; options: () => StoreOptions };
const backends: Backend[] = [{ name: 'sqlite', options: () => ({ dataDir, prefix: `ba-${runId}` }) }];
if (process.env.REDIS_URL) backends.push({ name: 'redis', options: () => ({ redisUrl: process.env.REDIS_URL, dataDir, prefix: `ba-test-${runId}` }) });
else test.skip('redis storage (REDIS_URL not set)', () => undefined);

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** A Teams message activity from a user in `conversation`. */
const messageIn = (conversation: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  serviceUrl: 'https://smba.trafficmanager.net/uk/',
  channelId: 'msteams',
  from: { id: '29:u', name: 'U' },
  recipient: { id: '28:bot', name: 'Board Assistant' },
  conversation,
  ...extra,
});

describe.each(backends)('storage on $name', ({ options }) => {
  const opened: Keyv<unknown>[] = [];
  function open<T>(ns: string): Keyv<T> {
    const k = createKeyv<T>(ns, options());
    opened.push(k as Keyv<unknown>);
    return k;
  }
  afterAll(async () => {
    for (const k of opened) {
      await k.clear().catch(() => undefined);
      await closeKeyv(k);
    }
  });

  test('read, write and delete items', async () => {
    const storage = new KeyvStorage(open<Record<string, unknown>>('state'));
    expect(await storage.read(['nope'])).toEqual({});
    await storage.write({ a: { n: 1, text: ':colon' }, 'msteams/conversations/19:x@thread;messageid=1/': { n: 2 } });
    const got = await storage.read(['a', 'msteams/conversations/19:x@thread;messageid=1/', 'missing']);
    expect(Object.keys(got).sort()).toEqual(['a', 'msteams/conversations/19:x@thread;messageid=1/']);
    expect(got.a).toMatchObject({ n: 1, text: ':colon' });
    expect(typeof got.a.eTag).toBe('string');
    await storage.delete(['a']);
    expect(await storage.read(['a'])).toEqual({});
  });

  test('optimistic concurrency: a stale eTag fails, the current one and "*" succeed', async () => {
    const storage = new KeyvStorage(open<Record<string, unknown>>('state'));
    await storage.write({ item: { v: 1 } });
    const first = (await storage.read(['item'])).item;
    await storage.write({ item: { ...first, v: 2 } });
    await expect(storage.write({ item: { ...first, v: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await storage.read(['item'])).item.v).toBe(2);
    const second = (await storage.read(['item'])).item;
    await storage.write({ item: { ...second, v: 4 } });
    await storage.write({ item: { v: 5, eTag: '*' } });
    expect((await storage.read(['item'])).item.v).toBe(5);
  });

  test('two writers racing with the same eTag: exactly one wins', async () => {
    const storage = new KeyvStorage(open<Record<string, unknown>>('state'));
    // a second storage over another connection to the same store, as another instance would have
    const other = new KeyvStorage(open<Record<string, unknown>>('state'));
    await storage.write({ race: { v: 0 } });
    const base = (await storage.read(['race'])).race;
    const results = await Promise.allSettled([storage.write({ race: { ...base, v: 'a' } }), other.write({ race: { ...base, v: 'b' } })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
  });

  test('botbuilder ConversationState round-trips through it', async () => {
    const storage = new KeyvStorage(open<Record<string, unknown>>('state'));
    const state = new ConversationState(storage);
    const prop = state.createProperty<{ kind: string }>('lastQuery');
    const ctx = { activity: { channelId: 'msteams', conversation: { id: 'c-1' } }, turnState: new Map() } as never;
    await prop.set(ctx, { kind: 'topic' });
    await state.saveChanges(ctx);
    const ctx2 = { activity: { channelId: 'msteams', conversation: { id: 'c-1' } }, turnState: new Map() } as never;
    expect(await prop.get(ctx2)).toEqual({ kind: 'topic' });
  });

  test('namespaces do not see each other', async () => {
    const a = open<string>('ns-a');
    const b = open<string>('ns-b');
    await a.set('k', 'from a');
    expect(await b.get('k')).toBeUndefined();
    expect(await a.get('k')).toBe('from a');
  });

  test('conversation references: remember, refresh, list, forget', async () => {
    let now = new Date('2025-01-01T09:00:00Z');
    const store = new ConversationStore(open<SavedConversation>('conversations'), () => now);
    const activity = messageIn(
      { id: '19:c@thread.tacv2;messageid=99', conversationType: 'channel', isGroup: true, tenantId: 't' },
      { channelData: { team: { id: '19:team@thread.tacv2' }, channel: { id: '19:c@thread.tacv2' }, tenant: { id: 't' } } },
    );
    const saved = await store.remember(activity as never);
    expect(saved).toMatchObject({ id: '19:c@thread.tacv2', conversationType: 'channel', teamId: '19:team@thread.tacv2', tenantId: 't', installed: true });
    const personal = { ...activity, conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: 't' }, channelData: {} };
    await store.remember(personal as never);
    // serviceUrl moved: the reference is refreshed
    now = new Date('2025-01-01T10:00:00Z');
    await store.remember({ ...activity, serviceUrl: 'https://smba.trafficmanager.net/emea/' } as never);
    expect((await store.get('19:c@thread.tacv2'))?.serviceUrl).toBe('https://smba.trafficmanager.net/emea/');
    expect((await store.get('19:c@thread.tacv2'))?.reference.serviceUrl).toBe('https://smba.trafficmanager.net/emea/');
    expect((await store.get('19:c@thread.tacv2'))?.firstSeen).toBe('2025-01-01T09:00:00.000Z');
    const all = await store.list();
    expect(all.map((c) => c.id).sort()).toEqual(['19:c@thread.tacv2', 'a:personal-1']);
    expect((await store.list((c) => c.conversationType === 'channel')).map((c) => c.id)).toEqual(['19:c@thread.tacv2']);
    expect(await store.forget('19:c@thread.tacv2;messageid=5')).toBe(true);
    expect(await store.get('19:c@thread.tacv2')).toBeUndefined();
  });
});

test('baseConversationId removes only the thread suffix', () => {
  expect(baseConversationId('19:abc@thread.tacv2;messageid=1700000000')).toBe('19:abc@thread.tacv2');
  expect(baseConversationId('a:1xyz')).toBe('a:1xyz');
});

describe('embedded store durability', () => {
  test('data survives closing and reopening the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-durable-'));
    const opts = { dataDir: dir, prefix: 'dur' };
    const k1 = createKeyv<string>('state', opts);
    await k1.set('x', 'kept');
    await closeKeyv(k1);
    const k2 = createKeyv<string>('state', opts);
    expect(await k2.get('x')).toBe('kept');
    await closeKeyv(k2);
    expect(fs.existsSync(path.join(dir, SQLITE_FILE))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a process killed mid-write leaves a readable file with every acknowledged write', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-killed-'));
    // a child writes 50 acknowledged items, reports, then keeps writing until SIGKILLed
    const child = `
      const { createKeyv } = require(${JSON.stringify(path.resolve(__dirname, '../bot/storage.ts'))});
      (async () => {
        const k = createKeyv('state', { dataDir: ${JSON.stringify(dir)}, prefix: 'kill' });
        for (let i = 0; i < 50; i++) await k.set('item-' + i, { i, pad: 'x'.repeat(2000) });
        process.stdout.write('acked\\n');
        for (let i = 50; ; i++) { await k.set('item-' + i, { i, pad: 'y'.repeat(2000) }); if (i === 80) process.kill(process.pid, 'SIGKILL'); }
      })();`;
    const r = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', child], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8', timeout: 60000 });
    expect(r.stdout).toContain('acked');
    expect(r.signal).toBe('SIGKILL');
    const k = createKeyv<{ i: number }>('state', { dataDir: dir, prefix: 'kill' });
    for (let i = 0; i < 50; i++) expect((await k.get(`item-${i}`))?.i).toBe(i);
    await closeKeyv(k);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

test('conversation references: a message in a known conversation costs no store read; an install reads it again', async () => {
  const keyv = new Keyv<SavedConversation>();
  const reads = jest.spyOn(keyv, 'get');
  const writes = jest.spyOn(keyv, 'set');
  const store = new ConversationStore(keyv, () => new Date('2025-01-01T09:00:00Z'));
  const message = messageIn({ id: 'a:personal-2', conversationType: 'personal', tenantId: 't' });
  await store.remember(message as never); // new: read, write
  await store.remember(message as never); // known: neither
  await store.remember(message as never);
  expect([reads.mock.calls.length, writes.mock.calls.length]).toEqual([1, 1]);
  // what matters changed: written without a read
  await store.remember({ ...message, serviceUrl: 'https://smba.trafficmanager.net/emea/' } as never);
  expect([reads.mock.calls.length, writes.mock.calls.length]).toEqual([1, 2]);
  // an install reads the store (another instance may have forgotten the conversation)
  await keyv.delete('a:personal-2');
  await store.remember(message as never, { installed: true });
  expect(reads.mock.calls.length).toBe(2);
  expect((await store.get('a:personal-2'))?.serviceUrl).toBe('https://smba.trafficmanager.net/uk/');
  // forgotten here: the next message saves the reference again
  await store.forget('a:personal-2');
  await store.remember(message as never);
  expect(await store.get('a:personal-2')).toMatchObject({ id: 'a:personal-2', installed: true });
});
