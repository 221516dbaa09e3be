// The understanding: a message's text in, an Understanding out (intent, the question as a
// structured query, choices to ask back, or the terms it could not place). Pure: the clock
// is an argument, and nothing here does I/O or knows of Teams.
//
// A question is read for what it asks, not only what it is about: its subject (a body, a
// topic, a body the sources never name), what it asks of it (is it so, has it gone, is it
// going, will it stay, was it proposed, when), the date or condition it is asked under, and
// every word it uses. A word that no part of the reading accounts for, and that the answer's
// own sources do not use, means the question is not one the sources answer.
import { answer } from '../engine';
import { findPassages, findProposal, findStatement, type Requirement } from '../passages';
import type { Answer, Condition, KnowledgeBase, Query, QuestionForm, Topic } from '../types';
import { readDates, type DatesRead } from './dates';
import {
  ABOUT_CUES, ANY_CHANGE_CONDITION, CONDITION_PASSES, GIVES_DATE, GIVES_FINDING, GIVES_NUMBER, GIVES_WHO, HEAD_NOUNS, LAW_YEAR, NOT_AN_AMOUNT,
  WANTS_FINDING, WANTS_ITEMS, WANTS_WHO, PHRASE_EXPANSIONS, REQUIREMENT_WORDS, SOFT_WORDS,
  WANTS_DATE, WANTS_NUMBER, WORD_EXPANSIONS, CHANGE_PATTERNS, CHANGE_TOPICS, COMMAND_ACTIONS, COMMAND_CUES, FORM_PATTERNS, GREETINGS,
  CHANGED_ASK, GIVING_UP, HELP_CUES, IMPLEMENTED, REMOVAL_WORDS, IMMEDIACY, QUESTION_WORDS, LIST_CUES, OPEN_START, PARA_ASKED, PARTNER_CUES, PERMISSION, REQUIREMENT_TOPICS, STAND_INS, STAND_IN_DETERMINERS, SYNONYMS,
  THANKS, THEY_ACT, WHEN, WHY, YES_NO_START, type CommandIntent,
} from './language';
import { correct, lexiconOf, type Lexicon } from './lexicon';
import { fold, foldPhrase, normalise, runsFrom, stem, stemsOf } from './text';
import type { Choice, Understanding } from './types';

export type { Choice, Intent, Understanding } from './types';

/** Longest message read, in characters: a question, not a document. */
export const MAX_QUESTION_LENGTH = 2000;

// ---- a message read ----

interface Reading {
  /** The words as typed (normalised). */
  typed: string[];
  /** Corrected words. */
  words: string[];
  /** Corrected, folded words. */
  folded: string[];
  /** The corrected words as one string, for the patterns of language.ts. */
  text: string;
  /** Every run of 1..6 folded words. */
  grams: Set<string>;
  /** The stems of the corrected words. */
  stems: string[];
  /** Words some part of the reading has accounted for. */
  used: boolean[];
  /** Words that only say when (a date, a source named as a moment). */
  when: boolean[];
  /** The main clause's text: the question itself, without a scene-setting clause before it. */
  main: string;
}

/** The most words a cue phrase may have ("what does our board have to do" is seven): longer ones never match. */
export const LONGEST_PHRASE = 8;

function read(raw: string, lex: Lexicon): Reading {
  let text = normalise(raw);
  for (const [pattern, expansion] of PHRASE_EXPANSIONS) text = text.replace(pattern, expansion);
  const typed = text.split(' ').filter(Boolean).flatMap((w) => (EXPANSIONS.get(w) ?? w).split(' '));
  const words = typed.map((w) => correct(w, lex));
  const folded = words.map(fold);
  const grams = new Set<string>();
  for (let i = 0; i < folded.length; i++) for (const run of runsFrom(folded, i, LONGEST_PHRASE)) grams.add(run);
  return { typed, words, folded, text: words.join(' '), grams, stems: words.map(stem), used: words.map(() => false), when: words.map(() => false), main: words.join(' ') };
}

/** Shorthand by word: a Map, so that a message saying "constructor" reads no prototype. */
const EXPANSIONS = new Map(Object.entries(WORD_EXPANSIONS));

/** Where a folded phrase starts in the message, word indexes. */
function phraseAt(r: Reading, phrase: string): number[] {
  if (!r.grams.has(phrase)) return [];
  const parts = phrase.split(' ');
  const out: number[] = [];
  for (let i = 0; i + parts.length <= r.folded.length; i++) if (parts.every((p, j) => r.folded[i + j] === p)) out.push(i);
  return out;
}

/** Where a one-word cue stands: the same word, the same stem ("pooled" for "pool"), or a long cue as a prefix. */
function wordAt(r: Reading, word: string): number[] {
  const s = stem(word);
  const out: number[] = [];
  r.folded.forEach((w, i) => { if (w === word || r.stems[i] === s || (word.length >= 6 && w.startsWith(word))) out.push(i); });
  return out;
}

/** True if the message has the folded phrase. */
function has(r: Reading, phrase: string): boolean {
  return r.grams.has(phrase) || (!phrase.includes(' ') && wordAt(r, phrase).length > 0);
}

/** Where a phrase first stands in the message (word index), or the message's length. */
function firstAt(r: Reading, phrase: string): number {
  const at = phrase.includes(' ') ? phraseAt(r, phrase) : wordAt(r, phrase);
  return at.length ? at[0]! : r.words.length;
}

/** Marks the words of every occurrence of a folded phrase as accounted for. */
function use(r: Reading, phrase: string): void {
  const n = phrase.split(' ').length;
  for (const at of phraseAt(r, phrase)) for (let j = 0; j < n; j++) r.used[at + j] = true;
  if (!phrase.includes(' ')) for (const i of wordAt(r, phrase)) r.used[i] = true;
}

const PASSES = new RegExp(`\\b${CONDITION_PASSES}\\b`);
const globals = new WeakMap<RegExp, RegExp>();
/** The pattern with the g flag, made once. */
function global(pattern: RegExp): RegExp {
  let g = globals.get(pattern);
  if (!g) globals.set(pattern, (g = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  return g;
}

/** Marks the words a pattern matches in the message's text as accounted for. */
function useMatches(r: Reading, pattern: RegExp): void {
  for (const m of r.text.matchAll(global(pattern))) markSpan(r, m.index, m.index + m[0].length);
}

function markSpan(r: Reading, from: number, to: number): void {
  let at = 0;
  r.words.forEach((w, i) => {
    const end = at + w.length;
    if (end > from && at < to) r.used[i] = true;
    at = end + 1;
  });
}

const hasAny = (r: Reading, phrases: readonly string[]) => phrases.some((p) => has(r, foldPhrase(p)));

// ---- what it is about ----

interface Named {
  ids: string[];
  at: number;
  length: number;
}

/** Bodies named in the message, longest alias first, in order of appearance. */
function bodiesIn(r: Reading, lex: Lexicon): Named[] {
  const found: Named[] = [];
  for (let i = 0; i < r.folded.length; ) {
    const runs = runsFrom(r.folded, i, lex.longestAlias);
    let matched = 0;
    for (let n = runs.length; n >= 1; n--) {
      const ids = lex.aliases.get(runs[n - 1]!);
      if (ids) { found.push({ ids, at: i, length: n }); matched = n; break; }
    }
    i += matched || 1;
  }
  return found;
}

/**
 * The topic a message is about: every cue group met, none of its exclusions. Where two
 * topics are, the one named first in the main clause wins ("will the DCS requirement go
 * along with the board requirement?" is about the DCS), then the one more cues describe.
 */
function bestTopic(r: Reading, lex: Lexicon, mainFrom: number): { topic: Topic; cues: string[]; others: Topic[] } | undefined {
  let best: { topic: Topic; cues: string[]; at: number; score: number } | undefined;
  const matched: { topic: Topic; cues: string[] }[] = [];
  for (const t of lex.topics) {
    // what rules a topic out counts only in the main clause ("now the guidance is withdrawn, do we still need a board?")
    if (t.none.some((p) => (p.includes(' ') ? phraseAt(r, p) : wordAt(r, p)).some((i) => i >= mainFrom))) continue;
    if (!t.all.every((group) => group.some((p) => has(r, p)))) continue;
    const anyHits = t.any.filter((p) => has(r, p));
    const first = Math.min(...t.all[0]!.map((p) => firstAt(r, p)));
    const at = first < mainFrom ? first + r.words.length : first;
    const named = t.all.flat().filter((p) => has(r, p));
    const cues = [...named, ...anyHits];
    if (first >= mainFrom) matched.push({ topic: t.topic, cues: named });
    const score = t.all.length * 10 + anyHits.length;
    // named clearly first (two words or more ahead) wins; otherwise the better described
    const better = !best || at < best.at - 2 || (Math.abs(at - best.at) <= 2 && score > best.score);
    if (better) best = { topic: t.topic, cues, at, score };
  }
  // other topics the question also names ("are the board requirement and the CYPP both gone?", "the DCS and lead member"):
  // of another area, or of the same one by words of their own, not the words the two share ("board")
  const own = (cues: string[]) => !cues.some((c) => best!.cues.includes(c));
  const others = best && best.topic.kind === 'yes-no' ? matched.filter((m) => m.topic !== best!.topic && m.topic.kind === 'yes-no' && (m.topic.area !== best!.topic.area || own(m.cues))) : [];
  return best && { ...best, others: others.map((m) => m.topic) };
}

/** Where the words after the message's first question mark start, when more follows it. */
function afterQuestionAt(raw: string, r: Reading): number {
  const m = /^([^?]*\?)\s*\S/.exec(raw.trim());
  if (m) {
    const before = normalise(m[1]!).split(' ').filter(Boolean).flatMap((w) => (EXPANSIONS.get(w) ?? w).split(' ')).length;
    if (before > 2) return before;
  }
  // "... about a strategic plan now the cypp regs are gone": a closing clause that sets the scene
  const tail = TRAILING_CONTEXT.exec(r.words.join(' '));
  const at = tail ? r.words.join(' ').slice(0, tail.index).split(' ').filter(Boolean).length : r.words.length;
  return at >= 4 ? at : r.words.length;
}

/** Words that report a question or a claim: what follows them is what is asked. */
const REPORTED = /\b(?:wants? to know|want to check|wanted to check|would like to know|needs? to know|asked me|has asked|is asking|are asking|asks|wondering|wonders|wondered|confirm|check|tell me|let me know|find out|clarify)\s+(?:if|whether|that)\s+|^(?:hi |hello |morning |afternoon |quick q |quick question |quick one |sorry )*(?:for (?:the )?(?:minutes|record|notes|board paper|cover paper)|fyi|just checking|sanity check)\s+|\b(?:our|the|my|their)\s+(?:\w+\s+){1,3}?(?:says|said|thinks|thought|reckons|reckoned|claims|claimed|tells me|told me|told us|insists)\s+(?:that\s+)?/g;

/** A closing clause of circumstance: "now (that) the regs are gone", "given that we have a board". */
const TRAILING_CONTEXT = /\s(?:now that|now|seeing as|given that|since)\s+(?:the|our|we|they|it|its|all|these)\b(?:\s+\w+){0,6}?\s+(?:is|are|has|have|was|were|been|got)\b(?:\s+\w+){0,4}$/;

/**
 * Where the main clause starts: after a leading clause that sets the scene ("now the
 * guidance is withdrawn, ...", "we started consulting for the 2011 cypp, ..."). Its words
 * are context, not the question.
 */
function mainClauseFrom(raw: string, r: Reading): number {
  // "our health lead keeps saying GPs should be on the CTB. are GP practices relevant partners?": the sentence asked is the question
  const asked = /^(.*[.!])\s+([^.!?]{8,}\?)\s*$/s.exec(raw.trim());
  if (asked) {
    const at = normalise(asked[1]!).split(' ').filter(Boolean).flatMap((w) => (EXPANSIONS.get(w) ?? w).split(' ')).length;
    if (at > 0 && r.words.length - at >= 3) return at;
  }
  // "our chair wants to know if ...", "can someone confirm whether ...", "for the minutes: ...": who asks is not what is asked
  const reported = [...r.text.matchAll(REPORTED)].pop();
  if (reported) {
    const at = r.text.slice(0, reported.index + reported[0].length).split(' ').filter(Boolean).length;
    if (r.words.length - at >= 3) return at;
  }
  const lead = /^(?:now|now that|since|given|as|seeing as|following|because|with|after|once|when|if)\b(?:\s+\w+){1,8}?\s+(?:is|are|was|were|has been|have been|being|gone|done)\s+(?:\w+\s+){0,2}?(?=(?:do|does|did|must|can|could|will|would|is|are|should|have|has|what|who|when|how|why)\b)/.exec(r.text);
  if (lead) return lead[0].trim().split(' ').length;
  const comma = /^([^,;?–—-]{8,120})[,;–—-]\s*(?=(?:so\s+|(?:in|for|as|at|with|on)\s+(?:\S+\s+){1,4}?)?(?:do|does|did|must|can|could|will|would|is|are|should|have|has|what|who|when|how|why|which)\b)/i.exec(raw.trim());
  // "... - is that right?": the claim before it is the question
  if (comma && /^[,;–—-]?\s*(?:is|isnt|isn't) (?:that|this|it) (?:right|true|correct|so|the case)\b/i.test(raw.trim().slice(comma[1]!.length + 1))) return 0;
  return comma ? normalise(comma[1]!).split(' ').filter(Boolean).flatMap((w) => (EXPANSIONS.get(w) ?? w).split(' ')).length : 0;
}

/** What the question asks of its subject, read in its main clause. */
function formOf(main: string): QuestionForm {
  // "when did the regs get revoked?" asks when, whatever else it says
  if (/^(?:\w+\s+){0,2}?(?:when|since when|what date|which date)\b/.test(main)) return 'when';
  // "did they go ahead with the joint CYPP that was proposed?" asks whether it holds, not whether it was proposed
  if (IMPLEMENTED.test(main)) return 'is';
  const found = FORM_PATTERNS.find((f) => f.pattern.test(main));
  // a yes/no question does not ask when: its "when" starts a clause of time ("was the LSC a partner when the note
  // came out?"), and its "deadline" is what it asks about ("is the April 2011 deadline still in place?")
  if (!found) return !YES_NO_START.test(main) && WHEN.test(main) ? 'when' : 'is';
  // "is the board requirement going straight away?" asks whether it has gone already
  if (found.form === 'removing' && IMMEDIACY.test(main) && !/\b(?:will|going to|gonna)\b/.test(main)) return 'removed';
  return found.form;
}

/** The condition a question is asked under, and the means of change it names. */
function conditionOf(r: Reading, lex: Lexicon): { condition?: Condition; means?: string } {
  const conditional = lex.means.find((m) => m.condition.test(r.text));
  if (conditional) return { condition: conditional.id };
  const means = lex.means.find((m) => m.named.test(r.text))?.id;
  if (ANY_CHANGE_CONDITION.test(r.text)) return { condition: means ?? 'announced' };
  return means ? { means } : {};
}

// ---- who a question is about, when the knowledge base does not know them ----

const AUX = '(?:is|are|was|were|will|would|has|have|had|does|do|did|should|must|can|could|shall|may|might|isnt|arent|wasnt|werent|wont|r)';
const DET = '(?:(?:the|a|an|our|my|their|your|local|any|all|these|those)\\s+)?';
const ADV = '(?:(?:still|now|currently|also|even|already|actually|legally|going to|to|be|become|becoming|been|being|technically|officially)\\s+)*';
const PARTNER_TAIL = '(?:(?:a|an|one of the|among the|part of the|classed as|counted as|considered|treated as|listed as|named as|on the list of)\\s+)?(?:relevant|statutory|named)\\s+partners?\\b';
const DUTY_TAIL = '(?:covered|bound|subject|included|caught|in scope|within scope)\\s+(?:by|under|to|in|within)\\s+(?:the\\s+)?(?:duty|section 10|s10|s 10|duty to co ?operate)';
const COOP_TAIL = '(?:have to|need to|required to|obliged to|expected to|must|got to|has to|meant to|supposed to|under a duty to|under the duty to)\\s+(?:co ?operate|co op|coop)';
const IS_AUX = new RegExp(`^${AUX}$`);
const SUBJECT_SHAPES = [
  new RegExp(`\\b${AUX}\\s+${DET}(.+?)\\s+${ADV}${PARTNER_TAIL}`, 'g'),
  new RegExp(`\\b${AUX}\\s+${DET}(.+?)\\s+${ADV}${DUTY_TAIL}`, 'g'),
  new RegExp(`\\b${AUX}\\s+${DET}(.+?)\\s+${ADV}${COOP_TAIL}`, 'g'),
  new RegExp(`\\b${AUX}\\s+${DET}(.+?)\\s+${ADV}(?:covered|bound|included|in scope)(?:\\s+(?:by|under|in)\\b|\\s*$)`, 'g'),
  new RegExp(`(?:^|whether|if|that)\\s*${DET}(.+?)\\s+(?:is|are|r)\\s+${ADV}${PARTNER_TAIL}`, 'g'),
  new RegExp(`^${DET}(.+?)\\s+(?:a\\s+)?(?:relevant|statutory)\\s+partners?(?:\\s+or not)?$`, 'g'),
];
const DATE_WORDS = /\b(?:in|during|before|after|since|by|until|as at|as of)\s+(?:\d{4}|\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{4})\b|\b\d{4}\b/g;

/** The shortest subject a partner question names: "housing associations". */
function subjectOf(text: string): { subject: string; index: number } | undefined {
  let best: { subject: string; index: number } | undefined;
  for (const shape of SUBJECT_SHAPES) {
    for (const m of text.matchAll(shape)) {
      const words = m[1]!.split(' ');
      for (let i = words.length - 1; i >= 0; i--) if (IS_AUX.test(words[i]!)) { words.splice(0, i + 1); break; }
      const subject = words.join(' ').replace(DATE_WORDS, ' ').replace(/^(?:the|a|an|our|my|their|your|local)\s+/, '').replace(/\s+/g, ' ').trim();
      if (subject && (!best || subject.length < best.subject.length)) best = { subject, index: m.index + m[0].indexOf(m[1]!) };
    }
  }
  return best;
}

/** A body's name, not a clause: a few words, hardly any of them the words of asking ("dcsf open to hearing about ..."). */
function namesABody(subject: string, lex: Lexicon): boolean {
  // "do relevant partners still have to cooperate?": the partners as a whole are no body of their own, nor "anyone"
  if (/^(?:(?:the|our|all|relevant|statutory|named|s10|section 10)\s+)*partners?$/.test(subject)) return false;
  if (/^(?:anyone|anybody|someone|somebody|any|who|which|what|everyone|everybody|all of them)\b/.test(subject)) return false;
  const words = subject.split(' ');
  const asking = words.filter((w) => lex.questionStems.has(stem(w))).length;
  return words.length <= 5 && asking <= 1 && words.some((w) => !lex.questionStems.has(stem(w)) && !STAND_IN_DETERMINERS.has(w));
}

/** A subject that stands for one the user has not named: "they", "this organisation", "our partner". */
function isStandIn(subject: string): boolean {
  const words = subject.split(' ').filter((w) => !STAND_IN_DETERMINERS.has(w) && w !== 'all' && w !== 'of' && w !== 'local');
  return words.length > 0 && words.length <= 2 && words.every((w) => STAND_INS.has(w) || STAND_INS.has(fold(w)));
}

/** "is it a requirement to ...", "was it proposed to ...": an "it" that stands for nothing. */
const DUMMY_IT = /\b(?:is|was|will|would|has|had) it (?:still |now |currently |legally |actually |ever |been |already )*(?:a |an |the )?(?:legal |statutory |formal )?(?:requirement|required|necessary|compulsory|mandatory|true|the case|possible|ok|okay|allowed|legal|law|obligatory|right|correct|proposed|suggested|planned|intended|announced|recommended|mooted|considered|expected|the plan|the intention|the idea)\s+(?:to|that|for)\b/;

/**
 * The stand-in a question's subject is, if it is one: "are *they* covered?", "can *this
 * organisation* pool with us?", "does *our partner* have to be on the board?".
 */
function standInSubject(r: Reading): string | undefined {
  if (DUMMY_IT.test(r.text)) return undefined;
  const m = /^(?:\w+\s+){0,3}?(?:is|are|was|were|will|would|has|have|had|does|do|did|should|must|can|could|may|might|shall)\s+(?:still\s+|now\s+)?((?:this|that|these|those|our|my|their|the|your)\s+)?(\w+)\b/.exec(r.text);
  if (m) {
    const word = m[2]!;
    if (word === 'they' && THEY_ACT.test(r.text.slice(m.index).replace(/^(?:\w+\s+){0,3}?(?=(?:are|will|would|do|did|can|could|should|might|may|have|has|had)\s+they\b)/, ''))) return undefined;
    if (/^(?:they|them|it|that|this|those|these|he|she|one)$/.test(word) && !m[1]) return word;
    if (m[1] && m[1].trim() !== 'the' && (STAND_INS.has(word) || STAND_INS.has(fold(word)))) return `${m[1]}${word}`;
  }
  // "(our new partner wants to know if) it's a relevant partner now"
  const opening = /^(?:its|it s|theyre|they re)\b/.exec(r.main);
  if (opening) return opening[0];
  const generic = /\b(?:this|that|our|my|their) (?:new |local |main |other |latest )?(?:organisation|organization|body|agency|partner|partners|org|service|provider|post|role|requirement|duty)\b|^(?:are )?they\b/.exec(r.text);
  return generic?.[0];
}

/** "can we delegate functions to them?": an object that stands for nobody named. */
function standInObject(r: Reading): string | undefined {
  return /\b(?:to|with|for|about|on|from|off|of) (?:them|it|those|that one|this one)\b|\b(?:take|taking|took|taken|remove|removing|removed|bring|bringing|brought|add|adding|added|drop|dropping|dropped|put|putting|make|making|made|keep|keeping|kept|include|including|included) (?:them|those|that one|this one)\b/.exec(r.text)?.[0];
}

// ---- the parts of a reading ----

const question = (query: Query, confidence: number): Understanding => ({ intent: 'question', query, confidence });
const outOfScope = (terms: string[]): Understanding => ({ intent: 'none', confidence: 0.6, unknownTerms: [...new Set(terms)].slice(0, 4) });

const softStems = new Set(SOFT_WORDS.map(stem));

interface Word {
  typed: string;
  stem: string;
}

const requirementStems = new Set(REQUIREMENT_WORDS.map(stem));

/**
 * Content words: not the words of asking, nor a date, nor a verb that names nothing. With
 * `skipUsed`, only those no part of the reading accounted for, and words of obligation count
 * as understood (the answer comes from a requirement's timeline).
 */
function contentWords(r: Reading, lex: Lexicon, skipUsed: boolean): Word[] {
  const out: Word[] = [];
  r.words.forEach((w, i) => {
    if ((skipUsed && r.used[i]) || r.when[i]) return;
    const s = stem(w);
    if (lex.questionStems.has(s) || softStems.has(s) || (skipUsed && requirementStems.has(s)) || /^\d{1,2}$/.test(w) || w.length < 2) return;
    out.push({ typed: r.typed[i]!, stem: s });
  });
  return out;
}

/**
 * With `kb`: the words a claim must say, for a Yes to "did the note propose X?": every content word,
 * its verbs too ("take over"), and the dates it names ("by April 2011"), not the source's name.
 */
function claimWords(r: Reading, lex: Lexicon, kb: KnowledgeBase): Word[] {
  const sourceYears = new Set(kb.sources.map((src) => src.date.slice(0, 4)));
  const out: Word[] = [];
  r.words.forEach((w, i) => {
    const s = r.stems[i]!;
    if (lex.questionStems.has(s) || /^\d{1,2}$/.test(w) || w.length < 2) return;
    if (r.when[i] && !/^(?:(?:19|20)\d{2}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)$/.test(w)) return;
    // "the 2008 note" names a source, and "in 2008" picks it: neither is a date to check ("by 2010" is)
    if (r.when[i] && sourceYears.has(w) && lex.sourceNames.some((n) => n.test(r.words.slice(Math.max(0, i - 3), i + 4).join(' ')))) return;
    if (r.when[i] && sourceYears.has(w) && /^(?:in|during|back|as|of|at|around)$/.test(r.words[i - 1] ?? '')) return;
    out.push({ typed: r.typed[i]!, stem: s });
  });
  return out;
}

/** Synonyms by stem: a question's "scrapped" is met by a source's "removed". */
const ASKING_STEMS = new Set(QUESTION_WORDS.map(stem));
const synonymStems = new Map<string, string[]>();
for (const [word, alternatives] of Object.entries(SYNONYMS)) {
  // of a phrase ("secretary of state"), only its content words: "of" in a passage meets nothing
  const stems = [word, ...alternatives].flatMap((w) => {
    const parts = normalise(w).split(' ').map(stem);
    return parts.length === 1 ? parts : parts.filter((s) => !ASKING_STEMS.has(s));
  });
  for (const s of stems) synonymStems.set(s, [...new Set([...(synonymStems.get(s) ?? [s]), ...stems])]);
}
const alternativesOf = (s: string): string[] => synonymStems.get(s) ?? [s];

/** Every stem of an answer's own words: its sentences, its lists, and the words it quotes. */
function answerStems(a: Answer): Set<string> {
  return stemsOfAll([a.title, a.headline, ...a.explanation, ...a.changes.map((c) => c.text), ...(a.items ?? []).map((i) => i.name), ...a.citations.map((c) => c.quote), a.condition ?? '']);
}

/**
 * The answer to `query` if it speaks to every content word the reading left over (and
 * gives a number where one was asked for); otherwise the honest refusal naming the words
 * the sources, as answered, do not cover.
 */
function answeredWithin(kb: KnowledgeBase, r: Reading, lex: Lexicon, query: Query, confidence: number, mustName?: string): Understanding {
  const left = contentWords(r, lex, true);
  const wantsNumber = WANTS_NUMBER.test(r.text);
  if (!left.length && !wantsNumber && !mustName) return question(query, confidence);
  const a = answer(kb, query);
  const coversBody = (id: string) => namesBody(kb, a, id) || topicCovers(kb, query, id);
  if (mustName && !coversBody(mustName)) return outOfScope(contentWords(r, lex, false).map((w) => w.typed));
  // a list answers "how many are there?" by listing them, without a count the sources never state
  if (wantsNumber && !a.items?.length && !givesNumber([a.headline, ...a.explanation].join(' '))) return outOfScope(contentWords(r, lex, false).map((w) => w.typed));
  if (WANTS_FINDING.test(r.text) && !GIVES_FINDING.test([a.headline, ...a.explanation].join(' '))) return outOfScope(contentWords(r, lex, false).map((w) => w.typed));
  if (!identifies(r, a, lex)) return outOfScope(contentWords(r, lex, false).map((w) => w.typed));
  const said = answerStems(a);
  const missing = left.filter((w) => !alternativesOf(w.stem).some((s) => said.has(s))).map((w) => w.typed);
  if (missing.length) return outOfScope(missing);
  // "will the DCS guidance be reviewed?": a change the verdict's own statement does not speak to is not what it answers
  if (a.verdict && query.kind === 'topic') {
    const stated = stemsOfAll([a.title, a.headline, ...a.explanation, a.condition ?? '']);
    if (left.some((w) => REVISING.has(w.stem) && !alternativesOf(w.stem).some((s) => stated.has(s)))) return question({ ...query, noVerdict: true }, confidence);
  }
  return question(query, confidence);
}

/** Words of changing something short of removing it: "reviewed", "revised", "amended". */
const REVISING = new Set(['review', 'reviewed', 'revise', 'revised', 'amend', 'amended', 'update', 'updated', 'replace', 'replaced', 'reform', 'reformed', 'rewrite', 'rewritten', 'change', 'changed'].map(stem));

const stemsOfAll = (texts: string[]): Set<string> => {
  const out = new Set<string>();
  for (const t of texts) for (const s of stemsOf(t)) out.add(s);
  return out;
};

/**
 * "Which councils were 4 star and exempt?" asks which ones: an answer that only says "4-star
 * authorities", words the question already used, identifies none. The answer must qualify
 * the thing asked about with something the question did not say.
 */
function identifies(r: Reading, a: Answer | string, lex: Lexicon): boolean {
  // "which councils were ...", "which six local areas were ...", "which session of parliament was ...": the noun
  // asked about ends the phrase after "which", or its part before "of"
  const m = /^(?:\w+\s+){0,2}?which\s+((?:\w+\s+){0,2}?\w+)\s+(?:were|are|was|is|had|have|did|do|will)\b/.exec(r.main);
  if (!m || (typeof a !== 'string' && a.items?.length)) return true;
  const asked = new Set(alternativesOf(stem(m[1]!.split(' of ')[0]!.split(' ').pop()!)));
  const words = normalise(typeof a === 'string' ? a : [a.headline, ...a.explanation].join(' ')).split(' ');
  const own = new Set(r.stems);
  const qualifiers = words.flatMap((w, i) => (i > 0 && asked.has(stem(w)) ? [stem(words[i - 1]!)] : []));
  return qualifiers.some((q) => !own.has(q) && !lex.questionStems.has(q) && !GENERIC_QUALIFIERS.has(q));
}

/** Words that qualify a noun without telling one of its kind from another ("local authorities"). */
const GENERIC_QUALIFIERS = new Set(['local', 'all', 'other', 'such', 'many', 'some', 'each', 'every', 'individual', 'existing', 'relevant', 'statutory', 'their', 'our', 'these', 'those'].map(stem));

/** Does the topic speak of the body: one it lists, or a relevant partner where it speaks of them all? */
function topicCovers(kb: KnowledgeBase, query: Query, bodyId: string): boolean {
  const topic = kb.topics.find((t) => t.id === query.topicId);
  if (!topic) return false;
  if (topic.bodies?.includes(bodyId)) return true;
  if (!topic.partners) return false;
  const status = answer(kb, { kind: 'body-status', bodyId, ...(query.asAt ? { asAt: query.asAt } : {}) }).verdict;
  return status === 'Yes';
}

/** Does the answer's own text name the body (by any of its names)? */
function namesBody(kb: KnowledgeBase, a: Answer, bodyId: string): boolean {
  const body = kb.bodies.find((b) => b.id === bodyId);
  const text = ` ${normalise([a.headline, ...a.explanation, ...a.citations.map((c) => c.quote)].join(' ')).split(' ').map(fold).join(' ')} `;
  return !!body && [body.name, body.called, ...body.aliases].some((n) => text.includes(` ${foldPhrase(n)} `));
}

/** Dates as query fields. */
function dated(d: DatesRead): Pick<Query, 'asAt' | 'asAtText' | 'now'> {
  return { ...(d.asAt ? { asAt: d.asAt.asAt, asAtText: d.asAt.text } : {}), ...(d.now ? { now: true } : {}) };
}

const DATE_TEXT = /\b(?:(?:in|during|before|after|since|by|until|till|as at|as of|on|from|between|and|to|earlier in|prior to|compared (?:with|to)|early|late|mid)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+)?(?:19|20)\d{2}\b/;
const TIME_WORDS = /\b(?:today|now|currently|at the moment|these days|at present|nowadays|as things stand|earlier|before|after|since|yet|already|then|time|anymore|still|any more|straight away|right away|immediately|at the time|ever)\b/;

function useDates(r: Reading, d: DatesRead, kb: KnowledgeBase): void {
  const mark = (pattern: RegExp) => {
    const before = [...r.used];
    useMatches(r, pattern);
    r.used.forEach((u, i) => { if (u && !before[i]) r.when[i] = true; });
  };
  mark(DATE_TEXT);
  mark(TIME_WORDS);
  for (const pattern of lexiconOf(kb).sourceNames) mark(pattern);
  if (d.asAt) mark(new RegExp(`\\b${normalise(d.asAt.text).replace(/\s+/g, '\\s+')}\\b`));
  // a year that names a law or a document is part of its name, not a date ("the Children Act 1989")
  for (const m of r.text.matchAll(global(LAW_YEAR))) {
    let at = 0;
    r.words.forEach((w, i) => {
      if (/^(?:19|20)\d{2}$/.test(w) && at >= m.index && at < m.index + m[0].length) { r.when[i] = false; r.used[i] = false; }
      at += w.length + 1;
    });
  }
}

function choicesFor(kb: KnowledgeBase, ids: string[], base: Omit<Query, 'bodyId'>): Choice[] {
  return ids.flatMap((id) => {
    const body = kb.bodies.find((b) => b.id === id);
    return body ? [{ title: body.name, query: { ...base, bodyId: id } }] : [];
  });
}

function topicChoices(kb: KnowledgeBase, ids: string[], base: Omit<Query, 'kind' | 'topicId'>): Choice[] {
  return ids.flatMap((id) => {
    const topic = kb.topics.find((t) => t.id === id);
    return topic ? [{ title: topic.title, query: { ...base, kind: 'topic', topicId: id } as Query }] : [];
  });
}

/** Bodies whose status changes over time: the likely choices when a body is missing. */
function likelyBodies(kb: KnowledgeBase): string[] {
  return kb.bodies.filter((b) => new Set(kb.positions.filter((p) => p.subject === b.id).map((p) => p.status)).size > 1).map((b) => b.id).slice(0, 6);
}

const LIST_OF: Partial<Record<QuestionForm, NonNullable<Query['listOf']>>> = { removing: 'removal-announced', removed: 'removal-announced', proposed: 'proposed' };

/** Words that bring a body into the duty to cooperate: part of a question about its place, not a subject of their own. */
const INTO_THE_DUTY = /\b(?:add|adds|added|adding|extend|extends|extended|extending|bring|brought|bringing|put|putting|become|becomes|became|becoming|apply|applies|applied|make|made|join|joined|include|included|including|make them|into|onto|to the list|on the list|off the list|from the list|under|take on|status)\b/;

// ---- understanding ----

/** What a message asks, as at `now` (the clock is the caller's). */
export function understand(kb: KnowledgeBase, text: string, now: Date): Understanding {
  const understood = understandMessage(kb, text, now);
  if (understood.intent !== 'question' || !understood.query) return understood;
  const premise = premiseOf(kb, text, now);
  return premise ? { ...understood, query: { ...understood.query, premise } } : understood;
}

/** "Since the duty to cooperate was abolished, do we still need a board?": the removal it takes for granted. */
const PREMISE = new RegExp(`^\\s*(?:since|now that|now|given that|given|as|seeing as|with|because)\\s+(.+?\\b(?:${REMOVAL_WORDS})\\b[^,;?]*)[,;–—-]?\\s+(?=(?:do|does|did|must|can|could|will|would|is|are|should|have|has|what|who|when|how|why|which)\\b)`, 'i');

function premiseOf(kb: KnowledgeBase, text: string, now: Date): Query | undefined {
  const m = PREMISE.exec(text);
  if (!m) return undefined;
  // the premise asked as a question of its own: "the duty to cooperate was abolished?" is "has it been removed?"
  const asked = understandMessage(kb, `${m[1]}?`, now);
  return asked.intent === 'question' && asked.query && (asked.query.form === 'removed' || asked.query.form === 'removing') ? asked.query : undefined;
}

function understandMessage(kb: KnowledgeBase, text: string, now: Date): Understanding {
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

  let d = readDates(raw, r.text, now, kb);
  const command = COMMAND_CUES.find((c) => hasAny(r, c.cues));
  if (command) {
    const action = (COMMAND_ACTIONS[command.intent as CommandIntent] ?? []).find((a) => hasAny(r, a.cues))?.action;
    return { intent: command.intent, query: { kind: 'topic', ...dated(d) }, ...(action ? { action } : {}), confidence: 0.9 };
  }
  if (r.words.length <= 6 && hasAny(r, THANKS) && !/\?/.test(raw) && !OPEN_START.test(r.text) && !YES_NO_START.test(r.text)) return { intent: 'thanks', confidence: 0.9 };
  if (r.words.length <= 6 && hasAny(r, HELP_CUES)) return { intent: 'help', confidence: 0.9 };
  if (r.words.length <= 5 && r.words.every((w) => CHATTER.has(w)))
    return { intent: hasAny(r, THANKS) && !hasAny(r, GREETINGS) ? 'thanks' : 'greeting', confidence: 0.9 };

  useDates(r, d, kb);
  // a scene-setting clause ("now the guidance is withdrawn, ...") is context: what is asked is read in the main clause
  const mainFrom = mainClauseFrom(raw, r);
  // ... and so is what follows the question ("... relevant partners? our health lead thinks they should be")
  const mainTo = afterQuestionAt(raw, r);
  for (let i = mainTo; i < r.words.length; i++) r.used[i] = true;
  const main = r.words.slice(mainFrom, Math.max(mainTo, mainFrom + 1)).join(' ');
  r.main = main;
  // "does the Education Act 2011 abolish the board?": an Act the sources never name did nothing they record
  const law = /\b([a-z]+) act (?:of )?((?:19|20)\d{2})\b/.exec(r.text);
  if (law && !lex.laws.has(`${law[1]} act ${law[2]}`)) return outOfScope([asTyped(r, law[0])]);
  const paragraph = paragraphAsked(kb, r);
  if (paragraph === 'none') return outOfScope([PARA_ASKED.exec(r.text)![0]]);
  if (paragraph) return question({ kind: 'passage', units: [paragraph], terms: contentWords(r, lex, false).map((w) => w.stem) }, 0.8);
  const { condition, means } = conditionOf(r, lex);
  const negated = NEGATED.test(main) && !/\bor not\b/.test(main);
  // "isn't X a partner any more?", "X is not covered any more, is that right?": has it been removed
  const asked = (negated || CONTRACTED.test(main)) && NO_MORE.test(main) ? 'removed' : formOf(main);
  // "did the 2008 proposals say the requirement would be removed?" asks about a removal, as that source saw it
  const proposesRemoval = asked === 'proposed' && FORM_PATTERNS.some((f) => (f.form === 'removing' || f.form === 'removed') && f.pattern.test(main));
  const form: QuestionForm = proposesRemoval ? 'removing' : asked;
  // "we won't need a CTB after the next session, right?": a yes or a no to a claim in the negative reads either way;
  // not "X isn't a partner any more, right?" (No: it has not gone) nor "they don't have to, do they?" (No: they don't)
  const negativeClaim = CLAIM_TAG.test(r.text) && (negated || CONTRACTED.test(main)) && form !== 'removed' && !NO_MORE.test(main);
  const noVerdict = (negated && form !== 'removed') || negativeClaim || /\bboth\b/.test(main);
  for (const f of FORM_PATTERNS) useMatches(r, f.pattern);
  for (const pattern of [ANY_CHANGE_CONDITION, ...lex.means.flatMap((m) => [m.named, m.condition])]) useMatches(r, pattern);
  if (condition) useMatches(r, PASSES);
  if (form === 'when') useMatches(r, WHEN);
  const asks = {
    open: OPEN_START.test(main),
    yesNo: YES_NO_START.test(main),
    why: WHY.test(r.text),
    change: CHANGE_PATTERNS.some((p) => p.test(r.text)) || (!!d.span && !YES_NO_START.test(r.text)),
    changed: form !== 'proposed' && CHANGED_ASK.test(r.text),
    partner: hasAny(r, PARTNER_CUES),
    list: hasAny(r, LIST_CUES),
    about: hasAny(r, ABOUT_CUES),
  };
  for (const p of [...CHANGE_PATTERNS, CHANGED_ASK]) useMatches(r, p);
  if (asks.why) useMatches(r, WHY);
  const by = SPEAKS.test(main) ? namedSource(r, kb) : undefined;
  if (proposesRemoval) {
    const source = kb.sources.find((x) => x.id === (by ?? namedSource(r, kb)));
    if (source) d = { ...d, asAt: { asAt: source.date, text: `in the ${source.name}` } };
  }
  const changed = form === 'when' && /\b(?:become|became|start|started|begin|began|come in|came in|introduced|added|removed|revoked|withdrawn|change|changed|happen|happened)\b/.test(main);
  // "when will the board requirement go?": the change still to come
  const coming = form === 'when' && /\b(?:will|going to|gonna|is to|are to|due to|expected to|likely to)\b/.test(main);
  // "under the 2008 proposals would X have had to ...?" asks how things would stand; "did they propose making X ...?" what was proposed
  const underProposals = form === 'proposed' && !/\bpropos\w*\b(?:\s+\w+){0,3}?\s+(?:making|make|bringing|bring|adding|add|extending|extend|includ\w*|putting|put|that|to)\b/.test(main);
  const base: Omit<Query, 'kind'> = { ...(changed && !coming ? { changed } : {}), ...(coming ? { pending: true } : {}), ...(underProposals ? { underProposals } : {}), ...dated(d), ...(condition ? { condition } : {}), ...(means && !condition ? { means } : {}), ...(noVerdict ? { noVerdict } : {}), ...(by ? { by } : {}) };
  const named = bodiesIn(r, lex);
  // the authority asking is not the subject when another body is named ("can the LA pool with the PCT?")
  const candidates = named.filter((b) => b.ids.length === 1).sort((a, b) => Number(lex.self.has(a.ids[0]!)) - Number(lex.self.has(b.ids[0]!)));
  // the authority on its own is the subject only of "is the LA a relevant partner?": its duties are topics
  const body = candidates[0] && (!lex.self.has(candidates[0].ids[0]!) || /\b(?:relevant|statutory) partner/.test(r.text)) ? candidates[0] : undefined;
  for (const b of named) for (let j = 0; j < b.length; j++) r.used[b.at + j] = true;
  const topic = permissionAsked(bestTopic(r, lex, mainFrom), r, lex, main, base);
  // a word that could name several bodies but is part of the topic's own phrase ("health" in "Health Act") names none
  const inTopicCue = (b: Named) => (topic?.cues ?? []).some((cue) => cue.includes(' ') && phraseAt(r, cue).some((at) => at <= b.at && b.at < at + cue.split(' ').length));
  const ambiguous = named.find((b) => b.ids.length > 1 && !inTopicCue(b));
  if (topic) for (const cue of topic.cues) use(r, cue);
  // a topic asked for what its sources mention but never say: say so, with no citation to seem to back it
  const silence = topic && lex.topics.find((t) => t.topic === topic.topic)?.silentOn;
  if (silence && silence.every((group) => group.some((p) => has(r, p)))) return outOfScope([topic.topic.silentOn!.says]);
  // the scene-setting clause is context: its words are not what is asked
  for (let i = 0; i < mainFrom; i++) r.used[i] = true;
  if (asks.partner) {
    for (const cue of PARTNER_CUES) use(r, foldPhrase(cue));
    useMatches(r, INTO_THE_DUTY);
  }
  const bodyId = body?.ids[0];
  // "are schools and JCP both going?": every body named is asked about
  const others = [...new Set(candidates.map((b) => b.ids[0]!).filter((id) => id !== bodyId && !lex.self.has(id)))];
  const also = others.length && /\b(?:and|both|or|as well as|plus|either|neither|nor)\b/.test(main) ? { also: others.map((id) => ({ bodyId: id })), noVerdict: false, ...joined(main) } : {};
  // a pronoun stands for the body the question names, if it names one ("CTCs, are they covered?")
  const bodyShaped = !topic || !!topic.topic.perBody || topic.topic.id === 'duty-to-cooperate' || topic.topic.id === 'relevant-partners';
  // "do our partners have to have regard to the plan?": a topic about the relevant partners as a whole names them
  const partnersTopic = !!topic?.topic.partners && /\bpartners\b/.test(main);
  const standIn = named.length || partnersTopic ? undefined : standInSubject(r) ?? (bodyShaped ? standInObject(r) : undefined);
  const yesNo = !asks.open && (asks.yesNo || /\?\s*$/.test(raw) || asks.partner);

  // what changed between two dates, or what is about to change, for one subject or all of them
  if ((asks.change && !asks.yesNo) || asks.changed) {
    // "what did the Academies Act 2010 change?": a law or body the sources never name changed nothing they record
    const unnamed = unnamedThings(r, lex);
    if (unnamed.length) return outOfScope(unnamed);
    const partners = asks.partner && (!topic || topic.topic.id === 'relevant-partners' || (topic.topic.id === 'duty-to-cooperate' && /\bpartner/.test(r.text)));
    const subject = bodyId ? { bodyId } : partners ? { topicId: 'relevant-partners' } : topic ? { topicId: topic.topic.id } : {};
    // another topic named beside it is answered too ("the DCS and lead member", "the board and the CYPP")
    const alsoChanged = !bodyId && !partners && topic ? topic.others : [];
    for (const t of alsoChanged) for (const cue of lex.topics.find((x) => x.topic === t)?.all.flat() ?? []) use(r, cue);
    if (alsoChanged.length) Object.assign(subject, { also: alsoChanged.map((t) => ({ topicId: t.id })) });
    if (COMING.test(r.text) && !d.span) return answeredWithin(kb, r, lex, { kind: 'changes', pending: true, ...subject, ...(means ? { means } : {}) }, 0.8);
    const span = d.span ?? { from: kb.sources[0]!.date, to: kb.latest };
    return answeredWithin(kb, r, lex, { kind: 'changes', span, ...subject }, 0.8);
  }
  // "did the Education Bill pass?": the means itself, which the sources speak of only as to come
  const meansAsked = condition && condition !== 'announced' ? condition : means;
  if (meansAsked && !body && !topic && (PASSING.test(main) || WANTS_DATE.test(r.text))) {
    // "when does the next session start?", "what date is royal assent?": a date of the calendar the sources never give
    if (WANTS_DATE.test(r.text) || /\bwhat (?:date|day)\b/.test(r.text)) return outOfScope([asTyped(r, r.words.slice(r.words.findIndex((w) => !/^(?:when|what|date|day|is|does|do|will|the)$/.test(w))).join(' '))]);
    // "has the Bill passed?", "is it law yet?" ask for a yes or no; "will it pass?" does not
    const passedYet = yesNo && /^(?:\w+\s+){0,3}?(?:has|have|is|did)\b/.test(main) && !/\b(?:will|when|going to|gonna)\b/.test(main);
    return answeredWithin(kb, r, lex, { kind: 'means', means: meansAsked, ...dated(d), ...(passedYet ? { yesNo: true } : {}) }, 0.7);
  }
  // "did the 2008 note propose X?" where neither a body's place under the duty nor a topic's own proposal answers it
  if (form === 'proposed' && yesNo && !(bodyId && asks.partner) && !standIn && !(topic && proposes(kb, topic.topic.id))) {
    const claimed = proposalOr(kb, r, lex);
    if (claimed) return claimed;
  }
  // "are universities covered?", "are we a relevant partner?": a subject the knowledge base does not name
  if (asks.partner && yesNo && !asks.list && !body && !ambiguous && (!topic || topic.topic.id === 'duty-to-cooperate' || topic.topic.id === 'relevant-partners')) {
    const subject = subjectOf(r.text);
    if (subject && (isStandIn(subject.subject) || /^(?:we|us|our council|our authority|the council|our la)$/.test(subject.subject))) return clarify(kb, r, form, true, base);
    if (subject && namesABody(subject.subject, lex))
      return question({ kind: 'body-status', unknownBody: asTyped(r, subject.subject), form, ...base }, 0.6);
  }

  if (body && bodyId) {
    const followUpStart = /^(?:and|what about|how about|also|same for|and what about|and for|ok and|what of)\b/.test(r.text);
    if (topic?.topic.perBody) return answeredWithin(kb, r, lex, { kind: 'topic', topicId: topic.topic.id, bodyId, form, ...base }, 0.9);
    if (asks.why) return passageOr(kb, r, lex, d, yesNo);
    if (form === 'when' && (asks.partner || asks.open)) return answeredWithin(kb, r, lex, { kind: 'body-status', bodyId, form, ...base }, 0.8);
    if (asks.partner && !asks.open) return answeredWithin(kb, r, lex, { kind: 'body-status', bodyId, form, ...base, ...also }, 0.9);
    if (asks.partner && asks.list) return answeredWithin(kb, r, lex, { kind: 'body-status', bodyId, form, ...base }, 0.8);
    // a topic answer must still speak of the body named ("does the LSP have to sign off the CYPP?")
    if (topic) return orPassage(kb, r, lex, d, asks.open, answeredWithin(kb, r, lex, { kind: 'topic', topicId: topic.topic.id, form, ...base, ...(asks.open ? { open: true } : {}) }, 0.8, bodyId));
    // "is the LSC gone?" says what it asks of the body; "and the LSC?" leaves it to the question before
    if (form !== 'is' && form !== 'when' && !asks.open && contentWords(r, lex, true).length === 0) {
      // "is the LSC abolished?" asks whether the body itself is gone, which the sources never say: its place under the duty, no verdict
      const itself = /\b(?:abolish\w*|scrap\w*|axed?|closed?|closing|wound up|wind\w* up|disband\w*)\b/.test(main) && !/\b(?:duty|list|partner|partners|section 10|s10)\b/.test(main);
      return answeredWithin(kb, r, lex, { kind: 'body-status', bodyId, form, ...base, ...also, ...(itself ? { noVerdict: true } : {}) }, 0.8);
    }
    if ((followUpStart && r.words.length - body.length <= 3) || (r.words.length - body.length <= 2 && !asks.open)) return { intent: 'followup', query: { kind: 'body-status', bodyId, ...base }, confidence: 0.7 };
    return passageOr(kb, r, lex, d, yesNo, asks.open || asks.about ? { kind: 'body-about', bodyId, ...base } : undefined);
  }
  // "are parish councils relevant partners?": a word the sources never use makes the name another body's, not a choice of theirs
  if (ambiguous && asks.partner && yesNo && !asks.list) {
    const subject = subjectOf(r.text);
    // "our local nhs foundation trust (the acute hospital)": the name, not what is said after it
    const name = subject?.subject.split(' ').slice(0, 5).join(' ').replace(/\s+(?:the|a|an|which|that|who)\b.*$/, '');
    if (name && namesABody(name, lex) && name.split(' ').some((w) => !lex.known.has(stem(w)) && !lex.questionStems.has(stem(w))))
      return question({ kind: 'body-status', unknownBody: asTyped(r, name), form, ...base }, 0.6);
  }
  // "where does the power to delegate between the LA and the NHS come from?": an open question about a topic is answered for it
  const openTopic = asks.open && !!topic?.topic.perBody && !asks.partner;
  if (ambiguous && !openTopic && (asks.partner || topic?.topic.perBody || r.words.length <= ambiguous.length + 3) && (!topic || topic.topic.perBody || topic.topic.id === 'duty-to-cooperate' || topic.topic.id === 'relevant-partners')) {
    return {
      intent: 'clarify',
      prompt: 'Which do you mean?',
      choices: choicesFor(kb, ambiguous.ids, { kind: asks.partner ? 'body-status' : 'body-about', form, ...base }),
      confidence: 0.6,
    };
  }
  if (standIn && !asks.open && !asks.why) return clarify(kb, r, form, asks.partner, base);

  if (topic && !(topic.topic.id === 'relevant-partners' && !asks.partner)) {
    if (topic.topic.id === 'relevant-partners')
      return answeredWithin(kb, r, lex, { kind: 'body-list', listOf: (!condition && LIST_OF[form]) || 'relevant-partner', ...base }, 0.9);
    if (asks.why) return passageOr(kb, r, lex, d, yesNo);
    // "we're a 4 star authority - did we have to publish a CYPP?": a qualifying topic named alongside changes the answer
    const qualifiers = lex.topics.filter((t) => t.topic !== topic.topic && t.topic.qualifies === topic.topic.id);
    const qualified = qualifiers.some((t) => t.all.every((g) => g.some((p) => has(r, p))));
    // "did every LA have to publish a CYPP?": where some are exempt, every one is not the answer the topic gives
    const everyOne = qualifiers.length > 0 && /\b(?:every|all|each|any)\s+(?:single\s+)?(?:la|las|council|councils|authority|authorities|local authority|local authorities|area|areas)\b/.test(main) && /\b(?:have to|has to|had to|must|need|needs|needed|required|obliged|duty)\b/.test(main);
    if (qualified || everyOne) base.noVerdict = true;
    const alsoTopics = topic.others.length && /\b(?:and|both|or|as well as|plus|along with|together with)\b/.test(main) ? { also: topic.others.map((t) => ({ topicId: t.id })), noVerdict: false, ...joined(main) } : {};
    if ('also' in alsoTopics) for (const t of topic.others) for (const cue of lex.topics.find((x) => x.topic === t)?.all.flat() ?? []) use(r, cue);
    if ((WORKINGS.test(r.text) || WHO_IS.test(r.text)) && topic.topic.kind === 'yes-no') return passageOr(kb, r, lex, d, false);
    const understood = answeredWithin(kb, r, lex, { kind: 'topic', topicId: topic.topic.id, form, ...base, ...(asks.open ? { open: true } : {}), ...alsoTopics }, 0.85);
    // "would the board have had to agree the CYPP?": where the topic's proposal gives no verdict, a sentence proposing exactly that does
    if (form === 'proposed' && yesNo && understood.query && !answer(kb, understood.query).verdict) return proposalOr(kb, r, lex) ?? understood;
    // "are CTBs being abolished?": the requirement is going, the Boards themselves need not (an area may keep one), so no
    // yes; "is the requirement for a CTB going?" asks about the requirement and gets it
    const itself = (form === 'removing' || form === 'removed') && !!topic.topic.permittedBy && !/\b(?:have|has|had|got) to\b/.test(main) && !REQUIREMENT_WORDS.some((w) => wordAt(r, w).some((i) => i >= mainFrom));
    if (itself && understood.query) {
      const verdict = answer(kb, understood.query).verdict;
      if (verdict === 'Yes' || verdict === 'Not yet') return { ...understood, query: { ...understood.query, noVerdict: true } };
    }
    return orPassage(kb, r, lex, d, asks.open, understood);
  }

  if (asks.partner) {
    const subject = subjectOf(r.text);
    if (asks.list && !subject) return answeredWithin(kb, r, lex, { kind: 'body-list', listOf: (!condition && LIST_OF[form]) || 'relevant-partner', ...base }, 0.8);
    if (subject && !isStandIn(subject.subject) && namesABody(subject.subject, lex)) return question({ kind: 'body-status', unknownBody: asTyped(r, subject.subject), form, ...base }, 0.6);
    if (subject) return clarify(kb, r, form, true, base);
  }
  if ((d.asAt || d.now) && r.words.length <= 5 && /^(?:and|what about|how about|same|ok and)\b/.test(r.text))
    return { intent: 'followup', query: { kind: 'topic', ...dated(d) }, confidence: 0.7 };
  if (asks.open || asks.why || asks.about || yesNo) return passageOr(kb, r, lex, d, yesNo, undefined, form);
  return outOfScope(contentWords(r, lex, false).map((w) => w.typed));
}

/**
 * A question asked in the negative ("are schools not covered?"): its yes and no are not safe
 * to give plainly. A contraction ("isn't the CYPP still required?", "they don't have to, do
 * they?") asks for the facts, and is answered by them: "No, it is not".
 */
const NEGATED = /\b(?:not|never|no longer)\b/;
const CONTRACTED = /\b(?:isnt|arent|wasnt|werent|doesnt|dont|didnt|hasnt|havent|wont|cant|cannot)\b/;
/** A claim put for confirmation: "..., right?", "..., correct?", "... - is that right?". */
const CLAIM_TAG = /\b(?:right|correct|yes|true|am i right|is that right|is that correct|is that so|is that true)\s*$/;
/** ... unless it asks whether something is no more ("are schools not covered any more?"): has it been removed. */
const NO_MORE = /\b(?:any ?more|no longer)\b/;

/** Words that make a named source the speaker: "did the DfE notice *propose* ...". */
const SPEAKS = /\b(?:propos\w*|suggest\w*|recommend\w*|say|says|said|state\w*|mention\w*|announce\w*)\b/;

/** The source a message names, if it names exactly one ("the 2010 notice", "the legislative options note"). */
function namedSource(r: Reading, kb: KnowledgeBase): string | undefined {
  const named = kb.sources.filter((s) => (s.calledAs ?? []).some((n) => has(r, foldPhrase(n))));
  return named.length === 1 ? named[0]!.id : undefined;
}

/** How several subjects are asked about: all of them ("both", "and") or any ("or", "either"). */
const joined = (main: string): Pick<Query, 'all' | 'any'> => (/\b(?:or|either)\b/.test(main) ? { any: true } : { all: true });

/** Whether a bill has passed or become law, or when it will. */
const PASSING = /\b(?:pass|passes|passed|become law|became law|becomes law|is law|law yet|an act yet|been passed|through parliament|royal assent|enacted|go through|gone through|went through|start|starts|begin|begins|happen|happened)\b/;

/** A change question about what is coming rather than what has been ("what's changing?", "what will the Bill change?"). */
const COMING = /\b(?:will|going to|gonna|changing|planned|upcoming|coming|next|about to|due to|still to|yet to|forthcoming)\b/;

/** Does the topic's own timeline record a proposal (so "was it proposed?" is answered from it)? */
const proposes = (kb: KnowledgeBase, topicId: string) => kb.positions.some((p) => p.subject === topicId && (p.obligation === 'proposed' || p.verdict === 'Proposed' || p.verdict === 'Not yet'));

const CHATTER = new Set([...GREETINGS, ...THANKS].flatMap((g) => normalise(g).split(' ')).concat(['there', 'bot', 'board', 'assistant', 'all', 'team', 'much', 'you', 'very', 'so', 'for', 'that', 'the', 'info', 'help', 'answer', 'information']));

/** Asks back which subject a stand-in ("they", "this organisation", "it") means. */
function clarify(kb: KnowledgeBase, r: Reading, form: QuestionForm, partner: boolean, base: Omit<Query, 'kind'>): Understanding {
  if (/\b(?:pool|pooled|pooling|share|sharing)\b/.test(r.text))
    return { intent: 'clarify', prompt: 'Which body do you mean?', choices: choicesFor(kb, likelyBodies(kb), { kind: 'topic', topicId: 'pooling', form, ...base }), confidence: 0.5 };
  if (/\b(?:delegate|delegating|delegation)\b/.test(r.text))
    return { intent: 'clarify', prompt: 'Which body do you mean?', choices: choicesFor(kb, likelyBodies(kb), { kind: 'topic', topicId: 'delegation', form, ...base }), confidence: 0.5 };
  if (partner || /\b(?:cooperate|duty|list|partner|partners|board|represented|add|adding|added|bring|bringing|brought|take|taking|taken)\b/.test(r.text))
    return { intent: 'clarify', prompt: 'Which body do you mean?', choices: choicesFor(kb, likelyBodies(kb), { kind: 'body-status', form, ...base }), confidence: 0.5 };
  const ids = form === 'removed' || form === 'removing' || form === 'stays' || form === 'proposed' ? CHANGE_TOPICS : REQUIREMENT_TOPICS;
  return { intent: 'clarify', prompt: 'Which requirement do you mean?', choices: topicChoices(kb, ids, { form, ...base }), confidence: 0.5 };
}

/**
 * "Can we still have a CYPP?" asks whether a plan is allowed, and "can we get rid of our
 * board?" whether the requirement lets us: neither is answered by the requirement's own yes
 * or no. The first is its permission topic's question; the second gets the facts, no verdict.
 */
function permissionAsked(found: ReturnType<typeof bestTopic>, r: Reading, lex: Lexicon, main: string, base: Omit<Query, 'kind'>): ReturnType<typeof bestTopic> {
  if (!found || !PERMISSION.test(main) || found.topic.permission || found.topic.perBody || found.topic.kind !== 'yes-no') return found;
  const permittedBy = GIVING_UP.test(main) ? undefined : lex.topics.find((t) => t.topic.id === found.topic.permittedBy);
  if (!permittedBy) {
    // "can we scrap our board?": the requirement turned round; "can we still appoint a DCS?": nothing to turn, no verdict
    const givingUp = GIVING_UP.test(main);
    useMatches(r, GIVING_UP);
    if (givingUp) base.givingUp = true;
    else base.noVerdict = true;
    // "is it ok to not have a lead member?": the "not" is the giving up, not a question asked in the negative
    if (givingUp && !NEGATED.test(main.replace(GIVING_UP, ' '))) delete base.noVerdict;
    return found;
  }
  return { topic: permittedBy.topic, cues: [...found.cues, ...permittedBy.all.flat().filter((p) => has(r, p))], others: [] };
}

/** The typed words behind a subject found in the corrected text. */
function asTyped(r: Reading, subject: string): string {
  const want = subject.split(' ');
  for (let i = 0; i + want.length <= r.words.length; i++)
    if (want.every((w, j) => r.words[i + j] === w)) return r.typed.slice(i, i + want.length).join(' ');
  return subject;
}

const LIST_WORDS = /\b(?:which|who|whom|list|name|all the|every)\b/;

/**
 * A participle naming a kind of thing ("extended schools", "pooled budget") that the sources
 * also use as one term: a passage must use the term, not its words apart ("extending the
 * duty ... to schools").
 */
function compoundsOf(r: Reading, lex: Lexicon): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < r.words.length; i++) {
    const pair = `${r.stems[i]} ${r.stems[i + 1]}`;
    // not an auxiliary ("being removed" is no kind of thing)
    if (/(?:ed|ing)$/.test(r.words[i]!) && !r.when[i] && !lex.questionStems.has(r.stems[i]!) && !lex.questionStems.has(r.stems[i + 1]!) && lex.bigrams.has(pair)) out.push([r.stems[i]!, r.stems[i + 1]!]);
  }
  return out;
}

/** What a passage must speak to: every content word of the question (by its synonyms) and every body it names. */
function requirementsOf(r: Reading, lex: Lexicon, kb?: KnowledgeBase): { required: Requirement[]; terms: string[]; words: Word[] } {
  const words = (kb ? claimWords(r, lex, kb) : contentWords(r, lex, false)).filter((w, i, all) => all.findIndex((x) => x.stem === w.stem) === i);
  // the authority asking ("LAs", "the council") is a word of the question here, not a body to find
  const named = bodiesIn(r, lex).filter((b) => !(b.ids.length === 1 && lex.self.has(b.ids[0]!)));
  const bodies = named.filter((b) => b.ids.length === 1).map((b) => b.ids[0]!);
  const bodyWords = new Set(named.flatMap((b) => r.words.slice(b.at, b.at + b.length).map(stem)));
  const loose = words.filter((w) => !bodyWords.has(w.stem));
  return {
    required: [...loose.map((w) => ({ stems: alternativesOf(w.stem) })), ...[...new Set(bodies)].map((body) => ({ body }))],
    terms: [...new Set([...words.map((w) => w.stem), ...bodyWords])],
    words: loose,
  };
}

/**
 * A question no curated answer fits: the passage of the sources that speaks to every
 * content word of it, answered without a verdict; or `fallback`; or the honest refusal. A
 * yes/no question needs the words together, within two sentences.
 */
function passageOr(kb: KnowledgeBase, r: Reading, lex: Lexicon, d: DatesRead, yesNo: boolean, fallback?: Query, form: QuestionForm = 'is'): Understanding {
  const stated = yesNo ? statementOf(kb, r, lex, d, form) : undefined;
  if (stated) return stated;
  const { required, terms, words } = requirementsOf(r, lex);
  const prefer = namedSource(r, kb) ?? kb.sources.find((x) => r.words.includes(x.date.slice(0, 4)))?.id;
  const why = WHY.test(r.text);
  // a question that asks who is answered by one sentence that says it all; one about two things, by two sentences
  const hits = findPassages(kb, searchWords(r, lex), required, { window: yesNo || required.length <= 2, sentence: WANTS_WHO.test(r.text), compounds: compoundsOf(r, lex), lists: !LIST_WORDS.test(r.text), reason: why, ...(prefer ? { prefer } : {}) });
  // why a body: the sentence quoted must name it, by any of its names ("why is JCP going?": "Job Centre Plus")
  if (why) for (const q of required) if ('body' in q) terms.push(...namesOf(kb, q.body));
  const best = hits[0];
  const quoted = best ? quotedSentence(kb, best, terms) : '';
  const gives = !WANTS_NUMBER.test(r.text) || givesNumber(quoted);
  const dated = !WANTS_DATE.test(r.text) || GIVES_DATE.test(quoted);
  const found = !WANTS_FINDING.test(r.text) || GIVES_FINDING.test(quoted);
  const who = !WANTS_WHO.test(r.text) || GIVES_WHO.test(quoted.replace(/^“\S+/, ''));
  // "what did the summary that came out in the autumn say?": the source says it is to come
  const happened = !HAPPENED.test(r.text) || !/\b(?:will|would|is to|are to)\b/.test(quoted);
  const items = WANTS_ITEMS.exec(r.text);
  const listed = !items || quoted.split(/;|,|•/).length >= numberOf(items[1]!);
  // "how does practice based commissioning work?": the sources mention things, they do not explain their workings
  const workings = WORKINGS.test(r.text) || WHO_IS.test(r.text);
  // "what does section 11 require?": a section the passage does not name is another section
  const section = /\b(?:section|s)\s+(\d+)\b/.exec(r.text);
  if (section && hits.length && !hits.some((h) => new RegExp(`\\b(?:section|s\\.?)\\s*${section[1]}\\b`, 'i').test(unitText(kb, h)))) return outOfScope([section[0]]);
  if (workings || !identifies(r, quoted, lex)) return outOfScope(words.map((w) => w.typed));
  const unnamed = unnamedThings(r, lex);
  if (unnamed.length) return outOfScope(unnamed);
  if (best && gives && dated && found && who && listed && happened) {
    return question({ kind: 'passage', units: hits.map((h) => ({ source: h.source, ref: h.ref })), terms, ...(yesNo ? { yesNo: true } : {}), ...(why ? { why } : {}), ...(d.asAt ? { asAt: d.asAt.asAt, asAtText: d.asAt.text } : {}) }, 0.6);
  }
  // "who has to sit on the LSCB?": what the sources say of a body does not say who, when or how many
  if (fallback && !WANTS_WHO.test(r.text) && !WANTS_DATE.test(r.text) && !WANTS_NUMBER.test(r.text) && !/^(?:\w+\s+){0,2}?how\b/.test(r.main)) return answeredWithin(kb, r, lex, fallback, 0.6);
  return outOfScope((words.length ? words : contentWords(r, lex, false)).map((w) => w.typed));
}

/**
 * "What's para 13 of the DCSF note about?", "what does the last para ask for?": the paragraph
 * named, of the numbered source (the one the question names, if it names one), quoted whole.
 */
function paragraphAsked(kb: KnowledgeBase, r: Reading): { source: string; ref: string } | 'none' | undefined {
  const m = PARA_ASKED.exec(r.text);
  if (!m) return undefined;
  // a paragraph the sources do not have ("para 99", "paragraph 2 of the DfE notice", which has none)
  const named = namedSource(r, kb);
  const source = kb.sources.find((s) => s.structure === 'numbered' && (!named || named === s.id));
  if (!source?.units.length) return 'none';
  const ref = m[1] ?? (/first|opening/.test(m[2] ?? '') ? source.units[0]!.ref : source.units[source.units.length - 1]!.ref);
  return source.units.some((u) => u.ref === ref) ? { source: source.id, ref } : 'none';
}

/** "Who is the current children's minister?": the sources name no one. */
const WHO_IS = /^(?:\w+\s+){0,3}?who (?:is|was|are|were|s) (?:the |our |your |their )?(?:current |present |new |then |last )?(?:\w+\s+){0,3}?(?:minister|ministers|secretary of state|director|chair|chairman|chairperson|lead member|dcs|head|chief|officer|clerk|councillor|mp)\b/;

const unitText = (kb: KnowledgeBase, hit: { source: string; ref: string }): string => kb.sources.find((s) => s.id === hit.source)?.units.find((u) => u.ref === hit.ref)?.text ?? '';

/** "How does practice based commissioning work?", "what does the DCS do?": the sources name things, they do not describe their workings. */
const WORKINGS = /^(?:\w+\s+){0,2}?how (?:does|do|would|will|can|could|should|did)\b.*\bwork\b|^(?:\w+\s+){0,2}?how (?:do|can|should|would|could|does) (?:we|i|you|they|an? \w+|the \w+) (?:go about |actually )?(?:set up|setting up|establish|create|run|arrange|organise|organize|start|apply|register|get|convert|join)\b|^(?:\w+\s+){0,2}?what (?:does|do|did) (?:the |a |an |our |their )?(?:\w+\s+){1,5}?(?<!\bto )do\s*$/;

/** The stems of a body's names ("jobcentre", "plus", "job", "centre"), but not the words of asking. */
function namesOf(kb: KnowledgeBase, bodyId: string): string[] {
  const body = kb.bodies.find((b) => b.id === bodyId);
  const lex = lexiconOf(kb);
  return body ? [...new Set([body.name, body.called, ...body.aliases].flatMap((n) => normalise(n).split(' ')).map(stem).filter((s) => s && !lex.questionStems.has(s)))] : [];
}

/** The words worth ranking passages by: not the words of asking, which every passage has. */
const searchWords = (r: Reading, lex: Lexicon): string[] => r.words.filter((_, i) => !lex.questionStems.has(r.stems[i]!) && !r.when[i]);

/**
 * An open question its topic's answer does not fully speak to may still have a passage that
 * does; one it does is answered with the passage beside the topic, where the passage adds a
 * paragraph the topic's answer does not cite.
 */
function orPassage(kb: KnowledgeBase, r: Reading, lex: Lexicon, d: DatesRead, open: boolean, understood: Understanding): Understanding {
  if (!open) return understood;
  const passage = passageOr(kb, r, lex, d, false);
  if (understood.intent === 'none') return passage.intent === 'question' ? passage : understood;
  const units = passage.intent === 'question' ? passage.query?.units : undefined;
  if (!units?.length || !understood.query) return understood;
  const cited = new Set(answer(kb, understood.query).citations.flatMap((c) => (c.paras ?? []).map((n) => `${c.source}#${n}`).concat(c.section ? [`${c.source}#${c.section}`] : [])));
  const extra = units.filter((u) => !cited.has(`${u.source}#${u.ref}`)).slice(0, 1);
  return extra.length ? { ...understood, query: { ...understood.query, units: extra, terms: passage.query!.terms } } : understood;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const numberOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word));

/**
 * Names of things the sources never name: a word and the noun that heads a name ("health
 * and wellbeing board", "YOT management board", "Children Act 1989" is a law-year, not this)
 * that never stand together in the sources.
 */
function unnamedThings(r: Reading, lex: Lexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < r.words.length; i++) {
    const head = r.words[i + 1]!;
    if (!HEAD_NOUNS.has(head) || r.when[i] || lex.questionStems.has(r.stems[i]!) || softStems.has(r.stems[i]!) || requirementStems.has(r.stems[i]!)) continue;
    if (lex.aliases.has(`${r.folded[i]} ${r.folded[i + 1]}`) || [...lex.aliases.keys()].some((a) => a.endsWith(` ${r.folded[i]} ${r.folded[i + 1]}`))) continue;
    if (!lex.bigrams.has(`${r.stems[i]} ${r.stems[i + 1]}`)) out.push(`${r.typed[i]} ${r.typed[i + 1]}`);
  }
  return out;
}

const givesNumber = (text: string) => GIVES_NUMBER.test(text.replace(NOT_AN_AMOUNT, ' '));

/** The sentence a passage answer would quote, for "how many" and "when" questions. */
function quotedSentence(kb: KnowledgeBase, hit: { source: string; ref: string }, terms: string[]): string {
  return answer(kb, { kind: 'passage', units: [hit], terms }).headline.replace(/^[^“]*/, '');
}

/**
 * "Did the 2008 note propose X?", "under the 2008 proposals would X?": Yes only when one
 * sentence of the note proposes exactly X, with no "not" in it; otherwise the passage that
 * speaks to it, without a verdict; otherwise nothing (the caller reads the question on).
 */
function proposalOr(kb: KnowledgeBase, r: Reading, lex: Lexicon): Understanding | undefined {
  const { required, terms } = requirementsOf(r, lex, kb);
  const proposer = kb.sources.find((s) => s.units.some((u) => u.heading === 'The Proposal'))?.id;
  // "did the DfE notice propose X?": what the 2008 note proposed does not answer it
  const named = namedSource(r, kb);
  if (named && named !== proposer) return undefined;
  const found = proposer ? findProposal(kb, proposer, required.filter((q) => !('stems' in q && q.stems.some((s) => PROPOSAL_WORDS.has(s)))), (sentence) => sameReach(r.text, sentence)) : undefined;
  if (found) return question({ kind: 'passage', units: [{ source: proposer!, ref: found.ref }], terms, yesNo: true, proposal: found.sentence }, 0.7);
  return undefined;
}

/**
 * "In 2008, did the LA have to consult schools on the CYPP?": Yes when one sentence of the
 * source the question speaks of says exactly that, as a statement (no "not", no "would"),
 * and the question is not asked in the negative. Only the source of the date asked answers:
 * what the 2008 note stated may no longer hold by 2010.
 */
function statementOf(kb: KnowledgeBase, r: Reading, lex: Lexicon, d: DatesRead, form: QuestionForm): Understanding | undefined {
  // only "is it so?", only of a question that names enough to be checked word for word
  if (form !== 'is' || NEGATED.test(r.text) || CONTRACTED.test(r.text) || STAND_IN_WORDS.test(r.text)) return undefined;
  const asAt = d.asAt?.asAt ?? kb.latest;
  const source = kb.sources.find((s) => s.date === asAt || (s.speaksFrom !== undefined && s.speaksFrom <= asAt && asAt < s.date));
  if (!source) return undefined;
  const { required, terms } = requirementsOf(r, lex, kb);
  // three things to meet, or two said of all ("did all areas have a CTB?": the sentence must say "all" too)
  if (required.length < (UNIVERSAL.test(r.text) ? 2 : 3)) return undefined;
  // "were schools on the board in every area?" is not answered Yes by "some areas have gone further"
  const found = findStatement(kb, source.id, required, (sentence) => sameReach(r.text, sentence));
  return found ? question({ kind: 'passage', units: [{ source: source.id, ref: found.ref }], terms, yesNo: true, statement: found.sentence, ...(d.asAt ? { asAt: d.asAt.asAt, asAtText: d.asAt.text } : {}) }, 0.7) : undefined;
}

/** Does a sentence say it of as many as the question asks about? "Every area" is "all areas", not "some areas". */
const UNIVERSAL = /\b(?:every|all|each|always|everywhere|universal\w*)\b/i;
function sameReach(question: string, sentence: string): boolean {
  if (!UNIVERSAL.test(question)) return true;
  return UNIVERSAL.test(sentence) && !/\b(?:some(?!\s+(?:form|forms|way|ways|kind|sort|degree|extent))|many|most|few|several|certain|a number of|not all|by no means|variable|varies|vary)\b/i.test(sentence);
}

/** A question about something that has happened: a passage that says it is to come does not answer it. */
const HAPPENED = /\b(?:came out|(?:did|has|have)\b.*\bcome out|was published|were published|was issued|were issued|got published|got issued|was released|took place|has happened|happened)\b/;

const STAND_IN_WORDS = /\b(?:that|this|it|they|them|those|these|lot)\b/;

const PROPOSAL_WORDS = new Set(['propos', 'suggest', 'recommend', 'plan', 'idea', 'option', 'note', 'dcsf', '2008', 'would'].map((w) => stem(w)));
/** Completes a follow-up ("and academies?", "what about in 2008?") from the last query. */
export function mergeFollowUp(last: Query, partial: Query): Query {
  const asAt = partial.asAt ?? last.asAt;
  const asAtText = partial.asAt ? partial.asAtText : last.asAtText;
  const dates = asAt ? { asAt, ...(asAtText ? { asAtText } : {}) } : {};
  const newBody = partial.bodyId ?? partial.unknownBody;
  if (!newBody) {
    const { asAt: _a, asAtText: _t, now: _n, ...rest } = last;
    return { ...rest, ...dates };
  }
  const who = partial.bodyId ? { bodyId: partial.bodyId } : { unknownBody: partial.unknownBody };
  if (last.kind === 'topic' && last.topicId && partial.bodyId && last.bodyId) return { kind: 'topic', topicId: last.topicId, form: last.form, ...who, ...dates };
  const kind = last.kind === 'body-about' ? 'body-about' : 'body-status';
  return { kind, ...(last.form ? { form: last.form } : {}), ...who, ...dates };
}

