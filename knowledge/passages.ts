// Full-text search over the sources' citable units (the 51 paragraphs of the 2008 note and
// the sections of the 2010 notice) with MiniSearch's BM25 ranking, for questions no curated
// topic answers. A unit is an answer only if it speaks to every content term of the
// question: ranking alone would always find *something*, which is how a question the
// sources do not cover gets a confident answer about a neighbouring topic.
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from './types';
import { GIVES_REASON, NEGATION, PROPOSING } from './understand/language';
import { lexiconOf, unitKey } from './understand/lexicon';
import { fold, normalise, runsFrom, stem } from './understand/text';

/** One thing a passage must speak to: a word (any of its synonyms' stems) or a body (any of its names). */
export type Requirement = { stems: string[] } | { body: string };

interface Sentence {
  text: string;
  /** Its stems, with those of the line that leads into it when it is a bullet. */
  stems: Set<string>;
  /** Its own stems only. */
  own: Set<string>;
  /** Its own and its lead-in line's ("Coverage would include:"), not the paragraph's opening: what it says by itself. */
  near: Set<string>;
  /** It speaks of what will be ("Children's Trusts will be at the heart of this"), not of what is. */
  future: boolean;
  bodies: Set<string>;
  negated: boolean;
  proposing: boolean;
}

interface Unit {
  key: string;
  source: string;
  ref: string;
  /** A unit under the heading "The Proposal" says what was proposed, whatever its verbs. */
  proposal: boolean;
  stems: Set<string>;
  bodies: Set<string>;
  sentences: Sentence[];
}

interface Passages {
  search: MiniSearch<{ id: string; text: string }>;
  units: Map<string, Unit>;
}

const built = new WeakMap<KnowledgeBase, Passages>();

/** The sentences of a unit: bullets and full stops end them. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.;!?])\s+(?=[A-Z‘“•(])|\n/)
    .map((s) => s.replace(/^•\s*/, '').trim())
    .filter((s) => s.length > 0);
}

function passagesOf(kb: KnowledgeBase): Passages {
  let p = built.get(kb);
  if (p) return p;
  const lex = lexiconOf(kb);
  const bodiesIn = (text: string): Set<string> => {
    const words = normalise(text).split(' ').filter(Boolean).map(fold);
    const found = new Set<string>();
    for (let i = 0; i < words.length; i++)
      for (const run of runsFrom(words, i, lex.longestAlias)) {
        const ids = lex.aliases.get(run);
        // a word that names several bodies ("health") names none of them for certain
        if (ids?.length === 1) found.add(ids[0]!);
      }
    return found;
  };
  const units = new Map<string, Unit>();
  const docs: { id: string; text: string }[] = [];
  for (const source of kb.sources) {
    for (const u of source.units) {
      const key = unitKey(source.id, u.ref);
      const text = `${u.heading ?? ''} ${u.text}`;
      // a bullet reads with the paragraph's opening and the line that leads into it ("Coverage would include:")
      const parts = sentencesOf(u.text);
      let leadIn = '';
      const sentences = parts.map((s, i) => {
        const context = i > 0 && (leadIn || parts[i - 1]!.endsWith(':')) ? `${parts[0]} ${leadIn || parts[i - 1]}` : '';
        if (s.endsWith(':')) leadIn = s;
        const plain = normalise(s);
        const whole = normalise(`${context} ${s}`);
        const lead = i > 0 ? normalise(leadIn || (parts[i - 1]!.endsWith(':') ? parts[i - 1]! : '')) : '';
        return {
          text: s,
          stems: new Set(whole.split(' ').filter(Boolean).map(stem)),
          own: new Set(plain.split(' ').filter(Boolean).map(stem)),
          near: new Set(`${lead} ${plain}`.split(' ').filter(Boolean).map(stem)),
          future: /\b(?:will|shall|going to)\b/.test(`${lead} ${plain}`),
          bodies: bodiesIn(`${context} ${s}`),
          negated: NEGATION.test(plain),
          proposing: PROPOSING.test(whole),
        };
      });
      units.set(key, { key, source: source.id, ref: u.ref, proposal: u.heading === 'The Proposal', stems: lex.unitStems.get(key) ?? new Set(), bodies: bodiesIn(text), sentences });
      docs.push({ id: key, text });
    }
  }
  const search = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    tokenize: (text) => normalise(text).split(' ').filter(Boolean),
    processTerm: (term) => stem(term),
  });
  search.addAll(docs);
  p = { search, units };
  built.set(kb, p);
  return p;
}

const meets = (r: Requirement, stems: Set<string>, bodies: Set<string>) => ('body' in r ? bodies.has(r.body) : r.stems.some((s) => stems.has(s)));

export interface PassageHit {
  source: string;
  ref: string;
  score: number;
}

/**
 * The units that speak to every requirement, best first by BM25 over `words`. With
 * `window`, every requirement must be met within two neighbouring sentences, not merely
 * somewhere in the unit.
 */
export function findPassages(
  kb: KnowledgeBase,
  words: string[],
  required: Requirement[],
  options: { window?: boolean; sentence?: boolean; limit?: number; compounds?: [string, string][]; lists?: boolean; prefer?: string; reason?: boolean } = {},
): PassageHit[] {
  const { search, units } = passagesOf(kb);
  const bigrams = lexiconOf(kb).unitBigrams;
  const query = words.join(' ');
  if (!query.trim() || !required.length) return [];
  const bodies = required.filter((r): r is { body: string } => 'body' in r);
  const found: (PassageHit & { tight: boolean; focus: number; reasoned: boolean })[] = [];
  for (const hit of search.search(query, { combineWith: 'OR' })) {
    const unit = units.get(hit.id);
    if (!unit) continue;
    // every body and every word: one left unmet is how a neighbouring topic gets a confident answer
    if (!required.every((r) => meets(r, unit.stems, unit.bodies))) continue;
    // a compound term of the sources is met only by the compound ("extended schools", not "extending ... schools")
    if ((options.compounds ?? []).some(([a, b]) => !bigrams.get(unit.key)?.has(`${a} ${b}`))) continue;
    // bodies met only because a list names them says nothing about them ("what does NOMS provide to the YOT?")
    if (options.lists && bodies.length >= 2 && !unit.sentences.some((s) => bodies.every((r) => s.bodies.has(r.body)) && s.bodies.size < 4)) continue;
    const tight = unit.sentences.some((s, i) => {
      const next = unit.sentences[i + 1];
      const stems = next ? new Set([...s.stems, ...next.stems]) : s.stems;
      const named = next ? new Set([...s.bodies, ...next.bodies]) : s.bodies;
      return required.every((r) => meets(r, stems, named));
    });
    if (options.window && !tight) continue;
    // "who funds Connexions?": the one sentence must say both, not a list beside a pooled fund
    if (options.sentence && !unit.sentences.some((x) => required.every((r) => meets(r, x.stems, x.bodies)))) continue;
    // a unit that speaks of the body asked about in most of its sentences is about it, not one that lists it once
    const focus = bodies.length ? unit.sentences.filter((s) => bodies.some((r) => s.bodies.has(r.body))).length : 0;
    // "why?": a sentence that says everything asked and gives a reason for it
    const reasoned = !!options.reason && unit.sentences.some((s) => GIVES_REASON.test(s.text) && required.every((r) => meets(r, s.own, s.bodies)));
    found.push({ source: unit.source, ref: unit.ref, score: hit.score, tight, focus, reasoned });
  }
  // together in two sentences before spread through the unit; then the source the question speaks of ("the 2008
  // changes"); then one giving the reason asked for; then the most about the body asked; then BM25
  const preferred = (h: PassageHit) => Number(h.source === options.prefer);
  found.sort((a, b) => Number(b.tight) - Number(a.tight) || preferred(b) - preferred(a) || Number(b.reasoned) - Number(a.reasoned) || b.focus - a.focus || b.score - a.score);
  return found.slice(0, options.limit ?? 2).map(({ source, ref, score }) => ({ source, ref, score }));
}

/**
 * A sentence of `source` that proposes exactly what was asked: it meets every requirement
 * by itself (with its lead-in line), says no "not" or "unlikely", and proposes (or stands in a "The Proposal"
 * paragraph). The basis of a "Yes" to "did the note propose X?"; anything less is not.
 */
export function findProposal(kb: KnowledgeBase, source: string, required: Requirement[], fits: (sentence: string) => boolean = () => true): { ref: string; sentence: string } | undefined {
  if (!required.length) return undefined;
  for (const unit of passagesOf(kb).units.values()) {
    if (unit.source !== source || !required.every((r) => meets(r, unit.stems, unit.bodies))) continue;
    const s = unit.sentences.find((x) => !x.negated && (x.proposing || unit.proposal) && required.every((r) => meets(r, x.near, x.bodies)) && fits(x.text));
    if (s) return { ref: unit.ref, sentence: s.text };
  }
  return undefined;
}

/**
 * A sentence of `source` that states exactly what was asked, as law or fact, not as a
 * proposal: it meets every requirement by itself (with its lead-in line), and says no "not",
 * "would", "will" or "propose".
 * The basis of a "Yes" to "in 2008, did the LA have to consult schools on the CYPP?".
 */
export function findStatement(kb: KnowledgeBase, source: string, required: Requirement[], fits: (sentence: string) => boolean = () => true): { ref: string; sentence: string } | undefined {
  if (!required.length) return undefined;
  for (const unit of passagesOf(kb).units.values()) {
    if (unit.source !== source || unit.proposal || !required.every((r) => meets(r, unit.stems, unit.bodies))) continue;
    const s = unit.sentences.find((x) => !x.negated && !x.proposing && !x.future && required.every((r) => meets(r, x.near, x.bodies)) && fits(x.text));
    if (s) return { ref: unit.ref, sentence: s.text };
  }
  return undefined;
}
