// Reads what a card button sent back (activity.value) without trusting its shape.
import type { Query, QueryKind, QuestionForm } from '../knowledge/types';

const KINDS: QueryKind[] = ['body-status', 'body-list', 'body-about', 'topic'];
const FORMS: QuestionForm[] = ['is', 'proposed', 'stay', 'removal'];
const LISTS: NonNullable<Query['listOf']>[] = ['relevant-partner', 'removal-announced', 'proposed'];
const OPTIONAL_STRINGS = ['bodyId', 'unknownBody', 'topicId', 'asAt', 'asAtText'] as const;

/** A well-formed Query carried in a button's value, or undefined. */
export function queryFromValue(value: unknown): Query | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = (value as { query?: unknown }).query;
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
    if (!FORMS.includes(r.form as QuestionForm)) return undefined;
    q.form = r.form as QuestionForm;
  }
  if (r.listOf !== undefined && r.listOf !== null) {
    if (!LISTS.includes(r.listOf as NonNullable<Query['listOf']>)) return undefined;
    q.listOf = r.listOf as NonNullable<Query['listOf']>;
  }
  if (q.asAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(q.asAt)) return undefined;
  return q;
}

/** The text a button carries (for clients that send the value without the text). */
export function textFromValue(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const t = (value as { text?: unknown }).text;
  return typeof t === 'string' && t.trim() && t.length <= 500 ? t.trim() : undefined;
}
