// Shared pieces of the benchmark: the result rows, percentiles, child processes of the bot
// (spawn, wait for /healthz, RSS), free ports and temporary directories.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');

/** One figure of the table (and of bench/results.json). */
export interface Row {
  section: string;
  measure: string;
  value: number;
  unit: string;
  /** The figure the product is held to, in words ("< 2 ms"), when there is one. */
  target?: string;
  /** Whether the target is met (undefined when there is no target). */
  met?: boolean;
  note?: string;
}

export type Target = { below: number } | { atLeast: number };

export function row(section: string, measure: string, value: number, unit: string, target?: Target, note?: string): Row {
  const r: Row = { section, measure, value: round(value), unit };
  if (target) {
    const below = 'below' in target;
    const limit = below ? target.below : target.atLeast;
    r.target = `${below ? '<' : '>='} ${limit}${unit && unit !== 'x' ? ` ${unit}` : ''}`;
    r.met = below ? value < limit : value >= limit;
  }
  if (note) r.note = note;
  return r;
}

export function round(v: number): number {
  if (!Number.isFinite(v)) return v;
  const abs = Math.abs(v);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return Number(v.toFixed(digits));
}

/** Nearest-rank percentile of an already sorted array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN, mean };
}

/** p50, p99 and max as three rows; the target (if any) applies to p99. */
export function latencyRows(section: string, what: string, s: Summary, unit: string, p99Target?: Target): Row[] {
  return [
    row(section, `${what}: p50`, s.p50, unit),
    row(section, `${what}: p99`, s.p99, unit, p99Target),
    row(section, `${what}: max`, s.max, unit, undefined, `${s.n} samples`),
  ];
}

export const ms = (fromNs: bigint, toNs: bigint = process.hrtime.bigint()) => Number(toNs - fromNs) / 1e6;

export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `board-bench-${label}-`));
}

/** A port that was free a moment ago (the child listens on it; the race is harmless here). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** True if a TCP connection to host:port opens within `timeoutMs`. */
export function reachable(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export function httpGet(url: string, timeoutMs = 1000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

/** Resident set size of a process in MB (Linux /proc; `ps` elsewhere). */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

const benchStart = process.hrtime.bigint();
/** A progress line on stderr (the table goes to stdout). */
export function progress(message: string): void {
  process.stderr.write(`[bench ${(ms(benchStart) / 1000).toFixed(1).padStart(5)} s] ${message}\n`);
}

export const sleep = (msToWait: number) => new Promise<void>((r) => setTimeout(r, msToWait));

/** A bot process under test: started, ready at `/healthz`, stopped with SIGTERM. */
export interface BotProcess {
  child: ChildProcess;
  url: string;
  /** Milliseconds from spawn to the first 200 from /healthz. */
  readyMs: number;
  rssMb(): number;
  stop(): Promise<number | null>;
  /** The last 4,000 characters of its stderr, and its exit code once it has exited (for a process that died). */
  stderr(): string;
  exited(): number | null | undefined;
}

/**
 * Spawns `node <args>` with `env`, listening on a fresh port on 127.0.0.1, and polls
 * /healthz every 5 ms until it answers 200 (or `timeoutMs` passes).
 */
export async function startBot(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 20_000): Promise<BotProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
  // the log's last lines, for a process that exits unexpectedly (the rest is read and dropped)
  let stdout = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (d: string) => (stdout = (stdout + d).slice(-4000)));
  let exited: number | null | undefined;
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve((exited = code ?? (signal ? -1 : null)))));
  for (;;) {
    if (exited !== undefined) throw new Error(`node ${args.join(' ')} exited (${exited}) before /healthz answered:\n${stderr}`);
    if (ms(started) > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`node ${args.join(' ')}: /healthz did not answer within ${timeoutMs} ms:\n${stderr}`);
    }
    const ok = await httpGet(`${url}/healthz`, 500).then((r) => r.status === 200, () => false);
    if (ok) break;
    await sleep(5);
  }
  const readyMs = ms(started);
  return {
    child,
    url,
    readyMs,
    rssMb: () => {
      if (exited !== undefined) throw new Error(`node ${args.join(' ')} exited (${exited}):\n${stderr}\n${stdout}`);
      return rssMb(child.pid!);
    },
    stderr: () => stderr,
    exited: () => exited,
    async stop() {
      if (exited === undefined) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exit;
      clearTimeout(timer);
      return code;
    },
  };
}

/**
 * The environment for a bot process: local mode (no Microsoft app id, so no tokens), the
 * embedded store in `dataDir`, no Redis, and no `.env` from the working directory.
 */
export function localModeEnv(dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (/^MicrosoftApp/i.test(k) || k === 'REDIS_URL' || k === 'NODE_OPTIONS') delete env[k];
  return { ...env, DATA_DIR: dataDir, DOTENV_CONFIG_PATH: path.join(dataDir, 'no.env'), KEY_PREFIX: 'bench', LOG_LEVEL: 'info', ...extra };
}

/** Runs `node <args>` to the end and parses the JSON its last stdout line holds. */
export function runJsonChild<T>(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err = (err + d).slice(-4000)));
    child.once('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        if (code !== 0) throw new Error(`exit ${code}`);
        resolve(JSON.parse(last) as T);
      } catch (e) {
        reject(new Error(`node ${args.join(' ')} failed (${(e as Error).message}):\n${err}`));
      }
    });
  });
}

/** `node -r @swc-node/register <file>`: how the bench's TypeScript children are run. */
export const tsNode = (file: string, ...args: string[]) => ['-r', '@swc-node/register', path.join(ROOT, file), ...args];

export function machine() {
  const cpus = os.cpus();
  return {
    cores: os.availableParallelism?.() ?? cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGb: round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map(round),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}
