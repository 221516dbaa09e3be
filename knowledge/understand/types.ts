// What the understanding makes of a message: the contract between it and the dialogs.
import type { Query } from '../types';

export type Intent =
  /** A question the knowledge base can answer: `query` is complete. */
  | 'question'
  /** Only a body or a date ("and academies?", "what about in 2008?"): merge with the last query. */
  | 'followup'
  /** About the law, but what it is about is missing: ask back with `choices`. */
  | 'clarify'
  | 'help'
  | 'greeting'
  /** "thanks", "cheers": answered like a person, not with the welcome. */
  | 'thanks'
  /** Meeting reminders: schedule, list, cancel, pause, resume (the reminders dialog). */
  | 'reminders'
  /** The board's obligations summary card, as at `query.asAt` when given. */
  | 'obligations'
  /** The in-meeting compliance check, or the last one run. */
  | 'compliance'
  /** Set up, show, edit or forget the board profile. */
  | 'board-profile'
  /** Outside the knowledge base: an honest fallback, no verdict, no citation. */
  | 'none'
  /** Empty, too long, or unreadable: `message` says why. */
  | 'bad-input';

export interface Choice {
  title: string;
  query: Query;
}

export interface Understanding {
  intent: Intent;
  /** Complete for `question`; partial (body and/or date) for `followup`. */
  query?: Query;
  /** For `clarify`: the question to ask back and the likely choices. */
  prompt?: string;
  choices?: Choice[];
  /** For a command: what it asks of its feature ("forget", "edit", "last"); the default when absent. */
  action?: string;
  /** For `bad-input`: a short, clear reason to show the user. */
  message?: string;
  /** For `none`: the words of the question the sources do not cover, as typed. */
  unknownTerms?: string[];
  /** 0..1: how sure the understanding is. */
  confidence: number;
}
