// Understanding reminder requests (en-GB): which command, and for a new reminder, the
// meeting (one-off with chrono-node, recurring as an RFC 5545 rule) and the offsets.
import { loadChrono } from '../knowledge/understand/dates';
import { DateTime } from 'luxon';
import type { Draft, Meeting, Offset } from './types';
import { DEFAULT_ZONE, dateInWords, localToMillis, millisToLocal, nextReminderAfter, reminderTime, whenInWords, offsetInWords } from './time';

export type ReminderCommand =
  | { kind: 'schedule'; text: string }
  | { kind: 'list' }
  | { kind: 'cancel'; selector: string }
  | { kind: 'pause' }
  | { kind: 'resume' };

const REM = String.raw`remind(?:ers?)?`;

/** Is this message about reminders, and which command? Null when it is not. */
export function recogniseReminderCommand(input: string): ReminderCommand | null {
  const text = input.replace(/\s+/g, ' ').trim();
  const t = text.toLowerCase();
  if (!/\bremind/.test(t)) return null;
  if (new RegExp(String.raw`^(?:please )?(?:show|list|view|see|display|what are)\b.*\b${REM}\b`).test(t) || new RegExp(String.raw`^(?:my |our |the |all )?${REM}\??$`).test(t) || /^which reminders\b/.test(t)) return { kind: 'list' };
  const cancel = /^(?:please )?(?:cancel|delete|remove|drop)\b(.*)$/.exec(t);
  if (cancel) return { kind: 'cancel', selector: cancel[1]!.replace(/\breminders?\b/g, ' ').replace(/\b(?:the|my|our|this|that)\b/g, ' ').replace(/\s+/g, ' ').trim() };
  if (/^(?:please )?(?:pause|suspend|mute|hold|stop)\b/.test(t)) return { kind: 'pause' };
  if (/^(?:please )?(?:resume|restart|unpause|unmute|restore|start)\b/.test(t)) return { kind: 'resume' };
  if (/\bremind\b/.test(t)) return { kind: 'schedule', text };
  return null;
}

export type ParseResult = { ok: true; draft: Draft } | { ok: false; error: string };

export interface ParseOptions {
  now: number;
  zone?: string;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, sixty: 60,
};
const NUM = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|forty-five|sixty)`;
const UNIT = String.raw`(?:minutes?|mins?|hours?|hrs?|days?|weeks?)`;
const OFFSET_ITEM = String.raw`(?:half an hour|${NUM}\s*${UNIT}|the (?:day|week|hour))`;
const OFFSET_LIST = new RegExp(String.raw`(${OFFSET_ITEM}(?:\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*${OFFSET_ITEM})*)\s+(?:before|beforehand|prior|ahead|in advance|earlier)\b(?:\s+(?:it|that|the meeting|each meeting|every meeting|each one|each time))?`, 'i');

function unitOf(u: string): Offset['unit'] {
  if (/^min/.test(u)) return 'minute';
  if (/^h/.test(u)) return 'hour';
  if (/^d/.test(u)) return 'day';
  return 'week';
}

function parseOffsets(text: string): { offsets: Offset[]; rest: string } {
  const offsets: Offset[] = [];
  let rest = text;
  for (let guard = 0; guard < 5; guard++) {
    const m = OFFSET_LIST.exec(rest);
    if (!m) break;
    const items = m[1]!.match(new RegExp(OFFSET_ITEM, 'gi')) ?? [];
    for (const item of items) {
      const s = item.toLowerCase();
      if (s === 'half an hour') offsets.push({ amount: 30, unit: 'minute' });
      else if (s.startsWith('the ')) offsets.push({ amount: 1, unit: unitOf(s.slice(4)) });
      else {
        const mm = new RegExp(String.raw`^(${NUM})\s*(${UNIT})$`, 'i').exec(s);
        if (!mm) continue;
        const n = /^\d+$/.test(mm[1]!) ? Number(mm[1]) : NUMBER_WORDS[mm[1]!.toLowerCase()]!;
        offsets.push({ amount: n, unit: unitOf(mm[2]!.toLowerCase()) });
      }
    }
    rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
  }
  // Remove duplicates, latest reminder last (largest offset first).
  const seen = new Set<string>();
  const unique = offsets.filter((o) => {
    const k = `${o.amount}${o.unit}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const approx = (o: Offset) => o.amount * { minute: 1, hour: 60, day: 1440, week: 10080 }[o.unit];
  unique.sort((a, b) => approx(b) - approx(a));
  return { offsets: unique, rest };
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WEEKDAY = String.raw`(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)s?\b`;
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1, final: -1 };
const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth'];
const ORD = String.raw`(first|1st|second|2nd|third|3rd|fourth|4th|last|final)`;

function weekdayIndex(w: string): number {
  const s = w.toLowerCase().slice(0, 3);
  return WEEKDAYS.findIndex((d) => d.startsWith(s));
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Recurrence {
  rrule: string;
  words: string;
  note?: string;
  /** First day it may start on (local date), for fortnightly rules. */
  startDate?: string;
  span: [number, number];
}

function parseRecurrence(text: string, today: DateTime): Recurrence | null | { error: string } {
  const t = text.toLowerCase();
  let m: RegExpExecArray | null;
  // "every second Tuesday", "every 2nd Tuesday (of the month)", "the second Tuesday of each month"
  if ((m = new RegExp(String.raw`\b(?:every|each|on the|the)\s+${ORD}\s+${WEEKDAY}(\s+(?:of|in)\s+(?:each|every|the|a)\s+month)?`).exec(t))) {
    const n = ORDINALS[m[1]!]!;
    const d = weekdayIndex(m[2]!);
    const dayName = cap(WEEKDAYS[d]!);
    const which = n === -1 ? 'last' : ORDINAL_WORDS[n]!;
    const ambiguous = n === 2 && /^(every|each)/.test(m[0]) && !m[3];
    return {
      rrule: `FREQ=MONTHLY;BYDAY=${n === -1 ? '-1' : `+${n}`}${RRULE_DAYS[d]}`,
      words: `on the ${which} ${dayName} of each month`,
      note: ambiguous
        ? `I have taken “every second ${dayName}” to mean the second ${dayName} of each month. If you meant every other week, choose Change and say “every other ${dayName}”.`
        : undefined,
      span: [m.index, m.index + m[0].length],
    };
  }
  // "every other Tuesday", "fortnightly on Tuesday(s)", "every two weeks on Tuesday"
  if ((m = new RegExp(String.raw`\b(?:every other|alternate|every (?:2|two) weeks on|fortnightly on|fortnightly,? on)\s+${WEEKDAY}`).exec(t)) || (m = new RegExp(String.raw`\b${WEEKDAY},?\s+fortnightly`).exec(t))) {
    const d = weekdayIndex(m[1]!);
    const dayName = cap(WEEKDAYS[d]!);
    let first = today;
    while (first.weekday !== d + 1) first = first.plus({ days: 1 });
    return {
      rrule: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${RRULE_DAYS[d]}`,
      words: `every other ${dayName} (fortnightly), counting from ${dateInWords(first.toMillis(), first.zoneName!)}`,
      startDate: first.toISODate()!,
      span: [m.index, m.index + m[0].length],
    };
  }
  // "every Tuesday", "weekly on Tuesday", "on Tuesdays"
  if ((m = new RegExp(String.raw`\b(?:every|each|weekly on|on)\s+${WEEKDAY}`).exec(t)) && (/^(every|each|weekly)/.test(m[0]) || /s$/.test(m[0]))) {
    const d = weekdayIndex(m[1]!);
    return { rrule: `FREQ=WEEKLY;BYDAY=${RRULE_DAYS[d]}`, words: `every ${cap(WEEKDAYS[d]!)}`, span: [m.index, m.index + m[0].length] };
  }
  // "on the 15th of each month", "monthly on the 3rd"
  if ((m = /\b(?:monthly on the|on the|every month on the)\s+(\d{1,2})(?:st|nd|rd|th)(?:\s+(?:of|in)\s+(?:each|every|the)\s+month)?/.exec(t)) && /month/.test(m[0])) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return { error: 'That day of the month does not exist.' };
    const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
    return { rrule: `FREQ=MONTHLY;BYMONTHDAY=${day}`, words: `on the ${day}${suffix} of each month`, note: day > 28 ? 'Months without that day are skipped.' : undefined, span: [m.index, m.index + m[0].length] };
  }
  if (/\b(every|each|weekly|monthly|fortnightly)\b/.test(t)) {
    return { error: 'I could not tell how often the board meets. Try “every second Tuesday at 14:00”, “every other Thursday at 10:00” or “on the 15th of each month at 09:30”.' };
  }
  return null;
}

function parseTime(text: string): { hour: number; minute: number } | null {
  const t = text.toLowerCase();
  let m = /\b(?:at\s+)?(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?/.exec(t);
  if (!m) m = /\bat\s+(\d{1,2})()\s*(am|pm|a\.m\.|p\.m\.)?(?!\s*(?:minutes?|mins?|hours?|days?|weeks?))\b/.exec(t);
  if (!m) m = /\b(\d{1,2})()\s*(am|pm|a\.m\.|p\.m\.)/.exec(t);
  if (!m) {
    if (/\bnoon|midday\b/.test(t)) return { hour: 12, minute: 0 };
    return null;
  }
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const mer = m[3]?.replace(/\./g, '');
  if (mer === 'pm' && hour < 12) hour += 12;
  if (mer === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

function parseTitle(text: string): string {
  const m = /\babout (?:the |our |a |an )?(.+?)(?=\s+(?:on|at|every|each|today|tomorrow|next|this|which|that|in)\b|,|$)/i.exec(text);
  let title = m?.[1]?.trim();
  if (!title || /^(it|this|that)$/i.test(title)) title = 'Board meeting';
  if (/^board$/i.test(title)) title = 'Board meeting';
  return cap(title.replace(/\s+/g, ' ')).slice(0, 80);
}

function parseLocation(text: string): string | undefined {
  const m = /\b(?:venue|location|where)\s*[:=]\s*([^,;]+)/i.exec(text) ?? /\b(?:in|at)\s+((?:the\s+)?(?:[A-Z][\w'’-]*)(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*|room\s+\w+)/.exec(text);
  const loc = m?.[1]?.trim();
  if (!loc) return undefined;
  if (/^(?:the\s+)?(?:Teams|Microsoft Teams)$/i.test(loc)) return 'Microsoft Teams';
  // Month names after "in" ("in March") are dates, not places.
  if (/^(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.test(loc)) return undefined;
  return loc.slice(0, 80);
}

/** Parse "remind us about the board meeting on 12 March 2027 at 10:00, 7 days and 1 day before". */
export function parseReminderRequest(input: string, opts: ParseOptions): ParseResult {
  const zone = opts.zone ?? DEFAULT_ZONE;
  const text = input.replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, error: 'Tell me about the meeting, for example: “remind us about the board meeting on 12 March 2027 at 10:00, 7 days and 1 day before”.' };
  if (text.length > 500) return { ok: false, error: 'That request is too long for me to read; please keep it to one or two sentences.' };
  const now = DateTime.fromMillis(opts.now, { zone });
  const notes: string[] = [];
  const { offsets: parsedOffsets, rest } = parseOffsets(text);
  let offsets = parsedOffsets;
  if (offsets.some((o) => o.amount <= 0 || (o.unit === 'day' && o.amount > 60) || (o.unit === 'week' && o.amount > 8) || (o.unit === 'hour' && o.amount > 72) || (o.unit === 'minute' && o.amount > 600))) {
    return { ok: false, error: 'Reminders can be from 1 minute to 8 weeks before the meeting.' };
  }
  if (!offsets.length) {
    offsets = [{ amount: 1, unit: 'day' }];
    notes.push('You did not say when to remind you, so I will remind you 1 day before.');
  }
  const title = parseTitle(rest);
  const location = parseLocation(rest);

  const rec = parseRecurrence(rest, now.startOf('day'));
  let meeting: Meeting;
  if (rec && 'error' in rec) return { ok: false, error: rec.error };
  if (rec) {
    const time = parseTime(rest.slice(rec.span[1])) ?? parseTime(rest);
    if (!time) return { ok: false, error: `What time does the meeting start? For example: “${rest.slice(rec.span[0], rec.span[1]).trim()} at 14:00”.` };
    const hhmm = `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
    const startDate = rec.startDate ?? now.toISODate()!;
    meeting = { title, zone, rrule: rec.rrule, start: `${startDate}T${hhmm}`, recurrenceText: `${rec.words} at ${hhmm}` };
    if (location) meeting.location = location;
    if (rec.note) notes.push(rec.note);
  } else {
    const ref = new Date(now.year, now.month - 1, now.day, now.hour, now.minute, now.second);
    const results = loadChrono().en.GB.parse(rest, { instant: ref }, { forwardDate: true });
    const hit = results.find((r) => r.start.isCertain('day') || r.start.isCertain('weekday')) ?? results[0];
    if (!hit) {
      return { ok: false, error: 'I could not find the date and time of the meeting. Try “remind us about the board meeting on 12 March 2027 at 10:00, 7 days and 1 day before”.' };
    }
    let hour = hit.start.get('hour') ?? 0;
    let minute = hit.start.get('minute') ?? 0;
    if (!hit.start.isCertain('hour')) {
      const time = parseTime(rest);
      if (!time) return { ok: false, error: `What time does the meeting start (${hit.text.replace(/^on\s+/i, '')})? For example: “… at 10:00”.` };
      hour = time.hour;
      minute = time.minute;
    }
    const local = DateTime.fromObject(
      { year: hit.start.get('year')!, month: hit.start.get('month')!, day: hit.start.get('day')!, hour, minute },
      { zone },
    );
    if (!local.isValid) return { ok: false, error: 'That date does not exist; please check it.' };
    const at = millisToLocal(local.toMillis(), zone);
    if (local.toMillis() <= opts.now) return { ok: false, error: `${whenInWords(local.toMillis(), zone)} has already passed. Which meeting should I remind you about?` };
    meeting = { title, zone, at };
    if (location) meeting.location = location;
    const meetingMs = localToMillis(at, zone);
    const past = offsets.filter((o) => reminderTime(meetingMs, o, zone) <= opts.now);
    if (past.length === offsets.length) {
      return { ok: false, error: `The meeting is ${whenInWords(meetingMs, zone)}: every reminder you asked for (${past.map(offsetInWords).join(', ')} before) would already have passed.` };
    }
    if (past.length) {
      notes.push(`The reminder ${past.map(offsetInWords).join(' and ')} before would already have passed, so I have left it out.`);
      offsets = offsets.filter((o) => !past.includes(o));
    }
  }
  if (!nextReminderAfter(meeting, offsets, opts.now)) return { ok: false, error: 'I could not find any future meeting to remind you about.' };
  return { ok: true, draft: { meeting, offsets, text, notes } };
}

/** For "cancel the 12 March reminder": the date named, as a local `YYYY-MM-DD`, if any. */
export function parseSelectorDate(selector: string, opts: ParseOptions): string | undefined {
  const zone = opts.zone ?? DEFAULT_ZONE;
  const now = DateTime.fromMillis(opts.now, { zone });
  const ref = new Date(now.year, now.month - 1, now.day, now.hour, now.minute);
  const hit = loadChrono().en.GB.parse(selector, { instant: ref }, { forwardDate: true })[0];
  if (!hit || !hit.start.isCertain('day')) return undefined;
  return DateTime.fromObject({ year: hit.start.get('year')!, month: hit.start.get('month')!, day: hit.start.get('day')! }).toISODate() ?? undefined;
}
