// Configuration: defaults, validation naming the bad variable, and a start that stops on it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ConfigError, loadConfig } from '../bot/config';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
};

test('defaults: port 3978, ./data, info, local mode', () => {
  const c = loadConfig({}, '/srv/bot');
  expect(c).toMatchObject({ port: 3978, dataDir: '/srv/bot/data', logLevel: 'info', localMode: true, keyPrefix: 'board-assistant' });
  expect(c.redisUrl).toBeUndefined();
  expect(c.auth).toEqual({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' });
});

test('empty strings (as .env files leave them) mean unset', () => {
  expect(loadConfig({ PORT: '', REDIS_URL: '', MicrosoftAppId: '', LOG_LEVEL: '' }).port).toBe(3978);
});

test('credentials switch local mode off', () => {
  const c = loadConfig({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 's3cret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'contoso.onmicrosoft.com' });
  expect(c.localMode).toBe(false);
  expect(c.auth.MicrosoftAppType).toBe('SingleTenant');
});

test.each([
  [{ PORT: 'abc' }, 'PORT'],
  [{ PORT: '70000' }, 'PORT'],
  [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  [{ REDIS_URL: 'http://localhost' }, 'REDIS_URL'],
  [{ MicrosoftAppType: 'Anyone' }, 'MicrosoftAppType'],
  [{ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'x' }, 'MicrosoftAppId'],
  [{ MicrosoftAppPassword: 'x' }, 'MicrosoftAppPassword'],
  [{ MicrosoftAppId: '11111111-2222-3333-4444-555555555555' }, 'MicrosoftAppPassword'],
  [{ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
  [{ KEY_PREFIX: 'has spaces' }, 'KEY_PREFIX'],
])('%j is refused, naming %s', (env, name) => {
  const problems = problemsOf(env as NodeJS.ProcessEnv);
  expect(problems.some((p) => p.startsWith(`${name} `))).toBe(true);
});

test('a secret is never echoed in the message', () => {
  const problems = problemsOf({ MicrosoftAppPassword: 'hunter2-very-secret' });
  expect(problems.join('\n')).not.toContain('hunter2');
});

/** Runs bot/index.ts with `env` (and nothing else of this environment) until it exits. */
const startWith = (env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, ['-r', '@swc-node/register', 'bot/index.ts'], {
    cwd: path.resolve(__dirname, '..'),
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
    timeout: 60000,
  });

test('the process refuses to start on a bad value, naming it', () => {
  const r = startWith({ PORT: 'not-a-port', DOTENV_CONFIG_PATH: '/nonexistent/.env' });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/PORT must be a number/);
  expect(r.stderr).toMatch(/did not start/);
});

test('a .env file (DOTENV_CONFIG_PATH) fills what the environment leaves unset', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-env-'));
  const file = path.join(dir, '.env');
  fs.writeFileSync(file, 'LOG_LEVEL=loud\nPORT=3978\n');
  try {
    const r = startWith({ DOTENV_CONFIG_PATH: file, PORT: 'not-a-port' });
    expect(r.status).toBe(2);
    // the environment wins over the file; the file supplies the rest
    expect(r.stderr).toMatch(/PORT must be a number/);
    expect(r.stderr).toMatch(/LOG_LEVEL must be one of/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
