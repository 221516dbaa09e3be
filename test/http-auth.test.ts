// With credentials configured, a request without a Bot Framework token is refused (401)
// before any turn runs, and the adapter's error text stays inside.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../bot/config';
import { createApp, type App } from '../bot/app';
import { FakeEngine, FakeRecognizer, captureLogger } from './bot-fakes';

describe('authenticated mode', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-auth-'));
  const captured = captureLogger();
  let app: App;
  let base: string;
  beforeAll(async () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000',
    });
    expect(config.localMode).toBe(false);
    app = createApp(config, captured.logger, { engine: new FakeEngine(), recognizer: new FakeRecognizer() });
    base = `http://127.0.0.1:${(await app.listen()).port}`;
  });
  afterAll(async () => {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('no token: 401, no turn, logged without secrets', async () => {
    const r = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:9/',
        conversation: { id: 'a:1' },
        from: { id: '29:u' },
        recipient: { id: '28:b' },
        text: 'help',
      }),
    });
    expect(r.status).toBe(401);
    expect(await r.json()).toEqual({ error: 'unauthorized' });
    expect(captured.lines.some((l) => l.event === 'unauthorized')).toBe(true);
    expect(captured.lines.some((l) => l.event === 'turn')).toBe(false);
    expect(captured.raw.join('\n')).not.toContain('not-a-real-secret');
  });
});
