// 2. HTTP throughput and 3. start-up, on the compiled bot (dist/bot/index.js, what `npm start`
// runs), in local mode with a temporary DATA_DIR, replies going to a capture Bot Connector in
// this process. The load comes from a second process (bench/load.ts, autocannon); a bare
// botbuilder echo bot (bench/echo-bot.ts, compiled to JavaScript like the product, so that
// neither pays for a TypeScript loader) takes the same load in the same run as the baseline,
// and its cold starts are timed the same way: the floor the SDK alone sets on this machine.
import { spawnSync } from 'node:child_process';
import { transformFileSync } from '@swc/core';
import fs from 'node:fs';
import path from 'node:path';
import { startCaptureConnector, type CaptureConnector } from './connector';
import type { LoadResult, LoadSpec } from './load';
import { ROOT, localModeEnv, row, runJsonChild, sleep, startBot, summarise, tempDir, tsNode, type BotProcess, type Row } from './lib';

const HTTP = '2. HTTP /api/messages';
const START = '3. start-up and memory';

export const LOAD = { connections: 20, durationS: 10, warmUpS: 2, settleS: 20, conversations: 5000, tenants: 20 };
const COLD_STARTS = 3;
const IDLE_SETTLE_MS = 2000;

export function build(): void {
  const r = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
}

/** bench/echo-bot.ts as JavaScript under build/ (node_modules is found from there). */
export function compiledEchoBot(): string {
  const out = path.join(ROOT, 'build', 'bench', 'echo-bot.js');
  const { code } = transformFileSync(path.join(ROOT, 'bench', 'echo-bot.ts'), {
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    module: { type: 'commonjs' },
  });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, code);
  return out;
}

async function load(target: BotProcess, connector: CaptureConnector) {
  connector.reset();
  const spec: LoadSpec = { url: target.url, serviceUrl: connector.serviceUrl, ...LOAD };
  const result = await runJsonChild<LoadResult>(tsNode('bench/load.ts', JSON.stringify(spec)));
  const answered = result.unmeasuredOk + result.cold.ok + result.warm.ok;
  return { result, replies: connector.counts.ok, answered };
}

/** `COLD_STARTS` spawns of `args`, each timed to /healthz 200; the last one is left running. */
async function coldStarts(args: string[], label: string, dirs: string[], started: BotProcess[]) {
  const ready: number[] = [];
  let bot: BotProcess | undefined;
  for (let i = 0; i < COLD_STARTS; i++) {
    const dir = tempDir(label);
    dirs.push(dir);
    bot = await startBot(args, localModeEnv(dir));
    started.push(bot);
    ready.push(bot.readyMs);
    if (i < COLD_STARTS - 1) await bot.stop();
  }
  return { bot: bot!, ready: summarise(ready), readyMs: ready };
}

export async function httpBench(): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  build();
  const connector = await startCaptureConnector();
  const dirs: string[] = [];
  const started: BotProcess[] = [];
  try {
    // 3. cold starts: spawn -> /healthz 200; the last of each stays up for the load
    const product = await coldStarts([path.join(ROOT, 'dist/bot/index.js')], 'http', dirs, started);
    await sleep(IDLE_SETTLE_MS);
    const idleRss = product.bot.rssMb();
    const echo = await coldStarts([compiledEchoBot()], 'echo', dirs, started);
    await sleep(IDLE_SETTLE_MS);
    const echoIdleRss = echo.bot.rssMb();

    // 2. the same load, one after the other: the echo bot, then the product
    const echoLoad = await load(echo.bot, connector);
    const botLoad = await load(product.bot, connector);
    const afterLoadRss = product.bot.rssMb();
    const echoAfterLoadRss = echo.bot.rssMb();
    const botExit = await product.bot.stop();
    await echo.bot.stop();

    const windows = [
      ['just started', 'cold'],
      [`after ${LOAD.warmUpS + LOAD.durationS + LOAD.settleS} s of load`, 'warm'],
    ] as const;
    const rows: Row[] = windows.flatMap(([when, w]) => {
      const e = echoLoad.result[w];
      const b = botLoad.result[w];
      return [
        row(HTTP, `${when}: echo bot (bare botbuilder)`, e.reqPerS, 'req/s'),
        row(HTTP, `${when}: Board Assistant`, b.reqPerS, 'req/s'),
        row(HTTP, `${when}: Board Assistant / echo bot`, b.reqPerS / e.reqPerS, 'x', { atLeast: 0.8 }),
        row(HTTP, `${when}: Board Assistant latency p50 / p99`, b.latencyMs.p50, 'ms', undefined, `p99 ${b.latencyMs.p99} ms; echo bot p99 ${e.latencyMs.p99} ms`),
        row(HTTP, `${when}: Board Assistant non-2xx + errors`, b.non2xx + b.errors + b.timeouts, 'count', { below: 1 }),
      ];
    });
    rows.push(
      row(HTTP, 'replies at the connector / answered requests', botLoad.replies / Math.max(1, botLoad.answered), 'x'),
      row(START, `spawn -> /healthz 200 (worst of ${COLD_STARTS})`, product.ready.max, 'ms', { below: 1000 }, `median ${Math.round(product.ready.p50)} ms`),
      row(START, `echo bot: spawn -> /healthz 200 (worst of ${COLD_STARTS})`, echo.ready.max, 'ms', undefined, `median ${Math.round(echo.ready.p50)} ms: restify + botbuilder alone`),
      row(START, 'RSS idle', idleRss, 'MB', { below: 150 }, `echo bot ${Math.round(echoIdleRss)} MB`),
      row(START, 'RSS after the load', afterLoadRss, 'MB', undefined, `echo bot ${Math.round(echoAfterLoadRss)} MB`),
      row(START, 'exit code after SIGTERM', botExit ?? -1, 'code', { below: 1 }),
    );
    return {
      rows,
      details: {
        load: LOAD,
        echo: echoLoad,
        bot: botLoad,
        readyMs: { bot: product.readyMs, echo: echo.readyMs },
        rssMb: { idle: idleRss, afterLoad: afterLoadRss, echoIdle: echoIdleRss, echoAfterLoad: echoAfterLoadRss },
      },
    };
  } finally {
    await Promise.all(started.map((p) => p.stop().catch(() => null)));
    await connector.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}
