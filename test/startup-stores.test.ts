// The real process against a Redis that does not answer as it should, on a redis-server of this
// test's own (with a password; needs /usr/bin/redis-server, else skipped): readiness reflects
// the stores (/healthz 503 with the reason while they do not answer, messages 503 at once), a
// start that cannot authenticate exits non-zero at once naming the store and the error (never
// the password), one that cannot reach Redis gives up after STORE_START_TIMEOUT_MS, and a stop
// during the wait is graceful.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, killProc, REDIS_SERVER, spawnBot, startRedisServer, until, type BotProcess } from './bot-process';
import { teamsMessage } from './security-fixtures';

const PASSWORD = 'Redis-Start.Secret-4455';
const TIMEOUT = 90_000;

const startRedis = (port: number, dir: string) => startRedisServer(port, dir, ['--requirepass', PASSWORD, '--appendonly', 'no']);

const health = async (base: string) => {
  const r = await fetch(`${base}/healthz`);
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};

const listening = async (bot: BotProcess) => `http://127.0.0.1:${(await bot.waitForLine((l) => l.event === 'listening')).port}`;

const describeRedis = fs.existsSync(REDIS_SERVER) ? describe : describe.skip;

describeRedis('start-up against a Redis that does not answer as it should (real process)', () => {
  let port: number;
  let dir: string;
  let redis: ChildProcess | undefined;
  const bots: BotProcess[] = [];
  const bot = (env: Record<string, string>) => {
    const b = spawnBot({ KEY_PREFIX: 'startup', ...env });
    bots.push(b);
    return b;
  };

  beforeAll(async () => {
    port = await freePort();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-redis-start-'));
    redis = await startRedis(port, dir);
  });
  afterAll(async () => {
    for (const b of bots) await b.stop('SIGKILL');
    if (redis) await killProc(redis);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test(
    'a wrong Redis password: exits 1 at once, naming the stores, Redis and its error, never the password; "started" is never logged',
    async () => {
      const wrong = 'Not-The-Password-998877';
      // a start timeout of ten minutes: exiting within the test's time at all means it did not wait for it
      const b = bot({ REDIS_URL: `redis://default:${wrong}@127.0.0.1:${port}`, STORE_START_TIMEOUT_MS: '600000' });
      const t0 = Date.now();
      const code = await b.exited;
      process.stdout.write(`wrong Redis password: exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s (start-up included)\n`);
      expect(code).toBe(1);
      expect(b.err()).toContain(`Board Assistant did not start: Redis at 127.0.0.1:${port} refused the credentials in REDIS_URL (stores: state, conversations, reminders): WRONGPASS`);
      const fatal = b.lines().find((l) => l.event === 'store-unavailable');
      expect(fatal).toMatchObject({ level: 60, msg: expect.stringContaining(`Redis at 127.0.0.1:${port} refused the credentials`) });
      expect(b.lines().some((l) => l.event === 'started')).toBe(false);
      expect(b.out()).not.toContain(wrong);
      expect(b.out()).not.toContain(PASSWORD);
    },
    TIMEOUT,
  );

  test(
    'Redis unreachable: /healthz 503 with the reason and messages 503 at once while it waits; then exits 1 after STORE_START_TIMEOUT_MS',
    async () => {
      const nowhere = await freePort();
      const b = bot({ REDIS_URL: `redis://default:${PASSWORD}@127.0.0.1:${nowhere}`, STORE_START_TIMEOUT_MS: '4000' });
      const base = await listening(b);
      await until(async () => String((await health(base)).body.reason ?? '').includes('ECONNREFUSED'), 10_000, 'the reason on /healthz');
      const h = await health(base);
      expect(h.status).toBe(503);
      expect(h.body).toMatchObject({ status: 'starting', reason: expect.stringContaining(`state store (redis at 127.0.0.1:${nowhere}) not connected yet: connect ECONNREFUSED`) });
      // answered while the start still waits (a turn waiting for the store would get 504 after 30 s)
      const r = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(teamsMessage('a:early', 'help', 'http://127.0.0.1:9/')) });
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('5');
      expect(await r.json()).toEqual({ error: expect.stringMatching(/^starting: state store \(redis at 127\.0\.0\.1:\d+\) not connected yet/) });
      expect(b.lines().some((l) => l.event === 'store-unavailable')).toBe(false);
      expect(await b.exited).toBe(1);
      expect(b.err()).toContain(`Redis at 127.0.0.1:${nowhere} did not answer within 4 s (stores: state, conversations, reminders): connect ECONNREFUSED`);
      expect(b.out()).not.toContain(PASSWORD);
    },
    TIMEOUT,
  );

  test(
    'SIGTERM while the start waits for Redis: a graceful stop, exit 0',
    async () => {
      const nowhere = await freePort();
      const b = bot({ REDIS_URL: `redis://127.0.0.1:${nowhere}`, STORE_START_TIMEOUT_MS: '60000' });
      await listening(b);
      expect(await b.stop('SIGTERM')).toBe(0);
      expect(b.lines().map((l) => l.event)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
    },
    TIMEOUT,
  );

  test(
    'the right password: started and ready; Redis lost later: /healthz 503 naming the store until it is back',
    async () => {
      const b = bot({ REDIS_URL: `redis://default:${PASSWORD}@127.0.0.1:${port}` });
      await b.waitForLine((l) => l.event === 'started');
      const base = await listening(b);
      expect(await health(base)).toMatchObject({ status: 200, body: { status: 'ok', store: 'redis' } });
      await killProc(redis!);
      await until(async () => (await health(base)).status === 503, 20_000, '/healthz to say the store is gone');
      expect((await health(base)).body).toMatchObject({ status: 'unavailable', reason: expect.stringMatching(new RegExp(`store \\(redis at 127\\.0\\.0\\.1:${port}\\) unreachable`)) });
      redis = await startRedis(port, dir);
      await until(async () => (await health(base)).status === 200, 30_000, '/healthz to be ok again');
      expect(await b.stop()).toBe(0);
      expect(b.out()).not.toContain(PASSWORD);
    },
    TIMEOUT,
  );
});

if (!fs.existsSync(REDIS_SERVER)) test.skip(`start-up against Redis: needs ${REDIS_SERVER}`, () => undefined);
