// What the dialog calls: preview a request, save it, list, cancel, pause and resume a
// conversation's reminders. Every operation is scoped to one conversation id: a
// conversation's members see and change only its own schedules.
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Clock } from './clock';
import { parseReminderRequest, parseSelectorDate, type ParseResult } from './parse';
import type { Scheduler } from './scheduler';
import type { ScheduleStore } from './store';
import { DEFAULT_ZONE, localToMillis, nextReminderAfter } from './time';
import type { ConversationRef, Draft, Schedule } from './types';

export interface ServiceOptions {
  store: ScheduleStore;
  clock: Clock;
  scheduler?: Scheduler;
  zone?: string;
  /** Most schedules one conversation may hold: default 50. */
  maxPerConversation?: number;
  newId?: () => string;
  /** Told after a schedule was saved, cancelled, paused or resumed (to tell other instances). */
  onChange?: (id: string) => void;
}

export interface SaveResult {
  schedule: Schedule;
  /** False when the draft had been saved already (Save pressed twice, or an old card). */
  created: boolean;
}

export class ReminderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReminderError';
  }
}

export class RemindersService {
  readonly zone: string;

  constructor(private readonly o: ServiceOptions) {
    this.zone = o.zone ?? DEFAULT_ZONE;
  }

  now(): number {
    return this.o.clock.now();
  }

  preview(text: string): ParseResult {
    const r = parseReminderRequest(text, { now: this.o.clock.now(), zone: this.zone });
    return r.ok ? { ok: true, draft: { ...r.draft, id: this.newId() } } : r;
  }

  /**
   * Saves a confirmed draft for `conversationId`, as the schedule with the draft's id: saving
   * the same draft again gives back that schedule (created: false), and a draft whose
   * schedule was cancelled is refused. Throws ReminderError with a user-facing reason.
   */
  async save(draft: Draft, target: { conversationId: string; ref: ConversationRef; user?: { id?: string; name?: string } }): Promise<SaveResult> {
    let id = draft.id ?? this.newId();
    const before = draft.id ? await this.o.store.get(id) : undefined;
    if (before?.conversationId === target.conversationId) return { schedule: before, created: false };
    if (before) id = this.newId(); // an id from another conversation (a forged card): never touch that schedule
    const gone = draft.id && !before ? await this.o.store.deleted(id) : undefined;
    if (gone?.conversationId === target.conversationId) {
      throw new ReminderError('That reminder was saved and later cancelled, so I have not saved it again. Ask me again if you want it back.');
    }
    if (gone) id = this.newId();
    const now = this.o.clock.now();
    const next = nextReminderAfter(draft.meeting, draft.offsets, now);
    if (!next) throw new ReminderError('Every reminder for that meeting would already have passed, so there is nothing to save.');
    const existing = await this.o.store.listConversation(target.conversationId);
    const live = existing.filter((s) => s.status !== 'finished');
    if (live.length >= (this.o.maxPerConversation ?? 50)) {
      throw new ReminderError(`This conversation already has ${live.length} reminders; cancel some before adding more.`);
    }
    const same = live.find((s) => JSON.stringify([s.meeting, s.offsets]) === JSON.stringify([draft.meeting, draft.offsets]));
    if (same) return { schedule: same, created: false }; // the same reminder from another card: keep one
    const s: Schedule = {
      id,
      conversationId: target.conversationId,
      ref: target.ref,
      createdBy: target.user,
      createdAt: now,
      updatedAt: now,
      meeting: draft.meeting,
      offsets: draft.offsets,
      status: 'active',
      nextDue: next.due,
      nextMeeting: next.meeting,
      sentCount: 0,
      missed: [],
      failed: [],
      text: draft.text,
    };
    await this.o.store.put(s);
    this.changed(s);
    return { schedule: s, created: true };
  }

  /** Whether a schedule of this conversation exists or existed (cancelled) with this id. */
  async draftState(conversationId: string, draftId: string | undefined): Promise<'saved' | 'cancelled' | 'new'> {
    if (!draftId) return 'new';
    const s = await this.o.store.get(draftId);
    if (s?.conversationId === conversationId) return 'saved';
    return (await this.o.store.deleted(draftId))?.conversationId === conversationId ? 'cancelled' : 'new';
  }

  private newId(): string {
    return (this.o.newId ?? randomUUID)();
  }

  /** Our own scheduler, then (through onChange) the other instances'. */
  private changed(s: Schedule): void {
    this.o.scheduler?.track(s);
    this.o.onChange?.(s.id);
  }

  /** The conversation's schedules, soonest first; finished one-offs last. */
  async list(conversationId: string): Promise<Schedule[]> {
    const all = await this.o.store.listConversation(conversationId);
    const rank = (s: Schedule) => (s.status === 'active' ? 0 : s.status === 'paused' ? 1 : s.status === 'stopped' ? 2 : 3);
    return all.sort((a, b) => rank(a) - rank(b) || (a.nextDue ?? Infinity) - (b.nextDue ?? Infinity) || a.createdAt - b.createdAt);
  }

  /**
   * Cancels by id (a card button) or by what the user typed: a date ("12 March"), a
   * title word ("finance"), or "all". Only this conversation's schedules are considered.
   */
  async cancel(conversationId: string, selector: { id: string } | { text: string }): Promise<{ cancelled: Schedule[]; candidates: Schedule[] }> {
    const all = await this.list(conversationId);
    let hits: Schedule[];
    if ('id' in selector) hits = all.filter((s) => s.id === selector.id);
    else {
      const t = selector.text.trim().toLowerCase();
      if (!t || /^(all|every|everything|all of them|them all)$/.test(t)) hits = t ? all : [];
      else {
        const day = parseSelectorDate(t, { now: this.o.clock.now(), zone: this.zone });
        hits = all.filter((s) => (day ? this.meetsOn(s, day) : false) || this.titleMatches(s, t));
      }
      if (!t || hits.length === 0) return { cancelled: [], candidates: all };
    }
    for (const s of hits) {
      await this.o.store.delete(s.id);
      this.o.scheduler?.untrack(s.id);
      this.o.onChange?.(s.id);
    }
    return { cancelled: hits, candidates: all };
  }

  async pause(conversationId: string): Promise<Schedule[]> {
    const changed: Schedule[] = [];
    for (const s of await this.o.store.listConversation(conversationId)) {
      if (s.status !== 'active') continue;
      const p: Schedule = { ...s, status: 'paused', updatedAt: this.o.clock.now() };
      await this.o.store.put(p);
      this.changed(p);
      changed.push(p);
    }
    return changed;
  }

  /** Resumes paused (and stopped) schedules from now on: reminders due while paused are not sent. */
  async resume(conversationId: string, ref?: ConversationRef): Promise<Schedule[]> {
    const now = this.o.clock.now();
    const changed: Schedule[] = [];
    for (const s of await this.o.store.listConversation(conversationId)) {
      if (s.status !== 'paused' && s.status !== 'stopped') continue;
      const n = nextReminderAfter(s.meeting, s.offsets, now);
      const r: Schedule = {
        ...s,
        ref: ref ?? s.ref,
        status: n ? 'active' : 'finished',
        stoppedReason: undefined,
        nextDue: n?.due ?? null,
        nextMeeting: n?.meeting ?? null,
        updatedAt: now,
      };
      await this.o.store.put(r);
      this.changed(r);
      changed.push(r);
    }
    return changed;
  }

  private meetsOn(s: Schedule, isoDay: string): boolean {
    const zone = s.meeting.zone;
    if (s.meeting.at) return s.meeting.at.slice(0, 10) === isoDay;
    // A recurring schedule "meets on" a day if one of its meetings falls on it.
    const start = DateTime.fromISO(isoDay, { zone }).startOf('day').toMillis();
    const m = nextReminderAfter(s.meeting, [{ amount: 0, unit: 'minute' }], start - 1);
    return !!m && DateTime.fromMillis(m.meeting, { zone }).toISODate() === isoDay;
  }

  private titleMatches(s: Schedule, t: string): boolean {
    const words = t.split(/\s+/).filter((w) => w.length > 2 && !/^(the|for|about|meeting|board|reminder)$/.test(w));
    return words.length > 0 && words.every((w) => s.meeting.title.toLowerCase().includes(w) || (s.meeting.location ?? '').toLowerCase().includes(w));
  }
}

/** For a one-off meeting, the meeting time in ms (for cards and tests). */
export function meetingMillis(s: Schedule): number | null {
  return s.meeting.at ? localToMillis(s.meeting.at, s.meeting.zone) : s.nextMeeting;
}
