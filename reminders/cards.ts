// The reminder cards (cards/reminder-*.json, filled with adaptivecards-templating): the
// confirmation before saving, the list of a conversation's reminders, and the reminder
// itself. Plain objects only: nothing here imports botbuilder.
import { ADAPTIVE_CARD, fill as fillTemplate } from '../cards';
import { DateTime } from 'luxon';
import confirmTemplate from '../cards/reminder-confirm.json';
import doneTemplate from '../cards/reminder-done.json';
import listTemplate from '../cards/reminder-list.json';
import dueTemplate from '../cards/reminder-due.json';
import { durationInWords, meetingInWords, offsetInWords, offsetsInWords, upcomingReminders, whenInWords } from './time';
import type { Activity, Draft, Meeting, Schedule } from './types';

/** What the reminder cards' buttons send back (Action.Submit data, arriving as `activity.value`). */
export type ReminderAction =
  | { reminders: 'save'; draft: Draft }
  // The draft rides along so that the old card can be replaced by its final state.
  | { reminders: 'change'; reminderText?: string; draft?: Draft }
  | { reminders: 'discard'; draft?: Draft }
  | { reminders: 'cancel'; id: string; title?: string }
  | { reminders: 'pause' }
  | { reminders: 'resume' };

// Filled afresh each time, not kept in the cards' memory: every reminder card is its own (a
// schedule's ids, times left, a draft), so keeping them would only push out the answers.
const fill = (template: object, data: object): Readonly<Record<string, unknown>> => fillTemplate(template, data);

function zoneWords(zone: string): string {
  return zone === 'Europe/London' ? 'UK time (Europe/London): GMT in winter, BST in summer' : zone;
}

function offsetLabel(meetingMs: number, dueMs: number, meeting: Meeting, draft: { offsets: Draft['offsets'] }): string {
  const o = draft.offsets.find((x) => {
    const ms = x.unit === 'minute' ? x.amount * 60_000 : x.unit === 'hour' ? x.amount * 3_600_000 : null;
    if (ms !== null) return meetingMs - ms === dueMs;
    const days = x.unit === 'week' ? x.amount * 7 : x.amount;
    return DateTime.fromMillis(meetingMs, { zone: meeting.zone }).minus({ days }).toMillis() === dueMs;
  });
  return o ? `${offsetInWords(o)} before` : 'before';
}

// ------------------------------------------------------------------ confirmation

export interface ConfirmView {
  heading: string;
  meeting: string;
  when: string;
  where: string;
  zone: string;
  remindersIntro: string;
  reminders: { text: string }[];
  moreText: string;
  notes: { text: string }[];
  requestText: string;
  saveData: ReminderAction;
  changeData: ReminderAction;
  discardData: ReminderAction;
  fallbackText: string;
}

export function confirmView(draft: Draft, now: number): ConfirmView {
  const m = draft.meeting;
  const recurring = !!m.rrule;
  const shown = upcomingReminders(m, draft.offsets, now, recurring ? Math.min(6, draft.offsets.length * 3) : 20);
  const reminders = shown.map((r) => ({
    text: `${whenInWords(r.due, m.zone)}: ${offsetLabel(r.meeting, r.due, m, draft)}${recurring ? ` the meeting on ${whenInWords(r.meeting, m.zone)}` : ''}`,
  }));
  const when = meetingInWords(m);
  const view: ConfirmView = {
    heading: 'Check this reminder before I save it',
    meeting: m.title,
    when: recurring ? cap(when) : when,
    where: m.location ?? '',
    zone: zoneWords(m.zone),
    remindersIntro: `I will post a reminder in this conversation ${offsetsInWords(draft.offsets)} ${recurring ? 'each meeting' : 'the meeting'}:`,
    reminders,
    moreText: recurring ? 'And so on for every meeting after these, until you cancel.' : '',
    notes: draft.notes.map((text) => ({ text })),
    requestText: draft.text,
    saveData: { reminders: 'save', draft },
    changeData: { reminders: 'change', draft },
    discardData: { reminders: 'discard', draft },
    fallbackText: '',
  };
  view.fallbackText = `${m.title}: ${view.when}. Reminders: ${reminders.map((r) => r.text).join('; ')}. Save, Change or Cancel?`;
  return view;
}

export function confirmCard(view: ConfirmView): Readonly<Record<string, unknown>> {
  return fill(confirmTemplate, view);
}

// ------------------------------------------------------------------ the confirmation, answered

/** What the confirmation card becomes once answered: no buttons, so nothing is pressed twice. */
export type DoneState = 'saved' | 'cancelled' | 'changed';

export interface DoneView {
  heading: string;
  meeting: string;
  when: string;
  where: string;
  remindersIntro: string;
  reminders: { text: string }[];
  note: string;
  fallbackText: string;
}

export function doneView(draft: Draft, state: DoneState, now: number): DoneView {
  const c = confirmView(draft, now);
  const recurring = !!draft.meeting.rrule;
  const times = upcomingReminders(draft.meeting, draft.offsets, now, recurring ? 1 : 20).map((r) => whenInWords(r.due, draft.meeting.zone));
  const list = times.length > 1 ? `${times.slice(0, -1).join(', ')} and ${times[times.length - 1]}` : (times[0] ?? 'none');
  const heading =
    state === 'saved'
      ? recurring
        ? `Saved: reminders ${offsetsInWords(draft.offsets)} each meeting, the first on ${list}`
        : `Saved: ${times.length === 1 ? 'a reminder' : 'reminders'} on ${list}`
      : state === 'cancelled'
        ? 'Cancelled: nothing was saved'
        : 'Changed: see the new card below';
  const view: DoneView = {
    heading,
    meeting: c.meeting,
    when: c.when,
    where: c.where,
    remindersIntro: state === 'saved' ? c.remindersIntro : '',
    reminders: state === 'saved' ? c.reminders : [],
    note:
      state === 'saved'
        ? 'Say “show reminders” to see or cancel them.'
        : state === 'cancelled'
          ? 'Ask again whenever you want a reminder.'
          : 'This request was not saved; check the new one and choose Save there.',
    fallbackText: '',
  };
  view.fallbackText = `${heading} (${c.meeting}, ${c.when}).`;
  return view;
}

export function doneCard(view: DoneView): Readonly<Record<string, unknown>> {
  return fill(doneTemplate, view);
}

// ------------------------------------------------------------------ list

export interface ListView {
  heading: string;
  emptyText: string;
  items: {
    id: string;
    title: string;
    when: string;
    where: string;
    offsets: string;
    next: string;
    status: string;
    note: string;
    cancelData: ReminderAction;
  }[];
  showPause: boolean;
  showResume: boolean;
  pauseData: ReminderAction;
  resumeData: ReminderAction;
  fallbackText: string;
}

const STATUS_WORDS: Record<Schedule['status'], string> = {
  active: 'Active',
  paused: 'Paused',
  stopped: 'Stopped',
  finished: 'Finished (the meeting has passed)',
};

export function listView(schedules: Schedule[]): ListView {
  const items = schedules.map((s) => {
    const zone = s.meeting.zone;
    const notes: string[] = [];
    if (s.stoppedReason) notes.push(s.stoppedReason);
    const lastMissed = s.missed?.[s.missed.length - 1];
    if (lastMissed) notes.push(`Missed: the reminder due ${whenInWords(lastMissed.due, zone)}. ${lastMissed.reason ?? ''}`.trim());
    const lastFailed = s.failed?.[s.failed.length - 1];
    if (lastFailed) notes.push(`Not delivered: the reminder due ${whenInWords(lastFailed.due, zone)}. ${lastFailed.reason ?? 'The reason was not recorded.'}`);
    // the latest reminder's fate, where it went wrong: the status says so, the note says why
    const failedLast = !!lastFailed && lastFailed.due >= Math.max(s.lastSent?.due ?? -Infinity, lastMissed?.due ?? -Infinity);
    return {
      id: s.id,
      title: s.meeting.title,
      when: cap(meetingInWords(s.meeting)),
      where: s.meeting.location ?? '',
      offsets: cap(offsetsInWords(s.offsets)),
      next: s.status === 'active' && s.nextDue !== null ? whenInWords(s.nextDue, zone) : s.status === 'paused' ? 'None while paused' : 'None',
      status: failedLast ? `${STATUS_WORDS[s.status]}; the last reminder was not delivered` : STATUS_WORDS[s.status],
      note: notes.join(' '),
      cancelData: { reminders: 'cancel', id: s.id, title: s.meeting.title } as ReminderAction,
    };
  });
  return {
    heading: schedules.length ? `Reminders in this conversation (${schedules.length})` : 'Reminders in this conversation',
    emptyText: 'There are no reminders here yet. Try “remind us about the board meeting on 12 March 2027 at 10:00, 7 days and 1 day before”.',
    items,
    showPause: schedules.some((s) => s.status === 'active'),
    showResume: schedules.some((s) => s.status === 'paused' || s.status === 'stopped'),
    pauseData: { reminders: 'pause' },
    resumeData: { reminders: 'resume' },
    fallbackText: items.length ? items.map((i) => `${i.title}: ${i.when}; next reminder ${i.next}`).join('. ') : 'No reminders.',
  };
}

export function listCard(view: ListView): Readonly<Record<string, unknown>> {
  return fill(listTemplate, view);
}

// ------------------------------------------------------------------ the reminder

/** A dated change in the knowledge base (a position's `from` date). */
export interface DatedChange {
  date: string;
  text: string;
}

export interface KnowledgeTimeline {
  positions: { from: string; headline: string; source: string; subject?: string }[];
  sources?: { id: string; citeAs: string }[];
}

/** Changes the knowledge base dates after `fromMs` and on or before `toMs` (the meeting day). */
export function changesBetween(kb: KnowledgeTimeline | undefined, fromMs: number, toMs: number, zone: string): DatedChange[] {
  if (!kb) return [];
  const from = DateTime.fromMillis(fromMs, { zone }).toISODate()!;
  const to = DateTime.fromMillis(toMs, { zone }).toISODate()!;
  const cite = new Map((kb.sources ?? []).map((s) => [s.id, s.citeAs]));
  return kb.positions
    .filter((p) => p.from > from && p.from <= to)
    .sort((a, b) => a.from.localeCompare(b.from))
    .slice(0, 8)
    .map((p) => {
      const date = DateTime.fromISO(p.from).setLocale('en-GB').toFormat('d LLLL yyyy');
      return { date: p.from, text: `From ${date}: ${p.headline}${cite.get(p.source) ? ` (${cite.get(p.source)})` : ''}` };
    });
}

export interface DueView {
  heading: string;
  when: string;
  where: string;
  timeLeft: string;
  repeats: string;
  changesHeading: string;
  changes: { text: string }[];
  noChangesText: string;
  obligationsData: Record<string, unknown>;
  complianceData: Record<string, unknown>;
  /** Said when the bot stopped while posting this reminder and posts it again (it may repeat). */
  resentNote: string;
  fallbackText: string;
}

function ask(text: string): Record<string, unknown> {
  return { action: 'ask', text, msteams: { type: 'messageBack', text, displayText: text } };
}

export function dueView(s: Schedule, occurrence: { due: number; meeting: number; resentAfter?: number }, now: number, changes: DatedChange[]): DueView {
  const zone = s.meeting.zone;
  const left = durationInWords(now, occurrence.meeting);
  const whenText = whenInWords(occurrence.meeting, zone);
  const view: DueView = {
    heading: `Reminder: ${s.meeting.title} in ${left}`,
    when: whenText,
    where: s.meeting.location ?? '',
    timeLeft: occurrence.meeting > now ? left : 'It has started',
    repeats: s.meeting.rrule ? cap(s.meeting.recurrenceText ?? '') : '',
    changesHeading: 'What is changing before the meeting',
    changes: changes.map((c) => ({ text: c.text })),
    noChangesText: `The knowledge base dates no change in the law between now and ${DateTime.fromMillis(occurrence.meeting, { zone }).setLocale('en-GB').toFormat('d LLLL yyyy')}.`,
    obligationsData: ask("What are the board's obligations?"),
    complianceData: ask('compliance check'),
    resentNote:
      occurrence.resentAfter !== undefined
        ? `Posted again: the bot restarted while posting this reminder at ${DateTime.fromMillis(occurrence.resentAfter, { zone }).toFormat('HH:mm')}, so it may already be above.`
        : '',
    fallbackText: '',
  };
  view.fallbackText = `Reminder: ${s.meeting.title}, ${whenText}${view.where ? `, ${view.where}` : ''} (in ${left}).${view.resentNote ? ` ${view.resentNote}` : ''}`;
  return view;
}

export function dueCard(view: DueView): Readonly<Record<string, unknown>> {
  return fill(dueTemplate, view);
}

/** The reminder as an activity, ready for the adapter. */
export function dueActivity(s: Schedule, occurrence: { due: number; meeting: number; resentAfter?: number }, now: number, kb?: KnowledgeTimeline): Activity {
  const view = dueView(s, occurrence, now, changesBetween(kb, now, occurrence.meeting, s.meeting.zone));
  // the card alone: Teams shows text beside a card as a second message
  return { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD, content: dueCard(view) }] };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
