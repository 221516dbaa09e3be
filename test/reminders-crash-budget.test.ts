// Two delivery guarantees on a fake clock: a process that dies between posting a reminder and
// recording it (the "sending" mark: posted once more, labelled, never a third time), and the
// per-tenant request budget (token bucket) that keeps proactive posts under Teams' rate.
import { Keyv } from 'keyv';
import { TokenBucketBudget } from '../reminders/budget';
import { FakeClock, flushIo } from '../reminders/clock';
import type { KeyvLike } from '../reminders/store';
import type { Activity, ConversationRef } from '../reminders/types';
import { dueTimes, FakeConnector, makeHarness } from './reminders-helpers';

const ONE_OFF = 'remind us about the board meeting on 1 March 2027 at 12:00, 1 hour before';
const DUE = Date.parse('2027-03-01T11:00:00Z');

/**
 * A process that posts and then dies before it hears back: the post reaches the connector,
 * the send never returns. Each "process" has its own clock, so a dead one never wakes again.
 */
function dyingProcess(keyv: KeyvLike, connector: FakeConnector, at: number) {
  const clock = new FakeClock(at);
  const send = async (ref: ConversationRef, activity: Activity) => {
    await connector.send(ref, activity);
    return new Promise<void>(() => undefined);
  };
  const h = makeHarness({ start: 0, keyv, clock, connector, scheduler: { send } });
  return {
    ...h,
    /** Runs to `when` and until the post is made (its job never settles: it is "dead"). */
    async dieAt(when: number, posts: number) {
      await clock.advanceTo(when);
      for (let i = 0; i < 100 && connector.sent.length < posts; i++) await flushIo();
      expect(connector.sent).toHaveLength(posts);
    },
  };
}

/** A process that schedules the one-off reminder and dies while posting it (after the post). */
async function diedPostingOnce() {
  const keyv = new Keyv() as unknown as KeyvLike;
  const connector = new FakeConnector(new FakeClock(0));
  const a = dyingProcess(keyv, connector, Date.parse('2027-03-01T09:00:00Z'));
  await a.scheduler.start();
  const id = await a.schedule(ONE_OFF);
  await a.dieAt(DUE, 1);
  return { keyv, connector, a, id };
}

describe('a process that dies mid-send', () => {
  test('posted, then killed before recording: the restart posts it once more, labelled as possibly repeated', async () => {
    const { keyv, connector, a, id } = await diedPostingOnce();
    expect((await a.store.get(id))?.sending).toMatchObject({ due: DUE, by: a.scheduler.instanceId, tries: 1 });

    // restart five minutes later (fresh claims: the dead process's are gone with it)
    const b = makeHarness({ start: 0, keyv, clock: new FakeClock(DUE + 5 * 60_000), connector });
    await b.scheduler.start();
    await b.run(0);
    expect(connector.sent.map((x) => String(x.activity.text))).toEqual([
      'Board meeting|2027-03-01T12:00:00.000Z|2027-03-01T11:00:00.000Z',
      'Board meeting|2027-03-01T12:00:00.000Z|2027-03-01T11:00:00.000Z|again',
    ]);
    const s = await b.store.get(id);
    expect(s?.sending).toBeUndefined();
    expect(s?.sentCount).toBe(1);
    expect(s?.status).toBe('finished');
    expect(b.scheduler.stats()).toMatchObject({ sent: 1, resent: 1 });
    await b.scheduler.stop();
  });

  test('killed mid-send twice: the third start records "possibly sent" and posts nothing more', async () => {
    const { keyv, connector, a, id } = await diedPostingOnce();
    const b = dyingProcess(keyv, connector, DUE + 60_000);
    await b.scheduler.start();
    await b.dieAt(DUE + 60_000, 2);
    expect((await b.store.get(id))?.sending?.tries).toBe(2);

    const c = makeHarness({ start: 0, keyv, clock: new FakeClock(DUE + 120_000), connector });
    await c.scheduler.start();
    await c.run(0);
    expect(connector.sent).toHaveLength(2);
    const s = await c.store.get(id);
    expect(s?.missed.map((m) => m.reason)).toEqual([expect.stringMatching(/^Possibly sent: the bot stopped 2 times while posting this reminder/)]);
    expect(s?.sending).toBeUndefined();
    expect(s?.status).toBe('finished');
    await c.scheduler.stop();
  });

  test('a mark left beyond the grace period: recorded as possibly sent, not posted', async () => {
    const { keyv, connector, a, id } = await diedPostingOnce();
    const b = makeHarness({ start: 0, keyv, clock: new FakeClock(DUE + 2 * 3_600_000), connector });
    await b.scheduler.start();
    await b.run(0);
    expect(connector.sent).toHaveLength(1);
    expect((await b.store.get(id))?.missed[0]?.reason).toMatch(/^Possibly sent: the bot stopped while posting this reminder and was back 2 hours late, more than the 1 hour allowed/);
    await b.scheduler.stop();
  });

  test('a graceful stop while waiting out a 429 clears the mark: nothing was posted, so the next start posts it plainly', async () => {
    const keyv = new Keyv() as unknown as KeyvLike;
    const clock = new FakeClock(Date.parse('2027-03-01T09:00:00Z'));
    const connector = new FakeConnector(clock);
    const a = makeHarness({ start: 0, keyv, clock, connector });
    await a.scheduler.start();
    const id = await a.schedule(ONE_OFF);
    connector.failNext({ status: 429, retryAfter: '600' });
    await a.runTo(DUE);
    await a.scheduler.stop();
    expect((await a.store.get(id))?.sending).toBeUndefined();
    const b = makeHarness({ start: 0, keyv, clock, connector });
    await b.scheduler.start();
    await b.run(0);
    expect(connector.sent.map((x) => String(x.activity.text))).toEqual(['Board meeting|2027-03-01T12:00:00.000Z|2027-03-01T11:00:00.000Z']);
    await b.scheduler.stop();
  });

  test('killed while waiting out a 429 (nothing posted): the restart posts it plainly, not labelled as a repeat', async () => {
    const keyv = new Keyv() as unknown as KeyvLike;
    const connector = new FakeConnector(new FakeClock(0));
    // a process whose clock stops at the due time: it got a 429 and "dies" waiting out Retry-After
    const a = makeHarness({ start: 0, keyv, clock: new FakeClock(Date.parse('2027-03-01T09:00:00Z')), connector });
    await a.scheduler.start();
    const id = await a.schedule(ONE_OFF);
    connector.failNext({ status: 429, retryAfter: '600' });
    await a.clock.advanceTo(DUE, () => a.scheduler.settled());
    expect(connector.attempts.map((x) => x.status)).toEqual([429]);
    expect((await a.store.get(id))?.sending).toMatchObject({ due: DUE, tries: 1, posting: false });

    const b = makeHarness({ start: 0, keyv, clock: new FakeClock(DUE + 5 * 60_000), connector });
    await b.scheduler.start();
    await b.run(0);
    expect(connector.sent.map((x) => String(x.activity.text))).toEqual(['Board meeting|2027-03-01T12:00:00.000Z|2027-03-01T11:00:00.000Z']);
    expect(b.scheduler.stats()).toMatchObject({ sent: 1, resent: 0 });
    const s = await b.store.get(id);
    expect(s).toMatchObject({ sentCount: 1, missed: [] });
    expect(s?.sending).toBeUndefined();
    await b.scheduler.stop();
  });

  test('killed mid-post, then a second process killed after a 429: the third posts it once more, labelled (one post may be there)', async () => {
    const { keyv, connector, id } = await diedPostingOnce();
    const b = makeHarness({ start: 0, keyv, clock: new FakeClock(DUE + 60_000), connector });
    await b.scheduler.start();
    connector.failNext({ status: 429, retryAfter: '600' });
    await b.run(0); // its post refused; it "dies" waiting
    expect((await b.store.get(id))?.sending).toMatchObject({ tries: 2, posting: false, at: DUE });
    const c = makeHarness({ start: 0, keyv, clock: new FakeClock(DUE + 120_000), connector });
    await c.scheduler.start();
    await c.run(0);
    expect(connector.sent.map((x) => String(x.activity.text).endsWith('|again'))).toEqual([false, true]);
    expect((await c.store.get(id))?.sentCount).toBe(1);
    await c.scheduler.stop();
  });

  test('a graceful stop after a 502 keeps the mark (the post may have gone through): the next start labels it', async () => {
    const keyv = new Keyv() as unknown as KeyvLike;
    const clock = new FakeClock(Date.parse('2027-03-01T09:00:00Z'));
    const connector = new FakeConnector(clock);
    const a = makeHarness({ start: 0, keyv, clock, connector });
    await a.scheduler.start();
    await a.schedule(ONE_OFF);
    connector.failNext({ status: 502 });
    await a.runTo(DUE);
    await a.scheduler.stop();
    const b = makeHarness({ start: 0, keyv, clock, connector });
    await b.scheduler.start();
    await b.run(0);
    expect(dueTimes(connector)).toEqual(['2027-03-01T11:00:00.000Z']);
    expect(String(connector.sent[0]!.activity.text)).toMatch(/\|again$/);
    await b.scheduler.stop();
  });
});

test('the store unreachable when a reminder falls due: retried after 5 s, 10 s, ... and sent once it answers', async () => {
  const h = makeHarness({ start: '2027-03-01T09:00:00Z' });
  await h.scheduler.start();
  const id = await h.schedule(ONE_OFF);
  const get = h.store.get.bind(h.store);
  let down = true;
  h.store.get = async (x) => {
    if (down) throw new Error('The client is offline');
    return get(x);
  };
  await h.runTo(DUE + 14_000); // failed at 11:00:00, 11:00:05 and 11:00:15 is still ahead
  expect(h.connector.sent).toHaveLength(0);
  down = false;
  await h.run(1_000);
  expect(dueTimes(h.connector)).toEqual(['2027-03-01T11:00:00.000Z']);
  expect((await h.store.get(id))?.sentCount).toBe(1);
  await h.scheduler.stop();
});

describe('per-tenant request budget', () => {
  test('token bucket: a burst, then one request per 1/rate; tenants are separate; an idle bucket refills', async () => {
    const clock = new FakeClock(0);
    const budget = new TokenBucketBudget(clock, { ratePerSecond: 25, burst: 5 });
    expect(Array.from({ length: 8 }, () => budget.reserve('t1'))).toEqual([0, 0, 0, 0, 0, 40, 80, 120]);
    expect(budget.reserve('t2')).toBe(0);
    await clock.advance(1000);
    // 25 tokens refilled, 3 owed: the bucket is full again (capped at the burst)
    expect(Array.from({ length: 6 }, () => budget.reserve('t1'))).toEqual([0, 0, 0, 0, 0, 40]);
    expect(() => new TokenBucketBudget(clock, { ratePerSecond: 0, burst: 5 })).toThrow(/ratePerSecond/);
  });

  test('120 reminders due at once in one tenant and 10 in another: no second holds more than 30 posts per tenant, none dropped, the small tenant is not held up', async () => {
    const clock = new FakeClock(Date.parse('2027-03-01T09:00:00Z'));
    const budget = new TokenBucketBudget(clock, { ratePerSecond: 25, burst: 5 });
    const h = makeHarness({ start: 0, clock, scheduler: { sender: { budget }, maxConcurrent: 8 } });
    for (let i = 0; i < 120; i++) await h.schedule(ONE_OFF, `big-${i}`, 'tenant-big');
    for (let i = 0; i < 10; i++) await h.schedule(ONE_OFF, `small-${i}`, 'tenant-small');
    // one 429 in the middle: it is retried and its retry spends budget too
    await h.scheduler.start();
    await h.runTo(DUE - 1);
    connector429(h.connector, 60);
    await h.runTo(DUE + 60_000);
    expect(h.connector.sent).toHaveLength(130);
    const attempts = (tenant: string) => h.connector.attempts.filter((x) => x.conversationId.startsWith(tenant)).map((x) => x.at);
    for (const tenant of ['big-', 'small-']) {
      const at = attempts(tenant);
      for (let i = 0; i < at.length; i++) expect(at.filter((t) => t >= at[i]! && t < at[i]! + 1000).length).toBeLessThanOrEqual(30);
    }
    // 121 attempts at 25 a second after a burst of 5: about 4.6 seconds, not more
    expect(Math.max(...attempts('big-')) - DUE).toBeLessThan(5_000);
    // the small tenant's 10 go out within its own budget (first burst, then 40 ms apart)
    expect(Math.max(...attempts('small-')) - DUE).toBeLessThan(1_000);
    await h.scheduler.stop();
  });
});

/** Makes the `n`-th send from now answer 429 (Retry-After 1 s). */
function connector429(c: FakeConnector, n: number): void {
  const send = c.send;
  let i = 0;
  c.send = async (ref, activity) => {
    if (++i === n) {
      c.failNext({ status: 429, retryAfter: '1' });
    }
    return send(ref, activity);
  };
}
