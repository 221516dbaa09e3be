// The board's cards: its profile (form, summary, forget), the obligations summary, and the
// compliance check (form and result). Each view is a flat model of strings the JSON
// template lays out; the view functions map the knowledge engine's objects onto them.
import type { CheckOutcome, ComplianceResult, DutyHolder, ObligationStatus, ObligationsSummary } from '../knowledge/types';
import { sourceLabels } from '../knowledge/present';
import { formatDate } from '../knowledge/dates';
import { expand, type Button, type CardAttachment } from './index';
import obligationsTemplate from './obligations.json';
import boardFormTemplate from './board-form.json';
import boardProfileTemplate from './board-profile.json';
import boardForgetTemplate from './board-forget.json';
import complianceCheckTemplate from './compliance-check.json';
import complianceResultTemplate from './compliance-result.json';

/** A plain Action.Submit: the card's own data, the inputs merged in by the client. */
export interface SubmitAction {
  title: string;
  style?: 'default' | 'positive' | 'destructive';
  data: object;
}

export interface Choice {
  title: string;
  value: string;
}

// ---------------------------------------------------------------- wording (en-GB)

// No meaning rides on colour alone, and only colours that read at 4.5:1 under Teams' own
// light, dark and high-contrast host configs are used: Teams' "Good" green and "Warning"
// yellow are 2.07:1 and 1.47:1 on its light theme's white, "Attention" red 3.2:1 on its dark.
// The words (and a mark) carry the status; emphasis is weight.
const STATUS_WORDS: Record<ObligationStatus, string> = {
  required: 'Required',
  'removal-announced': 'Required, removal announced',
  proposed: 'Proposed, not law',
  'no-longer-required': 'No longer required',
  'not-required': 'Not required',
  unsettled: 'Not settled by the sources',
  'not-stated': 'The sources are silent',
};

/** Obligations in force on the date: what a board must act on, listed first. */
const IN_FORCE: ReadonlySet<ObligationStatus> = new Set(['required', 'removal-announced']);

const HOLDERS: Record<DutyHolder, string> = {
  authority: 'the local authority',
  board: 'the board',
  partners: 'the relevant partners',
  schools: 'schools',
};

const OUTCOMES: Record<CheckOutcome, string> = {
  met: '✓ Met',
  gap: '✗ Gap',
  changing: 'Met, changing soon',
  'not-required': 'Not required',
  lifted: 'Not required any more',
  unsettled: 'Not settled by the sources',
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------- obligations summary

export interface ObligationsView {
  /** The first line: the count of what is in force, and what the board lacks. */
  summary: string;
  title: string;
  dateNote: string;
  boardLine: string;
  /** In force on the date: title and status, their details on demand. */
  inForceHeading: string;
  inForce: { title: string; status: string; headline: string; next: string; sources: string; detailsId: string }[];
  detailIds: string[];
  /** Proposed, lifted, unsettled: folded, one line each. */
  others: { text: string; sources: string }[];
  othersHeading: string;
  partnersHeading: string;
  partners: { text: string }[];
  partnerSources: string;
  actions: Button[];
  fallbackText: string;
}

export function obligationsView(summary: ObligationsSummary, boardName: string | undefined, actions: Button[]): ObligationsView {
  const date = formatDate(summary.asAt);
  const personal = summary.missing !== undefined;
  const partners = summary.partners.map((p) => {
    const going = p.status === 'removal-announced' ? ' (removal announced)' : '';
    if (!personal) return { text: `• ${p.name}${going}` };
    return { text: p.onBoard ? `✓ ${p.name}${going}: with your board` : `✗ ${p.name}${going}: not with your board` };
  });
  const inForce = summary.obligations.filter((o) => IN_FORCE.has(o.status));
  const others = summary.obligations.filter((o) => !IN_FORCE.has(o.status));
  const lacking = summary.missing?.length ?? 0;
  const otherPartners = summary.others?.length ? ` Your other partners (${summary.others.join(', ')}) are not relevant partners: they can take part, but the duty does not bind them.` : '';
  const boardLine = personal
    ? `${lacking ? `Your board lacks ${lacking} of the ${summary.partners.length} relevant partners: ${summary.missing!.join(', ')}.` : `Your board has all ${summary.partners.length} relevant partners.`}${otherPartners}`
    : '';
  const first = `${plural(inForce.length, 'obligation', 'obligations')} in force as at ${date}${personal ? (lacking ? `; your board lacks ${plural(lacking, 'relevant partner', 'relevant partners')}` : '; your board has every relevant partner') : ''}.`;
  return {
    summary: first,
    title: boardName ? `${boardName}: obligations` : 'The board’s statutory obligations',
    dateNote: summary.dateNote ?? '',
    boardLine,
    inForceHeading: `In force (${inForce.length})`,
    inForce: inForce.map((o, i) => ({
      title: o.title,
      status: `${STATUS_WORDS[o.status]} · falls on ${HOLDERS[o.holder]}`,
      headline: o.headline,
      next: o.next ?? '',
      sources: sourceLabels(o.citations) || 'none',
      detailsId: `obligation-${i + 1}`,
    })),
    detailIds: inForce.map((_, i) => `obligation-${i + 1}`),
    others: others.map((o) => ({ text: `**${o.title}**: ${STATUS_WORDS[o.status]}. ${o.headline}`, sources: sourceLabels(o.citations) || 'none' })),
    othersHeading: `Not in force: ${plural(others.length, 'obligation', 'obligations')} proposed, lifted or not settled`,
    partnersHeading: summary.partners.length ? `Relevant partners on ${date} (${summary.partners.length})` : `The sources name no relevant partners as at ${date}`,
    partners,
    partnerSources: sourceLabels(summary.partners.flatMap((p) => p.citations)) || 'none',
    actions,
    fallbackText: first,
  };
}

// ---------------------------------------------------------------- board profile

export interface BoardFormView {
  heading: string;
  intro: string;
  laName: string;
  boardName: string;
  partners: string;
  partnerChoices: Choice[];
  dcsInPost: string;
  leadMemberInPost: string;
  meetingPattern: string;
  offerCheckAtMeetingStart: string;
  saveData: Record<string, unknown>;
  cancelData: Record<string, unknown>;
}

export interface BoardProfileView {
  heading: string;
  note: string;
  facts: { title: string; value: string }[];
  partners: { text: string }[];
  updatedLine: string;
  actions: SubmitAction[];
}

export interface BoardForgetView {
  heading: string;
  question: string;
  actions: SubmitAction[];
}

// ---------------------------------------------------------------- compliance check

export interface ComplianceCheckView {
  /** A line above the title (the meeting that has just started), or empty. */
  lead: string;
  title: string;
  asAtLine: string;
  intro: string;
  questions: { id: string; title: string; value: string }[];
  cooperationLabel: string;
  cooperatingWith: string;
  partnerChoices: Choice[];
  poolingLabel: string;
  poolsWith: string;
  poolChoices: Choice[];
  runData: Record<string, unknown>;
}

export interface ComplianceResultView {
  /** The first line: the overall status, naming the first gaps. */
  overall: string;
  title: string;
  dateNote: string;
  notice: string;
  /** The gaps, in full and first: what the meeting needs to see. */
  gapsHeading: string;
  gaps: ResultLine[];
  /** Met but changing soon, or not settled: folded. */
  watchHeading: string;
  watch: ResultLine[];
  /** Met and not required: folded, one line each. */
  settledHeading: string;
  settled: { text: string; sources: string }[];
  ranLine: string;
  actions: Button[];
}

interface ResultLine {
  title: string;
  text: string;
  sources: string;
}

const WATCH: ReadonlySet<CheckOutcome> = new Set(['changing', 'unsettled']);

export function complianceResultView(
  result: ComplianceResult,
  ran: { boardName?: string; by: string; at: string; notice?: string },
  actions: Button[],
): ComplianceResultView {
  const full = (outcomes: (o: CheckOutcome) => boolean): ResultLine[] =>
    result.lines.filter((l) => outcomes(l.outcome)).map((l) => ({ title: `${OUTCOMES[l.outcome]}: ${l.title}`, text: l.text, sources: sourceLabels(l.citations) || 'none' }));
  const gaps = full((o) => o === 'gap');
  const watch = full((o) => WATCH.has(o));
  const settled = result.lines
    .filter((l) => l.outcome !== 'gap' && !WATCH.has(l.outcome))
    .map((l) => ({ text: `${OUTCOMES[l.outcome]}: ${l.title}`, sources: sourceLabels(l.citations) || 'none' }));
  return {
    overall: result.overall,
    title: `${ran.boardName ? `${ran.boardName}: compliance check` : 'Compliance check'}, against the law as at ${formatDate(result.asAt)}`,
    dateNote: result.dateNote ?? '',
    notice: ran.notice ?? '',
    gapsHeading: `Gaps (${gaps.length})`,
    gaps,
    watchHeading: `Met but changing soon, or not settled (${watch.length})`,
    watch,
    settledHeading: `Met or not required (${settled.length})`,
    settled,
    ranLine: `Run by ${ran.by} on ${ran.at}.`,
    actions,
  };
}

// ---------------------------------------------------------------- the cards

export const obligationsCard = (view: ObligationsView): CardAttachment => expand(obligationsTemplate, view);
export const boardFormCard = (view: BoardFormView): CardAttachment => expand(boardFormTemplate, view);
export const boardProfileCard = (view: BoardProfileView): CardAttachment => expand(boardProfileTemplate, view);
export const boardForgetCard = (view: BoardForgetView): CardAttachment => expand(boardForgetTemplate, view);
export const complianceCheckCard = (view: ComplianceCheckView): CardAttachment => expand(complianceCheckTemplate, view);
export const complianceResultCard = (view: ComplianceResultView): CardAttachment => expand(complianceResultTemplate, view);

