// The real process (bot/index.ts) at start-up: local mode says loudly that it takes
// unauthenticated traffic and listens on the loopback interface only; with credentials set,
// neither the app password nor the Redis password reaches stdout or stderr.
import { loadConfig } from '../bot/config';
import { APP_ID } from './security-jwt';
import { teamsMessage } from './security-fixtures';
import { spawnBot, type BotProcess } from './bot-process';

const REDIS_URL = process.env.REDIS_URL?.trim();

interface Running extends BotProcess {
  started: Record<string, unknown>;
}

/** Starts bot/index.ts with exactly `env` (plus PATH) and waits for its "started" line. */
async function startProcess(env: Record<string, string>): Promise<Running> {
  const bot = spawnBot({ HOST: '', ...env });
  return { ...bot, started: await bot.waitForLine((l) => l.event === 'started', 90_000) };
}

test('HOST defaults to loopback in local mode and to every interface with credentials; an explicit HOST wins', () => {
  expect(loadConfig({}).host).toBe('127.0.0.1');
  expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x-secret-x' }).host).toBe('0.0.0.0');
  expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
});

test('local mode: a loud warning at start-up, and it listens on 127.0.0.1 only', async () => {
  const bot = await startProcess({});
  try {
    expect(bot.started.host).toBe('127.0.0.1');
    expect(bot.out()).toMatch(/"event":"local-mode"/);
    expect(bot.out()).toMatch(/!!! LOCAL MODE: .*accepts UNAUTHENTICATED traffic/);
  } finally {
    expect(await bot.stop()).toBe(0);
  }
}, 90000);

test('credentials set: refused requests and shutdown log no secret', async () => {
  const password = 'Proc~Secret.9f8e7d6c5b4a';
  const redisPassword = 'redis-Pa55-word-1234';
  const env: Record<string, string> = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: password, HOST: '127.0.0.1', LOG_LEVEL: 'debug' };
  // the local Redis has no password: any password for the `default` user is accepted
  if (REDIS_URL) env.REDIS_URL = REDIS_URL.replace(/^(rediss?:\/\/)/, `$1default:${redisPassword}@`);
  const bot = await startProcess(env);
  try {
    const url = `http://127.0.0.1:${bot.started.port}/api/messages`;
    const a = teamsMessage('a:proc-secret', 'help', 'https://smba.trafficmanager.net/uk/');
    const noToken = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) });
    expect(noToken.status).toBe(401);
    const badToken = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${password}` }, body: JSON.stringify(a) });
    expect(badToken.status).toBe(401);
  } finally {
    expect(await bot.stop()).toBe(0);
  }
  expect(bot.out()).toMatch(/"event":"unauthorized"/);
  expect(bot.out()).not.toContain(password);
  expect(bot.out()).not.toContain(redisPassword);
}, 90000);

test('credentials set: 1,000 refused requests write one short warning line, no stack, nothing on stderr', async () => {
  const bot = await startProcess({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'Proc~Secret.1a2b3c4d5e6f', HOST: '127.0.0.1' });
  const url = `http://127.0.0.1:${bot.started.port}/api/messages`;
  // none of these needs the Bot Framework's keys to be refused (no network): no token, an
  // empty one, not a JWT, a JWT that does not parse
  const tokens = [undefined, 'Bearer ', 'Bearer not-a-jwt', 'Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln', 'Basic dXNlcjpwYXNz'];
  const errBefore = bot.err().length;
  const linesBefore = bot.out().split('\n').length;
  const statuses: number[] = [];
  const t0 = Date.now();
  try {
    for (let round = 0; round < 50; round++) {
      await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const token = tokens[(round * 20 + i) % tokens.length];
          const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: token } : {}) }, body: JSON.stringify(teamsMessage(`a:refused-${i}`, 'help', 'https://smba.trafficmanager.net/uk/')) });
          await r.arrayBuffer();
          statuses.push(r.status);
        }),
      );
    }
  } finally {
    expect(await bot.stop()).toBe(0);
  }
  expect(statuses).toHaveLength(1000);
  expect(new Set(statuses)).toEqual(new Set([401]));
  const stderr = bot.err().slice(errBefore);
  const lines = bot.out().split('\n').slice(linesBefore - 1);
  const refusals = lines.filter((l) => l.includes('"event":"unauthorized"'));
  process.stdout.write(`1,000 refused requests: ${refusals.length} log line(s), ${lines.join('\n').length} bytes of output after the start, ${stderr.length} bytes on stderr\n`);
  expect(stderr).toBe('');
  // one line a minute at most (the rest counted): one, unless this machine took minutes over them
  expect(refusals.length).toBeGreaterThanOrEqual(1);
  expect(refusals.length).toBeLessThanOrEqual(1 + Math.floor((Date.now() - t0) / 60_000));
  expect(refusals[0]!.length).toBeLessThan(400);
  expect(refusals[0]).not.toMatch(/stack|\n/);
  // the stop line and the refusal: nothing else was written for the 1,000 requests
  expect(lines.filter((l) => l.trim()).length).toBeLessThanOrEqual(4);
}, 90000);
