// Teams-shaped activities and the service set-up shared by the security tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../bot/config';
import { createApp, type App, type Knowledge } from '../bot/app';
import { captureLogger, FakeEngine, FakeRecognizer } from './bot-fakes';

export const BOT = { id: '28:bot-sec', name: 'Board Assistant' };
export const TENANT = '0f0e0d0c-0b0a-4909-8807-060504030201';
export const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';

let seq = 0;

/** A personal-chat message from `tenant` in `conversationId`. */
export function teamsMessage(conversationId: string, text: string, serviceUrl: string, tenant: string = TENANT): Record<string, any> {
  return {
    type: 'message',
    id: `m-sec-${++seq}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: '29:user-sec', name: 'Test User', aadObjectId: '00000000-0000-0000-0000-000000000003' },
    recipient: BOT,
    locale: 'en-GB',
    text,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: tenant },
    channelData: { tenant: { id: tenant } },
  };
}

/**
 * The service (stand-in knowledge unless given) on an ephemeral port with a temporary
 * embedded store (or `env.REDIS_URL`) and a captured log. `stop()` undoes everything.
 */
export async function startService(env: Record<string, string>, opts: { knowledge?: Knowledge; tweak?: (c: Config) => void } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-sec-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KEY_PREFIX: `sec-${process.pid}-${++seq}`, ...env });
  opts.tweak?.(config);
  const log = captureLogger();
  const app: App = createApp(config, log.logger, opts.knowledge ?? { engine: new FakeEngine(), recognizer: new FakeRecognizer() });
  const base = `http://127.0.0.1:${(await app.listen()).port}`;
  return {
    app,
    config,
    log,
    base,
    post: (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
    /** Log lines of turns that ran for `activityId`. */
    turnsOf: (activityId: string) => log.lines.filter((l) => l.event === 'turn' && l.activityId === activityId),
    async stop() {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
