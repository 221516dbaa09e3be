// The schedule model. Nothing here knows of Teams or botbuilder: a conversation reference
// is an opaque JSON object the bot layer stores and gives back to its own send function.

export type OffsetUnit = 'minute' | 'hour' | 'day' | 'week';

/** "7 days before": days and weeks are calendar days in the board's zone (same local time). */
export interface Offset {
  amount: number;
  unit: OffsetUnit;
}

export interface Meeting {
  /** "Board meeting". */
  title: string;
  location?: string;
  /** IANA zone of the board; wall-clock times below are in it. */
  zone: string;
  /** One-off: local wall time `YYYY-MM-DDTHH:mm`. */
  at?: string;
  /** Recurring: an RFC 5545 RRULE (no DTSTART) over local wall-clock time. */
  rrule?: string;
  /** Recurring: DTSTART as local wall time `YYYY-MM-DDTHH:mm`. */
  start?: string;
  /** The recurrence in words: "on the second Tuesday of each month at 14:00". */
  recurrenceText?: string;
}

/** Opaque to this folder: whatever the bot layer needs to post to the conversation. */
export type ConversationRef = Record<string, unknown>;

export type ScheduleStatus = 'active' | 'paused' | 'stopped' | 'finished';

export interface OccurrenceRecord {
  /** When the reminder was due (ms since epoch). */
  due: number;
  /** The meeting it reminds of (ms since epoch). */
  meeting: number;
  /** When it was sent or recorded. */
  at: number;
  reason?: string;
}

/**
 * Written to the schedule just before a reminder is posted and removed when the post is
 * recorded: if it is still there when the occurrence is next claimed, the process that wrote
 * it died between posting and recording, so the reminder may already be in the conversation.
 */
export interface SendingMark {
  due: number;
  /** The instance that was posting, and when it started. */
  by: string;
  at: number;
  /**
   * Processes that may have posted this occurrence, the writer included. A writer whose
   * `posting` is false has posted nothing (yet): it does not count as a post when it dies.
   */
  tries: number;
  /**
   * Whether a post of the writer may be on its way or in the conversation: set before each
   * attempt, cleared after an attempt Teams refused outright (429, 412, another 4xx) while none
   * before it may have posted. Absent (marks written before it existed): true.
   */
  posting?: boolean;
}

export interface Schedule {
  id: string;
  conversationId: string;
  ref: ConversationRef;
  createdBy?: { id?: string; name?: string };
  createdAt: number;
  updatedAt: number;
  meeting: Meeting;
  offsets: Offset[];
  status: ScheduleStatus;
  /** Why it stopped (bot removed from the conversation, ...). */
  stoppedReason?: string;
  /** The next reminder due (ms), and the meeting it is for; null when none is left. */
  nextDue: number | null;
  nextMeeting: number | null;
  lastSent?: OccurrenceRecord;
  sentCount: number;
  /** The most recent missed or failed reminders, newest last (capped). */
  missed: OccurrenceRecord[];
  failed: OccurrenceRecord[];
  /** The request as typed. */
  text?: string;
  /** A post in progress (see SendingMark). */
  sending?: SendingMark;
}

/** A parsed request, shown on the confirmation card before it is saved. */
export interface Draft {
  /** Given at preview; the schedule saved from it takes this id, so a second Save is a no-op. */
  id?: string;
  meeting: Meeting;
  offsets: Offset[];
  text: string;
  /** Interpretations the user should know about, in words. */
  notes: string[];
}

export type Activity = Record<string, unknown>;

export interface Logger {
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export const HISTORY_CAP = 20;
