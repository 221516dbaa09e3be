// 5. Soak: memory under a long load over many conversations. The compiled bot (what `npm start`
// runs) takes ten minutes of the HTTP bench's load spread over 50,000 conversations (ten times
// the HTTP bench's, so every per-conversation memory fills up and has to stay bounded); its
// RSS is sampled once a minute. A bare botbuilder echo bot takes the same load for a shorter
// while as the baseline (it keeps nothing per conversation, so its RSS settles within a minute
// or two). Targets: RSS after the load under twice the echo bot's, and flat over the last five
// minutes (no more than 10% between the lowest and the highest sample).
//
//   npm run bench -- soak                        # this part only
//   SOAK_MINUTES=3 npm run bench -- soak         # a shorter run (not the target's conditions)
import fs from 'node:fs';
import path from 'node:path';
import { startCaptureConnector, type CaptureConnector } from './connector';
import { build, compiledEchoBot } from './http';
import type { LoadResult, LoadSpec } from './load';
import { ROOT, localModeEnv, progress, row, runJsonChild, sleep, startBot, tempDir, tsNode, type BotProcess, type Row } from './lib';

const SECTION = '5. soak (memory)';
const MINUTES = Number(process.env.SOAK_MINUTES || 10);
const ECHO_MINUTES = Number(process.env.SOAK_ECHO_MINUTES || 3);
const CONVERSATIONS = 50_000;
const FLAT_MINUTES = 5;

/** Load for `minutes` (two back-to-back windows of the load generator), sampling RSS each minute. */
async function soak(bot: BotProcess, connector: CaptureConnector, minutes: number, label: string) {
  connector.reset();
  const half = (minutes * 60) / 2;
  const spec: LoadSpec = { url: bot.url, serviceUrl: connector.serviceUrl, conversations: CONVERSATIONS, tenants: 20, connections: 20, warmUpS: 0, durationS: half, settleS: 0 };
  const samples: number[] = [];
  const started = Date.now();
  const load = runJsonChild<LoadResult>(tsNode('bench/load.ts', JSON.stringify(spec)));
  let done = false;
  void load.finally(() => (done = true));
  for (let minute = 1; minute <= minutes && !done; minute++) {
    while (Date.now() - started < minute * 60_000 && !done) await sleep(250);
    samples.push(Math.round(bot.rssMb()));
    progress(`${label}: minute ${minute}, RSS ${samples[samples.length - 1]} MB, ${connector.counts.ok} replies`);
  }
  const result = await load;
  const afterLoad = Math.round(bot.rssMb());
  return { samples, afterLoad, result, replies: connector.counts.ok };
}

export async function soakBench(): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  build();
  const connector = await startCaptureConnector();
  const dirs: string[] = [];
  const started: BotProcess[] = [];
  const start = async (file: string, label: string) => {
    const dir = tempDir(label);
    dirs.push(dir);
    const bot = await startBot([file], localModeEnv(dir));
    started.push(bot);
    await sleep(2000);
    return { bot, idle: Math.round(bot.rssMb()) };
  };
  try {
    const echo = await start(compiledEchoBot(), 'soak-echo');
    const echoRun = await soak(echo.bot, connector, ECHO_MINUTES, 'echo bot');
    await echo.bot.stop();
    const product = await start(path.join(ROOT, 'dist/bot/index.js'), 'soak');
    const run = await soak(product.bot, connector, MINUTES, 'Board Assistant');
    const exit = await product.bot.stop();

    const last = run.samples.slice(-FLAT_MINUTES);
    const spread = (Math.max(...last) - Math.min(...last)) / Math.min(...last);
    const ratio = run.afterLoad / echoRun.afterLoad;
    const requests = (r: LoadResult) => r.cold.ok + r.warm.ok;
    const rows: Row[] = [
      row(SECTION, `Board Assistant RSS idle, then each minute of ${MINUTES} (${CONVERSATIONS.toLocaleString('en-GB')} conversations)`, run.afterLoad, 'MB', undefined, `idle ${product.idle}; ${run.samples.join(', ')}`),
      row(SECTION, `echo bot RSS idle, then each minute of ${ECHO_MINUTES}`, echoRun.afterLoad, 'MB', undefined, `idle ${echo.idle}; ${echoRun.samples.join(', ')}`),
      row(SECTION, 'RSS after the load: Board Assistant / echo bot', ratio, 'x', { below: 2 }),
      row(SECTION, `RSS spread over the last ${FLAT_MINUTES} minutes ((max - min) / min)`, spread * 100, '%', { below: 10 }),
      row(SECTION, 'requests answered (Board Assistant; echo bot)', requests(run.result), 'count', undefined, `${Math.round(requests(run.result) / (MINUTES * 60))} req/s; echo bot ${requests(echoRun.result)} (${Math.round(requests(echoRun.result) / (ECHO_MINUTES * 60))} req/s)`),
      row(SECTION, 'non-2xx + errors + timeouts (Board Assistant)', run.result.cold.non2xx + run.result.warm.non2xx + run.result.cold.errors + run.result.warm.errors + run.result.cold.timeouts + run.result.warm.timeouts, 'count', { below: 1 }),
      row(SECTION, 'exit code after SIGTERM', exit ?? -1, 'code', { below: 1 }),
    ];
    return {
      rows,
      details: {
        minutes: MINUTES,
        echoMinutes: ECHO_MINUTES,
        conversations: CONVERSATIONS,
        rssMb: { idle: product.idle, perMinute: run.samples, afterLoad: run.afterLoad, echoIdle: echo.idle, echoPerMinute: echoRun.samples, echoAfterLoad: echoRun.afterLoad },
        load: { bot: run.result, echo: echoRun.result },
        notes: MINUTES < 10 ? [`Soak shortened to ${MINUTES} minutes (SOAK_MINUTES): the target is read over 10.`] : [],
      },
    };
  } finally {
    await Promise.all(started.map((p) => p.stop().catch(() => null)));
    await connector.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}
