// 2. HTTP throughput and 3. start-up, on the compiled bot (dist/bot/index.js, what `npm start`
// runs), in local mode with a temporary DATA_DIR, replies going to a capture Bot Connector in
// this process. The load comes from a second process (bench/load.ts, autocannon); a bare
// botbuilder echo bot (bench/echo-bot.ts) takes the same load in the same run as the baseline.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startCaptureConnector, type CaptureConnector } from './connector';
import type { LoadResult, LoadSpec } from './load';
import { ROOT, localModeEnv, row, runJsonChild, sleep, startBot, summarise, tempDir, tsNode, type BotProcess, type Row } from './lib';

const HTTP = '2. HTTP /api/messages';
const START = '3. start-up and memory';

export const LOAD = { connections: 20, durationS: 10, warmUpS: 2, conversations: 5000, tenants: 20 };
const COLD_STARTS = 3;
const IDLE_SETTLE_MS = 2000;

function build(): void {
  const r = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
}

async function load(target: BotProcess, connector: CaptureConnector) {
  connector.reset();
  const spec: LoadSpec = { url: target.url, serviceUrl: connector.serviceUrl, ...LOAD };
  const result = await runJsonChild<LoadResult>(tsNode('bench/load.ts', JSON.stringify(spec)));
  return { result, replies: connector.counts.ok };
}

export async function httpBench(): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  build();
  const entry = path.join(ROOT, 'dist/bot/index.js');
  const connector = await startCaptureConnector();
  const dirs: string[] = [];
  const started: BotProcess[] = [];
  try {
    // 3. cold starts: spawn -> /healthz 200; the last one stays up for the load
    const ready: number[] = [];
    let bot: BotProcess | undefined;
    for (let i = 0; i < COLD_STARTS; i++) {
      const dir = tempDir('http');
      dirs.push(dir);
      bot = await startBot([entry], localModeEnv(dir));
      started.push(bot);
      ready.push(bot.readyMs);
      if (i < COLD_STARTS - 1) await bot.stop();
    }
    await sleep(IDLE_SETTLE_MS);
    const idleRss = bot!.rssMb();

    const echoDir = tempDir('echo');
    dirs.push(echoDir);
    const echo = await startBot(tsNode('bench/echo-bot.ts'), localModeEnv(echoDir));
    started.push(echo);
    await sleep(IDLE_SETTLE_MS);
    const echoIdleRss = echo.rssMb();

    // 2. the same load, one after the other: the echo bot, then the product
    const echoLoad = await load(echo, connector);
    const botLoad = await load(bot!, connector);
    const afterLoadRss = bot!.rssMb();
    const echoAfterLoadRss = echo.rssMb();
    const botExit = await bot!.stop();
    await echo.stop();

    const ratio = botLoad.result.reqPerS / echoLoad.result.reqPerS;
    const readySummary = summarise(ready);
    const rows: Row[] = [
      row(HTTP, 'echo bot (bare botbuilder)', echoLoad.result.reqPerS, 'req/s'),
      row(HTTP, 'Board Assistant', botLoad.result.reqPerS, 'req/s'),
      row(HTTP, 'Board Assistant / echo bot', ratio, 'x', { atLeast: 0.8 }),
      row(HTTP, 'Board Assistant latency: p50', botLoad.result.latencyMs.p50, 'ms'),
      row(HTTP, 'Board Assistant latency: p99', botLoad.result.latencyMs.p99, 'ms', undefined, `echo bot p99 ${echoLoad.result.latencyMs.p99} ms`),
      row(HTTP, 'Board Assistant non-2xx + errors', botLoad.result.non2xx + botLoad.result.errors + botLoad.result.timeouts, 'count', { below: 1 }),
      row(HTTP, 'replies at the connector / answered requests', botLoad.replies / Math.max(1, botLoad.result.ok + botLoad.result.warmUpOk), 'x'),
      row(START, `spawn -> /healthz 200 (worst of ${COLD_STARTS})`, readySummary.max, 'ms', { below: 1000 }, `median ${Math.round(readySummary.p50)} ms`),
      row(START, 'RSS idle', idleRss, 'MB', { below: 150 }, `echo bot ${Math.round(echoIdleRss)} MB`),
      row(START, 'RSS after the load', afterLoadRss, 'MB', undefined, `echo bot ${Math.round(echoAfterLoadRss)} MB`),
      row(START, 'exit code after SIGTERM', botExit ?? -1, 'code', { below: 1 }),
    ];
    return {
      rows,
      details: { load: LOAD, echo: echoLoad, bot: botLoad, readyMs: ready, rssMb: { idle: idleRss, afterLoad: afterLoadRss, echoIdle: echoIdleRss, echoAfterLoad: echoAfterLoadRss } },
    };
  } finally {
    await Promise.all(started.map((p) => p.stop().catch(() => null)));
    await connector.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}
