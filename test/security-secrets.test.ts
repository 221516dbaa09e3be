// Secrets stay out of the logs: a real authenticated turn with the app password set and state
// in Redis behind a password (when REDIS_URL is set; the embedded store otherwise), every log
// line captured and searched. The logger's scrubber is the second line of defence, tested on
// its own; `.env` is never committed.
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, fixedShapeLogger, secretsOf } from '../bot/log';
import { loadConfig } from '../bot/config';
import { startKeyServer, APP_ID } from './security-jwt';
import { startService, teamsMessage } from './security-fixtures';

const REDIS_URL = process.env.REDIS_URL?.trim();
const PASSWORD = 'Turn~Secret.0a1b2c3d4e5f';
const REDIS_PASSWORD = 'redis-turn-Pa55-5678';
const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';

test('an authenticated turn, a refused one and shutdown log neither the app password nor the Redis password', async () => {
  const keys = await startKeyServer();
  const env: Record<string, string> = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, LOG_LEVEL: 'trace' };
  // the local Redis has no password: any password for the `default` user is accepted
  if (REDIS_URL) env.REDIS_URL = REDIS_URL.replace(/^(rediss?:\/\/)/, `$1default:${REDIS_PASSWORD}@`);
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const svc = await startService(env, { tweak: (c) => (c.authEndpoints = keys.endpoints) });
  try {
    const a = { ...teamsMessage('a:secret-turn', 'help', SERVICE_URL), deliveryMode: 'expectReplies' };
    const ok = await svc.post(a, { authorization: `Bearer ${keys.sign(keys.channelClaims(SERVICE_URL))}` });
    expect(ok.status).toBe(200);
    expect(svc.turnsOf(a.id)).toHaveLength(1);
    const refused = await svc.post({ ...a, id: 'm-refused' }, { authorization: `Bearer ${PASSWORD}` });
    expect(refused.status).toBe(401);
  } finally {
    await svc.stop();
    await keys.stop();
    quiet.mockRestore();
  }
  const all = svc.log.raw.join('\n');
  expect(svc.log.lines.length).toBeGreaterThan(2);
  expect(all).not.toContain(PASSWORD);
  expect(all).not.toContain(REDIS_PASSWORD);
  expect(all).not.toContain(encodeURIComponent(REDIS_PASSWORD));
});

test('the scrubber removes configured secrets from any log line, however they got there', () => {
  const config = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'pa"ss\\word-123', REDIS_URL: 'redis://default:p%40ss-w0rd-x@redis.example:6379' });
  const secrets = secretsOf(config);
  expect(secrets).toEqual(expect.arrayContaining(['pa"ss\\word-123', 'p%40ss-w0rd-x', 'p@ss-w0rd-x']));
  let out = '';
  const sink = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  });
  const logger = createLogger('info', sink, secrets);
  logger.error({ err: { message: `connect failed: ${config.redisUrl}` }, detail: 'auth p@ss-w0rd-x rejected', quoted: 'pa"ss\\word-123' }, 'store error');
  expect(out).not.toContain('p%40ss-w0rd-x');
  expect(out).not.toContain('p@ss-w0rd-x');
  expect(out).not.toContain('ss\\\\word-123'); // as JSON escapes it
  expect(out).toContain('[redacted]');
  expect(() => JSON.parse(out)).not.toThrow();
});

test('fields that may carry a secret or a message are redacted by name; the per-turn logger skips that but still scrubs known secrets', () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>));
      cb();
    },
  });
  const logger = createLogger('info', sink, ['known-secret-value']);
  logger.info({ text: 'what a user typed', req: { headers: { authorization: 'Bearer abc' } }, err: { token: 't0k3n' } }, 'careless line');
  fixedShapeLogger(logger).info({ event: 'turn', conversationId: 'known-secret-value' }, 'turn');
  expect(lines[0]).toMatchObject({ text: '[redacted]', req: { headers: { authorization: '[redacted]' } }, err: { token: '[redacted]' } });
  expect(lines[1]).toMatchObject({ event: 'turn', conversationId: '[redacted]' });
});

test('.env is ignored by git', () => {
  const ignored = fs.readFileSync(path.resolve(__dirname, '..', '.gitignore'), 'utf8').split('\n').map((l) => l.trim());
  expect(ignored).toContain('.env');
});
