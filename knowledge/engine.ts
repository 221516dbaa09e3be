// The answer engine: a structured query and the knowledge base in, an answer object out.
// Pure: no I/O and no clock; the as-at date is part of the query.
import type {
  Answer,
  Body,
  BodyStatus,
  Change,
  Citation,
  CitationView,
  IsoDate,
  KnowledgeBase,
  Position,
  Query,
  QuestionForm,
  Topic,
  Verdict,
} from './types';

import { formatDate } from './dates';

// ---- indexes, built once per knowledge base ----

interface Index {
  timelines: Map<string, Position[]>;
  bodies: Map<string, Body>;
  topics: Map<string, Topic>;
  sources: Map<string, KnowledgeBase['sources'][number]>;
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
    };
    indexes.set(kb, index);
  }
  return index;
}

// ---- where a subject stands on a date ----

export type Standing =
  /** A position holds on the date. */
  | { kind: 'known'; position: Position; later: Position[] }
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
  if (next) return { kind: 'before-first', next, later };
  return { kind: 'nothing' };
}

// ---- citations ----

export function paraLabel(paras: number[]): string {
  const sorted = [...paras].sort((a, b) => a - b);
  if (sorted.length === 1) return `para ${sorted[0]}`;
  if (sorted.length === 2 && sorted[1] === sorted[0] + 1) return `paras ${sorted[0]}-${sorted[1]}`;
  return `paras ${sorted.join(', ')}`;
}

function citationView(kb: KnowledgeBase, c: Citation): CitationView {
  const source = indexOf(kb).sources.get(c.source);
  const name = source?.citeAs ?? c.source;
  const where = c.paras ? `, ${paraLabel(c.paras)}` : c.section ? ` (${c.section})` : '';
  return { ...c, label: `${name}${where}`, sourceTitle: source?.title ?? c.source };
}

/** Citations in order, each quote once. */
export function citations(kb: KnowledgeBase, cites: Citation[]): CitationView[] {
  const seen = new Set<string>();
  return cites.filter((c) => !seen.has(c.source + c.quote) && seen.add(c.source + c.quote)).map((c) => citationView(kb, c));
}

// ---- wording ----

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Fills {Called}, {called}, {are}, {were}, {they}, {them}, {their}, {partner}, {date} for a body. */
export function say(template: string, body: Body, date?: IsoDate): string {
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
  };
  return template.replace(/\{(\w+)\}/g, (m, k: string) => words[k] ?? m);
}

/** What each status means for each kind of yes/no question about a body. */
const STATUS_ANSWERS: Record<Exclude<QuestionForm, 'proposed'>, Partial<Record<BodyStatus, { verdict?: Verdict; text: string }>>> = {
  is: {
    'relevant-partner': { verdict: 'Yes', text: '{Called} {are} {partner} under the duty to cooperate (section 10 of the Children Act 2004) as at {date}.' },
    'removal-announced': { verdict: 'Yes', text: '{Called} {are} still {partner} under the duty to cooperate as at {date}, but {their} removal has been announced.' },
    proposed: { verdict: 'Not yet', text: '{Called} {are} not {partner} as at {date}: bringing {them} under the duty to cooperate had been proposed.' },
    'not-a-partner': { verdict: 'No', text: '{Called} {are} not {partner} under the duty to cooperate as at {date}.' },
    removed: { verdict: 'No', text: '{Called} {are} no longer {partner} as at {date}.' },
    'not-stated': { text: 'The sources do not say whether {called} {are} {partner} as at {date}.' },
  },
  stay: {
    'relevant-partner': { verdict: 'Yes', text: '{Called} {are} {partner} as at {date}, and nothing in the sources announces {their} removal.' },
    'removal-announced': { verdict: 'No', text: '{Called} {are} still {partner} as at {date}, but {their} removal has been announced.' },
    proposed: { verdict: 'Not yet', text: '{Called} {are} not yet {partner} as at {date}: bringing {them} under the duty had been proposed.' },
    'not-a-partner': { verdict: 'No', text: '{Called} {are} not {partner} as at {date}.' },
    removed: { verdict: 'No', text: '{Called} {are} no longer {partner} as at {date}.' },
    'not-stated': { text: 'The sources do not say whether {called} {are} {partner} as at {date}.' },
  },
  removal: {
    'relevant-partner': { verdict: 'No', text: 'Nothing in the sources as at {date} announces removing {called} from the duty to cooperate; {they} {are} {partner}.' },
    'removal-announced': { verdict: 'Yes', text: 'Removing {called} from the duty to cooperate has been announced; as at {date} {they} {are} still {partner}.' },
    proposed: { verdict: 'No', text: '{Called} {are} not {partner} as at {date}, so there is nothing to remove.' },
    'not-a-partner': { verdict: 'No', text: '{Called} {are} not {partner} as at {date}, so there is nothing to remove.' },
    removed: { verdict: 'Yes', text: '{Called} {are} no longer {partner} as at {date}.' },
    'not-stated': { text: 'The sources do not say whether {called} {are} {partner} as at {date}.' },
  },
};

const INCLUDED_IN_LIST: BodyStatus[] = ['relevant-partner', 'removal-announced'];
/** Statuses under which a body is a relevant partner on the day (its removal may be announced). */
export const isRelevantPartner = (status: BodyStatus | undefined): boolean => status !== undefined && INCLUDED_IN_LIST.includes(status);

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
}

/** How a sentence names a source: "DCSF 2008 note". */
function sourceName(kb: KnowledgeBase, id: string): string {
  return indexOf(kb).sources.get(id)?.name ?? id;
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

/** A note when the position comes from an earlier source than a later one that is silent on it. */
function silenceNote(kb: KnowledgeBase, position: Position, date: IsoDate): string | undefined {
  const own = indexOf(kb).sources.get(position.source);
  const silent = kb.sources.filter((s) => own && s.date > own.date && s.date <= date);
  if (!own || !silent.length) return undefined;
  return `The ${silent.map((s) => s.name).join(' and ')} says nothing on this; this is the position as the ${own.name} describes it.`;
}

function unsettledDraft(kb: KnowledgeBase, s: Extract<Standing, { kind: 'unsettled' }>, title: string, what: string, date: IsoDate): Draft {
  const explanation = [
    ...(s.before ? [`On ${formatDate(s.before.from)} (${sourceName(kb, s.before.source)}): ${s.before.headline}`] : []),
    `By ${formatDate(s.next.from)} (${sourceName(kb, s.next.source)}): ${s.next.headline}`,
  ];
  return {
    title,
    headline: `The sources do not settle ${what} on ${formatDate(date)}: the change came at some point between ${formatDate(s.next.after!)} and ${formatDate(s.next.from)}, and they give no exact day.`,
    explanation,
    cites: [...(s.before?.cite ?? []), ...s.next.cite],
    changes: changesAfter(kb, undefined, s.later.slice(1)),
  };
}

function beforeFirstDraft(kb: KnowledgeBase, s: Extract<Standing, { kind: 'before-first' }>, title: string, what: string, date: IsoDate): Draft {
  return {
    title,
    headline: `The sources say nothing about ${what} as early as ${formatDate(date)}; the earliest they speak for is ${formatDate(s.next.from)}.`,
    explanation: [],
    cites: s.next.cite,
    changes: changesAfter(kb, undefined, s.later),
  };
}

// ---- the kinds of answer ----

function bodyStatusDraft(kb: KnowledgeBase, body: Body, form: QuestionForm, date: IsoDate): Draft {
  const title = `${body.name}: relevant partner?`;
  const s = standing(kb, body.id, date);
  if (s.kind === 'unsettled') return unsettledDraft(kb, s, title, say('whether {called} {were} {partner}', body), date);
  if (s.kind === 'before-first') return beforeFirstDraft(kb, s, title, body.called, date);
  if (s.kind === 'nothing') return { title, headline: say('The sources say nothing about whether {called} {are} {partner}.', body), explanation: [], cites: [], changes: [] };
  const p = s.position;
  const status = p.status ?? 'not-stated';
  let verdict: Verdict | undefined;
  let text: string;
  if (form === 'proposed') {
    const proposal = (indexOf(kb).timelines.get(body.id) ?? []).find((q) => q.from <= date && q.status === 'proposed');
    verdict = proposal ? 'Yes' : 'No';
    text = proposal
      ? say(`The ${sourceName(kb, proposal.source)} proposed bringing {called} under the duty to cooperate.`, body)
      : say('Nothing in the sources up to {date} proposes bringing {called} under the duty to cooperate.', body, date);
  } else {
    const wording = STATUS_ANSWERS[form][status] ?? STATUS_ANSWERS.is['not-stated']!;
    verdict = wording.verdict;
    text = say(wording.text, body, date);
  }
  return {
    verdict,
    title,
    headline: text,
    explanation: [p.headline, ...(p.explanation ? [p.explanation] : [])],
    cites: p.cite,
    changes: changesAfter(kb, p, s.later),
    dateNote: silenceNote(kb, p, date),
  };
}

function unknownBodyDraft(kb: KnowledgeBase, name: string, date: IsoDate): Draft {
  const list = bodyListDraft(kb, 'relevant-partner', date);
  return {
    verdict: 'Not listed',
    title: `“${name}”: relevant partner?`,
    headline: `The sources do not name “${name}” among the relevant partners under the duty to cooperate, as at ${formatDate(date)}, and say nothing else about them.`,
    explanation: [
      `${list.headline}`,
      'A body not listed can still take part in the Children’s Trust as an ‘other’ partner, but it is not bound by the duty to cooperate.',
    ],
    cites: list.cites,
    changes: [],
    items: list.items,
  };
}

function bodyAboutDraft(kb: KnowledgeBase, body: Body, date: IsoDate): Draft {
  const s = standing(kb, body.id, date);
  if (s.kind !== 'known') return bodyStatusDraft(kb, body, 'is', date);
  const p = s.position;
  return {
    title: body.name,
    headline: p.headline,
    explanation: [...(p.explanation ? [p.explanation] : []), say(STATUS_ANSWERS.is[p.status ?? 'not-stated']!.text, body, date)],
    cites: p.cite,
    changes: changesAfter(kb, p, s.later),
    dateNote: silenceNote(kb, p, date),
  };
}

function bodyListDraft(kb: KnowledgeBase, listOf: NonNullable<Query['listOf']>, date: IsoDate): Draft {
  const wanted: BodyStatus[] = listOf === 'relevant-partner' ? INCLUDED_IN_LIST : [listOf];
  const items: NonNullable<Answer['items']> = [];
  const unsettled: string[] = [];
  const changes: Change[] = [];
  for (const body of kb.bodies) {
    const s = standing(kb, body.id, date);
    if (s.kind === 'unsettled') unsettled.push(body.called);
    if (s.kind !== 'known' || !s.position.status || !wanted.includes(s.position.status)) continue;
    items.push({ name: body.name, called: body.called, note: s.position.status === 'removal-announced' ? 'removal announced' : undefined });
    if (s.position.change && !changes.some((c) => c.text === s.position.change)) changes.push({ date: s.position.from, text: s.position.change, cite: citations(kb, s.position.cite) });
  }
  const what = { 'relevant-partner': 'relevant partners under the duty to cooperate', 'removal-announced': 'relevant partners whose removal from the duty has been announced', proposed: 'bodies proposed as new relevant partners' }[listOf];
  const list = standing(kb, 'relevant-partners', date);
  const names = items.map((i) => (i.note ? `${i.called} (${i.note})` : i.called));
  const headline = items.length
    ? `As at ${formatDate(date)} the ${what} are: ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names[names.length - 1]}.`
    : `The sources name no ${what} as at ${formatDate(date)}.`;
  return {
    title: capitalise(what),
    headline,
    explanation: unsettled.length && listOf === 'relevant-partner' ? [`The sources do not settle whether ${unsettled.join(', ')} were relevant partners on that date.`] : [],
    cites: list.kind === 'known' ? list.position.cite : [],
    changes,
    items,
  };
}

function topicDraft(kb: KnowledgeBase, topic: Topic, form: QuestionForm, date: IsoDate, body?: Body): Draft {
  if (topic.perBody && body) return perBodyDraft(kb, topic, body, date);
  const s = standing(kb, topic.id, date);
  const what = topic.title.replace(/\?$/, '').toLowerCase();
  if (s.kind === 'unsettled') return unsettledDraft(kb, s, topic.title, what, date);
  if (s.kind === 'before-first') return beforeFirstDraft(kb, s, topic.title, what, date);
  if (s.kind === 'nothing') return { title: topic.title, headline: `The sources say nothing about ${what}.`, explanation: [], cites: [], changes: [] };
  const p = s.position;
  let verdict = topic.kind === 'yes-no' ? p.verdict : undefined;
  if (verdict && form === 'proposed') {
    const proposed = (indexOf(kb).timelines.get(topic.id) ?? []).some((q) => q.from <= date && q.verdict === 'Proposed');
    verdict = proposed ? 'Yes' : 'No';
  }
  return {
    verdict,
    title: topic.title,
    headline: p.headline,
    explanation: p.explanation ? [p.explanation] : [],
    cites: p.cite,
    changes: changesAfter(kb, p, s.later),
    dateNote: silenceNote(kb, p, date),
  };
}

function perBodyDraft(kb: KnowledgeBase, topic: Topic, body: Body, date: IsoDate): Draft {
  const rule = topic.perBody!;
  const s = standing(kb, body.id, date);
  if (s.kind !== 'known') return bodyStatusDraft(kb, body, 'is', date);
  const status = s.position.status ?? 'not-stated';
  const yes = rule.yesWhen.includes(status);
  const topicStanding = standing(kb, topic.id, date);
  const dateNote = topicStanding.kind === 'known' ? silenceNote(kb, topicStanding.position, date) : undefined;
  return {
    verdict: yes ? 'Yes' : 'No',
    title: `${topic.title}: ${body.name}`,
    headline: say(yes ? rule.yes : rule.no, body, date),
    explanation: [s.position.headline],
    cites: [...rule.cite, ...s.position.cite],
    changes: changesAfter(kb, s.position, s.later),
    dateNote,
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
export function asAtOf(kb: KnowledgeBase, asked: IsoDate = kb.latest): { date: IsoDate; pastTheSources?: string } {
  if (asked <= kb.latest) return { date: asked };
  const latestSource = kb.sources[kb.sources.length - 1];
  return {
    date: kb.latest,
    pastTheSources: `The sources end with the ${latestSource.name} of ${formatDate(kb.latest)}, so this is the position on that date; they cannot say what has changed since.`,
  };
}

/** Answers a structured query from the knowledge base, as at the query's date. */
export function answer(kb: KnowledgeBase, query: Query): Answer {
  const index = indexOf(kb);
  const { date, pastTheSources } = asAtOf(kb, query.asAt);
  const form = query.form ?? 'is';
  const body = query.bodyId ? index.bodies.get(query.bodyId) : undefined;
  const topic = query.topicId ? index.topics.get(query.topicId) : undefined;

  let draft: Draft;
  if (query.kind === 'topic' && topic) draft = topicDraft(kb, topic, form, date, body);
  else if (query.kind === 'body-list') draft = bodyListDraft(kb, query.listOf ?? 'relevant-partner', date);
  else if (query.kind === 'body-about' && body) draft = bodyAboutDraft(kb, body, date);
  else if (body) draft = bodyStatusDraft(kb, body, form, date);
  else if (query.unknownBody) draft = unknownBodyDraft(kb, query.unknownBody, date);
  else throw new UnknownSubjectError(query);

  const views = citations(kb, [...draft.cites, ...draft.changes.flatMap((c) => c.cite)]);
  return {
    query,
    ...(draft.verdict ? { verdict: draft.verdict } : {}),
    title: draft.title,
    headline: draft.headline,
    explanation: draft.explanation,
    asAt: date,
    ...(pastTheSources || draft.dateNote ? { dateNote: [pastTheSources, draft.dateNote].filter(Boolean).join(' ') } : {}),
    changes: draft.changes,
    citations: views,
    ...(draft.items ? { items: draft.items } : {}),
  };
}
