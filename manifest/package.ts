/**
 * Builds the Teams app package: build/appPackage.zip = manifest.json (values filled from the
 * environment) + color.png + outline.png, after validating the manifest offline against the
 * official Teams schema bundled in @microsoft/app-manifest.
 *
 *   MicrosoftAppId=<bot app id> BOT_DOMAIN=<host name> npm run package
 *
 * Development/deployment tool only: the bot server never imports this file.
 */
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { PNG } from 'pngjs';
import { ZipFile } from 'yazl';

export const MANIFEST_DIR = __dirname;
export const REPO_ROOT = resolve(__dirname, '..');
export const TEMPLATE_PATH = join(MANIFEST_DIR, 'manifest.template.json');
export const DEFAULT_OUTPUT = join(REPO_ROOT, 'build', 'appPackage.zip');

/** The icons the manifest names, with the sizes Teams requires. */
export const ICON_FILES = [
  { file: 'color.png', size: 192 },
  { file: 'outline.png', size: 32 },
] as const;

/**
 * Placeholder values for tests only (a syntactically valid GUID and a reserved domain).
 * `npm run package` never falls back to them.
 */
export const TEST_SETTINGS = {
  MicrosoftAppId: '00000000-0000-4000-8000-000000000000',
  BOT_DOMAIN: 'board-assistant.example.org',
} as const;

export type Env = Record<string, string | undefined>;

export interface ManifestSettings {
  MicrosoftAppId: string;
  BOT_DOMAIN: string;
  TEAMS_APP_ID: string;
  APP_VERSION: string;
  DEVELOPER_NAME: string;
  DEVELOPER_WEBSITE_URL: string;
  PRIVACY_URL: string;
  TERMS_OF_USE_URL: string;
}

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

const HOST_NAME = /^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '1.0.0';
}

/**
 * Reads the settings from the environment. MicrosoftAppId and BOT_DOMAIN are required; the
 * others have defaults derived from them. Throws a PackageError naming what is missing.
 */
export function settingsFromEnv(env: Env): ManifestSettings {
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const appId = get('MicrosoftAppId');
  const domain = get('BOT_DOMAIN');
  const missing: string[] = [];
  if (!appId) missing.push('MicrosoftAppId (the bot\'s Microsoft Entra app id, a GUID)');
  if (!domain) missing.push('BOT_DOMAIN (the public host name of the bot service, e.g. board-assistant.example.gov.uk)');
  if (!appId || !domain) {
    throw new PackageError(
      `Cannot build the Teams app package: missing ${missing.join(' and ')}.\n` +
        'Set them in the environment or in .env, e.g.\n' +
        '  MicrosoftAppId=<bot app id> BOT_DOMAIN=<host name> npm run package',
    );
  }
  if (!HOST_NAME.test(domain)) {
    throw new PackageError(
      `BOT_DOMAIN must be a bare host name such as board-assistant.example.gov.uk (no https://, port or path); got "${domain}".`,
    );
  }
  return {
    MicrosoftAppId: appId,
    BOT_DOMAIN: domain,
    TEAMS_APP_ID: get('TEAMS_APP_ID') ?? appId,
    APP_VERSION: get('APP_VERSION') ?? packageVersion(),
    DEVELOPER_NAME: get('DEVELOPER_NAME') ?? 'Board Assistant',
    DEVELOPER_WEBSITE_URL: get('DEVELOPER_WEBSITE_URL') ?? `https://${domain}/`,
    PRIVACY_URL: get('PRIVACY_URL') ?? `https://${domain}/privacy`,
    TERMS_OF_USE_URL: get('TERMS_OF_USE_URL') ?? `https://${domain}/terms`,
  };
}

const TOKEN = /\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

/** Fills every ${{NAME}} token in the template's string values. Unknown tokens are an error. */
export function fillTemplate(template: unknown, settings: ManifestSettings): unknown {
  const values = settings as unknown as Record<string, string>;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(TOKEN, (_, name: string) => {
        const value = values[name];
        if (value === undefined) throw new PackageError(`manifest template uses unknown setting \${{${name}}}`);
        return value;
      });
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    }
    return node;
  };
  return walk(template);
}

export function readTemplate(path: string = TEMPLATE_PATH): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** The manifest with values filled in from settings. */
export function buildManifest(settings: ManifestSettings, templatePath: string = TEMPLATE_PATH): Record<string, unknown> {
  return fillTemplate(readTemplate(templatePath), settings) as Record<string, unknown>;
}

/**
 * The bundled schema for the manifest's $schema URL, read from @microsoft/app-manifest's own
 * files: never fetched over the network.
 */
export function bundledSchemaFor(manifest: Record<string, unknown>): object {
  const url = manifest.$schema;
  const match = typeof url === 'string' ? /\/json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/.exec(url) : null;
  if (!match) throw new PackageError(`manifest $schema is not a Teams manifest schema URL: ${String(url)}`);
  const pkgDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = join(pkgDir, 'build', 'json-schemas', 'teams', match[1]!, 'MicrosoftTeams.schema.json');
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new PackageError(`@microsoft/app-manifest bundles no schema for ${match[1]} (looked for ${file})`);
  }
  // Some published schemas carry \a and \v escapes, which JSON does not allow.
  return JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as object;
}

/** Schema validation, offline. Returns the schema's messages; empty when valid. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = bundledSchemaFor(manifest);
  type Args = Parameters<typeof AppManifestUtils.validateAgainstSchema>;
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as Args[0], schema as Args[1]);
}

/** Checks each icon is a PNG of the size Teams requires. Returns problems; empty when fine. */
export function checkIcons(dir: string = MANIFEST_DIR): string[] {
  const problems: string[] = [];
  for (const { file, size } of ICON_FILES) {
    try {
      const png = PNG.sync.read(readFileSync(join(dir, file)));
      if (png.width !== size || png.height !== size) {
        problems.push(`manifest/${file} is ${png.width}x${png.height}, Teams requires ${size}x${size}`);
      }
    } catch (err) {
      problems.push(`manifest/${file} is not a readable PNG: ${(err as Error).message}`);
    }
  }
  return problems;
}

/** A fixed timestamp for the zip entries, so the same inputs give the same package. */
const ZIP_MTIME = new Date(Date.UTC(2010, 9, 31, 0, 0, 0));

export function writeZip(outPath: string, entries: ReadonlyArray<{ name: string; data: Buffer }>): Promise<void> {
  mkdirSync(dirname(outPath), { recursive: true });
  return new Promise((resolvePromise, reject) => {
    const zip = new ZipFile();
    for (const { name, data } of entries) zip.addBuffer(data, name, { mtime: ZIP_MTIME, mode: 0o100644 });
    const out = createWriteStream(outPath);
    out.on('close', () => resolvePromise());
    out.on('error', reject);
    zip.outputStream.on('error', reject);
    zip.outputStream.pipe(out);
    zip.end();
  });
}

export interface PackageResult {
  outPath: string;
  manifest: Record<string, unknown>;
}

/** Validates, then writes the package. Throws a PackageError with every problem found. */
export async function buildPackage(
  env: Env,
  outPath: string = DEFAULT_OUTPUT,
  options: { templatePath?: string; iconDir?: string } = {},
): Promise<PackageResult> {
  const settings = settingsFromEnv(env);
  const manifest = buildManifest(settings, options.templatePath);
  const failures = await validateManifest(manifest);
  if (failures.length > 0) {
    throw new PackageError(
      `manifest.json does not validate against the Teams schema ${String(manifest.manifestVersion)}:\n` +
        failures.map((f) => `  - ${f}`).join('\n'),
    );
  }
  const iconDir = options.iconDir ?? MANIFEST_DIR;
  const iconProblems = checkIcons(iconDir);
  if (iconProblems.length > 0) throw new PackageError(`icon problems:\n${iconProblems.map((p) => `  - ${p}`).join('\n')}`);
  await writeZip(outPath, [
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8') },
    ...ICON_FILES.map(({ file }) => ({ name: file, data: readFileSync(join(iconDir, file)) })),
  ]);
  return { outPath, manifest };
}

async function main(): Promise<void> {
  // .env is read the same way the bot reads it; the real environment wins.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('dotenv').config({ quiet: true });
  const outArg = process.argv[2];
  const outPath = outArg ? resolve(outArg) : DEFAULT_OUTPUT;
  try {
    const { manifest } = await buildPackage(process.env, outPath);
    const bots = manifest.bots as Array<{ botId: string }>;
    console.log(
      `manifest.json is valid against Teams schema ${String(manifest.manifestVersion)} (bot ${bots[0]?.botId}, ` +
        `domain ${(manifest.validDomains as string[]).join(', ')})`,
    );
    console.log(`wrote ${outPath}`);
  } catch (err) {
    console.error(err instanceof PackageError ? err.message : err);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
