// 1. The answer turn, in process: every question of bench/questions.ts
//   (a) through the recognizer, the knowledge engine and the card templating, timed per stage;
//   (b) through the whole dialog stack: botbuilder's TestAdapter, the Teams handler, the main
//       dialog and its routes as createApp assembles them, the real knowledge base, state in
//       the embedded store (SQLite in a temporary folder), a log line per turn (discarded).
// Warm-up passes first; then p50, p99 and max per turn. V8 keeps optimising a turn's code for
// about 2,000 turns: the target is read after 10 warm-up passes (2,370 turns), and the same
// figures after 3 passes are reported beside it, to show what a process just started sees.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Query } from '../knowledge/types';
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { loadKnowledgeBase } from '../knowledge/load';
import { answer } from '../knowledge/engine';
import { mergeFollowUp, understand } from '../knowledge/understand';
import { answerReply, clarifyReply, fallbackReply, followUpsFor, helpReply } from '../dialogs/replies';
import { answerView, fill } from '../cards';
import answerTemplate from '../cards/answer.json';
import { loadKnowledge } from '../bot/knowledge';
import { loadConfig } from '../bot/config';
import { createApp } from '../bot/app';
import { installTurnErrorHandler } from '../bot/adapter';
import { createLogger } from '../bot/log';
import { QUESTIONS } from './questions';
import { teamsMessage } from './activities';
import { latencyRows, round, row, summarise, type Row } from './lib';

const SECTION = '1. answer turn (in process)';
const WARM_UP_PASSES = 10;
const PASSES = 6;
/** The full stack is also timed over passes EARLY_FROM.. EARLY_FROM + PASSES - 1, during warm-up. */
const EARLY_FROM = 3;

const now = () => performance.now();

/** (a) recognizer -> engine -> card, as the main dialog would route it, timed per stage. */
function pipelineBench() {
  const kb = loadKnowledgeBase();
  const stages = { recognizer: [] as number[], engine: [] as number[], understood: [] as number[], card: [] as number[], total: [] as number[], fill: [] as number[] };
  const onePass = (record: boolean) => {
    let last: Query | undefined;
    for (const [, text] of QUESTIONS) {
      const t0 = now();
      const u = understand(kb, text, new Date());
      const t1 = now();
      let query: Query | undefined;
      if (u.intent === 'question') query = u.query;
      else if (u.intent === 'followup' && u.query) query = last ? mergeFollowUp(last, u.query) : u.query;
      const a = query ? answer(kb, query) : undefined;
      const t2 = now();
      if (a) {
        answerReply(a);
        last = a.query ?? query;
      } else if (u.intent === 'clarify') clarifyReply(u.prompt, u.choices ?? []);
      else if (u.intent === 'help' || u.intent === 'greeting') helpReply('personal');
      else fallbackReply();
      const t3 = now();
      if (record) {
        stages.recognizer.push(t1 - t0);
        stages.engine.push(t2 - t1);
        stages.understood.push(t2 - t0);
        stages.card.push(t3 - t2);
        stages.total.push(t3 - t0);
        // the answer card filled afresh, as for an answer not given before (no memory of cards)
        if (a) {
          const t4 = now();
          fill(answerTemplate, answerView(a, followUpsFor(a)));
          stages.fill.push(now() - t4);
        }
      }
    }
  };
  for (let i = 0; i < WARM_UP_PASSES; i++) onePass(false);
  for (let i = 0; i < PASSES; i++) onePass(true);
  return stages;
}

/**
 * (a') the understanding and the engine over every question of the evaluation corpus: the
 * refusals, passages and change answers a chat set has few of.
 */
function corpusBench(): number[] {
  const kb = loadKnowledgeBase();
  const dir = path.join(__dirname, '..', 'eval', 'corpus');
  const questions: string[] = [];
  for (const file of readdirSync(dir).filter((f) => /^batch-.*\.mjs$/.test(f)).sort()) {
    // the corpus is ES modules without top-level await: Node 20.19+ requires them as they are
    const { cases } = require(path.join(dir, file)) as { cases: { q: string }[] };
    questions.push(...cases.map((c) => c.q));
  }
  const times: number[] = [];
  for (let pass = 0; pass < WARM_UP_PASSES + PASSES; pass++) {
    for (const text of questions) {
      const t0 = now();
      const u = understand(kb, text, new Date());
      if (u.intent === 'question' && u.query) answer(kb, u.query);
      if (pass >= WARM_UP_PASSES) times.push(now() - t0);
    }
  }
  return times;
}

/**
 * (b) the full dialog stack through TestAdapter, one conversation per pass: the service as
 * `createApp` assembles it (handler, routes, state in the embedded store), without HTTP.
 */
async function dialogStackBench() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-answer-'));
  // production logs one JSON line per turn: keep that cost, drop the output
  const logger = createLogger('info', new Writable({ write: (_chunk, _enc, cb) => cb() }));
  const app = createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KEY_PREFIX: 'bench-answer' }), logger, loadKnowledge());
  const adapter = new TestAdapter(async (context: TurnContext) => app.bot.run(context), {});
  let errors = 0;
  installTurnErrorHandler(adapter, logger);
  const onTurnError = adapter.onTurnError;
  adapter.onTurnError = async (context, error) => {
    errors++;
    await onTurnError(context, error);
  };
  try {
    return await timeTurns(adapter, () => errors);
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function timeTurns(adapter: TestAdapter, errors: () => number) {
  const turns: number[] = [];
  const early: number[] = [];
  let silent = 0;
  let seq = 0;
  const onePass = async (pass: number, record?: number[]) => {
    for (const [, text] of QUESTIONS) {
      // personal chat (conversation number divisible by 3) of its own for each pass
      const activity = teamsMessage(text, pass * 3, seq++, { serviceUrl: 'https://smba.trafficmanager.net/uk/', tenants: 1 }) as Partial<Activity>;
      const t0 = now();
      await adapter.receiveActivity(activity);
      const t1 = now();
      if (adapter.activeQueue.length === 0) silent++;
      adapter.activeQueue.splice(0);
      record?.push(t1 - t0);
    }
  };
  for (let i = 0; i < WARM_UP_PASSES; i++) await onePass(i, i >= EARLY_FROM && i < EARLY_FROM + PASSES ? early : undefined);
  silent = 0;
  for (let i = 0; i < PASSES; i++) await onePass(WARM_UP_PASSES + i, turns);
  return { turns, early, silent, errors: errors() };
}

export async function answerBench(): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const stages = pipelineBench();
  const corpus = corpusBench();
  const stack = await dialogStackBench();
  const s = {
    recognizer: summarise(stages.recognizer),
    engine: summarise(stages.engine),
    understood: summarise(stages.understood),
    corpus: summarise(corpus),
    card: summarise(stages.card),
    cardFill: summarise(stages.fill),
    pipeline: summarise(stages.total),
    stack: summarise(stack.turns),
    stackEarly: summarise(stack.early),
  };
  const rows: Row[] = [
    row(SECTION, 'questions in the set', QUESTIONS.length, 'count', { atLeast: 200 }),
    row(SECTION, 'recognizer: p99', s.recognizer.p99, 'ms'),
    row(SECTION, 'engine + reply text: p99', s.engine.p99, 'ms'),
    row(SECTION, 'recognizer + engine: p99', s.understood.p99, 'ms', { below: 1 }),
    row(SECTION, 'recognizer + engine, evaluation corpus: p99', s.corpus.p99, 'ms', { below: 1 }, `${corpus.length} samples, p50 ${round(s.corpus.p50)} ms`),
    row(SECTION, 'card (as shipped: filled before, from memory): p99', s.card.p99, 'ms'),
    row(SECTION, 'answer card filled afresh: p50 / p99', s.cardFill.p50, 'ms', undefined, `p99 ${round(s.cardFill.p99)} ms`),
    ...latencyRows(SECTION, 'recognizer+engine+card', s.pipeline, 'ms'),
    ...latencyRows(SECTION, 'full stack (TestAdapter) turn', s.stack, 'ms', { below: 2 }),
    row(SECTION, `full stack after ${EARLY_FROM} warm-up passes: p50 / p99`, s.stackEarly.p50, 'ms', undefined, `p99 ${round(s.stackEarly.p99)} ms, max ${round(s.stackEarly.max)} ms`),
    row(SECTION, 'turns without a reply', stack.silent, 'count', { below: 1 }),
    row(SECTION, 'turn errors', stack.errors, 'count', { below: 1 }),
  ];
  return { rows, details: { warmUpPasses: WARM_UP_PASSES, earlyFrom: EARLY_FROM, passes: PASSES, ...s } };
}
