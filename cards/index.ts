// Adaptive Cards for every reply, filled from the JSON templates beside this file with
// adaptivecards-templating. The templates declare schema 1.5 (the most Teams accepts) and
// use only 1.4 elements, which every Teams client renders.
//
// Cards know nothing of the law: `answerView` maps the knowledge engine's answer object to
// a flat view model of strings; the templates only lay it out. Nothing here imports
// botbuilder: an attachment is a plain `{ contentType, content }` object.
import type * as ACData from 'adaptivecards-templating';
import { LRUCache } from 'lru-cache';
import type { Answer, CitationView, Query, Verdict } from '../knowledge/types';
import { formatDate } from '../knowledge/dates';
import answerTemplate from './answer.json';
import clarifyTemplate from './clarify.json';
import helpTemplate from './help.json';
import fallbackTemplate from './fallback.json';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD;
  /** Frozen: a card may be shared by many replies. */
  content: Readonly<Record<string, unknown>>;
}

/** What a button sends back: shown as the user's message, and the structured value. */
export interface ButtonData {
  /** `ask`: answer `query` (or understand `text`); `clarify`: the user picked a choice. */
  action: 'ask' | 'clarify';
  text: string;
  query?: Query;
  /** Teams: deliver as a messageBack so the text reaches the bot even in a channel. */
  msteams: { type: 'messageBack'; text: string; displayText: string };
}

export interface Button {
  title: string;
  data: ButtonData;
}

/** A button that asks `text` (and, when known, `query` exactly). */
export function button(title: string, action: ButtonData['action'] = 'ask', query?: Query, text: string = title): Button {
  const data: ButtonData = { action, text, msteams: { type: 'messageBack', text, displayText: text } };
  if (query) data.query = query;
  return { title, data };
}

// ---------------------------------------------------------------- the answer card

export interface AnswerView {
  /** The first words a person reads (and Teams' chat list preview): "Yes: <headline>", or the headline. */
  firstLine: string;
  /** What the answer is about, under the first line. */
  title: string;
  explanation: { text: string }[];
  items: { text: string }[];
  asAtLine: string;
  dateNote: string;
  changes: { text: string }[];
  /** One entry per cited paragraph or section, its quotes together, shown on demand. */
  sources: { label: string; sourceTitle: string; quotes: { text: string }[]; quotesId: string }[];
  /** The ids of the quote containers, for the one "Show the words" toggle. */
  quoteIds: string[];
  followUps: Button[];
  fallbackText: string;
}

/** The verdict and the one sentence, as the first line of a one-message answer. */
export function verdictLine(verdict: Verdict | undefined, headline: string): string {
  return verdict ? `${verdict}: ${headline}` : headline;
}

/** One entry per cited unit (its label names the paragraph or section), however often it is cited. */
export function sourcesOf(citations: CitationView[]): AnswerView['sources'] {
  const byLabel = new Map<string, AnswerView['sources'][number]>();
  for (const c of citations) {
    let entry = byLabel.get(c.label);
    if (!entry) byLabel.set(c.label, (entry = { label: c.label, sourceTitle: c.sourceTitle, quotes: [], quotesId: `quotes-${byLabel.size + 1}` }));
    const quote = c.quote?.trim();
    if (quote && !entry.quotes.some((q) => q.text === `“${quote}”`)) entry.quotes.push({ text: `“${quote}”` });
  }
  return [...byLabel.values()];
}

function citeLabels(cites: CitationView[]): string {
  return [...new Set(cites.map((c) => c.label))].join('; ');
}

/** Flattens an answer object into the strings the answer card shows. */
export function answerView(answer: Answer, followUps: Button[] = []): AnswerView {
  const sources = sourcesOf(answer.citations);
  const firstLine = verdictLine(answer.verdict, answer.headline);
  return {
    firstLine,
    title: answer.title,
    explanation: answer.explanation.filter((t) => t.trim() !== '').map((text) => ({ text })),
    items: (answer.items ?? []).map((i) => ({ text: i.note ? `• ${i.name} (${i.note})` : `• ${i.name}` })),
    asAtLine: `As at ${formatDate(answer.asAt)}`,
    dateNote: answer.dateNote ?? '',
    changes: answer.changes.map((ch) => {
      const cites = citeLabels(ch.cite);
      return { text: `${formatDate(ch.date)}: ${ch.text}${cites ? ` (${cites})` : ''}` };
    }),
    sources,
    quoteIds: sources.filter((s) => s.quotes.length > 0).map((s) => s.quotesId),
    followUps,
    fallbackText: firstLine,
  };
}

// ---------------------------------------------------------------- the other cards

export interface ClarifyView {
  prompt: string;
  /** The choices, in the card's body (a card shows at most a handful of buttons): value = number. */
  choices: { title: string; value: string }[];
  /** The Answer button's data: each choice's query by its number, the pick arriving as `choice`. */
  answerData: { action: 'clarify'; queries: Record<string, Query> };
}

export interface HelpView {
  heading: string;
  intro: string;
  abilities: { text: string }[];
  /** Where the bot has to be @mentioned, and how; empty in a personal chat. */
  tip: string;
  /** Example questions, offered as a choice in the body with an Ask button. */
  examples: { title: string; value: string }[];
  askData: Record<string, unknown>;
  /** Buttons beside Ask (the welcome's "Set up our board"). */
  actions: Button[];
}

export interface FallbackView {
  message: string;
  canHelpHeading: string;
  abilities: { text: string }[];
  examples: { title: string; value: string }[];
  askData: Record<string, unknown>;
}

/** The data of the Ask button under a list of example questions: the choice arrives as `question`. */
export const ASK_EXAMPLE = { action: 'ask' } as const;

/** Choices for an Input.ChoiceSet of questions (the value is what is asked). */
export const questionChoices = (questions: readonly string[]): { title: string; value: string }[] => questions.map((q) => ({ title: q, value: q }));

// A template is parsed (every `${...}` into an expression tree) once, on first use: parsing
// was ~90% of a card's cost (2.6 ms p50 an answer card). Expanding does not change it.
const prepared = new WeakMap<object, ACData.Template>();
// Loaded on the first card, not at start: adaptivecards-templating (with adaptive-expressions
// and antlr4ts) is ~0.2 s of the process start-up and nothing before the first turn needs it.
let templating: typeof ACData | undefined;
export const loadTemplating = (): typeof ACData => (templating ??= require('adaptivecards-templating') as typeof ACData);

/** Fills a template with its data: the templating itself, every time. */
export function fill(template: object, data: object): Record<string, unknown> {
  let parsed = prepared.get(template);
  if (!parsed) prepared.set(template, (parsed = new (loadTemplating().Template)(template)));
  return parsed.expand({ $root: data }) as Record<string, unknown>;
}

// A card depends on its template and its data alone, and the same answers are asked again
// and again, in every conversation: a card already filled for the same data comes from this
// memory (an answer card: about 0.15 ms and 60 KB of garbage less, issue 8). The cards kept
// are frozen, so replies can share one without any of them changing it.
//
// The memory is bounded by bytes, not by a count per template: a card in V8's heap takes
// about four times its JSON, its key (the data as JSON) included (an answer card: 3.7 KB of
// JSON, 2.2 KB of key, 22 KB of heap), and an obligations summary is ten times an answer.
// 8 MB holds every distinct answer card of the bench's 237 questions several times over.
export const CARD_MEMORY_BYTES = 8 * 1024 * 1024;
/** Heap bytes of a kept card per character of its JSON and key, measured. */
const HEAP_PER_CHAR = 4;
const filled = new LRUCache<string, Readonly<Record<string, unknown>>>({ maxSize: CARD_MEMORY_BYTES });
const templateIds = new WeakMap<object, number>();
let templatesSeen = 0;

/** What the card memory holds: how many cards, and their estimated bytes (for tests and diagnostics). */
export const cardMemory = (): { cards: number; bytes: number } => ({ cards: filled.size, bytes: filled.calculatedSize });

/** A card filled for this template and data before, frozen and shared; else filled now and kept. */
export function expand(template: object, data: object): CardAttachment {
  let id = templateIds.get(template);
  if (id === undefined) templateIds.set(template, (id = templatesSeen++));
  const key = `${id}:${JSON.stringify(data)}`;
  let content = filled.get(key);
  if (!content) {
    content = deepFreeze(fill(template, data));
    const size = HEAP_PER_CHAR * (key.length + JSON.stringify(content).length);
    if (size <= CARD_MEMORY_BYTES / 8) filled.set(key, content, { size }); // one card never takes the memory over
  }
  return { contentType: ADAPTIVE_CARD, content };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const answerCard = (view: AnswerView): CardAttachment => expand(answerTemplate, view);
export const clarifyCard = (view: ClarifyView): CardAttachment => expand(clarifyTemplate, view);
export const helpCard = (view: HelpView): CardAttachment => expand(helpTemplate, view);
export const welcomeCard = (view: HelpView): CardAttachment => expand(helpTemplate, view);
export const fallbackCard = (view: FallbackView): CardAttachment => expand(fallbackTemplate, view);
