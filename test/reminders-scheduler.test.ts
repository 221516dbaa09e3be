// The scheduler on a controllable clock: nothing here waits in real time.
import { Keyv } from 'keyv';
import { FakeClock } from '../reminders/clock';
import { MemoryClaims } from '../reminders/claims';
import type { KeyvLike } from '../reminders/store';
import { dueTimes, FakeConnector, makeHarness } from './reminders-helpers';

describe('reminders scheduler', () => {
  test('one-off: 7 days and 1 day before, at the right local times, then finished', async () => {
    const h = makeHarness({ start: '2027-03-01T09:00:00Z' });
    await h.scheduler.start();
    const id = await h.schedule('remind us about the board meeting on 12 March 2027 at 10:00, 7 days and 1 day before');
    await h.runTo('2027-03-05T09:59:00Z');
    expect(h.connector.sent).toHaveLength(0);
    await h.runTo('2027-03-05T10:00:00Z');
    expect(dueTimes(h.connector)).toEqual(['2027-03-05T10:00:00.000Z']);
    await h.runTo('2027-03-20T00:00:00Z');
    expect(dueTimes(h.connector)).toEqual(['2027-03-05T10:00:00.000Z', '2027-03-11T10:00:00.000Z']);
    const s = await h.store.get(id);
    expect(s?.status).toBe('finished');
    expect(s?.sentCount).toBe(2);
    expect(h.scheduler.stats().indexed).toBe(0);
    await h.scheduler.stop();
  });

  test('the timer is set for the next due reminder, not a poll', async () => {
    const h = makeHarness({ start: '2027-03-01T09:00:00Z', scheduler: { maxWakeMs: 3_600_000 } });
    await h.scheduler.start();
    await h.schedule('remind this channel 30 minutes before the meeting on 1 March 2027 at 16:15');
    expect(h.scheduler.nextWake).toBe(Date.parse('2027-03-01T10:00:00Z')); // capped at maxWake
    await h.runTo('2027-03-01T15:00:00Z');
    expect(h.scheduler.nextWake).toBe(Date.parse('2027-03-01T15:45:00Z'));
    expect(h.clock.pending).toBe(1);
    await h.runTo('2027-03-01T15:45:00Z');
    expect(h.connector.sent).toHaveLength(1);
    await h.scheduler.stop();
  });

  test('recurring monthly (second Tuesday, 14:00): the day before, local time kept across both DST changes', async () => {
    const h = makeHarness({ start: '2027-01-05T09:00:00Z' });
    await h.scheduler.start();
    await h.schedule('board meets every second Tuesday at 14:00, remind us the day before');
    await h.runTo('2027-12-31T00:00:00Z');
    expect(dueTimes(h.connector)).toEqual([
      '2027-01-11T14:00:00.000Z',
      '2027-02-08T14:00:00.000Z',
      '2027-03-08T14:00:00.000Z',
      '2027-04-12T13:00:00.000Z', // BST: 14:00 local is 13:00 UTC
      '2027-05-10T13:00:00.000Z',
      '2027-06-07T13:00:00.000Z',
      '2027-07-12T13:00:00.000Z',
      '2027-08-09T13:00:00.000Z',
      '2027-09-13T13:00:00.000Z',
      '2027-10-11T13:00:00.000Z',
      '2027-11-08T14:00:00.000Z', // GMT again
      '2027-12-13T14:00:00.000Z',
    ]);
    await h.scheduler.stop();
  });

  test('DST weekends: a Monday 10:00 meeting reminded 1 day before stays 10:00 local over the spring and autumn changes', async () => {
    const h = makeHarness({ start: '2027-03-20T00:00:00Z' });
    await h.scheduler.start();
    // 28 March 2027: clocks go forward; 31 October 2027: clocks go back. Reminders fall on the Sundays.
    await h.schedule('remind us about the board every Monday at 10:00, 1 day and 2 hours before');
    await h.runTo('2027-04-06T00:00:00Z');
    expect(dueTimes(h.connector)).toEqual([
      '2027-03-21T10:00:00.000Z', // Sun 21 Mar 10:00 GMT
      '2027-03-22T08:00:00.000Z', // Mon 22 Mar 08:00 GMT
      '2027-03-28T09:00:00.000Z', // Sun 28 Mar 10:00 BST (the day the clocks change)
      '2027-03-29T07:00:00.000Z', // Mon 29 Mar 08:00 BST
      '2027-04-04T09:00:00.000Z',
      '2027-04-05T07:00:00.000Z',
    ]);
    await h.runTo('2027-10-26T00:00:00Z');
    const before = h.connector.sent.length;
    await h.runTo('2027-11-02T00:00:00Z');
    expect(dueTimes(h.connector).slice(before)).toEqual([
      '2027-10-31T10:00:00.000Z', // Sun 31 Oct 10:00 GMT (clocks went back at 02:00 that day)
      '2027-11-01T08:00:00.000Z',
    ]);
    await h.scheduler.stop();
  });

  test('a 30-minutes-before reminder across the spring-forward night keeps its 30 minutes', async () => {
    const h = makeHarness({ start: '2027-03-27T12:00:00Z' });
    await h.scheduler.start();
    await h.schedule('remind us 30 minutes before the meeting on 28 March 2027 at 03:00');
    await h.runTo('2027-03-29T00:00:00Z');
    // 03:00 BST = 02:00 UTC; 30 minutes earlier is 01:30 UTC (02:30 BST).
    expect(dueTimes(h.connector)).toEqual(['2027-03-28T01:30:00.000Z']);
    await h.scheduler.stop();
  });

  test('cancel stops a schedule; pause holds every schedule of the conversation; resume carries on from now', async () => {
    const h = makeHarness({ start: '2027-01-05T09:00:00Z' });
    await h.scheduler.start();
    await h.schedule('board meets every second Tuesday at 14:00, remind us the day before', 'conv-a');
    await h.schedule('remind us about the finance group on the last Friday of each month at 10:00, 1 day before', 'conv-a');
    const other = await h.schedule('remind us about the board meeting on 12 March 2027 at 10:00, 1 day before', 'conv-b');

    await h.runTo('2027-01-12T00:00:00Z');
    expect(h.connector.sent.map((x) => x.conversationId)).toEqual(['conv-a']);

    const paused = await h.service.pause('conv-a');
    expect(paused).toHaveLength(2);
    await h.runTo('2027-02-20T00:00:00Z');
    expect(h.connector.sent).toHaveLength(1); // Jan finance (28 Jan) and Feb board (8 Feb) not sent

    const resumed = await h.service.resume('conv-a');
    expect(resumed.map((s) => s.status)).toEqual(['active', 'active']);
    await h.runTo('2027-02-26T23:00:00Z');
    // The finance group's February meeting (Fri 26 Feb) was reminded on Thu 25 Feb.
    expect(dueTimes(h.connector).slice(1)).toEqual(['2027-02-25T10:00:00.000Z']);

    const { cancelled } = await h.service.cancel('conv-a', { text: 'finance' });
    expect(cancelled.map((s) => s.meeting.title)).toEqual(['Finance group']);
    // Another conversation's schedule cannot be cancelled from here.
    const none = await h.service.cancel('conv-a', { id: other });
    expect(none.cancelled).toEqual([]);
    const byDate = await h.service.cancel('conv-b', { text: '12 March' });
    expect(byDate.cancelled.map((s) => s.id)).toEqual([other]);
    await h.runTo('2027-04-01T00:00:00Z');
    expect(h.connector.sent.map((x) => x.conversationId)).toEqual(['conv-a', 'conv-a', 'conv-a']); // only 8 March board
    expect(dueTimes(h.connector)[2]).toBe('2027-03-08T14:00:00.000Z');
    await h.scheduler.stop();
  });

  test('restart mid-schedule: a new scheduler over the same store carries on without repeating', async () => {
    const keyv = new Keyv() as unknown as KeyvLike;
    const clock = new FakeClock(Date.parse('2027-01-05T09:00:00Z'));
    const connector = new FakeConnector(clock);
    const a = makeHarness({ start: 0, keyv, clock, connector });
    await a.scheduler.start();
    await a.schedule('board meets every second Tuesday at 14:00, remind us the day before');
    await a.runTo('2027-02-10T00:00:00Z');
    expect(connector.sent).toHaveLength(2);
    await a.scheduler.stop();

    const b = makeHarness({ start: 0, keyv, clock, connector, claims: new MemoryClaims(clock) });
    expect(await b.scheduler.start()).toEqual({ loaded: 1 });
    await b.runTo('2027-03-10T00:00:00Z');
    expect(dueTimes(connector)).toEqual(['2027-01-11T14:00:00.000Z', '2027-02-08T14:00:00.000Z', '2027-03-08T14:00:00.000Z']);
    await b.scheduler.stop();
  });

  test('catch-up on start: a reminder 40 minutes late is sent, one 3 hours late is recorded as missed', async () => {
    const keyv = new Keyv() as unknown as KeyvLike;
    const clock = new FakeClock(Date.parse('2027-03-01T09:00:00Z'));
    const connector = new FakeConnector(clock);
    const a = makeHarness({ start: 0, keyv, clock, connector });
    await a.scheduler.start();
    const soon = await a.schedule('remind us about the audit meeting on 1 March 2027 at 12:00, 1 hour before', 'conv-1');
    const later = await a.schedule('remind us about the board meeting on 1 March 2027 at 16:00, 1 hour before', 'conv-2');
    await a.scheduler.stop(); // the bot goes down at 09:00

    await clock.advanceTo(Date.parse('2027-03-01T11:40:00Z')); // no scheduler running: nothing fires
    const b = makeHarness({ start: 0, keyv, clock, connector }); // default grace: 1 hour
    await b.scheduler.start();
    await b.run(0);
    // 11:00 reminder is 40 minutes late: sent. 15:00 one is still ahead.
    expect(connector.sent.map((x) => x.conversationId)).toEqual(['conv-1']);
    expect((await b.store.get(soon))?.sentCount).toBe(1);
    await b.scheduler.stop();

    await clock.advanceTo(Date.parse('2027-03-01T18:00:00Z')); // down again over the 15:00 reminder
    const c = makeHarness({ start: 0, keyv, clock, connector });
    await c.scheduler.start();
    await c.run(0);
    expect(connector.sent).toHaveLength(1);
    const missed = await c.store.get(later);
    expect(missed?.missed).toHaveLength(1);
    expect(missed?.missed[0]?.due).toBe(Date.parse('2027-03-01T15:00:00Z'));
    expect(missed?.missed[0]?.reason).toMatch(/3 hours late, more than the 1 hour allowed/);
    expect(missed?.status).toBe('finished');
    await c.scheduler.stop();
  });

  test('the grace period is configurable', async () => {
    const keyv = new Keyv() as unknown as KeyvLike;
    const clock = new FakeClock(Date.parse('2027-03-01T09:00:00Z'));
    const a = makeHarness({ start: 0, keyv, clock });
    await a.schedule('remind us about the board meeting on 1 March 2027 at 12:00, 1 hour before');
    await clock.advanceTo(Date.parse('2027-03-01T13:30:00Z')); // 2.5 hours late
    const b = makeHarness({ start: 0, keyv, clock, scheduler: { graceMs: 3 * 3_600_000 } });
    await b.scheduler.start();
    await b.run(0);
    expect(b.connector.sent).toHaveLength(1);
    await b.scheduler.stop();
  });

  test('429 with Retry-After: waits exactly that long, retries, and sends once; nothing is dropped', async () => {
    const h = makeHarness({ start: '2027-03-01T09:00:00Z' });
    await h.scheduler.start();
    await h.schedule('remind us about the board meeting on 1 March 2027 at 12:00, 1 hour before');
    h.connector.failNext({ status: 429, retryAfter: '30' }, { status: 429, retryAfter: '120' }, { status: 429 });
    await h.runTo('2027-03-01T11:00:00Z');
    expect(h.connector.attempts.map((a) => a.status)).toEqual([429]);
    await h.run(30_000);
    expect(h.connector.attempts.map((a) => a.status)).toEqual([429]); // 30 s + margin not yet over
    await h.run(250);
    expect(h.connector.attempts.map((a) => a.status)).toEqual([429, 429]);
    await h.run(120_250);
    expect(h.connector.attempts.map((a) => a.status)).toEqual([429, 429, 429]);
    await h.run(4_000); // no Retry-After: exponential backoff (1 s doubled per 429 so far)
    expect(h.connector.attempts.map((a) => a.status)).toEqual([429, 429, 429, 200]);
    expect(h.connector.sent).toHaveLength(1);
    await h.runTo('2027-03-02T00:00:00Z');
    expect(h.connector.sent).toHaveLength(1);
    await h.scheduler.stop();
  });

  test('429 with an HTTP-date Retry-After is honoured', async () => {
    const h = makeHarness({ start: '2027-03-01T09:00:00Z' });
    await h.scheduler.start();
    await h.schedule('remind us about the board meeting on 1 March 2027 at 12:00, 1 hour before');
    h.connector.failNext({ status: 429, retryAfter: new Date(Date.parse('2027-03-01T11:05:00Z')).toUTCString() });
    await h.runTo('2027-03-01T11:04:59Z');
    expect(h.connector.sent).toHaveLength(0);
    await h.runTo('2027-03-01T11:06:00Z');
    expect(h.connector.sent).toHaveLength(1);
    await h.scheduler.stop();
  });

  test('403 stops every schedule of that conversation and records why; other conversations carry on', async () => {
    const h = makeHarness({ start: '2027-01-05T09:00:00Z' });
    const stopped: string[] = [];
    const h2 = makeHarness({ start: 0, clock: h.clock, keyv: undefined, scheduler: { onConversationStopped: (c) => void stopped.push(c) } });
    await h2.scheduler.start();
    await h2.schedule('board meets every second Tuesday at 14:00, remind us the day before', 'gone');
    const other = await h2.schedule('remind us about the finance group every second Wednesday at 10:00, 1 day before', 'gone');
    await h2.schedule('board meets every second Tuesday at 14:00, remind us the day before', 'still-here');
    h2.connector.failNext({ status: 403 });
    await h2.runTo('2027-01-11T15:00:00Z');
    expect(h2.connector.sent.map((x) => x.conversationId)).toEqual(['still-here']);
    const s = await h2.store.get(other);
    expect(s?.status).toBe('stopped');
    expect(s?.stoppedReason).toMatch(/no longer in this conversation \(HTTP 403/);
    expect(stopped).toEqual(['gone']);
    await h2.runTo('2027-03-01T00:00:00Z');
    expect(h2.connector.sent.every((x) => x.conversationId === 'still-here')).toBe(true);
    // "resume reminders" once the bot is back in the conversation
    const resumed = await h2.service.resume('gone');
    expect(resumed).toHaveLength(2);
    await h2.scheduler.stop();
  });

  test('404 stops the schedule too; a 400 is recorded as failed and the schedule moves on', async () => {
    const h = makeHarness({ start: '2027-01-05T09:00:00Z' });
    await h.scheduler.start();
    const a = await h.schedule('board meets every second Tuesday at 14:00, remind us the day before', 'c404');
    h.connector.failNext({ status: 404 });
    await h.runTo('2027-01-12T00:00:00Z');
    expect((await h.store.get(a))?.status).toBe('stopped');

    const b = await h.schedule('board meets every second Tuesday at 14:00, remind us the day before', 'c400');
    h.connector.failNext({ status: 400 });
    await h.runTo('2027-02-09T00:00:00Z');
    const s = await h.store.get(b);
    expect(s?.status).toBe('active');
    expect(s?.failed).toHaveLength(1);
    expect(s?.nextDue).toBe(Date.parse('2027-03-08T14:00:00Z'));
    await h.scheduler.stop();
  });

  test('transient 502/504: backs off and retries', async () => {
    const h = makeHarness({ start: '2027-03-01T09:00:00Z' });
    await h.scheduler.start();
    await h.schedule('remind us about the board meeting on 1 March 2027 at 12:00, 1 hour before');
    h.connector.failNext({ status: 502 }, { status: 504 }, { status: 412 });
    await h.runTo('2027-03-01T11:01:00Z');
    expect(h.connector.attempts.map((a) => a.status)).toEqual([502, 504, 412, 200]);
    expect(h.connector.sent).toHaveLength(1);
    await h.scheduler.stop();
  });

  test('stop() during a 429 wait leaves the reminder due for the next start', async () => {
    const keyv = new Keyv() as unknown as KeyvLike;
    const clock = new FakeClock(Date.parse('2027-03-01T09:00:00Z'));
    const connector = new FakeConnector(clock);
    const a = makeHarness({ start: 0, keyv, clock, connector });
    await a.scheduler.start();
    const id = await a.schedule('remind us about the board meeting on 1 March 2027 at 12:00, 1 hour before');
    connector.failNext({ status: 429, retryAfter: '600' });
    await a.runTo('2027-03-01T11:00:00Z');
    await a.scheduler.stop();
    expect((await a.store.get(id))?.nextDue).toBe(Date.parse('2027-03-01T11:00:00Z'));
    await clock.advance(60_000);
    const b = makeHarness({ start: 0, keyv, clock, connector });
    await b.scheduler.start();
    await b.run(0);
    expect(connector.sent).toHaveLength(1);
    await b.scheduler.stop();
  });
});
