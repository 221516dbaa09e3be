// The board's obligations on a date, and the compliance check: both read off the dated
// positions (knowledge/data/obligations.yaml says which topic is which obligation, and
// what the checklist asks). Pure, like the engine: the date and the board's facts are
// arguments.
import { answer, asAtOf, citations, isRelevantPartner, say, standing, timelineOf } from './engine';
import { formatDate } from './dates';
import type {
  Body,
  Check,
  CheckAnswers,
  CheckLine,
  ComplianceResult,
  BoardFacts,
  IsoDate,
  KnowledgeBase,
  Obligation,
  ObligationLine,
  ObligationStatus,
  ObligationsSummary,
  PartnerLine,
  Position,
} from './types';

/** Met while required: a "Yes" (or a position's explicit `obligation`). */
const REQUIRED: ObligationStatus[] = ['required', 'removal-announced'];

function statusOfPosition(p: Position, earlier: readonly Position[]): ObligationStatus {
  if (p.obligation) return p.obligation;
  switch (p.verdict) {
    case 'Yes':
      return 'required';
    case 'Not yet':
    case 'Proposed':
      return 'proposed';
    case 'No':
      return earlier.some((e) => e.from < p.from && (e.verdict === 'Yes' || (e.obligation && REQUIRED.includes(e.obligation)))) ? 'no-longer-required' : 'not-required';
    default:
      return 'not-stated';
  }
}

/** Where an obligation stands on a date (already within the sources). */
export function obligationStatus(kb: KnowledgeBase, obligation: Obligation, date: IsoDate): ObligationStatus {
  const s = standing(kb, obligation.topic, date);
  if (s.kind === 'unsettled') return 'unsettled';
  if (s.kind !== 'known') return 'not-stated';
  return statusOfPosition(s.position, timelineOf(kb, obligation.topic));
}

/** The bodies that are relevant partners on the date, and those the sources leave unsettled. */
export function partnersOn(kb: KnowledgeBase, date: IsoDate): { partners: { body: Body; position: Position }[]; unsettled: Body[] } {
  const partners: { body: Body; position: Position }[] = [];
  const unsettled: Body[] = [];
  for (const body of kb.bodies) {
    const s = standing(kb, body.id, date);
    if (s.kind === 'unsettled') unsettled.push(body);
    else if (s.kind === 'known' && isRelevantPartner(s.position.status)) partners.push({ body, position: s.position });
  }
  return { partners, unsettled };
}

/**
 * Every obligation of the authority, the board and its partners as at `asAt` (default: the
 * latest source), with its status, what changes next and its citations; with the board's
 * facts, which relevant partners it has and which it lacks.
 */
export function obligationsSummary(kb: KnowledgeBase, asAt?: IsoDate, facts?: BoardFacts): ObligationsSummary {
  const { date, pastTheSources, earlyAccount } = asAtOf(kb, asAt);
  const obligations: ObligationLine[] = kb.obligations.map((o) => {
    const a = answer(kb, { kind: 'topic', topicId: o.topic, asAt: date });
    return {
      id: o.id,
      title: o.title,
      holder: o.holder,
      status: obligationStatus(kb, o, date),
      headline: a.headline,
      ...(a.changes[0] ? { next: a.changes[0].text } : {}),
      citations: a.citations,
    };
  });
  const { partners: onDate } = partnersOn(kb, date);
  const partners: PartnerLine[] = onDate.map(({ body, position }) => ({
    bodyId: body.id,
    name: body.name,
    status: position.status!,
    ...(facts ? { onBoard: facts.partners.includes(body.id) } : {}),
    citations: citations(kb, position.cite),
  }));
  const note = pastTheSources ?? earlyAccount;
  const summary: ObligationsSummary = { asAt: date, ...(note ? { dateNote: note } : {}), obligations, partners };
  if (facts) {
    const relevant = new Set(partners.map((p) => p.bodyId));
    summary.missing = partners.filter((p) => !p.onBoard).map((p) => p.name);
    summary.others = kb.bodies.filter((b) => facts.partners.includes(b.id) && !relevant.has(b.id)).map((b) => b.name);
  }
  return summary;
}

// ---- the compliance check ----

const OUTCOME_WHEN: Partial<Record<ObligationStatus, CheckLine['outcome']>> = {
  proposed: 'not-required',
  'not-required': 'not-required',
  'no-longer-required': 'lifted',
  unsettled: 'unsettled',
  'not-stated': 'unsettled',
};

function yesNoLine(kb: KnowledgeBase, check: Check, o: Obligation, status: ObligationStatus, date: IsoDate, given: boolean): CheckLine {
  const a = answer(kb, { kind: 'topic', topicId: o.topic, asAt: date });
  const base = { checkId: check.id, title: o.title, citations: a.citations };
  if (REQUIRED.includes(status)) {
    const met = given === (check.meets ?? true);
    if (!met) return { ...base, outcome: 'gap', text: check.gapText };
    const going = status === 'removal-announced' ? a.changes[0]?.text : undefined;
    return { ...base, outcome: going ? 'changing' : 'met', text: going ? `${check.metText} ${going}` : check.metText };
  }
  if (status === 'no-longer-required' && check.gapOnceLifted && given === (check.meets ?? true))
    return { ...base, outcome: 'gap', text: check.liftedGapText! };
  return { ...base, outcome: OUTCOME_WHEN[status] ?? 'unsettled', text: a.headline };
}

function partnerLines(kb: KnowledgeBase, check: Check, o: Obligation, date: IsoDate, cooperatingWith: string[]): CheckLine[] {
  const { partners, unsettled } = partnersOn(kb, date);
  const lines: CheckLine[] = partners.map(({ body, position }) => {
    const base = { checkId: `${check.id}:${body.id}`, title: `Cooperation: ${body.name}`, citations: citations(kb, position.cite) };
    if (!cooperatingWith.includes(body.id)) return { ...base, outcome: 'gap', text: say(check.gapText, body) };
    const going = position.status === 'removal-announced' ? position.change ?? 'Its removal from the duty has been announced.' : undefined;
    const met = say(check.metText, body);
    return { ...base, outcome: going ? 'changing' : 'met', text: going ? `${met} ${going}` : met };
  });
  for (const body of unsettled) {
    const a = answer(kb, { kind: 'body-status', bodyId: body.id, asAt: date });
    lines.push({ checkId: `${check.id}:${body.id}`, title: `Cooperation: ${body.name}`, outcome: 'unsettled', text: a.headline, citations: a.citations });
  }
  return lines.length ? lines : [yesNoLine(kb, check, o, 'not-stated', date, false)];
}

function poolingLines(kb: KnowledgeBase, check: Check, o: Obligation, date: IsoDate, poolsWith: string[]): CheckLine[] {
  const bodies = kb.bodies.filter((b) => poolsWith.includes(b.id));
  if (!bodies.length) {
    const a = answer(kb, { kind: 'topic', topicId: o.topic, asAt: date });
    return [{ checkId: check.id, title: o.title, outcome: 'met', text: check.metText, citations: a.citations }];
  }
  return bodies.map((body) => {
    const a = answer(kb, { kind: 'topic', topicId: o.topic, bodyId: body.id, asAt: date });
    const base = { checkId: `${check.id}:${body.id}`, title: `Pooling: ${body.name}`, citations: a.citations };
    if (a.verdict === 'Yes') return { ...base, outcome: 'met', text: a.headline };
    if (a.verdict === 'No') return { ...base, outcome: 'gap', text: say(check.gapText, body) };
    return { ...base, outcome: 'unsettled', text: a.headline };
  });
}

/** How many gaps the one-line status names. */
const OVERALL_NAMES = 3;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Runs the checklist against the board's answers as at `asAt` (default: the latest source). */
export function checkCompliance(kb: KnowledgeBase, answers: CheckAnswers, asAt?: IsoDate): ComplianceResult {
  const { date, pastTheSources, earlyAccount } = asAtOf(kb, asAt);
  const byId = new Map(kb.obligations.map((o) => [o.id, o]));
  const lines = kb.checks.flatMap((check): CheckLine[] => {
    const o = byId.get(check.obligation)!;
    const status = obligationStatus(kb, o, date);
    if (!REQUIRED.includes(status) && check.kind !== 'yes-no') return [yesNoLine(kb, check, o, status, date, false)];
    if (check.kind === 'partners') return partnerLines(kb, check, o, date, answers.cooperatingWith);
    if (check.kind === 'pooling') return poolingLines(kb, check, o, date, answers.poolsWith);
    return [yesNoLine(kb, check, o, status, date, answers.yes[check.id] ?? false)];
  });
  const gaps = lines.filter((l) => l.outcome === 'gap');
  const met = lines.filter((l) => l.outcome === 'met' || l.outcome === 'changing').length;
  // the first few gaps by name: the card lists them all
  const named = gaps.slice(0, OVERALL_NAMES).map((g) => g.title).join('; ');
  const overall = gaps.length
    ? `${plural(gaps.length, 'gap', 'gaps')} as at ${formatDate(date)}: ${named}${gaps.length > OVERALL_NAMES ? `; and ${gaps.length - OVERALL_NAMES} more` : ''}.`
    : `No gaps as at ${formatDate(date)}: ${plural(met, 'requirement', 'requirements')} met${lines.length > met ? `, ${lines.length - met} not required or not settled` : ''}.`;
  const note = pastTheSources ?? earlyAccount;
  return { asAt: date, ...(note ? { dateNote: note } : {}), lines, gaps: gaps.length, overall };
}
