// The answer engine: a structured query and the knowledge base in, an answer object out.
// Pure: no I/O and no clock; the as-at date is part of the query.
//
// A yes/no verdict answers the question as asked, not the status of its subject: each
// dated position is read as a state (does it hold, was it proposed, is its removal
// announced and by what means), and the question's form and condition pick the verdict
// and the sentence that says it. "Has X been removed?" while its removal is only announced
// is "Not yet"; "will X stay?" is "No" when it is going; a conditional question is answered
// under its condition, and says so.
import type {
  Answer,
  Body,
  BodyStatus,
  Change,
  Citation,
  CitationView,
  IsoDate,
  KnowledgeBase,
  Means,
  Position,
  Query,
  QuestionForm,
  Source,
  SourceUnit,
  Topic,
  Verdict,
} from './types';

import { formatDate } from './dates';
import { stem } from './understand/text';
import { GIVES_REASON } from './understand/language';

// ---- indexes, built once per knowledge base ----

interface Index {
  timelines: Map<string, Position[]>;
  bodies: Map<string, Body>;
  topics: Map<string, Topic>;
  sources: Map<string, Source>;
  means: Map<string, Means>;
}
const indexes = new WeakMap<KnowledgeBase, Index>();

function indexOf(kb: KnowledgeBase): Index {
  let index = indexes.get(kb);
  if (!index) {
    const timelines = new Map<string, Position[]>();
    for (const p of kb.positions) (timelines.get(p.subject) ?? timelines.set(p.subject, []).get(p.subject)!).push(p);
    for (const list of timelines.values()) list.sort((a, b) => a.from.localeCompare(b.from));
    index = {
      timelines,
      bodies: new Map(kb.bodies.map((b) => [b.id, b])),
      topics: new Map(kb.topics.map((t) => [t.id, t])),
      sources: new Map(kb.sources.map((s) => [s.id, s])),
      means: new Map((kb.means ?? []).map((m) => [m.id, m])),
    };
    indexes.set(kb, index);
  }
  return index;
}

// ---- where a subject stands on a date ----

export type Standing =
  /** A position holds on the date; `early` when it is a source's account of the law shortly before its own date. */
  | { kind: 'known'; position: Position; later: Position[]; early?: boolean }
  /** The date falls where the sources only bound a change. */
  | { kind: 'unsettled'; before?: Position; next: Position; later: Position[] }
  /** The date is before anything the sources say on the subject. */
  | { kind: 'before-first'; next: Position; later: Position[] }
  | { kind: 'nothing' };

/** A subject's positions, earliest first. */
export const timelineOf = (kb: KnowledgeBase, subject: string): readonly Position[] => indexOf(kb).timelines.get(subject) ?? [];

/** Where a subject (a body or a topic) stands on a date. */
export function standing(kb: KnowledgeBase, subject: string, date: IsoDate): Standing {
  const timeline = indexOf(kb).timelines.get(subject) ?? [];
  const split = timeline.findIndex((p) => p.from > date);
  const holding = split === -1 ? timeline : timeline.slice(0, split);
  const later = split === -1 ? [] : timeline.slice(split);
  const current = holding[holding.length - 1];
  const next = later[0];
  if (next?.after !== undefined && next.after < date) return { kind: 'unsettled', before: current, next, later };
  if (current) return { kind: 'known', position: current, later };
  if (next) {
    // a note's "at present ..." describes the law in force a little before its own date
    const speaksFrom = indexOf(kb).sources.get(next.source)?.speaksFrom;
    if (speaksFrom && speaksFrom <= date && next.after === undefined) return { kind: 'known', position: next, later: later.slice(1), early: true };
    return { kind: 'before-first', next, later };
  }
  return { kind: 'nothing' };
}

// ---- citations ----

export function paraLabel(paras: number[]): string {
  const sorted = [...paras].sort((a, b) => a - b);
  if (sorted.length === 1) return `para ${sorted[0]}`;
  if (sorted.length === 2 && sorted[1] === sorted[0]! + 1) return `paras ${sorted[0]}-${sorted[1]}`;
  return `paras ${sorted.join(', ')}`;
}

/** Views of the knowledge base's own citations, which every answer citing them shares. */
const views = new WeakMap<Citation, CitationView>();

function citationView(kb: KnowledgeBase, c: Citation): CitationView {
  const known = views.get(c);
  if (known) return known;
  const source = indexOf(kb).sources.get(c.source);
  const name = source?.citeAs ?? c.source;
  const where = c.paras ? `, ${paraLabel(c.paras)}` : c.section ? ` (${c.section})` : '';
  const view = Object.freeze({ ...c, label: `${name}${where}`, sourceTitle: source?.title ?? c.source });
  views.set(c, view);
  return view;
}

/** Citations in order, each quote once. */
export function citations(kb: KnowledgeBase, cites: Citation[]): CitationView[] {
  const seen = new Set<string>();
  return cites.filter((c) => !seen.has(c.source + c.quote) && seen.add(c.source + c.quote)).map((c) => citationView(kb, c));
}

// ---- wording ----

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** Fills {Called}, {called}, {are}, {were}, {they}, {them}, {their}, {partner}, {date}, {means} for a body. */
export function say(template: string, body: Body, date?: IsoDate, means?: string): string {
  const words: Record<string, string> = {
    Called: capitalise(body.called),
    called: body.called,
    are: body.plural ? 'are' : 'is',
    were: body.plural ? 'were' : 'was',
    they: body.plural ? 'they' : 'it',
    them: body.plural ? 'them' : 'it',
    their: body.plural ? 'their' : 'its',
    partner: body.plural ? 'relevant partners' : 'a relevant partner',
    date: date ? formatDate(date) : '',
    means: means ?? 'the announced legislation',
  };
  return template.replace(/\{(\w+)\}/g, (m, k: string) => words[k] ?? m);
}

// ---- a position read as a state ----

/** What a position says, for the purpose of a yes/no question. */
interface State {
  /** Does it hold on the day (a relevant partner, a requirement in force)? Undefined: the sources do not say. */
  holds?: boolean;
  /** Bringing it in had been proposed. */
  proposed: boolean;
  /** Its removal is announced, by this means. */
  removalBy?: string;
  /** It held earlier and no longer does. */
  removed: boolean;
}

const BODY_STATES: Record<BodyStatus, Omit<State, 'removalBy'>> = {
  'relevant-partner': { holds: true, proposed: false, removed: false },
  'removal-announced': { holds: true, proposed: false, removed: false },
  proposed: { holds: false, proposed: true, removed: false },
  'not-a-partner': { holds: false, proposed: false, removed: false },
  removed: { holds: false, proposed: false, removed: true },
  'not-stated': { holds: undefined, proposed: false, removed: false },
};
const TOPIC_HOLDS: Record<Verdict, boolean | undefined> = { Yes: true, No: false, 'Not yet': false, Proposed: false, 'Not listed': false };

function stateOf(kb: KnowledgeBase, p: Position): State {
  if (p.status) return { ...BODY_STATES[p.status], ...(p.changeBy ? { removalBy: p.changeBy } : {}) };
  const holds = p.verdict ? TOPIC_HOLDS[p.verdict] : undefined;
  const earlierHeld = timelineOf(kb, p.subject).some((e) => e.from < p.from && e.verdict === 'Yes');
  return {
    holds,
    proposed: p.verdict === 'Not yet' || p.verdict === 'Proposed' || p.obligation === 'proposed',
    ...(p.changeBy ? { removalBy: p.changeBy } : {}),
    removed: holds === false && earlierHeld,
  };
}

/** Does a question's condition or means name this pending change? `announced` names any. */
const sameMeans = (asked: string | undefined, pending: string | undefined) => !!pending && (asked === undefined || asked === 'announced' || asked === pending);

// ---- pieces shared by every kind of answer ----

interface Draft {
  verdict?: Verdict;
  title: string;
  headline: string;
  explanation: string[];
  cites: Citation[];
  changes: Change[];
  items?: Answer['items'];
  dateNote?: string;
  condition?: string;
}

/** How a sentence names a source: "DCSF 2008 note". */
function sourceName(kb: KnowledgeBase, id: string): string {
  return indexOf(kb).sources.get(id)?.name ?? id;
}

function meansName(kb: KnowledgeBase, id: string | undefined): string {
  return (id && indexOf(kb).means.get(id)?.name) || 'the announced legislation';
}

/** What the sources say after the date, and any change announced by the position itself. */
function changesAfter(kb: KnowledgeBase, current: Position | undefined, later: Position[]): Change[] {
  const out: Change[] = [];
  if (current?.change) out.push({ date: current.from, text: current.change, cite: [] });
  for (const p of later) {
    const when = p.after ? `Between ${formatDate(p.after)} and ${formatDate(p.from)}` : `From ${formatDate(p.from)}`;
    out.push({ date: p.from, text: `${when} (${sourceName(kb, p.source)}): ${p.headline}${p.change ? ` ${p.change}` : ''}`, cite: citations(kb, p.cite) });
  }
  return out;
}

/** A note when the position comes from an earlier source than a later one that is silent on it, or speaks early. */
function positionNote(kb: KnowledgeBase, s: Extract<Standing, { kind: 'known' }>, date: IsoDate): string | undefined {
  const own = indexOf(kb).sources.get(s.position.source);
  if (!own) return undefined;
  if (s.early) return asAtOf(kb, date).earlyAccount;
  const silent = kb.sources.filter((src) => src.date > own.date && src.date <= date);
  if (!silent.length) return undefined;
  return `The ${silent.map((src) => src.name).join(' and ')} says nothing on this; this is the position as the ${own.name} describes it.`;
}

function unsettledDraft(kb: KnowledgeBase, s: Extract<Standing, { kind: 'unsettled' }>, title: string, what: string, date: IsoDate): Draft {
  const explanation = [
    ...(s.before ? [`On ${formatDate(s.before.from)} (${sourceName(kb, s.before.source)}): ${s.before.headline}`] : []),
    `By ${formatDate(s.next.from)} (${sourceName(kb, s.next.source)}): ${s.next.headline}`,
  ];
  return {
    title,
    headline: `The sources do not say ${what} on ${formatDate(date)}: the change came at some point between ${formatDate(s.next.after!)} and ${formatDate(s.next.from)}, and they give no exact day.`,
    explanation,
    cites: [...(s.before?.cite ?? []), ...s.next.cite],
    changes: changesAfter(kb, undefined, s.later.slice(1)),
  };
}

function beforeFirstDraft(kb: KnowledgeBase, s: Extract<Standing, { kind: 'before-first' }>, title: string, what: string, date: IsoDate): Draft {
  return {
    title,
    headline: `The sources cannot tell ${what} as early as ${formatDate(date)}: the earliest they speak for is ${formatDate(s.next.from)}.`,
    explanation: [],
    cites: s.next.cite,
    changes: changesAfter(kb, undefined, s.later),
  };
}

// ---- yes/no questions about a body's place under the duty ----

type Wording = { verdict?: Verdict; text: string };

/**
 * What each form of question gets for each state of a body. `removal-announced` is a
 * relevant partner whose removal is announced; `other-means` is that, asked about a
 * different means ("is the Education Bill taking JCP off?" when JCP goes next session).
 */
const BODY_ANSWERS: Record<Exclude<QuestionForm, 'proposed' | 'when'>, Partial<Record<BodyStatus | 'other-means' | 'conditional', Wording>>> = {
  is: {
    'relevant-partner': { verdict: 'Yes', text: '{Called} {are} {partner} under the duty to cooperate (section 10 of the Children Act 2004) as at {date}.' },
    'removal-announced': { verdict: 'Yes', text: '{Called} {are} still {partner} under the duty to cooperate as at {date}, but {their} removal has been announced, subject to Parliament.' },
    // a proposal is not the law: "were schools relevant partners in July 2008?" is No, and says what was proposed
    proposed: { verdict: 'No', text: '{Called} {are} not {partner} as at {date}: bringing {them} under the duty to cooperate had been proposed, not made law.' },
    'not-a-partner': { verdict: 'No', text: '{Called} {are} not {partner} under the duty to cooperate as at {date}.' },
    removed: { verdict: 'No', text: '{Called} {are} no longer {partner} as at {date}.' },
    // the list of relevant partners is closed: a body it leaves out, and no removal names, is not listed
    'not-stated': { verdict: 'Not listed', text: '{Called} {are} not among the relevant partners listed as at {date}: the list names {them} neither among the partners that continue nor among the bodies losing the duty.' },
    conditional: { verdict: 'No', text: 'If {means} passes as announced, {called} will no longer be {partner}; as at {date} {they} still {are}.' },
    'other-means': { verdict: 'Yes', text: '{Called} would still be {partner}: {means} would not change this, though the Government has announced {their} removal by {pendingMeans}.' },
  },
  stays: {
    'relevant-partner': { verdict: 'Yes', text: '{Called} {are} {partner} as at {date}, and nothing in the sources announces {their} removal.' },
    'removal-announced': { verdict: 'No', text: 'Not if {means} passes: {called} {are} still {partner} as at {date}, but {their} removal has been announced, subject to Parliament.' },
    proposed: { verdict: 'No', text: '{Called} {are} not {partner} as at {date}: bringing {them} under the duty to cooperate had only been proposed.' },
    'not-a-partner': { verdict: 'No', text: '{Called} {are} not {partner} as at {date}.' },
    removed: { verdict: 'No', text: '{Called} {are} no longer {partner} as at {date}.' },
    'not-stated': { verdict: 'Not listed', text: '{Called} {are} not among the relevant partners listed as at {date}, so there is nothing to stay.' },
    conditional: { verdict: 'No', text: 'If {means} passes as announced, {called} will no longer be {partner}; as at {date} {they} still {are}.' },
    'other-means': { verdict: 'Yes', text: '{Called} would stay {partner}: {means} would not remove {them}, though the Government has announced {their} removal by {pendingMeans}.' },
  },
  removed: {
    'relevant-partner': { verdict: 'No', text: '{Called} {are} still {partner} as at {date}; nothing in the sources removes {them} or announces {their} removal.' },
    'removal-announced': { verdict: 'Not yet', text: '{Called} {are} still {partner} as at {date}: {their} removal has been announced, subject to Parliament, but has not happened.' },
    proposed: { verdict: 'No', text: 'Nothing has been removed: as at {date} {called} {were} not {partner}, and bringing {them} under the duty had been proposed.' },
    'not-a-partner': { verdict: 'No', text: '{Called} {are} not {partner} as at {date}, so there is nothing to remove.' },
    removed: { verdict: 'Yes', text: '{Called} {are} no longer {partner} as at {date}.' },
    'not-stated': { text: 'The sources do not list {called} among the relevant partners as at {date}, and say nothing of {them} being brought under the duty or taken off it.' },
    conditional: { verdict: 'Yes', text: 'If {means} passes as announced, {called} will no longer be {partner}; as at {date} {they} still {are}.' },
    'other-means': { verdict: 'No', text: '{Means} does not remove {called}: {their} removal has been announced by {pendingMeans}, and as at {date} {they} {are} still {partner}.' },
  },
  adding: {
    'relevant-partner': { verdict: 'No', text: '{Called} {are} already {partner} as at {date}: there is nothing to bring in.' },
    'removal-announced': { verdict: 'No', text: '{Called} {are} already {partner} as at {date}, and {their} removal has been announced: nothing brings {them} in.' },
    proposed: { verdict: 'Proposed', text: 'Bringing {called} under the duty to cooperate had been proposed as at {date}; {they} {were} not yet {partner}.' },
    'not-a-partner': { verdict: 'No', text: 'Nothing in the sources as at {date} brings {called} under the duty to cooperate; {they} {are} not {partner}.' },
    removed: { verdict: 'No', text: '{Called} {are} no longer {partner} as at {date}, and nothing brings {them} back.' },
    'not-stated': { text: 'The sources do not list {called} among the relevant partners as at {date}, and say nothing of {them} being brought under the duty or taken off it.' },
    conditional: { verdict: 'No', text: 'If {means} passes as announced, {called} will no longer be {partner}; as at {date} {they} still {are}.' },
    'other-means': { verdict: 'No', text: '{Means} does not bring in {called}: {they} {are} already {partner}, and {their} removal is announced by {pendingMeans}.' },
  },
  removing: {
    'relevant-partner': { verdict: 'No', text: 'Nothing in the sources as at {date} announces removing {called} from the duty to cooperate; {they} {are} {partner}.' },
    'removal-announced': { verdict: 'Yes', text: 'Removing {called} from the duty to cooperate has been announced, by {pendingMeans} and subject to Parliament; as at {date} {they} {are} still {partner}.' },
    proposed: { verdict: 'No', text: '{Called} {are} not {partner} as at {date}, so there is nothing to remove.' },
    'not-a-partner': { verdict: 'No', text: '{Called} {are} not {partner} as at {date}, so there is nothing to remove.' },
    removed: { verdict: 'Yes', text: '{Called} {are} no longer {partner} as at {date}.' },
    'not-stated': { text: 'The sources do not list {called} among the relevant partners as at {date}, and say nothing of {them} being brought under the duty or taken off it.' },
    conditional: { verdict: 'Yes', text: 'Removing {called} from the duty to cooperate has been announced, by {pendingMeans} and subject to Parliament; as at {date} {they} {are} still {partner}.' },
    'other-means': { verdict: 'No', text: '{Means} does not remove {called}: {their} removal is announced by {pendingMeans}, subject to Parliament.' },
  },
};

/** A condition on a later means than the one removing the body: the earlier may have passed by then, or not. */
const LATER_MEANS: Wording = { text: '{Means} would not remove {called}, but {their} removal is announced by {pendingMeans}, which the DfE 2010 notice puts before it; the sources cannot say whether that will have passed by then.' };

/** Is `asked` a means the source puts after `removal` ("the next session" after "the Education Bill")? */
function comesAfter(kb: KnowledgeBase, asked: string | undefined, removal: string | undefined): boolean {
  const a = kb.means.findIndex((m) => m.id === asked);
  const b = kb.means.findIndex((m) => m.id === removal);
  return a >= 0 && b >= 0 && kb.means[a]!.source === kb.means[b]!.source && a > b;
}

/** For a form and status the table does not settle: no verdict. */
const SILENT: Wording = { text: 'The sources do not say whether {called} {are} {partner} as at {date}.' };

const INCLUDED_IN_LIST: BodyStatus[] = ['relevant-partner', 'removal-announced'];
/** Statuses under which a body is a relevant partner on the day (its removal may be announced). */
export const isRelevantPartner = (status: BodyStatus | undefined): boolean => status !== undefined && INCLUDED_IN_LIST.includes(status);

function bodyStatusDraft(kb: KnowledgeBase, body: Body, query: Query, date: IsoDate): Draft {
  const form = query.form ?? 'is';
  const title = `${body.name}: relevant partner?`;
  const s = standing(kb, body.id, date);
  if (form === 'when') return whenDraft(kb, body.id, title, body.called, date, query.pending);
  if (s.kind === 'unsettled') return unsettledDraft(kb, s, title, say('whether {called} {were} {partner}', body), date);
  if (s.kind === 'before-first') return beforeFirstDraft(kb, s, title, say('whether {called} {were} {partner}', body), date);
  if (s.kind === 'nothing') return { title, headline: say('The sources say nothing about whether {called} {are} {partner}.', body), explanation: [], cites: [], changes: [] };
  const p = s.position;
  const status = p.status ?? 'not-stated';
  let wording: Wording;
  let condition: string | undefined;
  const asked = query.condition ?? query.means;
  if (form === 'proposed' && query.underProposals && isRelevantPartner(status)) {
    // "under the 2008 proposals would the police have had to cooperate?": they already did, and nothing proposed otherwise
    wording = { verdict: 'Yes', text: '{Called} {were} already {partner} as at {date}, and the proposals would have kept {them} so.' };
  } else if (form === 'proposed') {
    const proposals = timelineOf(kb, body.id).filter((q) => q.status === 'proposed');
    const proposal = proposals.find((q) => (query.by ? q.source === query.by : q.from <= date));
    wording = proposal
      ? { verdict: 'Yes', text: `The ${sourceName(kb, proposal.source)} proposed bringing {called} under the duty to cooperate.` }
      : query.by && proposals[0]
        ? { verdict: 'No', text: `The ${sourceName(kb, query.by)} does not propose it: bringing {called} under the duty to cooperate was proposed by the ${sourceName(kb, proposals[0].source)}.` }
        : { verdict: 'No', text: 'Nothing in the sources up to {date} proposes bringing {called} under the duty to cooperate.' };
  } else if (s.early && status === 'proposed') {
    // before the note that made the proposal, the body was simply not a relevant partner
    wording = { verdict: 'No', text: '{Called} {were} not {partner} then: the list of relevant partners did not include {them}.' };
  } else if (status === 'relevant-partner' && asked && asked !== 'announced' && (form === 'is' || form === 'stays')) {
    // "once the Education Bill passes, will the police still be partners?": unaffected, and says so
    wording = { verdict: 'Yes', text: '{Called} would still be {partner}: {means} does not remove {them}, and nothing in the sources announces {their} removal.' };
  } else if (status === 'removal-announced' && asked && !sameMeans(asked, p.changeBy)) {
    wording = BODY_ANSWERS[form]['other-means']!;
    // "after the next session will schools still be partners?": by then the Education Bill, which comes first, may have passed
    if (query.condition && comesAfter(kb, asked, p.changeBy) && (form === 'is' || form === 'stays')) wording = LATER_MEANS;
  } else if (status === 'removal-announced' && query.condition && form !== 'removing') {
    wording = BODY_ANSWERS[form].conditional!;
    condition = `This answer assumes ${meansName(kb, p.changeBy)} passes as announced; it is subject to Parliament.`;
  } else {
    wording = BODY_ANSWERS[form][status] ?? SILENT;
  }
  // a negative question ("are schools not covered?") reads either way: say the facts, give no yes or no
  if (query.noVerdict && form !== 'proposed') wording = { text: wording.text };
  const otherMeans = wording === BODY_ANSWERS[form as keyof typeof BODY_ANSWERS]?.['other-means'] || wording === LATER_MEANS;
  const named = otherMeans ? asked : query.condition && query.condition !== 'announced' ? query.condition : p.changeBy;
  const text = say(wording.text, body, date, meansName(kb, named))
    .replace('{Means}', capitalise(meansName(kb, asked)))
    .replace('{pendingMeans}', meansName(kb, p.changeBy));
  const before = earlier(kb, body.id, p);
  return {
    verdict: wording.verdict,
    title,
    headline: text,
    explanation: [p.headline, ...(p.explanation ? [p.explanation] : []), ...before.lines],
    cites: [...p.cite, ...before.cites],
    changes: changesAfter(kb, p, s.later),
    dateNote: positionNote(kb, s, date),
    condition,
  };
}

/** What an earlier source said on the subject, for the record: "In the DCSF 2008 note (2 July 2008): ...". */
function earlier(kb: KnowledgeBase, subject: string, p: Position): { lines: string[]; cites: Citation[] } {
  const prior = timelineOf(kb, subject).filter((q) => q.from < p.from && q.source !== p.source).pop();
  if (!prior) return { lines: [], cites: [] };
  return { lines: [`Earlier, in the ${sourceName(kb, prior.source)} (${formatDate(prior.from)}): ${prior.headline}`], cites: prior.cite };
}

function unknownBodyDraft(kb: KnowledgeBase, name: string, date: IsoDate): Draft {
  const list = bodyListDraft(kb, 'relevant-partner', date);
  return {
    verdict: 'Not listed',
    title: `“${name}”: relevant partner?`,
    headline: `The sources do not name “${name}” among the relevant partners under the duty to cooperate, as at ${formatDate(date)}; the list is closed.`,
    explanation: [
      `${list.headline}`,
      'A body not listed can still take part in the Children’s Trust as an ‘other’ partner, but it is not bound by the duty to cooperate, nor can it pool resources under section 10.',
    ],
    cites: list.cites,
    changes: [],
    items: list.items,
  };
}

function bodyAboutDraft(kb: KnowledgeBase, body: Body, date: IsoDate): Draft {
  const s = standing(kb, body.id, date);
  if (s.kind !== 'known') return bodyStatusDraft(kb, body, { kind: 'body-status', bodyId: body.id }, date);
  const p = s.position;
  return {
    title: body.name,
    headline: p.headline,
    explanation: [...(p.explanation ? [p.explanation] : []), say(BODY_ANSWERS.is[p.status ?? 'not-stated']!.text, body, date)],
    cites: p.cite,
    changes: changesAfter(kb, p, s.later),
    dateNote: positionNote(kb, s, date),
  };
}

function bodyListDraft(kb: KnowledgeBase, listOf: NonNullable<Query['listOf']>, date: IsoDate): Draft {
  const wanted: BodyStatus[] = listOf === 'relevant-partner' ? INCLUDED_IN_LIST : [listOf];
  const items: NonNullable<Answer['items']> = [];
  const unsettled: string[] = [];
  const changes: Change[] = [];
  const cites: Citation[] = [];
  for (const body of kb.bodies) {
    const s = standing(kb, body.id, date);
    if (s.kind === 'unsettled') unsettled.push(body.called);
    if (s.kind !== 'known' || !s.position.status || !wanted.includes(s.position.status)) continue;
    items.push({ name: body.name, called: body.called, note: s.position.status === 'removal-announced' ? `removal announced: ${meansName(kb, s.position.changeBy)}` : undefined });
    if (listOf !== 'relevant-partner') cites.push(...s.position.cite);
    if (s.position.change && !changes.some((c) => c.text === s.position.change)) changes.push({ date: s.position.from, text: s.position.change, cite: citations(kb, s.position.cite) });
  }
  const what = { 'relevant-partner': 'relevant partners under the duty to cooperate', 'removal-announced': 'relevant partners whose removal from the duty has been announced', proposed: 'bodies proposed as new relevant partners' }[listOf];
  const list = standing(kb, 'relevant-partners', date);
  const names = items.map((i) => (i.note ? `${i.called} (${i.note})` : i.called));
  const headline = items.length
    ? `As at ${formatDate(date)} the ${what} are: ${names.slice(0, -1).join('; ')}${names.length > 1 ? '; and ' : ''}${names[names.length - 1]}.`
    : `The sources name no ${what} as at ${formatDate(date)}.`;
  return {
    title: capitalise(what),
    headline,
    explanation: unsettled.length && listOf === 'relevant-partner' ? [`The sources do not settle whether ${unsettled.join(', ')} were relevant partners on that date.`] : [],
    cites: [...(list.kind === 'known' ? list.position.cite : []), ...cites],
    changes,
    items,
    dateNote: list.kind === 'known' ? positionNote(kb, list, date) : undefined,
  };
}

// ---- yes/no questions about an obligation or topic ----

function topicDraft(kb: KnowledgeBase, topic: Topic, query: Query, date: IsoDate, body?: Body): Draft {
  if (topic.perBody && body) return perBodyDraft(kb, topic, body, date, query);
  const form = query.form ?? 'is';
  const s = standing(kb, topic.id, date);
  const what = topic.title.replace(/\?$/, '').toLowerCase();
  if (form === 'when' && (!query.open || query.changed || query.pending)) return whenDraft(kb, topic.id, topic.title, `what happened to ${what}`, date, query.pending);
  if (s.kind === 'unsettled') return unsettledDraft(kb, s, topic.title, `what the position was on ${what}`, date);
  if (s.kind === 'before-first') return beforeFirstDraft(kb, s, topic.title, `the position on ${what}`, date);
  if (s.kind === 'nothing') return { title: topic.title, headline: `The sources say nothing about ${what}.`, explanation: [], cites: [], changes: [] };
  const p = s.position;
  const before = earlier(kb, topic.id, p);
  const plain: Draft = {
    title: topic.title,
    headline: p.headline,
    explanation: [...(p.explanation ? [p.explanation] : []), ...before.lines],
    cites: [...p.cite, ...before.cites],
    changes: changesAfter(kb, p, s.later),
    dateNote: positionNote(kb, s, date),
  };
  if (query.open || (!p.verdict && form !== 'proposed')) return plain;
  const verdicted = topicVerdict(kb, topic, p, query, date);
  if (!verdicted) return plain;
  // the proposal a "was it proposed?" answer gives is not news again under "What is changing"
  const changes = plain.changes.filter((c) => sentence(c.text) !== verdicted.headline);
  return { ...plain, ...verdicted, changes, cites: [...(verdicted.cites ?? []), ...p.cite] };
}

/**
 * The verdict on a topic's position for the question's form and condition, with the one
 * sentence that states it, or nothing when the sources give no yes or no.
 */
function topicVerdict(kb: KnowledgeBase, topic: Topic, p: Position, query: Query, date: IsoDate): Partial<Draft> | undefined {
  // "under the 2008 proposals would 4-star councils still be exempt?": the permission as it stands is not how it would stand
  if (topic.permission && query.form === 'proposed' && query.underProposals) return undefined;
  const form = topic.permission ? 'is' : query.form ?? 'is';
  const state = stateOf(kb, p);
  const asked = query.condition ?? query.means;
  const pendingText = sentence(p.change ?? p.headline);
  const removedOn = state.removed ? `on ${formatDate(p.from)} (${sourceName(kb, p.source)})` : '';
  if (form === 'proposed') {
    const proposals = timelineOf(kb, topic.id).filter((q) => stateOf(kb, q).proposed);
    const proposal = proposals.find((q) => (query.by ? q.source === query.by : q.from <= date));
    if (!proposal && query.by && proposals[0])
      return { verdict: 'No', headline: `The ${sourceName(kb, query.by)} does not propose it; the proposal was the ${sourceName(kb, proposals[0].source)}’s: ${sentence(proposals[0].change ?? proposals[0].headline)}`, cites: proposals[0].cite };
    // a topic's timeline records its own proposal, not every proposal touching it: no "No" from silence
    if (!proposal) return undefined;
    return { verdict: 'Yes', headline: sentence(proposal.change ?? proposal.headline), cites: proposal.cite };
  }
  if (query.noVerdict) return undefined;
  if (state.holds === undefined) return undefined;
  if (query.givingUp) {
    // "may we give it up?" is "is it required?" turned round, and answered only where that has a plain yes or no
    const required = topicVerdict(kb, topic, p, { ...query, givingUp: false, form: 'is' }, date);
    const turned = required?.verdict === 'Yes' ? 'No' : required?.verdict === 'No' ? 'Yes' : undefined;
    // the sentence must not contradict the verdict: "Not once the Bill passes: ..." becomes "Once the Bill passes: ..."
    return turned && { ...required, verdict: turned, headline: required!.headline!.replace(/^Not once /, 'Once ') };
  }
  const pendingMatches = sameMeans(asked, state.removalBy);
  const otherMeans = !!asked && asked !== 'announced' && !!state.removalBy && !pendingMatches;
  if (query.condition && state.holds && state.removalBy && pendingMatches && (form === 'is' || form === 'stays')) {
    return {
      verdict: 'No',
      headline: `Not once ${meansName(kb, state.removalBy)} passes as announced: ${pendingText}`,
      condition: `This answer assumes ${meansName(kb, state.removalBy)} passes as announced; it is subject to Parliament. As at ${formatDate(date)}: ${p.headline}`,
    };
  }
  switch (form) {
    case 'is':
      return { verdict: p.verdict, headline: p.headline };
    case 'adding':
      if (state.holds) return { verdict: 'No', headline: `It is already so as at ${formatDate(date)}: ${p.headline}` };
      if (state.proposed) return { verdict: 'Proposed', headline: sentence(p.change ?? p.headline) };
      return { verdict: 'No', headline: p.headline };
    case 'stays':
      if (!state.holds) return { verdict: 'No', headline: p.headline };
      if (state.removalBy && !otherMeans) return { verdict: 'No', headline: `Not if ${meansName(kb, state.removalBy)} passes: ${pendingText}` };
      if (otherMeans && query.condition && comesAfter(kb, asked, state.removalBy)) return undefined;
      return { verdict: 'Yes', headline: otherMeans ? `${sentence(p.headline)} ${capitalise(meansName(kb, asked))} would not change this.` : p.headline };
    case 'removed':
      if (!state.removed && !(state.holds && state.removalBy) && state.holds) return { verdict: 'No', headline: `It has not been removed as at ${formatDate(date)}: ${p.headline}` };
      if (state.removed && asked && asked !== 'announced') return { verdict: 'No', headline: `Not by ${meansName(kb, asked)}: it was removed ${removedOn}. ${p.headline}` };
      if (state.removed && query.asAtText && !query.asAtText.includes(p.from.slice(0, 4)) && /\d{4}/.test(query.asAtText) && (query.asAt ?? '') > kb.latest)
        return { verdict: 'No', headline: `Not ${query.asAtText}: it was removed ${removedOn}. ${p.headline}` };
      if (state.removed) return { verdict: 'Yes', headline: `It was removed ${removedOn}: ${p.headline}` };
      if (state.holds && state.removalBy) return { verdict: 'Not yet', headline: `It has not been removed as at ${formatDate(date)}; its removal has been announced, subject to Parliament. ${pendingText}` };
      if (state.holds) return { verdict: 'No', headline: p.headline };
      return { verdict: 'No', headline: `There is nothing to remove: ${p.headline}` };
    case 'removing':
      if (state.removed && asked && asked !== 'announced') return { verdict: 'No', headline: `Not by ${meansName(kb, asked)}: it was already removed ${removedOn}. ${p.headline}` };
      if (state.removed) return { verdict: 'Yes', headline: `It was already removed ${removedOn}: ${p.headline}` };
      if (state.holds && state.removalBy && !otherMeans) return { verdict: 'Yes', headline: `Its removal has been announced, subject to Parliament: ${pendingText}` };
      if (state.holds && otherMeans) return { verdict: 'No', headline: `Not by ${meansName(kb, asked)}: ${pendingText}` };
      if (state.holds) return { verdict: 'No', headline: /\bno plans\b/.test(p.headline) ? p.headline : `No removal has been announced as at ${formatDate(date)}: ${p.headline}` };
      return { verdict: 'No', headline: `There is nothing to remove: ${p.headline}` };
    default:
      return undefined;
  }
}

function perBodyDraft(kb: KnowledgeBase, topic: Topic, body: Body, date: IsoDate, query: Query): Draft {
  const rule = topic.perBody!;
  const form = query.form ?? 'is';
  const s = standing(kb, body.id, date);
  if (s.kind !== 'known') return bodyStatusDraft(kb, body, { kind: 'body-status', bodyId: body.id }, date);
  // "once the Education Bill passes, can schools still pool with us?": the rule for the body as the Bill leaves it
  const pending = s.position.status === 'removal-announced' && query.condition ? s.position.changeBy : undefined;
  const passing = !!pending && sameMeans(query.condition, pending);
  const unsettled = !!pending && !passing && comesAfter(kb, query.condition, pending);
  const status = passing ? 'removed' : s.position.status ?? 'not-stated';
  const yes = (rule.yesWhen ?? []).includes(status) || (rule.yesFor ?? []).includes(body.id);
  const topicStanding = standing(kb, topic.id, date);
  const said = say(yes ? rule.yes : rule.no, body, date);
  return {
    // the rule says whether the body may; whether that has gone or is going is not in it
    ...(form === 'is' && !unsettled ? { verdict: yes ? ('Yes' as const) : ('No' as const) } : {}),
    ...(passing ? { condition: `This answer assumes ${meansName(kb, pending)} passes as announced; it is subject to Parliament.` } : {}),
    title: `${topic.title}: ${body.name}`,
    headline: passing
      ? `${yes ? 'Once' : 'Not once'} ${meansName(kb, pending)} passes as announced: ${said}`
      : unsettled
        ? `${said} ${capitalise(meansName(kb, pending))}, which the DfE 2010 notice puts first, would end that, and the sources cannot say whether it will have passed by then.`
        : said,
    explanation: [s.position.headline],
    cites: [...rule.cite, ...s.position.cite],
    changes: changesAfter(kb, s.position, s.later),
    dateNote: topicStanding.kind === 'known' ? positionNote(kb, topicStanding, date) : undefined,
  };
}

/** When did it change: the day the sources give, or what they say about not giving one. */
function whenDraft(kb: KnowledgeBase, subject: string, title: string, what: string, date: IsoDate, coming = false): Draft {
  // "when will schools stop being partners?": the change still to come, which the sources give no day for
  const latest = standing(kb, subject, kb.latest);
  if (coming && latest.kind === 'known' && latest.position.changeBy) {
    const means = indexOf(kb).means.get(latest.position.changeBy);
    return {
      title,
      headline: `The sources give no date: ${sentence(latest.position.change ?? latest.position.headline)}`,
      explanation: means ? [means.headline] : [],
      cites: [...latest.position.cite, ...(means?.cite ?? [])],
      changes: [],
    };
  }
  if (coming && latest.kind === 'known') return { title, headline: `Nothing in the sources as at ${formatDate(kb.latest)} announces a change: ${sentence(latest.position.headline)}`, explanation: [], cites: latest.position.cite, changes: [] };
  const timeline = timelineOf(kb, subject).filter((p) => p.from <= date || p.after !== undefined);
  const changed = timeline.filter((p, i) => i > 0 && (p.status ?? p.verdict) !== (timeline[i - 1]!.status ?? timeline[i - 1]!.verdict));
  const last = changed[changed.length - 1] ?? timeline[timeline.length - 1];
  if (!last) return { title, headline: `The sources say nothing about ${what}.`, explanation: [], cites: [], changes: [] };
  const headline = last.after
    ? `The sources do not say exactly when: the change came at some point between ${formatDate(last.after)} (${sourceName(kb, timeline.find((p) => p.from <= last.after!)?.source ?? last.source)}) and ${formatDate(last.from)} (${sourceName(kb, last.source)}), and they give no day.`
    : `On ${formatDate(last.from)} (${sourceName(kb, last.source)}): ${last.headline}`;
  return {
    title,
    headline,
    explanation: timeline.map((p) => `${formatDate(p.from)} (${sourceName(kb, p.source)}): ${p.headline}`),
    cites: timeline.flatMap((p) => p.cite),
    changes: [],
  };
}

// ---- what changed between two dates ----

/** A subject's state in a few words, for a line of a change answer. */
function shortState(kb: KnowledgeBase, p: Position): string {
  if (p.status) {
    const words: Record<BodyStatus, string> = {
      'relevant-partner': 'a relevant partner',
      'removal-announced': `a relevant partner, its removal announced (${meansName(kb, p.changeBy)})`,
      proposed: 'proposed as a relevant partner',
      'not-a-partner': 'not a relevant partner',
      removed: 'no longer listed as a relevant partner',
      'not-stated': 'not mentioned',
    };
    return words[p.status];
  }
  return p.headline.replace(/\.$/, '');
}

/** A body's or topic's name inside a sentence: "What is a CYPP?" is "What is a CYPP" there. */
function subjectName(kb: KnowledgeBase, id: string): string {
  const index = indexOf(kb);
  return (index.bodies.get(id)?.name ?? index.topics.get(id)?.title ?? id).replace(/\?$/, '');
}

/** What the sources announce and has yet to happen, as at the latest source: by the means asked, if one is. */
function pendingDraft(kb: KnowledgeBase, query: Query, subjects: string[]): Draft {
  const lines: string[] = [];
  const cites: Citation[] = [];
  const byMeans = new Map<string, string[]>();
  for (const subject of subjects) {
    const s = standing(kb, subject, kb.latest);
    if (s.kind !== 'known' || !s.position.changeBy || (query.means && s.position.changeBy !== query.means)) continue;
    const name = subjectName(kb, subject);
    byMeans.set(s.position.changeBy, [...(byMeans.get(s.position.changeBy) ?? []), name]);
    cites.push(...s.position.cite);
  }
  for (const [means, names] of byMeans) lines.push(`${capitalise(meansName(kb, means))}, subject to Parliament: ${names.join('; ')}.`);
  const pending = [...new Set(subjects.flatMap((subject) => { const s = standing(kb, subject, kb.latest); return s.kind === 'known' && s.position.changeBy && (!query.means || s.position.changeBy === query.means) && s.position.change ? [s.position.change] : []; }))];
  return {
    title: query.means ? `What ${meansName(kb, query.means)} will change` : 'What is about to change',
    headline: lines.length
      ? `As at ${formatDate(kb.latest)}, these changes are announced and yet to be made: ${lines.join(' ')}`
      : `The sources announce no change${query.means ? ` by ${meansName(kb, query.means)}` : ''} still to be made as at ${formatDate(kb.latest)}.`,
    explanation: pending,
    cites,
    changes: [],
  };
}

function changesDraft(kb: KnowledgeBase, query: Query): Draft {
  const index = indexOf(kb);
  const span = query.span ?? { from: kb.sources[0]!.date, to: kb.latest };
  const to = span.to > kb.latest ? kb.latest : span.to;
  const asked = query.topicId ? index.topics.get(query.topicId) : undefined;
  // a topic's changes are its area's ("what changed for the CYPP?" is the plan, its deadline, the joint plan...);
  // the duty's are the relevant partners'
  const area = asked ? kb.topics.filter((t) => t.area === asked.area && (t.kind === 'yes-no' || kb.obligations.some((o) => o.topic === t.id))).map((t) => t.id) : [];
  const subjects = query.bodyId
    ? [query.bodyId]
    : query.topicId === 'relevant-partners'
      ? kb.bodies.map((b) => b.id)
      : asked
        ? [asked.id, ...area, ...(asked.area === 'duty' ? kb.bodies.map((b) => b.id) : [])]
        : [...kb.topics.filter((t) => t.kind === 'yes-no' || kb.obligations.some((o) => o.topic === t.id)).map((t) => t.id), ...kb.bodies.map((b) => b.id)];
  if (query.pending) return pendingDraft(kb, query, subjects);
  const one = query.bodyId ?? query.topicId;
  // the subjects asked about are shown as each source puts them, changed or not ("no plans to remove it")
  const named = new Set([one, ...(query.also ?? []).map((o) => o.bodyId ?? o.topicId)].filter((x): x is string => !!x));
  const lines: string[] = [];
  const cites: Citation[] = [];
  for (const subject of [...new Set(subjects)]) {
    const before = standing(kb, subject, span.from);
    const after = standing(kb, subject, to);
    const name = subjectName(kb, subject);
    const a = before.kind === 'known' ? before.position : undefined;
    const b = after.kind === 'known' ? after.position : after.kind === 'unsettled' ? after.next : undefined;
    if (!b || a === b) continue;
    const unchanged = !!a && (a.status ?? a.verdict ?? a.headline) === (b.status ?? b.verdict ?? b.headline);
    if (unchanged && !named.has(subject)) continue;
    const state = (p: Position) => (named.has(subject) ? p.headline.replace(/\.$/, '') : shortState(kb, p));
    const then = a ? `${formatDate(a.from)}: ${state(a)}` : `${formatDate(span.from)}: not mentioned`;
    const now = `${formatDate(b.from)}: ${state(b)}${b.after ? ' (the sources do not say exactly when this changed)' : ''}`;
    const pending = b.change && b.changeBy ? ` Next: ${b.change}` : '';
    lines.push(`${name}. ${then}. ${now}.${pending}`);
    cites.push(...(a?.cite ?? []), ...b.cite);
  }
  const from = `${formatDate(span.from)} (${sourceName(kb, kb.sources.find((s) => s.date <= span.from)?.id ?? kb.sources[0]!.id)})`;
  const until = `${formatDate(to)} (${sourceName(kb, [...kb.sources].reverse().find((s) => s.date <= to)?.id ?? kb.sources[0]!.id)})`;
  const single = named.size ? [...named].map((id) => subjectName(kb, id)).join(' and ') : undefined;
  const headline = lines.length
    ? single
      ? `${single}: what the sources say between ${from} and ${until}.`
      : `Between ${from} and ${until}, ${lines.length === 1 ? 'one thing changed' : `${lines.length} things changed`}:`
    : `The sources record no change${single ? ` for ${single}` : ''} between ${from} and ${until}.`;
  return {
    title: single ? `What changed: ${single}` : 'What changed',
    headline,
    explanation: lines,
    cites,
    changes: [],
  };
}

// ---- open questions answered by a passage of the sources ----

const sourceOf = (kb: KnowledgeBase, id: string): Source | undefined => indexOf(kb).sources.get(id);

function unitOf(kb: KnowledgeBase, source: string, ref: string): SourceUnit | undefined {
  return indexOf(kb).sources.get(source)?.units.find((u) => u.ref === ref);
}

/** The sentence of a unit that shares most stems with the question. */
function bestSentence(text: string, terms: string[], why = false): string {
  const sentences = text.split(/(?<=[.;:!?])\s+(?=[A-Z‘“•])|\n/).map((s) => s.replace(/^•\s*/, '').trim()).filter((s) => s.length > 20);
  if (!sentences.length) return text;
  const wanted = new Set(terms);
  let best = sentences[0]!;
  let bestScore = -1;
  for (const s of sentences) {
    // a "why?" is answered by the sentence that gives a reason, of those that speak to the question as well
    // ... and not a bullet's few words ("non-maintained special schools"), which quote poorly
    const score = new Set(s.toLowerCase().replace(/[’']/g, '').split(/[^a-z0-9]+/).filter(Boolean).map(stem).filter((w) => wanted.has(w))).size + (why && GIVES_REASON.test(s) ? 0.5 : 0) - (s.length < 60 ? 0.5 : 0);
    if (score > bestScore) { best = s; bestScore = score; }
  }
  return best;
}

function passageDraft(kb: KnowledgeBase, query: Query): Draft {
  const units = (query.units ?? []).map((u) => ({ ...u, unit: unitOf(kb, u.source, u.ref) })).filter((u) => u.unit);
  const first = units[0];
  if (!first?.unit) throw new UnknownSubjectError(query);
  const source = indexOf(kb).sources.get(first.source)!;
  const numbered = source.structure === 'numbered';
  const where = numbered ? `${source.citeAs}, para ${first.ref}` : `${source.citeAs}, ${first.ref}`;
  const quote = (query.proposal ?? query.statement ?? bestSentence(first.unit.text, query.terms ?? [], query.why)).replace(/[.;:,]$/, '');
  const headline = query.proposal
    ? `The ${source.name} proposed this (${where}): “${quote}.”`
    : query.statement
      ? `The ${source.name} says so (${where}): “${quote}.”`
      : query.yesNo
      ? `The sources do not answer that with a plain yes or no; the nearest they come is the ${source.name} (${where}): “${quote}.”`
      : `The ${source.name} says (${where}): “${quote}.”`;
  return {
    ...(query.proposal || query.statement ? { verdict: 'Yes' as Verdict } : {}),
    title: numbered ? `${source.citeAs}, para ${first.ref}${first.unit.chapter ? `: ${first.unit.chapter}` : ''}` : `${source.citeAs}: ${first.ref}`,
    headline,
    explanation: [
      `The whole passage: “${first.unit.text.replace(/\n/g, ' ')}”`,
      // the next best passage, when the search found one: its sentence that speaks to the question
      ...units.slice(1, 2).map((u) => `See also ${sourceOf(kb, u.source)?.citeAs ?? u.source}${sourceOf(kb, u.source)?.structure === 'numbered' ? `, para ${u.ref}` : `, ${u.ref}`}: “${bestSentence(u.unit!.text, query.terms ?? []).replace(/[.;:,]$/, '')}.”`),
    ],
    cites: units.slice(0, 2).map((u) => {
      const own = sourceOf(kb, u.source)?.structure === 'numbered';
      return { source: u.source, ...(own ? { paras: [Number(u.ref)] } : { section: u.ref }), quote: u === first ? quote : bestSentence(u.unit!.text, query.terms ?? []) };
    }),
    changes: [],
  };
}

/**
 * Several subjects asked about at once ("are schools and JCP both going?"): one verdict when
 * every subject gets the same one, otherwise none, and each subject's own answer.
 */
function together(kb: KnowledgeBase, query: Query, first: Draft): Draft {
  const rest = (query.also ?? []).map((o) => answer(kb, { ...query, bodyId: o.bodyId, topicId: o.topicId ?? query.topicId, also: undefined }));
  const verdicts = [first.verdict, ...rest.map((a) => a.verdict)];
  // an open question about several ("what does the notice say about the lead member and DCS?"): each one's answer
  const same = verdicts.every((v) => v === verdicts[0]);
  // "are A and B both staying?": a plain yes for one and a plain no for another is a No for both
  const yesNo = verdicts.every((v) => v === 'Yes' || v === 'No');
  const combined = same ? verdicts[0] : yesNo && query.all ? 'No' : yesNo && query.any ? 'Yes' : undefined;
  const each = [first.headline, ...rest.map((a) => a.headline)];
  const parts = [first, ...rest].map((a, i) => `${a.verdict ? `${a.verdict.toLowerCase()} for ${(i ? rest[i - 1]!.title : first.title).replace(/: relevant partner\?$/, '')}` : ''}`).filter(Boolean).join('; ');
  return {
    ...first,
    verdict: combined,
    title: [first.title, ...rest.map((a) => a.title)].join(' / '),
    headline: same ? each.join(' ') : `${combined === 'No' ? 'Not for all of them' : combined === 'Yes' ? 'For some of them' : 'The answer is not the same for each'}: ${parts}.`,
    explanation: same ? first.explanation : [...each, ...first.explanation],
    cites: [...first.cites, ...rest.flatMap((a) => a.citations)],
    // two subjects under one announcement share its line ("the guidance may be reviewed")
    changes: [...first.changes, ...rest.flatMap((a) => a.changes)].filter((c, i, all) => all.findIndex((x) => x.text === c.text) === i),
  };
}

// ---- the entry point ----

/** A query naming no body or topic this knowledge base holds (an old or forged button). */
export class UnknownSubjectError extends Error {
  constructor(readonly query: Query) {
    super(`Query names nothing the knowledge base knows: ${JSON.stringify(query).slice(0, 300)}`);
    this.name = 'UnknownSubjectError';
  }
}

/**
 * The date an answer speaks for: the one asked (default the latest source's), but no later
 * than the latest source, with a note when the question asked past it.
 */
export function asAtOf(kb: KnowledgeBase, asked: IsoDate = kb.latest): { date: IsoDate; pastTheSources?: string; earlyAccount?: string } {
  const early = kb.sources.find((s) => s.speaksFrom && s.speaksFrom <= asked && asked < s.date);
  if (early) return { date: asked, earlyAccount: `This is the law in force as the ${early.name} (${formatDate(early.date)}) describes it; the sources say nothing earlier in ${asked.slice(0, 4)}.` };
  if (asked <= kb.latest) return { date: asked };
  const latestSource = kb.sources[kb.sources.length - 1]!;
  return {
    date: kb.latest,
    pastTheSources: `My latest source is the ${latestSource.name} of ${formatDate(kb.latest)}, and the law may have changed since; this is the position on that date.`,
  };
}

/** Answers a structured query from the knowledge base, as at the query's date. */
export function answer(kb: KnowledgeBase, query: Query): Answer {
  const index = indexOf(kb);
  const asked = query.now && !query.asAt ? '9999-12-31' : query.asAt;
  const { date, pastTheSources } = asAtOf(kb, asked);
  const body = query.bodyId ? index.bodies.get(query.bodyId) : undefined;
  const topic = query.topicId ? index.topics.get(query.topicId) : undefined;

  let draft: Draft;
  if (query.kind === 'changes') draft = changesDraft(kb, query);
  else if (query.kind === 'means' && query.means && index.means.has(query.means)) {
    const m = index.means.get(query.means)!;
    // "has the Bill passed?", "is it law yet?": not as at the latest source, which has it to come
    const notYet = query.yesNo && m.notYet;
    draft = { title: capitalise(m.name), headline: notYet || m.headline, ...(notYet ? { verdict: 'Not yet' as const } : {}), explanation: [], cites: m.cite, changes: [] };
  }
  else if (query.kind === 'passage') draft = passageDraft(kb, query);
  else if (query.kind === 'topic' && topic) draft = topicDraft(kb, topic, query, date, body);
  else if (query.kind === 'body-list') draft = bodyListDraft(kb, query.listOf ?? 'relevant-partner', date);
  else if (query.kind === 'body-about' && body) draft = bodyAboutDraft(kb, body, date);
  else if (body) draft = bodyStatusDraft(kb, body, query, date);
  else if (query.unknownBody) draft = { ...unknownBodyDraft(kb, query.unknownBody, date), ...(query.noVerdict ? { verdict: undefined } : {}) };
  else throw new UnknownSubjectError(query);

  if (query.also?.length && query.kind !== 'changes') draft = together(kb, query, draft);
  // "since the duty to cooperate was abolished, ...": a premise the sources contradict is corrected first
  if (query.premise) {
    const premise = answer(kb, query.premise);
    if (premise.verdict === 'No' || premise.verdict === 'Not yet')
      draft = { ...draft, explanation: [`The question takes for granted something the sources do not say: ${premise.headline.replace(/^It /, 'it ')}`, ...draft.explanation], cites: [...draft.cites, ...premise.citations] };
  }
  // an open question's answer with the passage that speaks to the rest of it
  if (query.units?.length && query.kind !== 'passage') {
    const passage = passageDraft(kb, { kind: 'passage', units: query.units, terms: query.terms ?? [] });
    draft = { ...draft, explanation: [...draft.explanation, passage.headline.replace(/^The /, 'Also, the ')], cites: [...draft.cites, ...passage.cites] };
  }
  const dated = query.kind !== 'changes' && query.kind !== 'passage';
  // a question about now says first how old the sources are
  const headline = dated && pastTheSources ? `${pastTheSources} ${draft.headline}` : draft.headline;
  const views = citations(kb, [...draft.cites, ...draft.changes.flatMap((c) => c.cite)]);
  return {
    query,
    ...(draft.verdict ? { verdict: draft.verdict } : {}),
    title: draft.title,
    headline,
    explanation: draft.explanation,
    asAt: query.kind === 'passage' ? kb.sources.find((s) => s.id === query.units?.[0]?.source)?.date ?? date : date,
    ...(draft.dateNote ? { dateNote: draft.dateNote } : {}),
    changes: draft.changes,
    citations: views,
    ...(draft.items ? { items: draft.items } : {}),
    ...(draft.condition ? { condition: draft.condition } : {}),
  };
}

