// The date a question asks about: a day, a month or a year (chrono-node reads them), a
// source named as a moment ("before the 2010 notice", "when the 2008 note came out"), or a
// span for a change question ("between 2008 and 2010", "since the note"). Pure: the clock is
// the caller's `now`.
import type * as Chrono from 'chrono-node';
import type { IsoDate, KnowledgeBase, Source } from '../types';
import { DATE_CUES, LAW_YEAR, NOW_WORDS } from './language';

let chronoModule: typeof Chrono | undefined;
/** chrono-node, loaded on the first date it reads rather than at start (about 0.1 s of start-up). */
export const loadChrono = (): typeof Chrono => (chronoModule ??= require('chrono-node') as typeof Chrono);

const yearParser = {
  pattern: () => /\b(?:in|during|of|for|by|before|until|till|after|since|as at|as of)?\s*((?:19|20)\d{2})\b/i,
  extract: (_context: unknown, match: RegExpMatchArray) => ({ year: Number(match[1]) }),
};
let datesParser: Chrono.Chrono | undefined;
function dates(): Chrono.Chrono {
  if (!datesParser) {
    datesParser = loadChrono().en.GB.clone();
    datesParser.parsers.push(yearParser);
  }
  return datesParser;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const dayBefore = (day: IsoDate) => iso(new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000));

export interface DateRead {
  asAt: IsoDate;
  /** How the user put it ("in 2008"), for the reply. */
  text: string;
}

/** The as-at date of a year (and month), read with the words before and around it. */
function asAtOfYear(year: number, month: number | undefined, before: boolean, after: boolean, text: string, now: Date, kb: KnowledgeBase): DateRead {
  const prefix = month ? `${year}-${String(month).padStart(2, '0')}` : `${year}`;
  if (before) return { asAt: month ? iso(new Date(Date.UTC(year, month - 1, 0))) : `${year - 1}-12-31`, text };
  if (after) return { asAt: kb.latest > `${prefix}-99` ? kb.latest : iso(now), text };
  const source = [...kb.sources].reverse().find((src) => src.date.startsWith(prefix));
  if (source) return { asAt: source.date, text };
  return { asAt: month ? `${prefix}-${lastDayOfMonth(year, month)}` : `${year}-12-31`, text };
}

/** A year that qualifies a noun ("the 2005 guidance", "2008 proposals"), not after a preposition: not a date. */
const MODIFIER_YEAR = /(?<!\b(?:in|during|of|for|by|before|until|till|after|since|at|as of|earlier in|early|late|mid|from|between|and|to|on|july|june|april|october|september|may)\s+)\b(?:19|20)\d{2}(?=\s+[A-Za-z])/gi;
/** The text without the years that name a law, a document or a thing ("Children Act 2004", "the 2005 guidance"). */
export const withoutNamingYears = (text: string): string => text.replace(LAW_YEAR, ' ').replace(MODIFIER_YEAR, ' ');

const BEFORE_WORDS = /\b(before|until|till|prior to|up to)\s*$/i;
const AFTER_WORDS = /\b(after|since)\s*$/i;
const LONE_YEAR = /\b(?:(in|during|before|until|till|after|since|by|as at|as of)\s+)?((?:19|20)\d{2})\b/i;

/**
 * The commonest dated question names one year, after a preposition or not, and nothing
 * else a date could be read from ("was JCP a partner in 2009"): read it as chrono-node
 * would, without its parsers.
 */
function loneYearIn(cleaned: string, now: Date, kb: KnowledgeBase): DateRead | undefined {
  const m = LONE_YEAR.exec(cleaned);
  if (!m) return undefined;
  const rest = `${cleaned.slice(0, m.index)} ${cleaned.slice(m.index + m[0].length)}`;
  if (DATE_CUES.test(rest)) return undefined;
  const year = Number(m[2]);
  // chrono sets a bare year aside as an unlikely date; it is then read as "in <year>"
  if (!m[1]) return asAtOfYear(year, undefined, false, false, `in ${year}`, now, kb);
  const word = m[1].toLowerCase();
  const before = /^(before|until|till)$/.test(word) || BEFORE_WORDS.test(cleaned.slice(0, m.index));
  const after = /^(after|since)$/.test(word) || AFTER_WORDS.test(cleaned.slice(0, m.index));
  return asAtOfYear(year, undefined, before, after, m[0], now, kb);
}

/** The as-at date chrono-node reads in a message (law years already taken out). */
export function chronoDateIn(cleaned: string, now: Date, kb: KnowledgeBase): DateRead | undefined {
  for (const result of dates().parse(cleaned, now)) {
    const s = result.start;
    if (NOW_WORDS.test(result.text)) return { asAt: iso(now), text: result.text.trim() };
    if (!s.isCertain('year')) continue;
    const before = BEFORE_WORDS.test(cleaned.slice(0, result.index)) || /^\s*(before|until|till)\b/i.test(result.text);
    const after = /^\s*(after|since)\b/i.test(result.text) || AFTER_WORDS.test(cleaned.slice(0, result.index));
    if (s.isCertain('day')) {
      const day = iso(s.date());
      return { asAt: before ? dayBefore(day) : day, text: result.text.trim() };
    }
    return asAtOfYear(s.get('year')!, s.isCertain('month') ? s.get('month')! : undefined, before, after, result.text.trim(), now, kb);
  }
  // chrono sets aside a bare number as an unlikely date; a year qualifying a noun is one here ("the 2008 note").
  const bare = /\b((?:19|20)\d{2})\b/.exec(cleaned);
  return bare ? chronoDateIn(`in ${bare[1]}`, now, kb) : undefined;
}

/**
 * The deadlines the sources set ("by 1 April 2011", "by April 2010"), as a pattern: in "has
 * the deadline to publish by 1 April 2011 gone?" or "the 1 April 2011 deadline" the date
 * names the deadline asked about; it is not the date to answer as at.
 */
const deadlinePatterns = new WeakMap<KnowledgeBase, RegExp | null>();
function deadlinePattern(kb: KnowledgeBase): RegExp | null {
  if (deadlinePatterns.has(kb)) return deadlinePatterns.get(kb)!;
  const dates = new Set<string>();
  for (const source of kb.sources)
    for (const unit of source.units)
      for (const m of unit.text.matchAll(/\bby ((?:\d{1,2}(?:st|nd|rd|th)? )?(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:19|20)\d{2})\b/gi)) dates.add(m[1]!.toLowerCase());
  // "by 1 April 2011" is also "the April 2011 deadline"
  const alternatives = [...dates].map((d) => d.replace(/^(\d{1,2}(?:st|nd|rd|th)?) /, '(?:$1 )?').replace(/\s+/g, '\\s+'));
  const re = alternatives.length ? new RegExp(`\\bby\\s+(?:the\\s+)?(?:${alternatives.join('|')})\\b|\\b(?:${alternatives.join('|')})\\s+deadline\\b`, 'gi') : null;
  deadlinePatterns.set(kb, re);
  return re;
}

/** The as-at date a message names with a date, if any ("in 2008", "on 1 April 2009", "today"). */
export function dateIn(text: string, now: Date, kb: KnowledgeBase): DateRead | undefined {
  if (!DATE_CUES.test(text)) return undefined;
  const deadlines = deadlinePattern(kb);
  const cleaned = withoutNamingYears(deadlines ? text.replace(deadlines, ' deadline ') : text);
  return loneYearIn(cleaned, now, kb) ?? chronoDateIn(cleaned, now, kb);
}

// ---- the sources as moments ----

const phrasePattern = (names: string[]) => names.map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');

interface SourceRef {
  source: Source;
  /** Where the name starts in the normalised text. */
  at: number;
  length: number;
  relation: 'before' | 'after' | 'at';
}

/** The sources a normalised message names ("the 2010 notice", "the legislative options note"), with the word before. */
const refPatterns = new WeakMap<Source, RegExp>();
function refPattern(source: Source): RegExp {
  let re = refPatterns.get(source);
  if (!re) refPatterns.set(source, (re = new RegExp(`\\b(before|prior to|until|after|since|following|post|at the time of|when|in|by)?\\s*(?:the\\s+)?(?:${phrasePattern(source.calledAs ?? [])})\\b`, 'g')));
  return re;
}

export function sourcesNamed(normalised: string, kb: KnowledgeBase): SourceRef[] {
  const out: SourceRef[] = [];
  for (const source of kb.sources) {
    if (!source.calledAs?.length) continue;
    const re = refPattern(source);
    for (const m of normalised.matchAll(re)) {
      const word = m[1] ?? '';
      const relation = /^(before|prior to|until)$/.test(word) ? 'before' : /^(after|since|following|post)$/.test(word) ? 'after' : 'at';
      out.push({ source, at: m.index, length: m[0].length, relation });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

const EARLY_IN = /\b(?:earlier in|early|the start of|the beginning of|the first half of|spring|spring of|the spring of)\s+((?:19|20)\d{2})\b/;

export interface DatesRead {
  /** The as-at date asked, if any. */
  asAt?: DateRead;
  /** For a change question: the span asked about. */
  span?: { from: IsoDate; to: IsoDate };
  /** The question is about the present ("now", "today", "still"). */
  now: boolean;
}

const SPAN = /\b(?:between|from)\s+(.+?)\s+(?:and|to|until|till)\s+(.+?)(?:\s|$)|\b(?:since|compared (?:with|to)|vs|versus|as opposed to)\s+(.+?)(?:\s|$)/;

/**
 * What a message says about time: the as-at date, the span of a change question, and
 * whether it asks about now. A named source stands for its own date; "before" it, the day
 * before; "after" or "since" it, the latest source.
 */
export function readDates(text: string, normalised: string, now: Date, kb: KnowledgeBase): DatesRead {
  const isNow = NOW_WORDS.test(normalised);
  const named = sourcesNamed(normalised, kb);
  const years = [...normalised.replace(LAW_YEAR, ' ').matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  const span = spanIn(normalised, named, years, kb);
  if (span) return { span, now: isNow };
  const ref = named.find((r) => r.relation !== 'at') ?? named[0];
  const early = EARLY_IN.exec(normalised);
  if (early) {
    const year = early[1]!;
    const source = kb.sources.find((s) => s.date.startsWith(year));
    // "earlier in 2008": before the source of that year, if there is one
    return { asAt: { asAt: source ? dayBefore(source.date) : `${year}-06-30`, text: `earlier in ${year}` }, now: false };
  }
  const date = dateIn(text, now, kb);
  if (ref && (!date || ref.relation !== 'at')) {
    const asAt = ref.relation === 'before' ? dayBefore(ref.source.date) : ref.relation === 'after' ? kb.latest : ref.source.date;
    const text = `${ref.relation === 'at' ? 'in' : ref.relation} the ${ref.source.name}`;
    return { asAt: { asAt, text }, now: isNow };
  }
  return { ...(date ? { asAt: date } : {}), now: isNow && !date };
}

/** "between 2008 and 2010", "since the 2008 note", "now compared with 2008": a span of time. */
function spanIn(normalised: string, named: SourceRef[], years: number[], kb: KnowledgeBase): DatesRead['span'] {
  const m = SPAN.exec(normalised);
  if (!m) return undefined;
  const dayOf = (words: string | undefined): IsoDate | undefined => {
    if (!words) return undefined;
    const year = /\b((?:19|20)\d{2})\b/.exec(words)?.[1];
    const source = named.find((r) => words.includes(normalised.slice(r.at, r.at + r.length).trim().split(' ').pop() ?? '\0'))?.source
      ?? (year ? [...kb.sources].reverse().find((s) => s.date.startsWith(year)) : undefined);
    if (source) return source.date;
    return year ? `${year}-12-31` : /\b(?:now|today|then)\b/.test(words) ? kb.latest : undefined;
  };
  if (m[1] !== undefined) {
    const from = dayOf(m[1] + ' ' + normalised.slice(m.index + m[0].length));
    const rest = normalised.slice(m.index);
    const both = [...rest.matchAll(/\b((?:19|20)\d{2})\b/g)].map((y) => y[1]!);
    const first = both[0] ? dayOf(both[0]) : from;
    const second = both[1] ? dayOf(both[1]) : dayOf(m[2]);
    if (first && second) return first <= second ? { from: first, to: second } : { from: second, to: first };
    return undefined;
  }
  const since = named.length ? named[0]!.source.date : years.length ? dayOf(String(years[0])) : undefined;
  if (!since) return undefined;
  return { from: since < kb.latest ? since : kb.sources[0]!.date, to: kb.latest };
}
