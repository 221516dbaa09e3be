// Reads what a card button sent back (activity.value) without trusting its shape.
import { z } from 'zod';
import type { Query, QueryKind, QuestionForm } from '../knowledge/types';

const KINDS: QueryKind[] = ['body-status', 'body-list', 'body-about', 'topic', 'passage', 'changes', 'means'];
const FORMS: QuestionForm[] = ['is', 'removed', 'removing', 'stays', 'adding', 'proposed', 'when'];
/** Forms an older card may carry, by what they are called now. */
const OLD_FORMS: Record<string, QuestionForm> = { stay: 'stays', removal: 'removing' };
const LISTS: NonNullable<Query['listOf']>[] = ['relevant-partner', 'removal-announced', 'proposed'];
const OPTIONAL_STRINGS = ['bodyId', 'unknownBody', 'topicId', 'asAt', 'asAtText'] as const;
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.string().regex(/^[a-z0-9-]{1,60}$/);
/**
 * The rest of a query a button may carry, checked field by field. A passage query's
 * `proposal` (the sentence behind a "Yes") is never taken from a button: the bot finds it.
 */
const queryExtras = z
  .object({
    condition: id,
    means: id,
    by: id,
    now: z.boolean(),
    open: z.boolean(),
    yesNo: z.boolean(),
    pending: z.boolean(),
    noVerdict: z.boolean(),
    span: z.object({ from: isoDay, to: isoDay }).strict(),
    units: z.array(z.object({ source: id, ref: z.string().min(1).max(80) }).strict()).min(1).max(3),
    terms: z.array(z.string().max(40)).max(30),
    also: z.array(z.object({ bodyId: id.optional(), topicId: id.optional() }).strict()).max(4),
  })
  .partial();

/**
 * A well-formed Query carried in a button's value, or undefined: the button's own `query`, or
 * the one of a clarify card's choices the user picked (`choice`, a key of its `queries`).
 */
export function queryFromValue(value: unknown): Query | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { query?: unknown; queries?: unknown; choice?: unknown };
  const picked = typeof v.choice === 'string' && v.queries && typeof v.queries === 'object' && Object.hasOwn(v.queries, v.choice) ? (v.queries as Record<string, unknown>)[v.choice] : undefined;
  const raw = v.query ?? picked;
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.kind !== 'string' || !KINDS.includes(r.kind as QueryKind)) return undefined;
  const q: Query = { kind: r.kind as QueryKind };
  for (const k of OPTIONAL_STRINGS) {
    const v = r[k];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' || v.length > 200) return undefined;
    q[k] = v;
  }
  if (r.form !== undefined && r.form !== null) {
    const form = typeof r.form === 'string' && Object.hasOwn(OLD_FORMS, r.form) ? OLD_FORMS[r.form] : r.form;
    if (!FORMS.includes(form as QuestionForm)) return undefined;
    q.form = form as QuestionForm;
  }
  if (r.listOf !== undefined && r.listOf !== null) {
    if (!LISTS.includes(r.listOf as NonNullable<Query['listOf']>)) return undefined;
    q.listOf = r.listOf as NonNullable<Query['listOf']>;
  }
  if (q.asAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(q.asAt)) return undefined;
  const extras = Object.fromEntries(Object.entries(r).filter(([k, v]) => k in queryExtras.shape && v !== undefined && v !== null));
  const parsed = queryExtras.safeParse(extras);
  if (!parsed.success) return undefined;
  return { ...q, ...parsed.data };
}

/**
 * The text a button carries (for clients that send the value without the text): its own
 * `text`, or the example question picked in the card's list (`question`).
 */
export function textFromValue(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { text, question } = value as { text?: unknown; question?: unknown };
  const t = typeof text === 'string' && text.trim() ? text : question;
  return typeof t === 'string' && t.trim() && t.length <= 500 ? t.trim() : undefined;
}

// ---- the board's forms: checked field by field, and every body id against the knowledge base ----

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Input.Toggle sends "true"/"false"; a missing toggle is off. */
const flag = z
  .union([z.boolean(), z.enum(['true', 'false'])])
  .optional()
  .transform((v) => v === true || v === 'true');
/** Input.ChoiceSet (multi-select) sends "a,b,c"; an empty selection may be missing. */
const idList = z
  .union([z.string().max(4000), z.array(z.string().max(100)).max(100)])
  .optional()
  .transform((v) => [...new Set((Array.isArray(v) ? v : (v ?? '').split(',')).map((s) => s.trim()).filter(Boolean))]);
const line = (max: number) => z.string().trim().max(max, `at most ${max} characters`);

const boardFormSchema = z.object({
  version: z.string().max(100),
  laName: line(120).min(1, 'the local authority’s name is missing'),
  boardName: line(120).min(1, 'the board’s name is missing'),
  partners: idList,
  dcsInPost: flag,
  leadMemberInPost: flag,
  meetingPattern: line(200).optional().transform((v) => v ?? ''),
  offerCheckAtMeetingStart: flag,
});
export type BoardForm = z.infer<typeof boardFormSchema>;

const checkSchema = z.object({
  checkId: z.string().uuid('not a check this bot made'),
  asAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date'),
  cooperatingWith: idList,
  poolsWith: idList,
});
export type CheckSubmission = z.infer<typeof checkSchema> & { yes: Record<string, boolean> };

function failure(error: z.ZodError, what: string): { ok: false; message: string } {
  const first = error.issues[0];
  const field = first?.path.join('.') || 'the form';
  return { ok: false, message: `I couldn’t read ${what}: ${field}: ${first?.message ?? 'not valid'}. Nothing was changed.` };
}

function unknownIds(ids: string[], known: ReadonlySet<string>, what: string): { ok: false; message: string } | undefined {
  const unknown = ids.filter((id) => !known.has(id));
  return unknown.length ? { ok: false, message: `I don’t know ${unknown.length === 1 ? 'the partner' : 'the partners'} “${unknown.slice(0, 3).join('”, “')}” in ${what}. Nothing was changed.` } : undefined;
}

/** The board profile form's fields, or a message saying what is wrong with them. */
export function boardFormFrom(value: unknown, knownBodies: ReadonlySet<string>): Parsed<BoardForm> {
  const parsed = boardFormSchema.safeParse(value);
  if (!parsed.success) return failure(parsed.error, 'the board form');
  return unknownIds(parsed.data.partners, knownBodies, 'the board form') ?? { ok: true, value: parsed.data };
}

/** The check card's yes/no inputs are named `check-<check id>`, clear of the card's own data keys. */
export const CHECK_INPUT = 'check-';

/** A compliance check card's answers (`yesIds`: its yes/no questions), or what is wrong with them. */
export function checkSubmissionFrom(value: unknown, knownBodies: ReadonlySet<string>, yesIds: string[]): Parsed<CheckSubmission> {
  const parsed = checkSchema.safeParse(value);
  if (!parsed.success) return failure(parsed.error, 'the compliance check');
  const bad = unknownIds([...parsed.data.cooperatingWith, ...parsed.data.poolsWith], knownBodies, 'the compliance check');
  if (bad) return bad;
  const raw = value as Record<string, unknown>;
  const yes: Record<string, boolean> = {};
  for (const id of yesIds) {
    const v = flag.safeParse(raw[`${CHECK_INPUT}${id}`]);
    if (!v.success) return { ok: false, message: `I couldn’t read the compliance check: “${id}” should be yes or no. Nothing was changed.` };
    yes[id] = v.data;
  }
  return { ok: true, value: { ...parsed.data, yes } };
}
