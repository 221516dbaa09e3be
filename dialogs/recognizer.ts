// The recognizer: a message's text in, an Understanding out (intent, structured query, date,
// confidence). `understand` is pure (the clock is an argument); `BoardRecognizer` wraps it
// for botbuilder-dialogs. Typos are corrected against the knowledge base's own words
// (fastest-levenshtein), dates read by chrono-node.
import type { DialogContext } from 'botbuilder-dialogs';
import { Recognizer } from './sdk';
import type { Activity, RecognizerResult } from 'botbuilder';
import type * as Chrono from 'chrono-node';
import { loadChrono } from '../reminders/chrono';
import { distance } from 'fastest-levenshtein';
import type { IsoDate, KnowledgeBase, Query, QuestionForm, Topic } from '../knowledge/types';
import type { Choice, Intent, Understanding } from './understanding';
import {
  ABOUT_CUES, COMMAND_ACTIONS, COMMAND_CUES, COMMON_WORDS, DATE_CUES, FORM_CUES, GREETINGS, HELP_CUES, LAW_YEAR, LIST_CUES,
  PARTNER_PREDICATES, REQUIREMENT_CUES, REQUIREMENT_TOPICS, STAND_INS,
} from './vocabulary';

/** Longest message read, in characters: a question, not a document. */
export const MAX_QUESTION_LENGTH = 2000;

// ---- words ----

/** Lower case, plain apostrophes gone, punctuation to spaces: "Children’s Trust-Board?" -> "childrens trust board". */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/[’‘`´']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folds plurals so "colleges", "academies" and "academys" meet "college" and "academy". */
export function fold(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && word.endsWith('ys')) return word.slice(0, -1);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

const foldPhrase = (phrase: string) => normalise(phrase).split(' ').filter(Boolean).map(fold).join(' ');

// ---- what the recognizer knows, built once per knowledge base ----

interface Lexicon {
  /** Folded alias -> body ids. */
  aliases: Map<string, string[]>;
  /** Longest alias, in words. */
  longestAlias: number;
  /** Every known word, folded, for spelling correction, by first letter. */
  words: Set<string>;
  domainWords: string[];
  topics: { topic: Topic; all: string[][]; any: string[]; none: string[] }[];
  /** Bodies whose status changes over time: the likely choices when a body is missing. */
  likelyBodies: string[];
}

const lexicons = new WeakMap<KnowledgeBase, Lexicon>();

function lexiconOf(kb: KnowledgeBase): Lexicon {
  let lex = lexicons.get(kb);
  if (lex) return lex;
  const aliases = new Map<string, string[]>();
  const add = (phrase: string, ids: string[]) => {
    const key = foldPhrase(phrase);
    if (key) aliases.set(key, [...new Set([...(aliases.get(key) ?? []), ...ids])]);
  };
  for (const body of kb.bodies) for (const alias of [body.name, body.called, ...body.aliases]) add(alias, [body.id]);
  for (const [word, ids] of Object.entries(kb.ambiguous)) add(word, ids);
  const topics = kb.topics.map((topic) => ({
    topic,
    all: topic.cues.all.map((group) => group.map(foldPhrase)),
    any: (topic.cues.any ?? []).map(foldPhrase),
    none: (topic.cues.none ?? []).map(foldPhrase),
  }));
  const phrases = [
    ...aliases.keys(),
    ...topics.flatMap((t) => [...t.all.flat(), ...t.any, ...t.none]),
    ...[PARTNER_PREDICATES, LIST_CUES, ABOUT_CUES, HELP_CUES, GREETINGS, REQUIREMENT_CUES, ...FORM_CUES.map((f) => f.cues), ...COMMAND_CUES.map((c) => c.cues), ...Object.values(COMMAND_ACTIONS).flat().map((a) => a.cues)].flat().map(foldPhrase),
  ];
  const domainWords = [...new Set(phrases.flatMap((p) => p.split(' ')).filter((w) => w.length >= 3))];
  const statusesOf = (id: string) => new Set(kb.positions.filter((p) => p.subject === id).map((p) => p.status));
  lex = {
    aliases,
    longestAlias: Math.max(...[...aliases.keys()].map((k) => k.split(' ').length)),
    words: new Set([...domainWords, ...COMMON_WORDS.map(fold)]),
    domainWords,
    topics,
    likelyBodies: kb.bodies.filter((b) => statusesOf(b.id).size > 1).map((b) => b.id).slice(0, 8),
  };
  lexicons.set(kb, lex);
  return lex;
}

/** Corrects a word to the nearest word of the knowledge base, if it is close enough. */
function correct(word: string, lex: Lexicon): string {
  if (word.length < 4 || lex.words.has(word) || /\d/.test(word)) return word;
  const allowed = word.length <= 5 ? 1 : word.length <= 8 ? 2 : 3;
  let best = word;
  let bestDistance = allowed + 1;
  for (const candidate of lex.domainWords) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    let d = distance(word, candidate);
    if (d === 2 && isTransposition(word, candidate)) d = 1;
    if (d < bestDistance || (d === bestDistance && candidate[0] === word[0] && best[0] !== word[0])) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : word;
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch !== b[i] ? [i] : []));
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

// ---- a message read ----

interface Reading {
  /** Corrected words, not folded: for pulling out an unknown body's name. */
  plain: string;
  /** The words as typed (normalised), one for one with `plain`. */
  typed: string[];
  /** Corrected, folded words. */
  words: string[];
  /** Every run of 1..6 folded words, for phrase look-up. */
  grams: Set<string>;
}

function read(text: string, lex: Lexicon): Reading {
  const typed = normalise(text).split(' ').filter(Boolean);
  const plain = typed.map((w) => {
      const folded = fold(w);
      if (lex.words.has(folded) || lex.words.has(w)) return w;
      return correct(folded, lex);
    });
  const words = plain.map(fold);
  const grams = new Set<string>();
  for (let i = 0; i < words.length; i++) for (const run of runsFrom(words, i, 6)) grams.add(run);
  return { plain: plain.join(' '), typed, words, grams };
}

/** The runs of 1..`max` words starting at word `i`, shortest first ("sixth", "sixth form"...). */
function runsFrom(words: string[], i: number, max: number): string[] {
  const runs: string[] = [];
  let run = '';
  for (let n = 0; n < max && i + n < words.length; n++) runs.push((run = n === 0 ? words[i]! : `${run} ${words[i + n]}`));
  return runs;
}

/** True if the message has the phrase (folded); a long one-word cue also matches as a prefix. */
function has(r: Reading, phrase: string): boolean {
  if (r.grams.has(phrase)) return true;
  return !phrase.includes(' ') && phrase.length >= 6 && r.words.some((w) => w.startsWith(phrase));
}
/** The fixed vocabulary, folded once. */
const folded = (phrases: string[]) => phrases.map(foldPhrase);
const CUES = {
  partner: folded(PARTNER_PREDICATES),
  list: folded(LIST_CUES),
  about: folded(ABOUT_CUES),
  help: folded(HELP_CUES),
  greetings: new Set([...folded(GREETINGS), 'there', 'bot', 'board', 'assistant', 'all', 'team', 'much', 'you', 'very', 'so']),
  requirement: folded(REQUIREMENT_CUES),
  forms: FORM_CUES.map((f) => ({ form: f.form, cues: folded(f.cues) })),
  commands: COMMAND_CUES.map((c) => ({ intent: c.intent, cues: folded(c.cues), actions: (COMMAND_ACTIONS[c.intent] ?? []).map((a) => ({ action: a.action, cues: folded(a.cues) })) })),
};
const hasAny = (r: Reading, phrases: string[]) => phrases.some((p) => has(r, p));

/** Bodies named in the message, longest alias first, in order of appearance. */
function bodiesIn(r: Reading, lex: Lexicon): { ids: string[]; ambiguous: boolean }[] {
  const found: { at: number; ids: string[] }[] = [];
  for (let i = 0; i < r.words.length; ) {
    const runs = runsFrom(r.words, i, lex.longestAlias);
    let matched = 0;
    for (let n = runs.length; n >= 1; n--) {
      const ids = lex.aliases.get(runs[n - 1]!);
      if (ids) { found.push({ at: i, ids }); matched = n; break; }
    }
    i += matched || 1;
  }
  return found.map((f) => ({ ids: f.ids, ambiguous: f.ids.length > 1 }));
}

function bestTopic(r: Reading, lex: Lexicon): { topic: Topic; score: number } | undefined {
  let best: { topic: Topic; score: number } | undefined;
  for (const t of lex.topics) {
    if (t.none.some((p) => has(r, p))) continue;
    if (!t.all.every((group) => group.some((p) => has(r, p)))) continue;
    const score = t.all.length * 10 + t.any.filter((p) => has(r, p)).length;
    if (!best || score > best.score) best = { topic: t.topic, score };
  }
  return best;
}

// ---- dates ----

const yearParser = {
  pattern: () => /\b(?:in|during|of|for|by|before|until|till|after|since|as at|as of)?\s*((?:19|20)\d{2})\b/i,
  extract: (_context: unknown, match: RegExpMatchArray) => ({ year: Number(match[1]) }),
};
// made on the first date question: chrono-node is loaded lazily (see loadChrono)
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

/**
 * The as-at date a message names, if any. A year or month names the day of the source
 * published in it ("in 2008" is the DCSF 2008 note), else its last day; "before 2010" is
 * the day before. Years that name a law ("Children Act 2004") are not dates.
 */
export function dateIn(text: string, now: Date, kb: KnowledgeBase): DateRead | undefined {
  if (!DATE_CUES.test(text)) return undefined;
  const cleaned = text.replace(LAW_YEAR, ' ');
  return loneYearIn(cleaned, now, kb) ?? chronoDateIn(cleaned, now, kb);
}

type DateRead = { asAt: IsoDate; text: string };

/** The as-at date of a year (and month), read with the words before and around it. */
function asAtOfYear(year: number, month: number | undefined, before: boolean, after: boolean, text: string, now: Date, kb: KnowledgeBase): DateRead {
  const prefix = month ? `${year}-${String(month).padStart(2, '0')}` : `${year}`;
  if (before) return { asAt: month ? iso(new Date(Date.UTC(year, month - 1, 0))) : `${year - 1}-12-31`, text };
  if (after) return { asAt: kb.latest > `${prefix}-99` ? kb.latest : iso(now), text };
  const source = [...kb.sources].reverse().find((src) => src.date.startsWith(prefix));
  if (source) return { asAt: source.date, text };
  return { asAt: month ? `${prefix}-${lastDayOfMonth(year, month)}` : `${year}-12-31`, text };
}

/** A date chrono reads as the present: the as-at date is the day asked. */
export const NOW_WORDS = /\b(today|now|currently|at the moment|this year)\b/i;
const BEFORE_WORDS = /\b(before|until|till|prior to|up to)\s*$/i;
const AFTER_WORDS = /\b(after|since)\s*$/i;
const LONE_YEAR = /\b(?:(in|during|before|until|till|after|since|by|as at|as of)\s+)?((?:19|20)\d{2})\b/i;

/**
 * The commonest dated question names one year, after a preposition or not, and nothing
 * else a date could be read from ("was JCP a partner in 2009", "what did the 2008 note
 * say"): read it as chrono-node would, without its forty parsers (about 0.4 ms a message,
 * twice that for a bare year). test/recognizer.test.ts holds the two readings equal over
 * every such message it has.
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
    if (s.isCertain('day')) return { asAt: iso(s.date()), text: result.text.trim() };
    return asAtOfYear(s.get('year')!, s.isCertain('month') ? s.get('month')! : undefined, before, after, result.text.trim(), now, kb);
  }
  // chrono sets aside a bare number as an unlikely date; a year qualifying a noun is one here ("the 2008 note").
  const bare = /\b((?:19|20)\d{2})\b/.exec(cleaned);
  return bare ? chronoDateIn(`in ${bare[1]}`, now, kb) : undefined;
}

// ---- who the question is about, when the knowledge base does not know them ----

const AUX = '(?:is|are|was|were|will|would|has|have|had|does|do|did|should|must|can|could|shall|may|might|isnt|arent|wasnt|werent|wont)';
const DET = '(?:(?:the|a|an|our|my|their|your|local|any|all|these|those)\\s+)?';
const ADV = '(?:(?:still|now|currently|also|even|already|actually|legally|going to|to|be|become|becoming|been|being|technically|officially)\\s+)*';
const PARTNER_TAIL = '(?:(?:a|an|one of the|among the|part of the|classed as|counted as|considered|treated as|listed as|named as)\\s+)?(?:relevant|statutory|named)\\s+partners?\\b';
const DUTY_TAIL = '(?:covered|bound|subject|included|caught|in scope|within scope)\\s+(?:by|under|to|in|within)\\s+(?:the\\s+)?(?:duty|section 10|s10|duty to co ?operate)';
const COOP_TAIL = '(?:have to|need to|required to|obliged to|expected to|must|got to|has to|meant to|supposed to|under a duty to|under the duty to)\\s+(?:co ?operate|co op)';
const IS_AUX = new RegExp(`^${AUX}$`);
const SUBJECT_SHAPES = [
  new RegExp(`\\b${AUX}\\s+${DET}(.+?)\\s+${ADV}${PARTNER_TAIL}`, 'g'),
  new RegExp(`\\b${AUX}\\s+${DET}(.+?)\\s+${ADV}${DUTY_TAIL}`, 'g'),
  new RegExp(`\\b${AUX}\\s+${DET}(.+?)\\s+${ADV}${COOP_TAIL}`, 'g'),
  new RegExp(`\\b${AUX}\\s+${DET}(.+?)\\s+${ADV}(?:covered|bound|included|in scope)\\b`, 'g'),
  new RegExp(`(?:^|whether|if|that)\\s*${DET}(.+?)\\s+(?:is|are)\\s+${ADV}${PARTNER_TAIL}`, 'g'),
];
const DATE_WORDS = /\b(?:in|during|before|after|since|by|until|as at|as of)\s+(?:\d{4}|\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{4})\b|\b\d{4}\b/g;

/** The shortest subject a partner question names, as typed: "housing associations". */
function subjectOf(plain: string): string | undefined {
  let best: string | undefined;
  for (const shape of SUBJECT_SHAPES) {
    for (const m of plain.matchAll(shape)) {
      // The shortest subject wins: the regex starts at the first auxiliary, the subject at the last.
      const words = m[1].split(' ');
      for (let i = words.length - 1; i >= 0; i--) if (IS_AUX.test(words[i])) { words.splice(0, i + 1); break; }
      const subject = words.join(' ').replace(DATE_WORDS, ' ').replace(/^(?:the|a|an|our|my|their|your|local)\s+/, '').replace(/\s+/g, ' ').trim();
      if (subject && (!best || subject.length < best.length)) best = subject;
    }
  }
  return best;
}

/** The typed words behind a subject found in the corrected text. */
function asTyped(r: Reading, subject: string): string {
  const want = subject.split(' ');
  const plain = r.plain.split(' ');
  for (let i = 0; i + want.length <= plain.length; i++)
    if (want.every((w, j) => plain[i + j] === w)) return r.typed.slice(i, i + want.length).join(' ');
  return subject;
}

const isStandIn = (subject: string) => STAND_INS.has(subject) || subject.split(' ').every((w) => STAND_INS.has(w) || w === 'all' || w === 'of');

// ---- understanding ----

function choicesFor(kb: KnowledgeBase, ids: string[], base: Omit<Query, 'bodyId'>): Choice[] {
  return ids.flatMap((id) => {
    const body = kb.bodies.find((b) => b.id === id);
    return body ? [{ title: body.name, query: { ...base, bodyId: id } }] : [];
  });
}

/** Which bodies a list question asks for, by its form ("who will lose the duty?"). */
const LIST_OF: Record<QuestionForm, NonNullable<Query['listOf']>> = { is: 'relevant-partner', stay: 'relevant-partner', removal: 'removal-announced', proposed: 'proposed' };

function formOf(r: Reading): QuestionForm {
  return CUES.forms.find((f) => hasAny(r, f.cues))?.form ?? 'is';
}

const question = (query: Query, confidence: number): Understanding => ({ intent: 'question', query, confidence });

/** What a message asks, as at `now` (the clock is the caller's). */
export function understand(kb: KnowledgeBase, text: string, now: Date): Understanding {
  const raw = (text ?? '').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\uFEFF]/g, ' ');
  if (raw.length > MAX_QUESTION_LENGTH)
    return { intent: 'bad-input', confidence: 1, message: `That message is too long for me to read (${raw.length.toLocaleString('en-GB')} characters). Please ask one question at a time, in under ${MAX_QUESTION_LENGTH.toLocaleString('en-GB')} characters.` };
  if (!raw.trim()) return { intent: 'bad-input', confidence: 1, message: 'I didn’t get a question there. Try asking, for example, “Are sixth form colleges relevant partners?”, or type “help”.' };
  const lex = lexiconOf(kb);
  const r = read(raw, lex);
  if (!r.words.some((w) => /[a-z]{2}/.test(w))) {
    return /[\p{L}]/u.test(raw)
      ? { intent: 'bad-input', confidence: 1, message: 'I can only read questions in English. Try, for example, “Must we publish a CYPP?”, or type “help”.' }
      : { intent: 'bad-input', confidence: 1, message: 'I couldn’t find a question in that. Try, for example, “Is the PCT a relevant partner?”, or type “help”.' };
  }

  const command = CUES.commands.find((c) => hasAny(r, c.cues));
  const date = dateIn(raw, now, kb);
  const dated = date ? { asAt: date.asAt, asAtText: date.text } : {};
  if (command) {
    const action = command.actions.find((a) => hasAny(r, a.cues))?.action;
    return { intent: command.intent as Intent, query: { kind: 'topic', ...dated }, ...(action ? { action } : {}), confidence: 0.9 };
  }
  if (r.words.length <= 6 && hasAny(r, CUES.help)) return { intent: 'help', confidence: 0.9 };
  if (r.words.length <= 4 && r.words.every((w) => CUES.greetings.has(w)))
    return { intent: 'greeting', confidence: 0.9 };

  const form = formOf(r);
  const named = bodiesIn(r, lex);
  const body = named.find((b) => !b.ambiguous);
  const ambiguous = named.find((b) => b.ambiguous);
  const topic = bestTopic(r, lex);
  const aboutPartners = hasAny(r, CUES.partner);
  const asksAbout = hasAny(r, CUES.about);
  const followUpStart = /^(and|what about|how about|also|same for|and what about|and for|ok and|what of)\b/.test(r.plain);

  if (body) {
    const bodyId = body.ids[0];
    if (topic?.topic.perBody) return question({ kind: 'topic', topicId: topic.topic.id, bodyId, form, ...dated }, 0.9);
    if (aboutPartners || (form !== 'is' && !topic))
      return question({ kind: 'body-status', bodyId, form, ...dated }, 0.9);
    if (topic) return question({ kind: 'topic', topicId: topic.topic.id, form, ...dated }, 0.8);
    if (followUpStart || r.words.length <= 4) return { intent: 'followup', query: { kind: 'body-status', bodyId, ...dated }, confidence: 0.7 };
    if (asksAbout) return question({ kind: 'body-about', bodyId, ...dated }, 0.8);
    return question({ kind: 'body-about', bodyId, ...dated }, 0.6);
  }
  if (ambiguous && !topic) {
    return {
      intent: 'clarify',
      prompt: 'Which do you mean?',
      choices: choicesFor(kb, ambiguous.ids, { kind: aboutPartners ? 'body-status' : 'body-about', form, ...dated }),
      confidence: 0.6,
    };
  }
  if (topic && !(topic.topic.id === 'relevant-partners' && !aboutPartners))
    return topic.topic.id === 'relevant-partners'
      ? question({ kind: 'body-list', listOf: LIST_OF[form], ...dated }, 0.9)
      : question({ kind: 'topic', topicId: topic.topic.id, form, ...dated }, 0.85);

  if (aboutPartners) {
    if (hasAny(r, CUES.list) && !subjectOf(r.plain))
      return question({ kind: 'body-list', listOf: LIST_OF[form], ...dated }, 0.8);
    const subject = subjectOf(r.plain);
    if (subject && !isStandIn(subject)) return question({ kind: 'body-status', unknownBody: asTyped(r, subject), form, ...dated }, 0.6);
    if (subject || r.words.some((w) => STAND_INS.has(w)))
      return {
        intent: 'clarify',
        prompt: 'Which body do you mean?',
        choices: choicesFor(kb, lex.likelyBodies, { kind: 'body-status', form, ...dated }),
        confidence: 0.5,
      };
  }
  if (hasAny(r, CUES.requirement) && r.words.some((w) => STAND_INS.has(w)) && r.words.length <= 8) {
    const topics = REQUIREMENT_TOPICS.flatMap((id) => kb.topics.filter((t) => t.id === id));
    return {
      intent: 'clarify',
      prompt: 'Which requirement do you mean?',
      choices: topics.map((t) => ({ title: t.title, query: { kind: 'topic', topicId: t.id, ...dated } })),
      confidence: 0.5,
    };
  }
  if (date && (followUpStart || r.words.length <= 5)) return { intent: 'followup', query: { kind: 'topic', ...dated }, confidence: 0.7 };
  if (followUpStart && r.words.length <= 6) {
    const subject = r.plain.replace(/^(and what about|what about|how about|and for|same for|ok and|what of|and|also)\s+/, '').replace(DATE_WORDS, ' ').replace(/^(the|a|an|our|my)\s+/, '').trim();
    if (subject && !isStandIn(subject)) return { intent: 'followup', query: { kind: 'body-status', unknownBody: subject }, confidence: 0.4 };
  }
  return { intent: 'none', confidence: 0 };
}

/** Completes a follow-up ("and academies?", "what about in 2008?") from the last query. */
export function mergeFollowUp(last: Query, partial: Query): Query {
  const asAt = partial.asAt ?? last.asAt;
  const asAtText = partial.asAt ? partial.asAtText : last.asAtText;
  const dated = asAt ? { asAt, ...(asAtText ? { asAtText } : {}) } : {};
  const newBody = partial.bodyId ?? partial.unknownBody;
  if (!newBody) {
    const { asAt: _a, asAtText: _t, ...rest } = last;
    return { ...rest, ...dated };
  }
  const who = partial.bodyId ? { bodyId: partial.bodyId } : { unknownBody: partial.unknownBody };
  if (last.kind === 'topic' && last.topicId && partial.bodyId && last.bodyId) return { kind: 'topic', topicId: last.topicId, form: last.form, ...who, ...dated };
  const kind = last.kind === 'body-about' ? 'body-about' : 'body-status';
  return { kind, ...(last.form ? { form: last.form } : {}), ...who, ...dated };
}

/** The recognizer for botbuilder-dialogs: the understanding rides on the RecognizerResult. */
export class BoardRecognizer extends Recognizer {
  constructor(private readonly kb: KnowledgeBase, private readonly clock: () => Date = () => new Date()) {
    super();
  }

  override async recognize(_dc: DialogContext, activity: Partial<Activity>): Promise<RecognizerResult & { understanding: Understanding }> {
    const text = activity.text ?? '';
    const now = activity.timestamp ? new Date(activity.timestamp) : this.clock();
    const understanding = understand(this.kb, text, Number.isNaN(now.getTime()) ? this.clock() : now);
    return {
      text,
      intents: { [understanding.intent]: { score: understanding.confidence } },
      entities: {
        ...(understanding.query?.bodyId ? { body: [understanding.query.bodyId] } : {}),
        ...(understanding.query?.topicId ? { topic: [understanding.query.topicId] } : {}),
        ...(understanding.query?.asAt ? { date: [understanding.query.asAt] } : {}),
      },
      understanding,
    };
  }
}
