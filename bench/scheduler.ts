// 4. The reminder scheduler at scale, on the embedded store (SQLite) and on Redis:
//   - 100,000 schedules (one in three recurring) written to the store, then a scheduler
//     started on it: the time to load its index, and the heap it takes;
//   - the cost of finding the next due reminder (a peek of the min-heap of 100,000) and of
//     one scheduler tick (the timer callback that pops what is due and starts the sends);
//   - sends per second through the production wiring (createRemindersRuntime: claims, the
//     per-tenant budget if any, the reminder card, CloudAdapter) to a capture Bot Connector
//     that answers 429 with Retry-After to one post in 20: every reminder must arrive once.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Keyv } from 'keyv';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { adapterSender } from '../bot/proactive';
import { closeKeyv, createKeyv, type StoreOptions } from '../bot/storage';
import { loadKnowledge } from '../bot/knowledge';
import { createRemindersRuntime } from '../dialogs/reminders-runtime';
import { FakeClock, type TimerHandle } from '../reminders/clock';
import { MemoryClaims } from '../reminders/claims';
import { DueHeap } from '../reminders/heap';
import { Scheduler } from '../reminders/scheduler';
import { KeyvScheduleStore, type KeyvLike } from '../reminders/store';
import { millisToLocal, nextReminderAfter, DEFAULT_ZONE } from '../reminders/time';
import { dueActivity } from '../reminders/cards';
import type { ConversationRef, Meeting, Offset, Schedule } from '../reminders/types';
import { startCaptureConnector } from './connector';
import { latencyRows, ms, progress, reachable, row, sleep, summarise, tempDir, type Row } from './lib';

const SECTION = '4. scheduler';
export const SCHEDULES = 100_000;
const PER_CONVERSATION = 5;
// enough ticks that the p99 is a percentile, not the slowest tick (of 40 it was the maximum)
const TICKS = 200;
const SENDS = 200;
const SEND_TENANTS = 4;
const THROTTLE_EVERY = 20;
const RETRY_AFTER_S = 1;

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** A FakeClock that times each timer callback (a scheduler tick) as it fires. */
class TimedClock extends FakeClock {
  readonly ticks: number[] = [];
  override setTimer(fn: () => void, delay: number): TimerHandle {
    return super.setTimer(() => {
      const t0 = process.hrtime.bigint();
      fn();
      this.ticks.push(ms(t0));
    }, delay);
  }
}

function refFor(conversationId: string, tenant: number, serviceUrl: string): ConversationRef {
  return {
    conversation: { id: conversationId, conversationType: 'channel', isGroup: true, tenantId: `bench-tenant-${tenant}` },
    channelId: 'msteams',
    serviceUrl,
    bot: { id: '28:bench-bot', name: 'Board Assistant' },
    user: { id: '29:bench-user' },
  };
}

/** Recurring meetings: weekly, fortnightly and monthly rules at 96 different times of day. */
function recurringMeeting(i: number): Meeting {
  const day = ['MO', 'TU', 'WE', 'TH', 'FR'][i % 5]!;
  const nth = 1 + (Math.floor(i / 5) % 4);
  const minutes = 8 * 60 + 5 * (Math.floor(i / 20) % 96);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return {
    title: `Board (${day} ${nth})`,
    zone: DEFAULT_ZONE,
    rrule: nth % 2 ? `FREQ=WEEKLY;INTERVAL=${nth};BYDAY=${day}` : `FREQ=MONTHLY;BYDAY=${nth}${day}`,
    start: `2026-01-0${1 + (i % 5)}T${time}`,
    recurrenceText: `every ${nth} ${day}`,
  };
}
const OFFSETS: Offset[][] = [[{ amount: 1, unit: 'day' }], [{ amount: 7, unit: 'day' }, { amount: 1, unit: 'day' }], [{ amount: 2, unit: 'hour' }]];

/** 100,000 schedules: one in three recurring, the rest one-off meetings over the next year. */
function makeSchedules(count: number, now: number): Schedule[] {
  // many schedules share a meeting time: compute each distinct one once
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, f: () => T): T => (cache.has(key) ? (cache.get(key) as T) : (cache.set(key, f()), cache.get(key) as T));
  const next = (meeting: Meeting, offsets: Offset[]) =>
    memo(JSON.stringify([meeting.at ?? meeting.rrule, meeting.start, offsets]), () => nextReminderAfter(meeting, offsets, now));
  const local = (day: number, hour: number) => memo(`at ${day} ${hour}`, () => millisToLocal(now + (2 + day) * 86_400_000 + hour * 3_600_000, DEFAULT_ZONE));
  const out: Schedule[] = [];
  for (let i = 0; i < count; i++) {
    const offsets = OFFSETS[i % OFFSETS.length]!;
    const meeting: Meeting =
      i % 3 === 0
        ? recurringMeeting(i / 3)
        : { title: 'Board meeting', location: 'Room 2', zone: DEFAULT_ZONE, at: local(i % 360, i % 9) };
    const n = next(meeting, offsets);
    const conversationId = `19:bench-${Math.floor(i / PER_CONVERSATION)}@thread.tacv2`;
    out.push({
      id: `bench-${i}`,
      conversationId,
      ref: refFor(conversationId, i % 50, 'http://127.0.0.1:9/'),
      createdAt: now,
      updatedAt: now,
      meeting,
      offsets,
      status: i % 25 === 0 ? 'paused' : 'active',
      nextDue: n?.due ?? null,
      nextMeeting: n?.meeting ?? null,
      sentCount: 0,
      missed: [],
      failed: [],
      text: 'remind us about the board meeting',
    });
  }
  return out;
}

/**
 * Writes the schedules and each conversation's index as KeyvScheduleStore lays them out:
 * in bulk INSERTs of 500 rows on SQLite (one keyv.set a row takes minutes at 100,000,
 * a commit each), through keyv.set, 1,000 at a time, on Redis.
 */
async function seed(keyv: Keyv<unknown>, schedules: Schedule[]): Promise<void> {
  const byConversation = new Map<string, string[]>();
  for (const s of schedules) byConversation.set(s.conversationId, [...(byConversation.get(s.conversationId) ?? []), s.id]);
  const entries: [string, unknown][] = [...schedules.map((s): [string, unknown] => [`s:${s.id}`, s]), ...[...byConversation].map(([c, ids]): [string, unknown] => [`c:${c}`, ids])];
  const sql = keyv.store as { query?: (sql: string, ...params: unknown[]) => Promise<unknown>; opts?: { table?: string } };
  if (typeof sql.query === 'function' && sql.opts?.table) {
    const serialize = keyv.serialize ?? JSON.stringify;
    for (let i = 0; i < entries.length; i += 500) {
      const batch = entries.slice(i, i + 500);
      const params: unknown[] = [];
      for (const [k, value] of batch) params.push(`${keyv.namespace}:${k}`, await serialize({ value, expires: undefined }));
      await sql.query(`INSERT OR REPLACE INTO ${sql.opts.table} (key, value) VALUES ${batch.map(() => '(?, ?)').join(', ')}`, ...params);
    }
    return;
  }
  for (let i = 0; i < entries.length; i += 1000) await Promise.all(entries.slice(i, i + 1000).map(([k, v]) => keyv.set(k, v)));
}

/** Load, heap, peek and tick on one backend. */
async function scaleBench(label: string, opts: StoreOptions, kb: ReturnType<typeof loadKnowledge>['kb']): Promise<Row[]> {
  const now = Date.now();
  const schedules = makeSchedules(SCHEDULES, now);
  // opened after the (synchronous) generation, which would starve a Redis connection attempt
  const keyv = createKeyv('reminders', opts);
  try {
    await keyv.get('probe'); // connects (@keyv/redis fails commands sent before it is connected)
    const expected = schedules.filter((s) => s.status === 'active' && s.nextDue !== null).length;
    progress(`${label}: writing ${SCHEDULES} schedules`);
    const tSeed = process.hrtime.bigint();
    await seed(keyv, schedules);
    const seedMs = ms(tSeed);
    progress(`${label}: written in ${Math.round(seedMs)} ms; loading the index`);
    schedules.length = 0;

    const store = new KeyvScheduleStore(keyv as unknown as KeyvLike);
    const clock = new TimedClock(now);
    const heapBefore = heapMb();
    const scheduler = new Scheduler({
      store,
      claims: new MemoryClaims(clock),
      clock,
      send: async () => undefined,
      render: (s, occurrence, at) => dueActivity(s, occurrence, at, kb),
    });
    const tLoad = process.hrtime.bigint();
    const { loaded } = await scheduler.start();
    const loadMs = ms(tLoad);
    const heapDelta = heapMb() - heapBefore;
    progress(`${label}: index loaded in ${Math.round(loadMs)} ms; peeks and ticks`);

    // the next due reminder: peek of a heap holding every indexed schedule
    const heap = new DueHeap();
    for await (const e of store.scan()) if (e.status === 'active' && e.nextDue !== null) heap.push(e.nextDue, e.id);
    const PEEKS = 1_000_000;
    let sink = 0;
    const tPeek = process.hrtime.bigint();
    for (let i = 0; i < PEEKS; i++) sink += heap.peek()!.time & 1;
    const peekNs = (ms(tPeek) * 1e6) / PEEKS;
    const tPop = process.hrtime.bigint();
    for (let i = 0; i < 10_000; i++) {
      const top = heap.pop()!;
      heap.push(top.time + 86_400_000 + (sink & 1), top.id);
    }
    const popPushUs = (ms(tPop) * 1e3) / 10_000;

    // ticks: move the clock to each next wake-up; the timer callback is timed by TimedClock
    clock.ticks.length = 0;
    const tTicks = process.hrtime.bigint();
    for (let i = 0; i < TICKS && scheduler.nextWake !== undefined; i++) await clock.advanceTo(scheduler.nextWake, () => scheduler.settled());
    const ticksMs = ms(tTicks);
    const stats = scheduler.stats();
    await scheduler.stop();
    const tick = summarise(clock.ticks);
    const section = `${SECTION} (${label})`;
    return [
      row(section, `index loaded on start (${loaded} of ${expected} active)`, loadMs, 'ms', { below: 2000 }),
      row(section, 'heap taken by the loaded index', heapDelta, 'MB', undefined, gc ? undefined : 'run with --expose-gc for an exact figure'),
      row(section, 'next due reminder (heap peek)', peekNs, 'ns'),
      row(section, 'reschedule (heap pop + push)', popPushUs, 'µs'),
      ...latencyRows(section, `tick (timer callback, ${tick.n} ticks)`, tick, 'ms', { below: 1 }),
      row(section, 'due reminder handled (store, claim, card, send, store)', ticksMs / Math.max(1, stats.sent), 'ms', undefined, `mean of ${stats.sent} sent`),
    ];
  } finally {
    await keyv.clear().catch(() => undefined);
    await closeKeyv(keyv);
  }
}

/** Sends per second through createRemindersRuntime against a connector that throttles. */
async function sendBench(label: string, opts: StoreOptions, kb: ReturnType<typeof loadKnowledge>['kb']): Promise<Row[]> {
  const connector = await startCaptureConnector({ throttle: (n) => n % THROTTLE_EVERY === 0, retryAfterS: RETRY_AFTER_S });
  const keyv = createKeyv('reminders', opts);
  try {
    const now = Date.now();
    const meetingAt = now + 3_600_000;
    const ids: string[] = [];
    for (let i = 0; i < SENDS; i++) {
      const conversationId = `19:bench-send-${i}@thread.v2`;
      ids.push(conversationId);
      const s: Schedule = {
        id: `send-${i}`,
        conversationId,
        ref: refFor(conversationId, i % SEND_TENANTS, connector.serviceUrl),
        createdAt: now,
        updatedAt: now,
        meeting: { title: 'Board meeting', zone: DEFAULT_ZONE, at: millisToLocal(meetingAt, DEFAULT_ZONE) },
        offsets: [{ amount: 1, unit: 'hour' }],
        status: 'active',
        nextDue: now - 1000,
        nextMeeting: meetingAt,
        sentCount: 0,
        missed: [],
        failed: [],
      };
      await keyv.set(`s:${s.id}`, s);
      await keyv.set(`c:${conversationId}`, [s.id]);
    }
    const runtime = createRemindersRuntime({
      keyv,
      send: adapterSender(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), ''),
      conversations: { get: async () => undefined, forget: async () => true },
      kb,
      keyPrefix: opts.prefix,
    });
    progress(`${label}: sending ${SENDS} due reminders`);
    const t0 = process.hrtime.bigint();
    await runtime.start();
    while (connector.delivered.size < SENDS && ms(t0) < 120_000) await sleep(10);
    const sendMs = ms(t0);
    await sleep(1500); // anything posted twice would arrive now
    await runtime.stop();
    const lost = ids.filter((id) => !connector.delivered.has(id)).length;
    const doubled = ids.reduce((n, id) => n + Math.max(0, (connector.delivered.get(id) ?? 0) - 1), 0);
    const section = `${SECTION} (${label})`;
    return [
      row(section, `sends/s (${SENDS} due at once, ${SEND_TENANTS} tenants, 1 post in ${THROTTLE_EVERY} answered 429)`, (SENDS * 1000) / sendMs, '/s'),
      row(section, '429s answered (retried after Retry-After)', connector.counts.throttled, 'count'),
      row(section, 'reminders lost', lost, 'count', { below: 1 }),
      row(section, 'reminders posted twice', doubled, 'count', { below: 1 }),
    ];
  } finally {
    await keyv.clear().catch(() => undefined);
    await closeKeyv(keyv);
    await connector.close();
  }
}

/** Deletes every key under `prefix` (claims, change channel leftovers) from Redis. */
async function cleanRedis(redisUrl: string, prefix: string): Promise<void> {
  const keyv = createKeyv('cleanup', { redisUrl, dataDir: '/nonexistent', prefix });
  try {
    const store = keyv.store as { getClient(): Promise<{ keys(p: string): Promise<string[]>; del(k: string[]): Promise<number> }> };
    const client = await store.getClient();
    const left = await client.keys(`${prefix}*`);
    for (let i = 0; i < left.length; i += 1000) await client.del(left.slice(i, i + 1000));
  } finally {
    await closeKeyv(keyv);
  }
}

export async function schedulerBench(): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const kb = loadKnowledge().kb;
  const rows: Row[] = [];
  const dir = tempDir('scheduler');
  const notes: string[] = [];
  try {
    rows.push(...(await scaleBench('SQLite', { dataDir: dir, prefix: `bench-${randomUUID().slice(0, 8)}` }, kb)));
    rows.push(...(await sendBench('SQLite', { dataDir: dir, prefix: `bench-${randomUUID().slice(0, 8)}` }, kb)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const redisUrl = process.env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379';
  const u = new URL(redisUrl);
  if (await reachable(u.hostname, Number(u.port || 6379))) {
    const prefix = `bench-${randomUUID().slice(0, 8)}`;
    try {
      const opts: StoreOptions = { redisUrl, dataDir: '/nonexistent', prefix };
      rows.push(...(await scaleBench('Redis', opts, kb)));
      rows.push(...(await sendBench('Redis', { ...opts, prefix: `${prefix}-send` }, kb)));
    } finally {
      await cleanRedis(redisUrl, prefix);
    }
  } else {
    notes.push(`Redis at ${u.host} is unreachable: the Redis part was skipped.`);
  }
  return { rows, details: { schedules: SCHEDULES, ticks: TICKS, sends: SENDS, tenants: SEND_TENANTS, throttleEvery: THROTTLE_EVERY, retryAfterS: RETRY_AFTER_S, notes } };
}
