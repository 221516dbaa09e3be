/**
 * Drives Debian's Chromium (/usr/bin/chromium, `apt-get install chromium`) with playwright-core
 * over the card gallery: the browser test uses it, and so does the command that refreshes
 * the README screenshots:
 *
 *   node -r @swc-node/register manifest/gallery/browser.ts            # build/screenshots/
 *   node -r @swc-node/register manifest/gallery/browser.ts --docs     # + docs/answer-card.png ...
 *
 * Development only. Nothing is downloaded: playwright-core brings no browser of its own.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startGallery } from './server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'build', 'screenshots');

/** The views each card is rendered in: Teams' light, dark and high-contrast themes at desktop width, and light at phone width. */
export const VIEWS = ['light', 'dark', 'contrast', 'phone'] as const;
export type View = (typeof VIEWS)[number];

export interface GalleryResult {
  id: string;
  theme: View;
  ok: boolean;
  problems: string[];
  /** Rendered height in CSS pixels. */
  height: number;
  /** Buttons and input labels measured, and those cut off. */
  labels: { checked: number; problems: string[] };
  /** Every visible TextBlock's contrast ratio against what is behind it. */
  contrast: { text: string; ratio: number }[];
}

export interface GalleryReport {
  ready: boolean;
  results: GalleryResult[];
  actions: Array<{ id: string; theme: string; type: string; title: string; data?: unknown; expanded?: boolean }>;
  errors: string[];
  summary?: { samples: number; templates: string[]; withoutSamples: string[]; failed: number };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Launches Chromium headless with a new, empty user-data-dir, removed again on close. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'gallery-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 1000 },
      deviceScaleFactor: 1,
      timeout: 120_000,
    });
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}

/** Opens the gallery and waits until every card has been rendered (or has failed). */
export async function openGallery(context: BrowserContext, url: string): Promise<{ page: Page; report: GalleryReport }> {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (err) => console.error(`gallery page error: ${err.message}`));
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => (globalThis as unknown as { __gallery?: GalleryReport }).__gallery?.ready === true, undefined, {
    timeout: 120_000,
  });
  return { page, report: await readReport(page) };
}

export function readReport(page: Page): Promise<GalleryReport> {
  return page.evaluate(() => JSON.parse(JSON.stringify((globalThis as unknown as { __gallery: GalleryReport }).__gallery)) as GalleryReport);
}

/** The rendered card for one sample and theme. */
export const cardHost = (page: Page, id: string, theme: View) =>
  page.locator(`.card-host[data-card="${id}"][data-theme="${theme}"]`);

/** Screenshots of every rendered card into dir, as <id>.<theme>.png; returns the files. */
export async function screenshotCards(page: Page, report: GalleryReport, dir: string = SCREENSHOT_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const r of report.results) {
    const file = join(dir, `${r.id}.${r.theme}.png`);
    await cardHost(page, r.id, r.theme).screenshot({ path: file });
    files.push(file);
  }
  const full = join(dir, 'gallery.png');
  await page.screenshot({ path: full, fullPage: true });
  files.push(full);
  return files;
}

/** The tallest a README image may be, in CSS pixels. */
const DOCS_MAX_HEIGHT = 900;

/** The samples the README shows, at phone width, and their file names under docs/. */
export const README_SHOTS: ReadonlyArray<{ template: string; file: string }> = [
  { template: 'answer', file: 'answer-card.png' },
  { template: 'compliance-result', file: 'compliance-card.png' },
];

async function main(): Promise<void> {
  if (!chromiumAvailable()) {
    console.error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
    process.exitCode = 1;
    return;
  }
  const docs = process.argv.includes('--docs');
  const gallery = await startGallery(0);
  const browser = await launchChromium();
  try {
    const { page, report } = await openGallery(browser.context, gallery.url);
    const bad = report.results.filter((r) => !r.ok);
    for (const r of bad) console.error(`${r.id} (${r.theme}): ${r.problems.join('; ')}`);
    const files = await screenshotCards(page, report);
    console.log(`wrote ${files.length} screenshots to ${SCREENSHOT_DIR}`);
    if (docs) {
      mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
      for (const shot of README_SHOTS) {
        const preferred = process.env[`DOCS_SAMPLE_${shot.template.toUpperCase().replace(/-/g, '_')}`];
        const result =
          report.results.find((r) => r.theme === 'phone' && r.id === preferred) ??
          report.results.find((r) => r.theme === 'phone' && r.id.startsWith(`${shot.template}.`));
        if (!result) {
          console.error(`no ${shot.template} card in the gallery: docs/${shot.file} not written`);
          continue;
        }
        // a long card is cut to its top, where its headline is: the README image stays small
        const host = cardHost(page, result.id, 'phone');
        // page coordinates (the clip of a full-page shot), not the viewport's; no DOM types here
        const box = await host.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const { scrollX, scrollY } = globalThis as unknown as { scrollX: number; scrollY: number };
          return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
        });
        await page.screenshot({ path: join(REPO_ROOT, 'docs', shot.file), fullPage: true, clip: { ...box, height: Math.min(box.height, DOCS_MAX_HEIGHT) } });
        console.log(`wrote docs/${shot.file} (${result.id})`);
      }
    }
    if (bad.length > 0 || report.errors.length > 0) process.exitCode = 1;
  } finally {
    await browser.close();
    await gallery.close();
  }
}

if (require.main === module) void main();
