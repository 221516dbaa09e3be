// Time-zone and recurrence arithmetic. RRULEs are expanded over "floating" wall-clock time
// (rrule's UTC fields stand for local fields) and each result is placed in the board's zone
// with luxon, so a 10:00 meeting stays 10:00 local across the clock changes.
import { DateTime } from 'luxon';
import { RRule } from 'rrule';
import type { Meeting, Offset } from './types';

export const DEFAULT_ZONE = 'Europe/London';
const LOCALE = 'en-GB';

/** Parse a local wall time `YYYY-MM-DDTHH:mm` in `zone` to an instant (ms). */
export function localToMillis(local: string, zone: string): number {
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) throw new Error(`Invalid local time ${local}`);
  return dt.toMillis();
}

/** The wall time of an instant in `zone`, as `YYYY-MM-DDTHH:mm`. */
export function millisToLocal(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("yyyy-LL-dd'T'HH:mm");
}

function floatingFromLocal(local: string): Date {
  const dt = DateTime.fromISO(local, { zone: 'UTC' });
  return dt.toJSDate();
}

function floatingFromMillis(ms: number, zone: string): Date {
  const l = DateTime.fromMillis(ms, { zone });
  return new Date(Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second, l.millisecond));
}

function instantFromFloating(d: Date, zone: string): number {
  return DateTime.fromObject(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
    },
    { zone },
  ).toMillis();
}

const ruleCache = new Map<string, RRule>();

function ruleFor(meeting: Meeting): RRule {
  const key = `${meeting.start}|${meeting.rrule}`;
  let rule = ruleCache.get(key);
  if (!rule) {
    const opts = RRule.parseString(meeting.rrule!);
    rule = new RRule({ ...opts, dtstart: floatingFromLocal(meeting.start!) });
    if (ruleCache.size > 1000) ruleCache.clear();
    ruleCache.set(key, rule);
  }
  return rule;
}

/** The first meeting strictly after `afterMs`, or null when there is none. */
export function nextMeetingAfter(meeting: Meeting, afterMs: number): number | null {
  if (meeting.at) {
    const m = localToMillis(meeting.at, meeting.zone);
    return m > afterMs ? m : null;
  }
  if (!meeting.rrule || !meeting.start) return null;
  const rule = ruleFor(meeting);
  // Start a day early in floating time: around a clock change floating and real order differ.
  let cursor = new Date(floatingFromMillis(afterMs, meeting.zone).getTime() - 86_400_000);
  for (let i = 0; i < 100; i++) {
    const d = rule.after(cursor, false);
    if (!d) return null;
    const m = instantFromFloating(d, meeting.zone);
    if (m > afterMs) return m;
    cursor = d;
  }
  return null;
}

const UNIT_MS: Record<'minute' | 'hour', number> = { minute: 60_000, hour: 3_600_000 };

/** When a reminder `offset` before the meeting at `meetingMs` falls due. */
export function reminderTime(meetingMs: number, offset: Offset, zone: string): number {
  if (offset.unit === 'minute' || offset.unit === 'hour') return meetingMs - offset.amount * UNIT_MS[offset.unit];
  const days = offset.unit === 'week' ? offset.amount * 7 : offset.amount;
  return DateTime.fromMillis(meetingMs, { zone }).minus({ days }).toMillis();
}

function offsetUpperBoundMs(o: Offset): number {
  if (o.unit === 'minute' || o.unit === 'hour') return o.amount * UNIT_MS[o.unit];
  return (o.unit === 'week' ? o.amount * 7 : o.amount) * 25 * 3_600_000;
}

/**
 * The next reminder strictly after `afterMs`: the earliest (meeting - offset) over the
 * coming meetings and every offset. Null when the schedule has nothing left to send.
 */
export function nextReminderAfter(meeting: Meeting, offsets: Offset[], afterMs: number): { due: number; meeting: number } | null {
  if (!offsets.length) return null;
  const span = Math.max(...offsets.map(offsetUpperBoundMs));
  let best: { due: number; meeting: number } | null = null;
  let cursor = afterMs;
  for (let i = 0; i < 500; i++) {
    const m = nextMeetingAfter(meeting, cursor);
    if (m === null) break;
    if (best && m - span > best.due) break;
    for (const o of offsets) {
      const due = reminderTime(m, o, meeting.zone);
      if (due > afterMs && (!best || due < best.due)) best = { due, meeting: m };
    }
    cursor = m;
  }
  return best;
}

/** The first `count` reminders after `afterMs`, for the confirmation card. */
export function upcomingReminders(meeting: Meeting, offsets: Offset[], afterMs: number, count: number): { due: number; meeting: number }[] {
  const out: { due: number; meeting: number }[] = [];
  let cursor = afterMs;
  while (out.length < count) {
    const n = nextReminderAfter(meeting, offsets, cursor);
    if (!n) break;
    out.push(n);
    cursor = n.due;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Words (en-GB)

/** "Friday 12 March 2027 at 10:00". */
export function whenInWords(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).setLocale(LOCALE).toFormat("cccc d LLLL yyyy 'at' HH:mm");
}

/** "12 March 2027". */
export function dateInWords(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).setLocale(LOCALE).toFormat('d LLLL yyyy');
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "7 days", "1 day", "30 minutes", "1 week". */
export function offsetInWords(o: Offset): string {
  return plural(o.amount, o.unit);
}

/** "7 days and 1 day before". */
export function offsetsInWords(offsets: Offset[]): string {
  const words = offsets.map((o) => (o.amount === 0 ? 'at the start' : offsetInWords(o)));
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0] ?? '';
  return offsets.every((o) => o.amount === 0) ? list : `${list} before`;
}

/** The time between two instants, in words: "7 days", "1 day and 2 hours", "30 minutes". */
export function durationInWords(fromMs: number, toMs: number): string {
  let mins = Math.max(0, Math.round((toMs - fromMs) / 60_000));
  const days = Math.floor(mins / 1440);
  mins -= days * 1440;
  const hours = Math.floor(mins / 60);
  mins -= hours * 60;
  const parts: string[] = [];
  if (days) parts.push(plural(days, 'day'));
  if (hours) parts.push(plural(hours, 'hour'));
  if (mins && days < 2) parts.push(plural(mins, 'minute'));
  if (!parts.length) return 'less than a minute';
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]!;
}

/** The meeting in words: "Friday 12 March 2027 at 10:00" or "on the second Tuesday ...". */
export function meetingInWords(meeting: Meeting): string {
  if (meeting.at) return whenInWords(localToMillis(meeting.at, meeting.zone), meeting.zone);
  return meeting.recurrenceText ?? 'on a recurring schedule';
}

/** Is `zone` a valid IANA zone? */
export function isValidZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}
