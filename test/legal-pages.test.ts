// The privacy notice and terms of use the app package links to by default
// (https://BOT_DOMAIN/privacy, /terms): served by the bot, saying what it keeps, for how
// long, and whom to contact, with the operator from the configuration.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../bot/config';
import { createApp, type App } from '../bot/app';
import { loadKnowledge } from '../bot/knowledge';
import { captureLogger } from './bot-fakes';
import './manifest-esm-shim';
import { buildManifest, settingsFromEnv, TEST_SETTINGS } from '../manifest/package';

async function serve(env: Record<string, string>): Promise<{ app: App; base: string; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-legal-'));
  const app = createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, KEY_PREFIX: 'legal-test', ...env }), captureLogger().logger, loadKnowledge());
  return { app, dir, base: `http://127.0.0.1:${(await app.listen()).port}` };
}

describe('privacy and terms pages', () => {
  let s: Awaited<ReturnType<typeof serve>>;
  afterEach(async () => {
    await s?.app.stop();
    if (s) fs.rmSync(s.dir, { recursive: true, force: true });
  });

  test('a default install serves both, saying what is kept, for how long, and whom to ask', async () => {
    s = await serve({});
    const privacy = await fetch(`${s.base}/privacy`);
    expect(privacy.status).toBe(200);
    expect(privacy.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const text = await privacy.text();
    for (const kept of ['The conversations it is in', 'Conversation state', 'board\'s profile', 'Reminders', 'Logs']) expect(text).toContain(kept);
    expect(text).toContain('deleted when it is removed');
    expect(text).toContain('until someone says "forget our board"');
    expect(text).toContain('Ask your Microsoft Teams administrator');
    const terms = await fetch(`${s.base}/terms`);
    expect(terms.status).toBe(200);
    expect(await terms.text()).toContain('not legal advice');
  });

  test('the operator and contact come from the configuration, escaped', async () => {
    s = await serve({ SERVICE_OPERATOR: 'Anyshire County Council <Children & Families>', SERVICE_CONTACT: 'dpo@anyshire.example.gov.uk' });
    const text = await (await fetch(`${s.base}/privacy`)).text();
    expect(text).toContain('Anyshire County Council &lt;Children &amp; Families&gt;');
    expect(text).toContain('<a href="mailto:dpo@anyshire.example.gov.uk">dpo@anyshire.example.gov.uk</a>');
    expect(await (await fetch(`${s.base}/terms`)).text()).toContain('dpo@anyshire.example.gov.uk');
  });

  test('a contact that is neither an email address nor an https URL stops the start, naming it', () => {
    expect(() => loadConfig({ SERVICE_CONTACT: 'javascript:alert(1)' })).toThrow(ConfigError);
    expect(() => loadConfig({ SERVICE_CONTACT: 'javascript:alert(1)' })).toThrow(/SERVICE_CONTACT must be an email address or an https:\/\/ URL/);
    expect(loadConfig({ SERVICE_CONTACT: 'https://anyshire.example.gov.uk/contact' }).operator.contact).toBe('https://anyshire.example.gov.uk/contact');
  });

  test('the package links to them by default, and says its language is en-GB', () => {
    const manifest = buildManifest(settingsFromEnv(TEST_SETTINGS)) as { developer: Record<string, string>; localizationInfo: { defaultLanguageTag: string } };
    expect(manifest.developer.privacyUrl).toBe(`https://${TEST_SETTINGS.BOT_DOMAIN}/privacy`);
    expect(manifest.developer.termsOfUseUrl).toBe(`https://${TEST_SETTINGS.BOT_DOMAIN}/terms`);
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'en-GB' });
  });
});
