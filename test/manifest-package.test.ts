import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import * as yauzl from 'yauzl';
import './manifest-esm-shim';
import {
  PackageError,
  TEST_SETTINGS,
  buildManifest,
  buildPackage,
  readTemplate,
  settingsFromEnv,
  validateManifest,
} from '../manifest/package';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function readZip(path: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const files = new Map<string, Buffer>();
  try {
    for await (const entry of zip.eachEntry()) {
      const stream: Readable = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      files.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return files;
}

describe('Teams manifest', () => {
  const manifest = buildManifest(settingsFromEnv({ ...TEST_SETTINGS })) as Json;

  it('uses a current schema (1.17 or later) bundled in @microsoft/app-manifest', () => {
    const [major, minor] = String(manifest.manifestVersion).split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(17);
    expect(manifest.$schema).toContain(`/teams/v${manifest.manifestVersion}/`);
  });

  it('validates offline against the official schema', async () => {
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('takes the bot id and domain from the environment, never from the template', () => {
    const template = readFileSync(join(__dirname, '..', 'manifest', 'manifest.template.json'), 'utf8');
    expect(template).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    expect(template).not.toContain(TEST_SETTINGS.BOT_DOMAIN);
    expect(manifest.id).toBe(TEST_SETTINGS.MicrosoftAppId);
    expect(manifest.bots[0].botId).toBe(TEST_SETTINGS.MicrosoftAppId);
    expect(manifest.webApplicationInfo.id).toBe(TEST_SETTINGS.MicrosoftAppId);
    expect(manifest.validDomains).toEqual([TEST_SETTINGS.BOT_DOMAIN]);
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('is a bot in personal, team and group chats, and in meeting chats', () => {
    const bot = manifest.bots[0];
    expect(new Set(bot.scopes)).toEqual(new Set(['personal', 'team', 'groupChat']));
    expect(manifest.defaultGroupCapability.meetings).toBe('bot');
  });

  it('has a command list with example questions for each scope', () => {
    const lists: Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }> =
      manifest.bots[0].commandLists;
    for (const scope of ['personal', 'team', 'groupChat']) {
      const list = lists.find((l) => l.scopes.includes(scope));
      expect(list).toBeDefined();
      const titles = list!.commands.map((c) => c.title);
      expect(titles).toEqual(expect.arrayContaining(['help', 'obligations', 'compliance check', 'show reminders']));
      expect(titles.some((t) => t.endsWith('?'))).toBe(true);
      for (const c of list!.commands) expect(c.description.length).toBeGreaterThan(10);
    }
    const personal = lists.find((l) => l.scopes.includes('personal'))!.commands.map((c) => c.title);
    expect(personal).toEqual(expect.arrayContaining(['Are sixth form colleges relevant partners?', 'Must we publish a CYPP?']));
  });

  it('asks for the RSC permissions the meeting start and end events need', () => {
    const rsc: Array<{ name: string; type: string }> = manifest.authorization.permissions.resourceSpecific;
    expect(rsc).toEqual(
      expect.arrayContaining([
        { name: 'OnlineMeeting.ReadBasic.Chat', type: 'Application' },
        { name: 'ChannelMeeting.ReadBasic.Group', type: 'Application' },
      ]),
    );
  });

  it('describes itself to a board clerk', () => {
    expect(manifest.name.short).toBe('Board Assistant');
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.short).toMatch(/Children's Trust Board/);
    expect(manifest.description.full).toMatch(/clerk/);
    expect(manifest.description.full).toMatch(/DCSF 2008, para/);
  });

  it('reports the schema message for an invalid manifest', async () => {
    const broken = JSON.parse(JSON.stringify(manifest)) as Json;
    broken.bots[0].scopes = ['personal', 'everywhere'];
    broken.description.short = 'x'.repeat(120);
    const failures = await validateManifest(broken);
    expect(failures.join('\n')).toMatch(/\/bots\/0\/scopes\/1 must be equal to one of the allowed values/);
    expect(failures.join('\n')).toMatch(/\/description\/short must NOT have more than 80 characters/);
  });
});

describe('settings from the environment', () => {
  it('names every missing required setting', () => {
    expect(() => settingsFromEnv({})).toThrow(PackageError);
    expect(() => settingsFromEnv({})).toThrow(/missing MicrosoftAppId .* and BOT_DOMAIN/);
    expect(() => settingsFromEnv({ MicrosoftAppId: TEST_SETTINGS.MicrosoftAppId, BOT_DOMAIN: '  ' })).toThrow(/missing BOT_DOMAIN/);
  });

  it('rejects a URL where a host name is expected', () => {
    expect(() => settingsFromEnv({ ...TEST_SETTINGS, BOT_DOMAIN: 'https://bot.example.org/api' })).toThrow(/bare host name/);
  });

  it('derives the optional settings and lets the environment override them', () => {
    const s = settingsFromEnv({ ...TEST_SETTINGS, TEAMS_APP_ID: '11111111-1111-4111-8111-111111111111', APP_VERSION: '2.3.4' });
    expect(s.TEAMS_APP_ID).toBe('11111111-1111-4111-8111-111111111111');
    expect(s.APP_VERSION).toBe('2.3.4');
    expect(s.PRIVACY_URL).toBe(`https://${TEST_SETTINGS.BOT_DOMAIN}/privacy`);
  });
});

describe('npm run package', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'appPackage-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a zip with the filled manifest and both icons at its root', async () => {
    const out = join(dir, 'appPackage.zip');
    await buildPackage({ ...TEST_SETTINGS }, out);
    const files = await readZip(out);
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Json;
    expect(packed.bots[0].botId).toBe(TEST_SETTINGS.MicrosoftAppId);
    expect(await validateManifest(packed)).toEqual([]);
    expect(files.get('color.png')!.equals(readFileSync(join(__dirname, '..', 'manifest', 'color.png')))).toBe(true);
  });

  it('fails without writing anything when the manifest is invalid', async () => {
    const out = join(dir, 'appPackage.zip');
    await expect(buildPackage({ ...TEST_SETTINGS, MicrosoftAppId: 'not-a-guid' }, out)).rejects.toThrow(
      /does not validate against the Teams schema[\s\S]*\/bots\/0\/botId must match pattern/,
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it('fails with a clear message when the environment is missing', async () => {
    await expect(buildPackage({}, join(dir, 'x.zip'))).rejects.toThrow(/missing MicrosoftAppId/);
  });

  it('keeps every template token fillable', () => {
    const tokens = JSON.stringify(readTemplate()).match(/\$\{\{[A-Za-z_]+\}\}/g) ?? [];
    const known = Object.keys(settingsFromEnv({ ...TEST_SETTINGS }));
    for (const token of tokens) expect(known).toContain(token.slice(3, -2));
  });
});

describe('the npm run package command', () => {
  const script = join(__dirname, '..', 'manifest', 'package.ts');
  const register = require.resolve('@swc-node/register');
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'appPackage-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // run in an empty directory, so that no .env is read, with only the settings given
  const run = (settings: Record<string, string>, out: string) => {
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: dir, ...settings };
    return spawnSync(process.execPath, ['-r', register, script, out], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  };

  it('writes the package and exits 0 with valid settings', () => {
    const out = join(dir, 'ok.zip');
    const result = run({ ...TEST_SETTINGS }, out);
    expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 0 });
    expect(result.stdout).toMatch(/valid against Teams schema 1\.\d+/);
    expect(existsSync(out)).toBe(true);
  }, 120_000);

  it('exits 1 with the schema message for an invalid manifest', () => {
    const out = join(dir, 'bad.zip');
    const result = run({ ...TEST_SETTINGS, MicrosoftAppId: 'board-assistant' }, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\/bots\/0\/botId must match pattern/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('exits 1 naming the missing settings', () => {
    const result = run({}, join(dir, 'none.zip'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/missing MicrosoftAppId .* and BOT_DOMAIN/);
  }, 120_000);
});

describe('development tools stay out of the bot', () => {
  it('no production folder imports manifest/ (packaging, icons, gallery)', () => {
    const root = join(__dirname, '..');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.[cm]?[jt]s$/.test(entry.name) && /from ['"][./]*manifest\/|require\(['"][./]*manifest\//.test(readFileSync(path, 'utf8'))) {
          offenders.push(path.slice(root.length + 1));
        }
      }
    };
    for (const dir of ['bot', 'dialogs', 'knowledge', 'cards', 'reminders']) {
      if (existsSync(join(root, dir))) walk(join(root, dir));
    }
    expect(offenders).toEqual([]);
  });
});
