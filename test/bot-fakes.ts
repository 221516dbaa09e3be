// Stand-ins for the knowledge side, so that dialog and service tests pin down the bot's
// behaviour without depending on what the knowledge base currently says.
import { Writable } from 'node:stream';
import type { DialogContext } from 'botbuilder-dialogs';
import { Recognizer } from '../dialogs/sdk';
import type { Activity, RecognizerResult } from 'botbuilder';
import { Keyv } from 'keyv';
import type { Answer, Query } from '../knowledge/types';
import type { Understanding } from '../knowledge/understand/types';
import type { KnowledgeEngine } from '../dialogs/engine';
import { createLogger } from '../bot/log';

export const SFC: Query = { kind: 'body-status', bodyId: 'sixth-form-college' };
export const ACADEMY: Query = { kind: 'body-status', bodyId: 'academy' };
export const CYPP: Query = { kind: 'topic', topicId: 'cypp-publish' };

/** Understands a handful of fixed sentences, and records every text it was given. */
export class FakeRecognizer extends Recognizer {
  readonly seen: string[] = [];
  constructor(private readonly table: Record<string, Understanding> = FAKE_UNDERSTANDINGS) {
    super();
  }
  override async recognize(_dc: DialogContext, activity: Partial<Activity>): Promise<RecognizerResult> {
    const text = (activity.text ?? '').trim();
    this.seen.push(text);
    const understanding: Understanding = this.table[text.toLowerCase()] ?? { intent: 'none', confidence: 0.1 };
    return { text, intents: { [understanding.intent]: { score: understanding.confidence } }, entities: {}, understanding } as RecognizerResult;
  }
}

export const FAKE_UNDERSTANDINGS: Record<string, Understanding> = {
  'are sixth form colleges relevant partners?': { intent: 'question', query: SFC, confidence: 0.9 },
  'does the board have to publish a cypp?': { intent: 'question', query: CYPP, confidence: 0.9 },
  'and academies?': { intent: 'followup', query: { kind: 'body-status', bodyId: 'academy' }, confidence: 0.8 },
  'what about in 2008?': { intent: 'followup', query: { kind: 'body-status', asAt: '2008-07-02', asAtText: 'in 2008' }, confidence: 0.8 },
  'are they covered?': {
    intent: 'clarify',
    prompt: 'Which body do you mean?',
    choices: [
      { title: 'Sixth form colleges', query: SFC },
      { title: 'Academies', query: ACADEMY },
    ],
    confidence: 0.5,
  },
  help: { intent: 'help', confidence: 1 },
  hello: { intent: 'greeting', confidence: 1 },
  thanks: { intent: 'thanks', confidence: 1 },
  'what is the weather in leeds?': { intent: 'none', confidence: 0.9 },
  '???': { intent: 'bad-input', message: 'Please ask a question in words.', confidence: 1 },
  'explode please': { intent: 'question', query: { kind: 'topic', topicId: 'explode' }, confidence: 0.9 },
};

/** Answers every query with a fixed-shape answer that names the query. */
export class FakeEngine implements KnowledgeEngine {
  readonly asked: Query[] = [];
  answer(query: Query): Answer {
    this.asked.push(query);
    if (query.topicId === 'explode') throw new Error('engine exploded (test)');
    const name = query.bodyId ?? query.topicId ?? 'the partners';
    return {
      query,
      verdict: 'Yes',
      title: `Is ${name} covered?`,
      headline: `${name} is a relevant partner.`,
      explanation: ['Because the notice says so.'],
      asAt: query.asAt ?? '2010-10-31',
      dateNote: query.asAt ? 'The sources speak for 2 July 2008.' : undefined,
      changes: [
        {
          date: '2010-10-31',
          text: 'The Government will remove the duty by means of the Education Bill.',
          cite: [{ source: 'dfe-2010', section: 'Duty to cooperate', quote: 'remove', label: 'DfE 2010 notice (Duty to cooperate)', sourceTitle: 'More freedom and flexibility' }],
        },
      ],
      citations: [
        { source: 'dfe-2010', section: 'Duty to cooperate', quote: 'the duty to cooperate', label: 'DfE 2010 notice (Duty to cooperate)', sourceTitle: 'More freedom and flexibility' },
        { source: 'dcsf-2008', paras: [14], quote: 'relevant partners', label: 'DCSF 2008, para 14', sourceTitle: 'Strengthening Children’s Trusts: legislative options' },
      ],
    };
  }
  mergeFollowUp(last: Query, partial: Query): Query {
    const merged: Query = { ...last };
    if (partial.bodyId) merged.bodyId = partial.bodyId;
    if (partial.asAt) {
      merged.asAt = partial.asAt;
      merged.asAtText = partial.asAtText;
    }
    return merged;
  }
}

/** A logger whose JSON lines are kept in `lines`. */
export function captureLogger(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split('\n').filter(Boolean)) {
        raw.push(l);
        lines.push(JSON.parse(l));
      }
      cb();
    },
  });
  return { logger: createLogger(level, stream), lines, raw };
}

/** An in-memory Keyv (Map store), the shape the real stores have. */
export function memoryKeyv<T>(): Keyv<T> {
  return new Keyv<T>({ store: new Map(), namespace: 'test' });
}

/**
 * The first words a person reads of a reply, as Teams' chat list shows them: the text of a
 * text reply, or the first TextBlock of a card-only reply.
 */
export function firstWords(activity: { text?: string; attachments?: { content?: unknown }[] }): string {
  if (activity.text) return activity.text;
  const walk = (node: unknown): string | undefined => {
    if (Array.isArray(node)) {
      for (const n of node) {
        const t = walk(n);
        if (t) return t;
      }
      return undefined;
    }
    if (!node || typeof node !== 'object') return undefined;
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string' && o.text.trim()) return o.text;
    return walk(o.body) ?? walk(o.items) ?? walk(o.columns);
  };
  return walk(activity.attachments?.[0]?.content) ?? '';
}

/** One message per reply: Teams shows text beside a card as two messages. */
export function expectOneMessage(activity: { text?: string; attachments?: unknown[] }): void {
  expect(Boolean(activity.text) && (activity.attachments?.length ?? 0) > 0).toBe(false);
}
