// What the real process (bot/index.ts) loads to start: start-up time and idle memory are
// issue 8 targets, and the largest avoidable costs were packages no start needs. This pins
// them out: botbuilder-dialogs' prompts with @microsoft/recognizers-text (see dialogs/sdk.ts),
// what only botbuilder's index loads (see bot/sdk.ts), and @keyv/redis with node-redis when no
// REDIS_URL is set (see bot/storage.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';

const ROOT = path.resolve(__dirname, '..');

/** Starts bot/index.ts on the embedded store, stops it once it listens, and returns the packages it loaded. */
async function packagesLoadedToStart(): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-footprint-'));
  const child = spawn(process.execPath, ['-r', './test/fixtures/report-packages.js', '-r', '@swc-node/register', 'bot/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, PORT: '0', DATA_DIR: dataDir, KEY_PREFIX: `footprint-${process.pid}`, DOTENV_CONFIG_PATH: '/nonexistent/.env' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => {
    out += d;
    if (out.includes('"event":"started"')) child.kill('SIGTERM');
  });
  child.stderr!.on('data', (d) => (err += d));
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  fs.rmSync(dataDir, { recursive: true, force: true });
  expect(out).toContain('"event":"started"');
  expect(code).toBe(0);
  const line = err.split('\n').find((l) => l.startsWith('loaded-packages '));
  if (!line) throw new Error(`no package report on stderr:\n${err}`);
  return JSON.parse(line.slice('loaded-packages '.length)) as string[];
}

test('start-up on the embedded store loads the SDK, but not the recognizers-text suites, what only botbuilder\'s index needs, nor the Redis client', async () => {
  const loaded = await packagesLoadedToStart();
  // the report works: the packages every start needs are there
  expect(loaded).toEqual(expect.arrayContaining(['botbuilder', 'botbuilder-dialogs', 'restify', 'better-sqlite3']));
  expect(loaded.filter((p) => p.startsWith('@microsoft/recognizers-text'))).toEqual([]);
  expect(loaded.filter((p) => ['htmlparser2', 'fs-extra', 'dayjs'].includes(p))).toEqual([]);
  expect(loaded.filter((p) => p === '@keyv/redis' || p.startsWith('@redis/'))).toEqual([]);
}, 90000);
