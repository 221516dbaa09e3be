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

type Colour = 'Default' | 'Good' | 'Attention' | 'Warning' | 'Accent';

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

const STATUS_WORDS: Record<ObligationStatus, { label: string; colour: Colour }> = {
  required: { label: 'Required', colour: 'Accent' },
  'removal-announced': { label: 'Required, removal announced', colour: 'Warning' },
  proposed: { label: 'Proposed, not law', colour: 'Warning' },
  'no-longer-required': { label: 'No longer required', colour: 'Default' },
  'not-required': { label: 'Not required', colour: 'Default' },
  unsettled: { label: 'Not settled by the sources', colour: 'Warning' },
  'not-stated': { label: 'The sources are silent', colour: 'Default' },
};

const HOLDERS: Record<DutyHolder, string> = {
  authority: 'the local authority',
  board: 'the board',
  partners: 'the relevant partners',
  schools: 'schools',
};

const OUTCOMES: Record<CheckOutcome, { label: string; colour: Colour }> = {
  met: { label: 'Met', colour: 'Good' },
  gap: { label: 'Gap', colour: 'Attention' },
  changing: { label: 'Met, changing soon', colour: 'Warning' },
  'not-required': { label: 'Not required', colour: 'Default' },
  lifted: { label: 'Not required any more', colour: 'Default' },
  unsettled: { label: 'Not settled by the sources', colour: 'Warning' },
};

// ---------------------------------------------------------------- obligations summary

export interface ObligationsView {
  title: string;
  asAtLine: string;
  dateNote: string;
  obligations: { title: string; status: string; statusColor: Colour; holder: string; headline: string; next: string; sources: string }[];
  partnersHeading: string;
  partners: { text: string; color: Colour }[];
  boardLine: string;
  partnerSources: string;
  actions: Button[];
  fallbackText: string;
}

export function obligationsView(summary: ObligationsSummary, boardName: string | undefined, actions: Button[]): ObligationsView {
  const date = formatDate(summary.asAt);
  const personal = summary.missing !== undefined;
  const partners = summary.partners.map((p) => {
    const going = p.status === 'removal-announced' ? ' (removal announced)' : '';
    if (!personal) return { text: `• ${p.name}${going}`, color: 'Default' as Colour };
    return p.onBoard
      ? { text: `✓ ${p.name}${going}: with your board`, color: 'Good' as Colour }
      : { text: `✗ ${p.name}${going}: not with your board`, color: 'Attention' as Colour };
  });
  const lacking = summary.missing?.length ?? 0;
  const others = summary.others?.length ? ` Your other partners (${summary.others.join(', ')}) are not relevant partners: they can take part, but the duty does not bind them.` : '';
  const boardLine = personal
    ? `${lacking ? `Your board lacks ${lacking} of the ${summary.partners.length} relevant partners.` : `Your board has all ${summary.partners.length} relevant partners.`}${others}`
    : '';
  return {
    title: boardName ? `${boardName}: obligations` : 'The board’s statutory obligations',
    asAtLine: `As at ${date}`,
    dateNote: summary.dateNote ?? '',
    obligations: summary.obligations.map((o) => ({
      title: o.title,
      status: STATUS_WORDS[o.status].label,
      statusColor: STATUS_WORDS[o.status].colour,
      holder: `falls on ${HOLDERS[o.holder]}`,
      headline: o.headline,
      next: o.next ?? '',
      sources: sourceLabels(o.citations) || 'none',
    })),
    partnersHeading: summary.partners.length ? `Relevant partners on ${date}` : `The sources name no relevant partners as at ${date}`,
    partners,
    boardLine,
    partnerSources: sourceLabels(summary.partners.flatMap((p) => p.citations)) || 'none',
    actions,
    fallbackText: `Obligations as at ${date}: ${summary.obligations.map((o) => `${o.title} (${STATUS_WORDS[o.status].label})`).join('; ')}.`,
  };
}

/** The summary as reply text: readable without the card, citations included. */
export function obligationsText(view: ObligationsView): string {
  const lines = [`**${view.title}**, ${view.asAtLine.toLowerCase()}.`];
  if (view.dateNote) lines.push(view.dateNote);
  for (const o of view.obligations) lines.push(`- **${o.title}**: ${o.status} (${o.sources})`);
  if (view.boardLine) lines.push(view.boardLine);
  return lines.join('\n');
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
  noteColor: Colour;
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
  title: string;
  overall: string;
  overallColor: Colour;
  asAtLine: string;
  dateNote: string;
  notice: string;
  lines: { outcome: string; color: Colour; title: string; text: string; sources: string }[];
  ranLine: string;
  actions: Button[];
}

export function complianceResultView(
  result: ComplianceResult,
  ran: { boardName?: string; by: string; at: string; notice?: string },
  actions: Button[],
): ComplianceResultView {
  return {
    title: ran.boardName ? `${ran.boardName}: compliance check` : 'Compliance check',
    overall: result.overall,
    overallColor: result.gaps ? 'Attention' : 'Good',
    asAtLine: `Against the law as at ${formatDate(result.asAt)}`,
    dateNote: result.dateNote ?? '',
    notice: ran.notice ?? '',
    // gaps first: they are what the meeting needs to see
    lines: [...result.lines]
      .sort((a, b) => Number(b.outcome === 'gap') - Number(a.outcome === 'gap'))
      .map((l) => ({
        outcome: OUTCOMES[l.outcome].label,
        color: OUTCOMES[l.outcome].colour,
        title: l.title,
        text: l.text,
        sources: sourceLabels(l.citations) || 'none',
      })),
    ranLine: `Run by ${ran.by} on ${ran.at}.`,
    actions,
  };
}

/** The result as reply text. */
export function complianceText(view: ComplianceResultView): string {
  const gaps = view.lines.filter((l) => l.outcome === OUTCOMES.gap.label);
  return [`**${view.title}**: ${view.overall}`, ...gaps.map((g) => `- **Gap**: ${g.text} (${g.sources})`), view.ranLine].join('\n');
}

// ---------------------------------------------------------------- the cards

export const obligationsCard = (view: ObligationsView): CardAttachment => expand(obligationsTemplate, view);
export const boardFormCard = (view: BoardFormView): CardAttachment => expand(boardFormTemplate, view);
export const boardProfileCard = (view: BoardProfileView): CardAttachment => expand(boardProfileTemplate, view);
export const boardForgetCard = (view: BoardForgetView): CardAttachment => expand(boardForgetTemplate, view);
export const complianceCheckCard = (view: ComplianceCheckView): CardAttachment => expand(complianceCheckTemplate, view);
export const complianceResultCard = (view: ComplianceResultView): CardAttachment => expand(complianceResultTemplate, view);

