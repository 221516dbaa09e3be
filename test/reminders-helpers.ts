// Shared test fixtures for the reminders tests: a fake Bot Connector send, a harness of
// store + claims + scheduler on a FakeClock.
import { Keyv } from 'keyv';
import { FakeClock } from '../reminders/clock';
import { MemoryClaims, type Claims } from '../reminders/claims';
import { Scheduler, type SchedulerOptions } from '../reminders/scheduler';
import { DeliveryError } from '../reminders/sender';
import { RemindersService } from '../reminders/service';
import { KeyvScheduleStore, type KeyvLike, type ScheduleStore } from '../reminders/store';
import type { Activity, ConversationRef, Draft, Schedule } from '../reminders/types';

export interface SentItem {
  at: number;
  conversationId: string;
  activity: Activity;
}

/** A send function that records deliveries and can be told to fail next. */
export class FakeConnector {
  readonly sent: SentItem[] = [];
  readonly attempts: { at: number; conversationId: string; status: number }[] = [];
  private script: { status: number; retryAfter?: string }[] = [];

  constructor(private readonly clock: FakeClock) {}

  /** The next sends answer these statuses (then 200s). */
  failNext(...responses: { status: number; retryAfter?: string }[]): void {
    this.script.push(...responses);
  }

  send = async (ref: ConversationRef, activity: Activity): Promise<void> => {
    const conversationId = String((ref.conversation as { id?: string })?.id);
    const r = this.script.shift();
    this.attempts.push({ at: this.clock.now(), conversationId, status: r?.status ?? 200 });
    if (r) throw new DeliveryError(`HTTP ${r.status}`, r.status, r.retryAfter);
    this.sent.push({ at: this.clock.now(), conversationId, activity });
  };
}

/** A one-off reminder in a channel, due at `due`, posting to `serviceUrl` (seeded into a store before a bot starts). */
export function dueSchedule(id: string, conversationId: string, due: number, serviceUrl: string, title: string): Schedule {
  return {
    id,
    conversationId,
    ref: { conversation: { id: conversationId, conversationType: 'channel', tenantId: 't' }, serviceUrl, channelId: 'msteams', bot: { id: '28:bot-rem', name: 'Board Assistant' }, user: { id: '29:clerk' } },
    createdAt: due,
    updatedAt: due,
    meeting: { title, zone: 'Europe/London', at: '2031-03-12T10:00' },
    offsets: [{ amount: 1, unit: 'day' }],
    status: 'active',
    nextDue: due,
    nextMeeting: Date.parse('2031-03-12T10:00:00Z'),
    sentCount: 0,
    missed: [],
    failed: [],
  };
}

export function refFor(conversationId: string, tenantId?: string): ConversationRef {
  return { conversation: { id: conversationId, tenantId }, serviceUrl: 'http://127.0.0.1:1/', channelId: 'msteams' };
}

export interface Harness {
  clock: FakeClock;
  store: ScheduleStore;
  claims: Claims;
  connector: FakeConnector;
  scheduler: Scheduler;
  service: RemindersService;
  /** Advance the clock, letting the scheduler's work finish between timers. */
  run(ms: number): Promise<void>;
  runTo(when: string | number): Promise<void>;
  schedule(text: string, conversationId?: string, tenantId?: string): Promise<string>;
}

export function makeHarness(opts: {
  start: string | number;
  keyv?: KeyvLike;
  clock?: FakeClock;
  claims?: Claims;
  connector?: FakeConnector;
  scheduler?: Partial<SchedulerOptions>;
  /** Told of every change the service makes (to publish it to other instances). */
  onChange?: (id: string) => void;
}): Harness {
  const clock = opts.clock ?? new FakeClock(typeof opts.start === 'string' ? Date.parse(opts.start) : opts.start);
  const store = new KeyvScheduleStore(opts.keyv ?? (new Keyv() as unknown as KeyvLike));
  const claims = opts.claims ?? new MemoryClaims(clock);
  const connector = opts.connector ?? new FakeConnector(clock);
  const scheduler = new Scheduler({
    store,
    claims,
    clock,
    send: connector.send,
    // "title|meeting|due", and "|again" when posted again after a crash mid-send
    render: (s, occ) => ({ type: 'message', text: `${s.meeting.title}|${new Date(occ.meeting).toISOString()}|${new Date(occ.due).toISOString()}${occ.resentAfter !== undefined ? '|again' : ''}` }),
    ...opts.scheduler,
  });
  const service = new RemindersService({ store, clock, scheduler, onChange: opts.onChange });
  const h: Harness = {
    clock,
    store,
    claims,
    connector,
    scheduler,
    service,
    run: (ms) => clock.advance(ms, () => scheduler.settled()),
    runTo: (when) => clock.advanceTo(typeof when === 'string' ? Date.parse(when) : when, () => scheduler.settled()),
    async schedule(text, conversationId = 'conv-1', tenantId?: string) {
      const p = service.preview(text);
      if (!p.ok) throw new Error(p.error);
      const { schedule } = await service.save(p.draft as Draft, { conversationId, ref: refFor(conversationId, tenantId) });
      return schedule.id;
    },
  };
  return h;
}

const BOT_ACCOUNT = { id: '28:bot-rem', name: 'Board Assistant' };

/**
 * A Teams-shaped message for the bot's HTTP endpoint: text with an @mention of the bot (as a
 * channel message has), or a card button's value.
 */
export function teamsMessage(o: { id: string; serviceUrl: string; conversationId: string; text?: string; value?: unknown; replyToId?: string }): Record<string, unknown> {
  const at = `<at>${BOT_ACCOUNT.name}</at>`;
  const mention = o.value === undefined;
  return {
    type: 'message',
    id: o.id,
    serviceUrl: o.serviceUrl,
    channelId: 'msteams',
    from: { id: '29:clerk', name: 'Clerk' },
    recipient: BOT_ACCOUNT,
    conversation: { id: o.conversationId, conversationType: 'channel', isGroup: true, tenantId: 't' },
    text: mention ? `${at} ${o.text ?? ''}` : (o.text ?? ''),
    entities: mention ? [{ type: 'mention', mentioned: BOT_ACCOUNT, text: at }] : [],
    value: o.value,
    replyToId: o.replyToId,
    channelData: { tenant: { id: 't' }, team: { id: '19:team@thread.tacv2' }, channel: { id: o.conversationId.split(';')[0] } },
  };
}

/** Posts an activity to the bot at `base`; the HTTP status. */
export async function postActivity(base: string, activity: Record<string, unknown>): Promise<number> {
  const r = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  await r.arrayBuffer();
  return r.status;
}

/** The due times (ISO, UTC) of what was delivered. */
export function dueTimes(c: FakeConnector): string[] {
  return c.sent.map((x) => String(x.activity.text).split('|')[2]!);
}
