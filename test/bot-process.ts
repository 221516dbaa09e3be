// Processes for the tests that need real ones: the bot (`node -r @swc-node/register
// bot/index.ts`, its output kept and stdout's JSON log lines parsed, a wait for a line, a stop
// by signal) and a redis-server of a test's own; and the waits they need.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const REDIS_SERVER = '/usr/bin/redis-server';

/** Waits (polling) until `cond` holds; fails naming `what` after `ms`. */
export async function until(cond: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A port that was free a moment ago. */
export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

/** A redis-server of the test's own on `port`, its files in `dir`, with `args` (persistence, a password...). */
export async function startRedisServer(port: number, dir: string, args: string[]): Promise<ChildProcess> {
  const proc = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  await until(() => /Ready to accept connections/.test(out) || proc.exitCode !== null, 20_000, 'redis-server');
  if (proc.exitCode !== null) throw new Error(`redis-server did not start:\n${out}`);
  return proc;
}

/** Kills a process (SIGKILL unless told) and waits for it to be gone. */
export async function killProc(proc: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exit = new Promise((r) => proc.once('exit', r));
  proc.kill(signal);
  await exit;
}

const ROOT = path.resolve(__dirname, '..');

export type LogLine = Record<string, unknown> & { level?: number; msg?: string; event?: string };

export interface BotProcess {
  child: ChildProcess;
  /** stdout and stderr together, as they came. */
  out(): string;
  /** stderr alone. */
  err(): string;
  /** stdout's log lines, parsed. */
  lines(): LogLine[];
  /** The exit code (null after a signal it did not handle). */
  exited: Promise<number | null>;
  /** Resolves with the first log line that matches; rejects if the process exits first or after `ms`. */
  waitForLine(match: (l: LogLine) => boolean, ms?: number): Promise<LogLine>;
  /** Sends `signal` (SIGTERM by default) and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Spawns the bot with exactly `env` (plus PATH, a fresh DATA_DIR, port 0, no .env file). */
export function spawnBot(env: Record<string, string>): BotProcess {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-proc-'));
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'bot/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: os.tmpdir(), PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KEY_PREFIX: `proc-${process.pid}`, DOTENV_CONFIG_PATH: '/nonexistent/.env', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let pending = '';
  const lines: LogLine[] = [];
  const waiters = new Set<() => void>();
  child.stdout!.on('data', (d: Buffer) => {
    out += d;
    pending += d;
    let i: number;
    while ((i = pending.indexOf('\n')) >= 0) {
      const text = pending.slice(0, i);
      pending = pending.slice(i + 1);
      try {
        lines.push(JSON.parse(text) as LogLine);
      } catch {
        lines.push({ msg: text });
      }
    }
    for (const w of waiters) w();
  });
  child.stderr!.on('data', (d: Buffer) => ((out += d), (err += d)));
  let done = false;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      done = true;
      fs.rmSync(dataDir, { recursive: true, force: true });
      for (const w of waiters) w();
      resolve(code);
    }),
  );
  return {
    child,
    out: () => out,
    err: () => err,
    lines: () => lines,
    exited,
    waitForLine: (match, ms = 60_000) =>
      new Promise<LogLine>((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`no such log line within ${ms} ms:\n${out}`)), ms);
        const finish = (e?: Error, line?: LogLine) => {
          clearTimeout(timer);
          waiters.delete(look);
          if (line) resolve(line);
          else reject(e);
        };
        const look = () => {
          const line = lines.find(match);
          if (line) finish(undefined, line);
          else if (done) finish(new Error(`the bot exited before that log line:\n${out}`));
        };
        waiters.add(look);
        look();
      }),
    stop: async (signal = 'SIGTERM') => {
      if (!done) child.kill(signal);
      return exited;
    },
  };
}
