// What happens to a reminder for each answer the Bot Connector can give, through the real
// adapter (the CloudAdapter with its turn error handler, as the service builds it) to the
// capture connector, on a fake clock, on SQLite and on Redis (REDIS_URL): how many attempts,
// whether it is delivered, what is recorded and shown on the list card, and what is logged.
//
// botbuilder's HTTP pipeline retries below the product (5xx and a 429 with Retry-After, three
// more times, waiting in real time). Where a scenario retries for the whole grace period, the
// connector adds `retry-after-ms: 0` to its failures: the pipeline reads that header first and
// retries at once, so one attempt is still four posts but takes no real time; the product reads
// only Retry-After. The real waits are in the scenarios that recover within an attempt or two,
// and in the real process test (reminders-delivery-process.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { createAdapter, installTurnErrorHandler } from '../bot/adapter';
import { loadConfig } from '../bot/config';
import { ConversationStore } from '../bot/conversations';
import { adapterSender } from '../bot/proactive';
import { closeKeyv, createKeyv, type StoreOptions } from '../bot/storage';
import { createRemindersRuntime } from '../dialogs/reminders-runtime';
import { listView } from '../reminders/cards';
import { FakeClock, flushIo } from '../reminders/clock';
import type { ScheduleEvents } from '../reminders/events';
import type { Schedule } from '../reminders/types';
import { captureLogger } from './bot-fakes';
import { startConnector, type Answer, type Captured } from './connector';
import { freePort } from './bot-process';

const REDIS_URL = process.env.REDIS_URL?.trim();
const START = Date.parse('2027-03-01T09:00:00Z');
const DUE = Date.parse('2027-03-01T11:00:00Z');
const ONE_OFF = 'remind us about the board meeting on 1 March 2027 at 12:00, 1 hour before';
/** Another reminder in the same conversation, due later that day. */
const LATER = 'remind us about the finance meeting on 1 March 2027 at 16:00, 1 hour before';
const HOUR = 3_600_000;

/** No other instance: changes need not be told (the Redis feed is tested elsewhere). */
const quiet: ScheduleEvents = { publish: async () => undefined, subscribe: async () => undefined, close: async () => undefined };

const fail = (status: number, headers: Record<string, string> = {}, code?: string): Answer => ({ status, headers, code });
/** The SDK pipeline retries such an answer at once (see the top of the file). */
const sdkAtOnce = { 'retry-after-ms': '0' };

interface Scenario {
  name: string;
  answer: (n: number) => Answer | undefined;
  graceMs?: number;
  delivered: boolean;
  /** What the schedule records: sent, not delivered (failed), or stopped. */
  recorded: 'sent' | 'not delivered' | 'stopped';
  /** Attempts by the product, and posts at the connector (the SDK's own retries included). */
  attempts: number;
  posts: number;
  reason?: RegExp;
}

const SCENARIOS: Scenario[] = [
  { name: '200', answer: () => undefined, delivered: true, recorded: 'sent', attempts: 1, posts: 1 },
  { name: '429 once, no Retry-After', answer: (n) => (n === 1 ? fail(429) : undefined), delivered: true, recorded: 'sent', attempts: 2, posts: 2 },
  // backoff 1 s doubled to 5 minutes: attempts at 0, 1, 3, 7 ... 511 s, then every 300 s to 3,511 s
  { name: '429 always, no Retry-After', answer: () => fail(429), delivered: false, recorded: 'not delivered', attempts: 20, posts: 20, reason: /^Teams refused it as too many requests \(HTTP 429\); the grace period ended before it could be sent \(20 attempts over 59 minutes\)\.$/ },
  // the SDK waits out Retry-After: 1 three times (real time), then the product waits it on its clock
  { name: '429 five times, Retry-After: 1', answer: (n) => (n <= 5 ? fail(429, { 'retry-after': '1' }) : undefined), delivered: true, recorded: 'sent', attempts: 2, posts: 6 },
  // Retry-After: 600 honoured: attempts at 0, 10, 20, 30, 40, 50 minutes; the next is past the hour
  { name: '429 always, Retry-After: 600', answer: () => fail(429, { ...sdkAtOnce, 'retry-after': '600' }), delivered: false, recorded: 'not delivered', attempts: 6, posts: 24, reason: /HTTP 429\) and asked to wait 10 minutes; the grace period ended/ },
  { name: '412 once', answer: (n) => (n === 1 ? fail(412) : undefined), delivered: true, recorded: 'sent', attempts: 2, posts: 2 },
  { name: '412 always', answer: () => fail(412), delivered: false, recorded: 'not delivered', attempts: 20, posts: 20, reason: /HTTP 412/ },
  // the SDK's own three retries (real backoff, 0.5-4 s) recover it within one attempt
  { name: '502 three times', answer: (n) => (n <= 3 ? fail(502) : undefined), delivered: true, recorded: 'sent', attempts: 1, posts: 4 },
  { name: '503 four times', answer: (n) => (n <= 4 ? fail(503, sdkAtOnce) : undefined), delivered: true, recorded: 'sent', attempts: 2, posts: 5 },
  { name: '503 always', answer: () => fail(503, sdkAtOnce), delivered: false, recorded: 'not delivered', attempts: 20, posts: 80, reason: /^Teams answered HTTP 503 .*; the grace period ended before it could be sent \(20 attempts over 59 minutes\)\.$/ },
  // the SDK's backoff for these is in real time (about 5 s an attempt, its own four posts): a
  // grace period of half a second allows one attempt; the connector answers them in turn
  { name: '500, 502, 504 in turn, always (grace 0.5 s)', graceMs: 500, answer: (n) => fail([500, 502, 504][(n - 1) % 3]!), delivered: false, recorded: 'not delivered', attempts: 1, posts: 4, reason: /^Teams answered HTTP 500 .*; the grace period ended before it could be sent \(1 attempt\)\.$/ },
  { name: '400', answer: () => fail(400, {}, 'BadArgument'), delivered: false, recorded: 'not delivered', attempts: 1, posts: 1, reason: /^Teams answered HTTP 400/ },
  { name: '403 (bot removed)', answer: () => fail(403, {}, 'BotNotInConversationRoster'), delivered: false, recorded: 'stopped', attempts: 1, posts: 1, reason: /no longer in this conversation \(HTTP 403, BotNotInConversationRoster\)/ },
  { name: '404', answer: () => fail(404, {}, 'ConversationNotFound'), delivered: false, recorded: 'stopped', attempts: 1, posts: 1, reason: /no longer exists \(HTTP 404\)/ },
];

const stores: [string, () => Omit<StoreOptions, 'prefix'>][] = [['SQLite', () => ({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'board-delivery-')) })]];
if (REDIS_URL) stores.push(['Redis', () => ({ redisUrl: REDIS_URL, dataDir: '/nonexistent' })]);

describe.each(stores)('a due reminder through the adapter, for each answer of the Bot Connector (%s, fake clock)', (storeName, storeOptions) => {
  const connector = startConnector();
  const figures: string[] = [];
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    await new Promise<void>((r) => connector.server.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    for (const c of cleanups) await c();
    await new Promise((r) => connector.server.close(r));
    process.stdout.write(`reminder delivery (${storeName}): connector status | attempts | posts | delivered | recorded\n${figures.join('\n')}\n`);
  });

  /** The service's reminders over `serviceUrl`: the real adapter and turn error handler, a fake clock. */
  async function rig(o: { graceMs?: number; serviceUrl?: string } = {}) {
    const prefix = `delivery-${randomUUID().slice(0, 8)}`;
    const opts: StoreOptions = { ...storeOptions(), prefix };
    const clock = new FakeClock(START);
    const log = captureLogger();
    const adapter = createAdapter(loadConfig({ PORT: '0', DATA_DIR: opts.dataDir, KEY_PREFIX: prefix }), log.logger);
    installTurnErrorHandler(adapter, log.logger);
    const keyv = createKeyv('reminders', { ...opts, durable: true });
    const conversationsKeyv = createKeyv('conversations', opts);
    const conversations = new ConversationStore(conversationsKeyv as never);
    const runtime = createRemindersRuntime({
      keyv,
      send: adapterSender(adapter, ''),
      conversations,
      logger: log.logger,
      clock,
      settings: { graceMs: o.graceMs ?? HOUR, zone: 'Europe/London', tenantBudget: { ratePerSecond: 1000, burst: 100 } },
      keyPrefix: prefix,
      events: quiet,
    });
    const serviceUrl = o.serviceUrl ?? `${connector.url()}/`;
    /** A one-off reminder in a channel the bot has seen (its reference saved), due at 11:00. */
    const schedule = async (conversationId: string, text = ONE_OFF) => {
      const activity = { type: 'message', serviceUrl, channelId: 'msteams', conversation: { id: conversationId, conversationType: 'channel', tenantId: 't' }, recipient: { id: '28:bot' }, from: { id: '29:clerk' }, channelData: { tenant: { id: 't' } } };
      const saved = await conversations.remember(activity as never);
      const p = runtime.service.preview(text);
      if (!p.ok) throw new Error(p.error);
      return (await runtime.service.save(p.draft, { conversationId, ref: saved!.reference as Record<string, unknown> })).schedule;
    };
    const settle = () => runtime.scheduler.settled();
    cleanups.push(async () => {
      await runtime.stop();
      await keyv.clear().catch(() => undefined);
      await conversationsKeyv.clear().catch(() => undefined);
      await closeKeyv(keyv);
      await closeKeyv(conversationsKeyv);
    });
    await runtime.start();
    return { clock, log, runtime, conversations, schedule, settle };
  }

  const postsTo = (conversationId: string): Captured[] => connector.posts.filter((p) => p.conversationId === conversationId);
  const attemptsOf = (lines: Record<string, unknown>[], id: string) => lines.find((l) => (l.msg === 'reminder sent' || l.msg === 'reminder not delivered') && l.id === id)?.attempts;

  test.each(SCENARIOS)('$name', async (sc) => {
    const conversationId = `19:${sc.name.replace(/\W+/g, '-')}-${randomUUID().slice(0, 6)}@thread.tacv2`;
    const r = await rig({ graceMs: sc.graceMs });
    const s = await r.schedule(conversationId);
    if (sc.recorded === 'stopped') await r.schedule(conversationId, LATER);
    let n = 0;
    connector.answerWith((post) => (post.conversationId === conversationId ? sc.answer(++n) : undefined));
    await r.clock.advanceTo(DUE + 2 * HOUR, r.settle);
    connector.answerWith(undefined);

    const posts = postsTo(conversationId);
    const stored = (await r.runtime.service.list(conversationId)).find((x) => x.id === s.id) as Schedule;
    const lines = r.log.lines;
    const attempts = sc.recorded === 'stopped' ? posts.length : attemptsOf(lines, s.id);
    const recorded = stored.status === 'stopped' ? 'stopped' : stored.sentCount === 1 ? 'sent' : stored.failed.length === 1 ? 'not delivered' : 'nothing';
    figures.push(`${sc.name} | ${attempts} | ${posts.length} | ${posts.some((p) => p.status === 200) ? 'yes' : 'no'} | ${recorded}${stored.failed[0] ? `: ${stored.failed[0].reason}` : stored.stoppedReason ? `: ${stored.stoppedReason}` : ''}`);

    expect({ attempts, posts: posts.length, delivered: posts.filter((p) => p.status === 200).length, recorded }).toEqual({ attempts: sc.attempts, posts: sc.posts, delivered: sc.delivered ? 1 : 0, recorded: sc.recorded });
    // the log says "sent" only for a post answered 2xx; no failure reaches the turn error handler
    expect(lines.filter((l) => l.msg === 'reminder sent')).toHaveLength(sc.delivered ? 1 : 0);
    expect(lines.filter((l) => l.event === 'turn-error')).toEqual([]);
    expect(stored.sending).toBeUndefined();
    if (sc.reason) expect(stored.failed[0]?.reason ?? stored.stoppedReason).toMatch(sc.reason);
    const item = listView([stored]).items[0]!;
    if (sc.recorded === 'not delivered') {
      expect(lines.filter((l) => l.msg === 'reminder not delivered')).toEqual([expect.objectContaining({ level: 50, id: s.id, attempts: sc.attempts })]);
      expect(item.status).toBe('Finished (the meeting has passed); the last reminder was not delivered');
      expect(item.note).toBe(`Not delivered: the reminder due Monday 1 March 2027 at 11:00. ${stored.failed[0]!.reason}`);
    }
    if (sc.recorded === 'sent') expect(item.status).toBe('Finished (the meeting has passed)');
    if (sc.recorded === 'stopped') {
      // every schedule of the conversation stops after one attempt, and the reference is forgotten
      const all = await r.runtime.service.list(conversationId);
      expect(all.map((x) => x.status)).toEqual(['stopped', 'stopped']);
      expect(await r.conversations.get(conversationId)).toBeUndefined();
      expect(item.status).toBe('Stopped');
      expect(item.note).toMatch(sc.reason!);
    }
  }, 60_000);

  test('Retry-After is honoured on the scheduler\'s clock: the second attempt comes 30.25 s later (Retry-After plus a margin)', async () => {
    const conversationId = `19:retry-after-${randomUUID().slice(0, 6)}@thread.tacv2`;
    const r = await rig();
    await r.schedule(conversationId);
    const at: number[] = [];
    let n = 0;
    connector.answerWith((post) => {
      if (post.conversationId !== conversationId) return undefined;
      at.push(r.clock.now());
      return ++n <= 4 ? fail(429, { ...sdkAtOnce, 'retry-after': '30' }) : undefined;
    });
    await r.clock.advanceTo(DUE + 29_000, r.settle);
    expect(at).toEqual([DUE, DUE, DUE, DUE]); // one attempt: the SDK's three retries below it
    await r.clock.advanceTo(DUE + 30_249, r.settle);
    expect(at).toHaveLength(4);
    await r.clock.advanceTo(DUE + 30_250, r.settle);
    expect(at).toEqual([DUE, DUE, DUE, DUE, DUE + 30_250]);
    connector.answerWith(undefined);
  });

  test('no answer within 5 minutes: the attempt counts as a timeout and is retried; the first post answered late changes nothing', async () => {
    const conversationId = `19:timeout-${randomUUID().slice(0, 6)}@thread.tacv2`;
    const r = await rig();
    const s = await r.schedule(conversationId);
    let release!: () => void;
    const late = new Promise<void>((resolve) => (release = resolve));
    let n = 0;
    // the first post hangs, then is refused (a 429 the SDK does not retry); the second is answered
    connector.answerWith((post) => (post.conversationId !== conversationId ? undefined : ++n === 1 ? { status: 429, after: late } : undefined));
    const realWait = async () => {
      await flushIo();
      await new Promise((w) => setTimeout(w, 20));
    };
    await r.clock.advanceTo(DUE, realWait);
    for (let i = 0; i < 200 && postsTo(conversationId).length === 0; i++) await realWait();
    expect(postsTo(conversationId)).toHaveLength(1);
    await r.clock.advance(300_000 - 1, realWait);
    expect(postsTo(conversationId)).toHaveLength(1); // still waiting on the first
    await r.clock.advance(1, realWait); // the attempt times out; the retry waits 1 s
    await r.clock.advance(1_000, r.settle);
    expect(postsTo(conversationId).map((p) => p.status)).toEqual([429, 200]);
    release();
    await r.clock.advance(HOUR, r.settle);
    const stored = await r.runtime.service.list(conversationId);
    expect(stored[0]).toMatchObject({ id: s.id, sentCount: 1, failed: [] });
    expect(r.log.lines.filter((l) => l.msg === 'reminder sent')).toEqual([expect.objectContaining({ attempts: 2 })]);
    figures.push(`no answer for 5 minutes, then 200 | 2 | 2 | yes | sent`);
    connector.answerWith(undefined);
  });

  test('a refused connection is retried with backoff; once the Bot Connector listens, the reminder is delivered', async () => {
    const port = await freePort();
    const conversationId = `19:refused-${randomUUID().slice(0, 6)}@thread.tacv2`;
    const r = await rig({ serviceUrl: `http://127.0.0.1:${port}/` });
    await r.schedule(conversationId);
    await r.clock.advanceTo(DUE, r.settle); // the first attempt: ECONNREFUSED (after the SDK's own retries)
    expect(r.log.lines.filter((l) => l.msg === 'reminder send failed; retrying')).toEqual([expect.objectContaining({ code: 'ECONNREFUSED', attempt: 1 })]);
    const posts: string[] = [];
    const late = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        posts.push(req.url ?? '');
        res.setHeader('content-type', 'application/json');
        res.end('{"id":"late-1"}');
      });
    });
    await new Promise<void>((resolve) => late.listen(port, '127.0.0.1', resolve));
    try {
      await r.clock.advance(1_000, r.settle);
      expect(posts).toHaveLength(1);
      expect(r.log.lines.filter((l) => l.msg === 'reminder sent')).toEqual([expect.objectContaining({ attempts: 2 })]);
      figures.push(`connection refused, then listening | 2 | 1 | yes | sent`);
    } finally {
      await new Promise((resolve) => late.close(resolve));
    }
  }, 60_000);

  test('a connection refused until the grace period ends: recorded as not delivered, with the reason', async () => {
    const port = await freePort();
    const conversationId = `19:refused-always-${randomUUID().slice(0, 6)}@thread.tacv2`;
    const r = await rig({ serviceUrl: `http://127.0.0.1:${port}/`, graceMs: 500 });
    const s = await r.schedule(conversationId);
    await r.clock.advanceTo(DUE + HOUR, r.settle);
    const [stored] = await r.runtime.service.list(conversationId);
    expect(stored!.failed.map((f) => f.reason)).toEqual([expect.stringMatching(/^Teams could not be reached \(ECONNREFUSED\); the grace period ended before it could be sent \(1 attempt\)\.$/)]);
    expect(r.log.lines.filter((l) => l.msg === 'reminder sent')).toHaveLength(0);
    expect(r.log.lines.filter((l) => l.msg === 'reminder not delivered')).toEqual([expect.objectContaining({ id: s.id, attempts: 1 })]);
    figures.push(`connection refused always (grace 0.5 s) | 1 | 0 | no | not delivered: ${stored!.failed[0]!.reason}`);
  }, 60_000);
});
