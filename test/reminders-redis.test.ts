// Two instances sharing the real Redis at REDIS_URL: every due reminder is sent exactly
// once; a schedule saved on one is picked up by the other through the change feed (pub/sub);
// concurrent saves in one conversation lose no id. Skipped (cleanly) when REDIS_URL is not set.
import { randomUUID } from 'node:crypto';
import { createKeyv, closeKeyv } from '../bot/storage';
import { FakeClock } from '../reminders/clock';
import { RedisClaims, type RedisLike } from '../reminders/claims';
import { changePublisher, followChanges, RedisScheduleEvents, type RedisPubSubClient } from '../reminders/events';
import { redisClientOf } from '../reminders/index';
import { KeyvScheduleStore, type KeyvLike } from '../reminders/store';
import type { Schedule } from '../reminders/types';
import { dueTimes, FakeConnector, makeHarness, refFor } from './reminders-helpers';

/** Waits (on Redis I/O, not on a timer's guess) until `cond` holds; fails after `ms`. */
async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const REDIS_URL = process.env.REDIS_URL?.trim();
const describeRedis = REDIS_URL ? describe : describe.skip;

describeRedis('reminders on shared Redis (REDIS_URL)', () => {
  const prefix = `test-rem-${randomUUID().slice(0, 8)}`;
  const keyvs: ReturnType<typeof createKeyv>[] = [];
  let client: RedisLike & { keys?: unknown };

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) keyvs.push(createKeyv('reminders', { redisUrl: REDIS_URL, dataDir: '/nonexistent', prefix }));
    client = redisClientOf(keyvs[0]!)!;
    expect(client).toBeDefined();
  });

  afterAll(async () => {
    await keyvs[0]?.clear();
    const c = client as unknown as { keys(p: string): Promise<string[]>; del(k: string[]): Promise<number> };
    const left = await c.keys(`${prefix}*`);
    if (left.length) await c.del(left);
    for (const k of keyvs) await closeKeyv(k);
  });

  test('two instances, 40 schedules, several occurrences each: no reminder sent twice, none lost', async () => {
    const clock = new FakeClock(Date.parse('2027-01-05T09:00:00Z'));
    const connector = new FakeConnector(clock); // the one Bot Connector both instances post to
    const tried = { won: 0, lost: 0 };
    const claims = (i: number) => {
      const c = new RedisClaims(redisClientOf(keyvs[i]!)!, `${prefix}:claim:`);
      const claim = c.claim.bind(c);
      c.claim = async (...args) => {
        const ok = await claim(...args);
        tried[ok ? 'won' : 'lost']++;
        return ok;
      };
      return c;
    };
    const a = makeHarness({ start: 0, clock, connector, keyv: keyvs[0] as unknown as KeyvLike, claims: claims(0), scheduler: { instanceId: 'A' } });
    const b = makeHarness({ start: 0, clock, connector, keyv: keyvs[1] as unknown as KeyvLike, claims: claims(1), scheduler: { instanceId: 'B' } });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await a.schedule('board meets every second Tuesday at 14:00, remind us the day before', `conv-${i}`));
    for (let i = 20; i < 40; i++) ids.push(await b.schedule('remind us about the board every Monday at 10:00, 1 day and 2 hours before', `conv-${i}`));
    // Both start after every schedule exists, so both have every schedule in their heaps.
    expect((await a.scheduler.start()).loaded).toBe(40);
    expect((await b.scheduler.start()).loaded).toBe(40);
    const settle = async () => {
      await a.scheduler.settled();
      await b.scheduler.settled();
    };
    // Step ten minutes at a time and let the timers of both instances fire together (no
    // settling between them), so both race for the same occurrences; then let both finish.
    while (clock.now() < Date.parse('2027-02-10T00:00:00Z')) {
      await clock.advance(10 * 60_000, async () => undefined);
      await settle();
    }

    const keys = connector.sent.map((x) => `${x.conversationId}|${String(x.activity.text)}`);
    expect(new Set(keys).size).toBe(keys.length); // no duplicate
    // Monthly: 11 Jan and 8 Feb for 20 conversations; weekly Mondays (Sun 10:00 and Mon 08:00)
    // from 10 Jan to 8 Feb: 5 Sundays (10,17,24,31 Jan, 7 Feb) + 5 Mondays (11,18,25 Jan, 1,8 Feb) for 20.
    expect(keys.length).toBe(20 * 2 + 20 * 10);
    const byInstance = { A: a.scheduler.stats().sent, B: b.scheduler.stats().sent };
    expect(byInstance.A + byInstance.B).toBe(keys.length);
    expect(tried.won).toBe(keys.length); // one won claim per reminder sent
    expect(tried.lost).toBeGreaterThan(0); // and the other instance did try for the same ones
    for (const id of ids) {
      const s = await a.store.get(id);
      expect(s?.sentCount).toBeGreaterThan(0);
    }
    await a.scheduler.stop();
    await b.scheduler.stop();
  });

  test('a schedule saved, paused, resumed or cancelled on instance A reaches instance B through the change feed, not a rescan', async () => {
    const clock = new FakeClock(Date.parse('2027-03-01T09:00:00Z'));
    const connector = new FakeConnector(clock);
    // A namespace of its own: the schedules of the test above must not be in B's index.
    const own = [0, 1].map(() => createKeyv('reminders', { redisUrl: REDIS_URL, dataDir: '/nonexistent', prefix: `${prefix}-feed` }));
    const feeds = own.map((k) => new RedisScheduleEvents(redisClientOf(k) as unknown as RedisPubSubClient, `${prefix}-feed:changed`));
    try {
      // A only takes requests (its scheduler never runs); B sends. B never rescans the store.
      const a = makeHarness({ start: 0, clock, connector, keyv: own[0] as unknown as KeyvLike, scheduler: { instanceId: 'A' } });
      const onChange = changePublisher(feeds[0]!, a.scheduler.instanceId);
      const aService = makeHarness({ start: 0, clock, connector, keyv: own[0] as unknown as KeyvLike, onChange }).service;
      const b = makeHarness({ start: 0, clock, connector, keyv: own[1] as unknown as KeyvLike, scheduler: { instanceId: 'B', resyncMs: 0 } });
      await followChanges(feeds[1]!, b.scheduler);
      expect(await b.scheduler.start()).toEqual({ loaded: 0 });

      const save = async (text: string, conversationId: string) => {
        const p = aService.preview(text);
        if (!p.ok) throw new Error(p.error);
        return (await aService.save(p.draft, { conversationId, ref: refFor(conversationId) })).schedule.id;
      };
      await save('remind us about the board meeting on 1 March 2027 at 12:00, 1 hour before', 'feed-1');
      await until(() => b.scheduler.stats().indexed === 1);
      expect(b.scheduler.nextWake).toBe(Date.parse('2027-03-01T10:00:00Z')); // capped at maxWake; due 11:00
      await b.runTo('2027-03-01T11:00:00Z');
      expect(dueTimes(connector)).toEqual(['2027-03-01T11:00:00.000Z']);
      expect(b.scheduler.stats().sent).toBe(1);

      const id = await save('board meets every second Tuesday at 14:00, remind us the day before', 'feed-2');
      await until(() => b.scheduler.stats().indexed === 1);
      await aService.pause('feed-2');
      await until(() => b.scheduler.stats().indexed === 0);
      await aService.resume('feed-2');
      await until(() => b.scheduler.stats().indexed === 1);
      await b.runTo('2027-03-08T14:00:00Z');
      expect(dueTimes(connector)).toEqual(['2027-03-01T11:00:00.000Z', '2027-03-08T14:00:00.000Z']);
      await aService.cancel('feed-2', { id });
      await until(() => b.scheduler.stats().indexed === 0);
      await b.runTo('2027-05-01T00:00:00Z');
      expect(connector.sent).toHaveLength(2);
      await b.scheduler.stop();
    } finally {
      for (const f of feeds) await f.close();
      for (const k of own) await closeKeyv(k);
    }
  });

  test('concurrent saves and deletes in one conversation from two instances lose no id (Redis set index)', async () => {
    const stores = keyvs.map((k) => new KeyvScheduleStore(k as unknown as KeyvLike));
    const schedule = (i: number): Schedule => ({
      id: `cc-${i}`,
      conversationId: 'busy',
      ref: refFor('busy'),
      createdAt: 0,
      updatedAt: 0,
      meeting: { title: `Meeting ${i}`, zone: 'Europe/London', at: '2027-03-12T10:00' },
      offsets: [{ amount: 1, unit: 'day' }],
      status: 'active',
      nextDue: Date.parse('2027-03-11T10:00:00Z'),
      nextMeeting: Date.parse('2027-03-12T10:00:00Z'),
      sentCount: 0,
      missed: [],
      failed: [],
    });
    await Promise.all(Array.from({ length: 120 }, (_, i) => stores[i % 2]!.put(schedule(i))));
    expect((await stores[0]!.listConversation('busy')).map((s) => s.id).sort()).toEqual(Array.from({ length: 120 }, (_, i) => `cc-${i}`).sort());
    await Promise.all(Array.from({ length: 60 }, (_, i) => stores[i % 2]!.delete(`cc-${2 * i}`)));
    expect((await stores[1]!.listConversation('busy')).map((s) => s.id).sort()).toEqual(Array.from({ length: 60 }, (_, i) => `cc-${2 * i + 1}`).sort());
    expect(await stores[0]!.deleted('cc-0')).toMatchObject({ conversationId: 'busy' });
    // the index is a Redis set beside the records, and a scan still sees only schedules
    let scanned = 0;
    for await (const e of stores[0]!.scan()) if (e.id.startsWith('cc-')) scanned++;
    expect(scanned).toBe(60);
  });

  test('two instances: the claim holder dies after a 429 (nothing posted); the survivor posts it once, not labelled as a repeat', async () => {
    const keyv = createKeyv('reminders', { redisUrl: REDIS_URL, dataDir: '/nonexistent', prefix: `${prefix}-dies` });
    const claimsOf = () => new RedisClaims(redisClientOf(keyv)!, `${prefix}-dies:claim:`);
    try {
      const connector = new FakeConnector(new FakeClock(0));
      const due = Date.parse('2027-03-01T11:00:00Z');
      // A holds the claim, gets a 429 with Retry-After: 1 and dies waiting (its clock never moves
      // again); its lease is renewed for that wait only, so it runs out in real time shortly after
      const a = makeHarness({ start: 0, clock: new FakeClock(Date.parse('2027-03-01T09:00:00Z')), connector, keyv: keyv as unknown as KeyvLike, claims: claimsOf(), scheduler: { instanceId: 'A', leaseMs: 100 } });
      await a.scheduler.start();
      const id = await a.schedule('remind us about the board meeting on 1 March 2027 at 12:00, 1 hour before', 'dies-1');
      connector.failNext({ status: 429, retryAfter: '1' });
      await a.clock.advanceTo(due, () => a.scheduler.settled());
      expect(connector.attempts.map((x) => x.status)).toEqual([429]);
      expect((await a.store.get(id))?.sending).toMatchObject({ by: 'A', tries: 1, posting: false });
      const claimKey = `${prefix}-dies:claim:${id}:${due}`;
      const raw = client as unknown as { get(k: string): Promise<string | null> };
      expect(await raw.get(claimKey)).toBe('A');
      // the lease runs out in Redis (real time): wait for the key to go, as the survivor would
      const deadline = Date.now() + 10_000;
      while ((await raw.get(claimKey)) !== null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));

      const b = makeHarness({ start: 0, clock: new FakeClock(due + 60_000), connector, keyv: keyv as unknown as KeyvLike, claims: claimsOf(), scheduler: { instanceId: 'B' } });
      await b.scheduler.start();
      await b.run(0);
      expect(connector.sent.map((x) => String(x.activity.text))).toEqual(['Board meeting|2027-03-01T12:00:00.000Z|2027-03-01T11:00:00.000Z']);
      expect(b.scheduler.stats()).toMatchObject({ sent: 1, resent: 0 });
      const s = await b.store.get(id);
      expect(s?.sentCount).toBe(1);
      expect(s?.sending).toBeUndefined();
      await b.scheduler.stop();
    } finally {
      await keyv.clear();
      await closeKeyv(keyv);
    }
  });

  test('a claim is atomic: only one of many concurrent claimants wins, and a done claim is never re-won', async () => {
    const c1 = new RedisClaims(redisClientOf(keyvs[0]!)!, `${prefix}:claim:`);
    const c2 = new RedisClaims(redisClientOf(keyvs[1]!)!, `${prefix}:claim:`);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? c1 : c2).claim('x:1', `owner-${i}`, 60_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = `owner-${results.indexOf(true)}`;
    expect(await c1.renew('x:1', 'someone-else', 60_000)).toBe(false);
    expect(await c1.renew('x:1', winner, 60_000)).toBe(true);
    await c2.complete('x:1', winner, 60_000);
    expect(await c1.claim('x:1', 'late', 60_000)).toBe(false);
    // release by a non-owner does nothing; by the owner frees the key
    expect(await c1.claim('y:1', 'o1', 60_000)).toBe(true);
    await c2.release('y:1', 'o2');
    expect(await c2.claim('y:1', 'o2', 60_000)).toBe(false);
    await c1.release('y:1', 'o1');
    expect(await c2.claim('y:1', 'o2', 60_000)).toBe(true);
  });
});

if (!REDIS_URL) {
  test.skip('reminders on shared Redis: set REDIS_URL to run', () => undefined);
}
