/**
 * The bot as a clerk sees it in Teams: the Microsoft 365 Agents Playground (Microsoft's local
 * Teams client) against the real bot, driven in Debian's Chromium with playwright-core.
 *
 * Personal chat: the welcome, help, a yes/no question, an open question, a clarification and a
 * click on a choice, a follow-up button, obligations, the board form, the compliance check
 * (Action.Execute, the card updated in place), a reminder and Save (the card settled). Then a
 * group chat and a team channel, each with an @mention. For every step it asserts what a user
 * sees: one new message per answer (none for a card updated in place), no 4xx or 5xx in the
 * Playground's Log Panel for anything the bot sent or updated (its devTools/ log file holds
 * only start-up lines), every card rendered, and no button or input label cut off at the
 * default width. Screenshots go to build/playground/.
 *
 * Every wait is on what the page shows or the bot logs, with generous timeouts (a slow, busy
 * machine). A turn is over when the bot logs it: its replies are posted by then. The bot's
 * replies reach the Playground through a counting proxy in this process (the Playground's
 * --service-url), which gives the exact number of messages posted and updated per turn; the
 * page must then show that many, and the Log Panel their statuses.
 *
 * Known Playground bug (0.2.28): an Action.Submit whose data carries `msteams` (messageBack,
 * imBack) throws "Cannot add property msTeams, object is not extensible" in the page and sends
 * nothing. The test neutralises Object.freeze in the page for that; Teams itself is not affected.
 *
 * Without Chromium this fails in CI (CI=true: .ci/run installs it with apt) and is skipped,
 * saying why, elsewhere.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { loadConfig } from '../bot/config';
import { createApp, type App } from '../bot/app';
import { loadKnowledge } from '../bot/knowledge';
import { CHROMIUM_PATH, REPO_ROOT, chromiumAvailable, launchChromium, type Browser } from '../manifest/gallery/browser';
import { startPlayground, type Playground } from '../manifest/playground/launch';
import { captureLogger } from './bot-fakes';

const inCI = ['true', '1'].includes(String(process.env.CI).toLowerCase());
const SHOTS = join(REPO_ROOT, 'build', 'playground');
const CARD_CHECKS = join(REPO_ROOT, 'manifest', 'gallery', 'card-checks.js');
/** How long a step may take on a slow, busy machine. */
const STEP_MS = 60_000;
/** The Playground's name for the bot. */
const BOT_NAME = 'Test Bot';

/** What the bot sent the Playground's connector: method, path and the status it got. */
interface Sent {
  method: string;
  path: string;
  status: number;
}

/** A proxy in front of the Playground's connector that records what passes (replies, updates). */
function countingProxy(target: () => string): Promise<{ server: Server; url: string; sent: Sent[] }> {
  const sent: Sent[] = [];
  const server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const to = new URL(req.url ?? '/', target());
      const out = request(to, { method: req.method, headers: { ...req.headers, host: to.host } }, (answer) => {
        const entry = { method: req.method ?? '', path: req.url ?? '', status: answer.statusCode ?? 0 };
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', () => sent.push(entry));
      });
      out.on('error', () => {
        sent.push({ method: req.method ?? '', path: req.url ?? '', status: 502 });
        res.writeHead(502).end();
      });
      out.end(Buffer.concat(chunks));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, sent, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** One line of the Log Panel: who sent what, and the status it got. */
interface LogEntry {
  line: string;
  /** `bot`: the bot sent or updated something; `user`: the Playground sent the bot an activity. */
  from: 'bot' | 'user' | 'other';
  kind: string;
  status: number;
}

function parseLog(lines: string[]): LogEntry[] {
  return lines.map((line) => {
    // "[7:53:33 AM] Microsoft 365 Agents Playground -> User Application message 200 help"
    const m = /(?:User Application|Agents Playground) (\S+) (\d{3})\b/.exec(line);
    const to = /Agents Playground\s*\S*>\s*User Application/.test(line);
    const back = /User Application\s*\S*>\s*Microsoft 365 Agents Playground/.test(line);
    return { line, from: back ? 'bot' : to ? 'user' : 'other', kind: m?.[1] ?? '', status: m ? Number(m[2]) : 0 };
  });
}

if (!chromiumAvailable() && inCI) {
  describe('the bot in the Agents Playground', () => {
    it('needs Chromium', () => {
      throw new Error(`Chromium is missing at ${CHROMIUM_PATH}. .ci/run must install it: apt-get install -y chromium fonts-liberation`);
    });
  });
} else if (!chromiumAvailable()) {
  describe('the bot in the Agents Playground', () => {
    it.skip(`skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium fonts-liberation; required when CI=true)`, () => undefined);
  });
  console.warn(`playground-e2e.test: skipped, no Chromium at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium fonts-liberation`);
} else {
  describe('the bot in the Agents Playground', () => {
    let dataDir: string;
    let app: App;
    let playground: Playground;
    let browser: Browser;
    let page: Page;
    let proxy: Awaited<ReturnType<typeof countingProxy>>;
    /** The bot's log lines: one 'turn' line when a turn is over. */
    let botLog: Record<string, unknown>[];
    /** Every step's figures, written to build/playground/figures.json. */
    const figures: Record<string, unknown>[] = [];

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'board-playground-'));
      const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KEY_PREFIX: 'playground-e2e' });
      const captured = captureLogger('info');
      botLog = captured.lines;
      app = createApp(config, captured.logger, loadKnowledge());
      const { port } = await app.listen();
      const playgroundPort = await freePort();
      proxy = await countingProxy(() => `http://127.0.0.1:${playgroundPort}`);
      playground = await startPlayground(`http://127.0.0.1:${port}/api/messages`, playgroundPort, { serviceUrl: `${proxy.url}/_connector` });
      browser = await launchChromium();
      page = browser.context.pages()[0] ?? (await browser.context.newPage());
      // tall enough that a long card is photographed whole; the width is the Playground's default layout
      await page.setViewportSize({ width: 1280, height: 2000 });
      // the Playground's own bug with messageBack / imBack data (see the header)
      await page.addInitScript(() => {
        Object.freeze = ((o: unknown) => o) as typeof Object.freeze;
      });
      await page.addInitScript({ path: CARD_CHECKS });
      mkdirSync(SHOTS, { recursive: true });
      await page.goto(playground.url, { waitUntil: 'load', timeout: STEP_MS * 2 });
      // installationUpdate and conversationUpdate: the welcome card
      await page.getByText("Hello, I'm Board Assistant").first().waitFor({ timeout: STEP_MS * 2 });
    }, 300_000);

    afterAll(async () => {
      writeFileSync(join(SHOTS, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
      await browser?.close();
      await playground?.stop();
      await app?.stop();
      proxy?.server.closeAllConnections();
      await new Promise((r) => proxy?.server.close(r) ?? r(undefined));
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }, 120_000);

    // ------------------------------------------------------------------ what the page shows

    const logLines = (): Promise<string[]> =>
      page.evaluate(() => {
        const panel = [...document.querySelectorAll('div')].find((d) => d.children.length > 0 && /^\[\d{1,2}:\d{2}:\d{2} [AP]M\] Current version/.test(d.innerText ?? ''));
        const text = panel?.innerText ?? '';
        return text.split(/\n(?=\[\d{1,2}:\d{2}:\d{2} [AP]M\])/).map((l) => l.replace(/\s+/g, ' ').trim());
      });

    /**
     * The bot's cards in the open conversation, oldest first: the top-level rendered Adaptive
     * Cards (a ShowCard's inner card is not one). Every reply in these flows is a card, in a
     * chat's message list or a channel post's thread alike.
     */
    const CARD = "contains(concat(' ', normalize-space(@class), ' '), ' ac-adaptiveCard ')";
    const botMessages = (): Locator => page.locator(`xpath=//div[${CARD} and not(ancestor::div[${CARD}])]`);

    /** The newest card of the bot in the open conversation (a chat lists them in order). */
    const lastCard = (): Locator => botMessages().last();

    /** Marks the cards shown now, so that a turn's new card is found wherever it is drawn (a channel post's thread). */
    const markSeen = (): Promise<void> =>
      botMessages().evaluateAll((cards) => cards.forEach((c) => c.setAttribute('data-seen', 'yes')));
    const newCard = (): Locator => page.locator(`xpath=//div[${CARD} and not(ancestor::div[${CARD}]) and not(@data-seen)]`).last();

    const turnsLogged = (): number => botLog.filter((l) => l.event === 'turn' && (l.activityType === 'message' || l.activityType === 'invoke')).length;

    /**
     * Does `act`, waits until the bot has logged the turn (its replies are posted by then), and
     * returns what the turn did: the messages the bot posted and updated (the proxy's count),
     * which the page must then show, and the Log Panel's lines for them.
     */
    async function turn(name: string, act: () => Promise<void>): Promise<{ added: number; updated: number; log: LogEntry[] }> {
      const logBefore = (await logLines()).length;
      const messagesBefore = await botMessages().count();
      const turnsBefore = turnsLogged();
      const sentBefore = proxy.sent.length;
      await markSeen();
      await act();
      await until(async () => turnsLogged(), (n) => n > turnsBefore, `${name}: the bot's turn`);
      const sent = proxy.sent.slice(sentBefore);
      const posted = sent.filter((x) => x.method === 'POST' && /\/activities(\/[^/]+)?$/.test(x.path)).length;
      const updated = sent.filter((x) => x.method === 'PUT').length;
      // the page shows every message posted, and the Log Panel a line for each post and update
      await expectCount(messagesBefore + posted);
      const log = await until(
        async () => parseLog((await logLines()).slice(logBefore)),
        (l) => l.filter((e) => e.from === 'bot').length >= posted + updated && l.some((e) => e.from === 'user'),
        `${name}: the Log Panel`,
      );
      figures.push({
        step: name,
        newMessages: posted,
        updates: updated,
        connector: sent.map((x) => `${x.method} ${x.status}`),
        logPanel: log.filter((e) => e.status).map((e) => `${e.from} ${e.kind} ${e.status}`),
      });
      expect(sent.filter((x) => x.status >= 400)).toEqual([]);
      expect(log.filter((e) => e.status >= 400).map((e) => e.line)).toEqual([]);
      return { added: posted, updated, log };
    }

    /** Polls `read` until `ok` holds (what the page shows), failing with the last value after STEP_MS. */
    async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
      const deadline = Date.now() + STEP_MS;
      for (;;) {
        const v = await read();
        if (ok(v)) return v;
        if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(v)} after ${STEP_MS} ms`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }

    const cardText = (): Promise<string> => lastCard().innerText();

    async function expectCount(n: number): Promise<void> {
      await until(() => botMessages().count(), (c) => c === n, `bot messages (expected ${n})`);
    }

    async function send(text: string, mention = false): Promise<void> {
      const box = page.locator('div[role="textbox"]').first();
      await box.click();
      if (mention) {
        await page.keyboard.type('@');
        await page.getByRole('menuitem', { name: BOT_NAME }).first().click({ timeout: STEP_MS });
        await page.keyboard.type(' ');
      }
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }

    /** The card rendered, its first words, and its labels measured (card-checks.js). */
    async function inspect(card: Locator): Promise<{ firstWords: string; labels: { checked: number; problems: string[] } }> {
      await card.waitFor({ state: 'visible', timeout: STEP_MS });
      return card.evaluate((el) => {
        const first = el.querySelector('.ac-textBlock, .ac-richTextBlock') as HTMLElement | null;
        const checks = (window as unknown as { cardChecks: { labels(root: Element): { checked: number; problems: string[] } } }).cardChecks;
        return { firstWords: (first?.innerText ?? '').trim(), labels: checks.labels(el) };
      });
    }

    async function oneAnswer(name: string, act: () => Promise<void>): Promise<string> {
      const { added } = await turn(name, act);
      expect(added).toBe(1);
      const seen = await inspect(newCard());
      expect(seen.labels.problems).toEqual([]);
      figures.push({ step: `${name}: card`, firstWords: seen.firstWords, labelsChecked: seen.labels.checked });
      return seen.firstWords;
    }

    const shot = (name: string, what: Locator = lastCard()) => what.screenshot({ path: join(SHOTS, `${name}.png`), timeout: STEP_MS });

    // ------------------------------------------------------------------ personal chat

    it('welcome: one card, its labels whole', async () => {
      expect(await botMessages().count()).toBe(1);
      const seen = await inspect(lastCard());
      expect(seen.firstWords).toBe("Hello, I'm Board Assistant");
      expect(seen.labels.problems).toEqual([]);
      // the Log Panel shows the install activities answered
      const log = parseLog(await logLines());
      expect(log.filter((e) => e.status >= 400).map((e) => e.line)).toEqual([]);
      expect(log.some((e) => e.kind === 'installationUpdate' && e.status === 200)).toBe(true);
      await shot('welcome');
    }, STEP_MS * 3);

    it('help, a yes/no question and an open question: one message each, the verdict first', async () => {
      expect(await oneAnswer('help', () => send('help'))).toBe('What Board Assistant can do');
      expect(await oneAnswer('yes/no question', () => send('Are sixth form colleges relevant partners?'))).toMatch(/^Yes: Sixth form colleges/);
      await shot('answer');
      // the quotes open on demand
      await lastCard().getByRole('button', { name: 'Show the words' }).click();
      await lastCard().getByText(/^“/).first().waitFor({ timeout: STEP_MS });
      await shot('answer-with-quotes');
      expect(await oneAnswer('open question', () => send('Which bodies are relevant partners?'))).not.toMatch(/^(Yes|No|Not yet|Proposed|Not listed)\b/);
    }, STEP_MS * 6);

    it('a clarification: the choices in the card, a click on one answers it', async () => {
      const asked = await oneAnswer('clarify', () => send('are they covered?'));
      expect(asked).toMatch(/\?$/);
      const card = lastCard();
      const choices = card.getByRole('radio');
      expect(await choices.count()).toBeGreaterThan(3);
      await shot('clarify');
      await choices.first().check();
      expect(await oneAnswer('clarify: a choice', () => card.getByRole('button', { name: 'Answer this' }).click())).toMatch(/^(Yes|No|Not yet|Proposed|Not listed): /);
    }, STEP_MS * 4);

    it('a follow-up button (messageBack) and the obligations summary', async () => {
      await oneAnswer('yes/no question again', () => send('Are sixth form colleges relevant partners?'));
      const answered = await oneAnswer('follow-up "In 2008?"', () => lastCard().getByRole('button', { name: 'In 2008?' }).click());
      expect(answered).toMatch(/^(Yes|No|Not yet|Proposed|Not listed): /);
      await until(cardText, (t) => /As at \d+ \w+ 2008/.test(t), 'the last card');
      expect(await oneAnswer('obligations', () => send('obligations'))).toMatch(/obligations in force as at 31 October 2010/);
      await shot('obligations');
    }, STEP_MS * 5);

    it('the board form: filled in and saved', async () => {
      expect(await oneAnswer('board form', () => send('set up our board'))).toBe('Set up your board');
      const form = lastCard();
      await form.getByLabel(/Local authority/).fill('Anyshire County Council');
      await form.getByLabel(/Board’s name/).fill('Anyshire Children’s Trust Board');
      await form.getByText('Police and police authorities', { exact: true }).click();
      await shot('board-form');
      expect(await oneAnswer('board form: Save', () => form.getByRole('button', { name: 'Save' }).click())).toMatch(/^Saved\./);
    }, STEP_MS * 4);

    it('the compliance check: Run (Action.Execute) replaces the card with the result, no new message', async () => {
      expect(await oneAnswer('compliance check', () => send('compliance check'))).toMatch(/compliance check$/);
      const card = lastCard();
      // what is true today: every statement and every partner ticked
      for (const box of await card.getByRole('checkbox').all()) await box.check();
      const { added, updated, log } = await turn('compliance check: Run', () => card.getByRole('button', { name: 'Run the check' }).click());
      expect(added).toBe(0);
      expect(updated).toBe(1);
      expect(log.some((e) => e.kind === 'invoke' && e.status === 200)).toBe(true);
      await until(cardText, (t) => /gaps? as at 31 October 2010|No gaps as at/.test(t), 'the last card');
      const seen = await inspect(lastCard());
      expect(seen.labels.problems).toEqual([]);
      figures.push({ step: 'compliance result', firstWords: seen.firstWords });
      await shot('compliance-result');
    }, STEP_MS * 4);

    it('a reminder: Save settles the card in place (no 400), no buttons left', async () => {
      const first = await oneAnswer('reminder', () => send('remind us about the board meeting on 12 March 2030 at 10:00, 7 days and 1 day before'));
      expect(first).toBe('Check this reminder before I save it');
      const card = lastCard();
      await shot('reminder-confirm');
      const { added, updated, log } = await turn('reminder: Save', () => card.getByRole('button', { name: 'Save' }).click());
      expect(added).toBe(0);
      expect(updated).toBe(1);
      // the update itself got a 2xx (the Playground refused text + card with 400)
      expect(log.filter((e) => e.from === 'bot').map((e) => e.status).every((s) => s >= 200 && s < 300)).toBe(true);
      await until(cardText, (t) => /^Saved: reminders on/.test(t), 'the last card');
      expect(await lastCard().getByRole('button', { name: 'Save' }).count()).toBe(0);
      await shot('reminder-saved');
    }, STEP_MS * 4);

    // ------------------------------------------------------------------ group chat and channel

    for (const [where, item] of [
      ['group chat', 'Group Chat'],
      ['channel', 'My Team - General'],
    ] as const) {
      it(`${where}: an @mention is answered with one message`, async () => {
        // opening a conversation sends the bot its installation and conversation updates (the
        // welcome card): wait for the bot to have handled them before counting what a question does
        const updates = (): number => botLog.filter((l) => l.event === 'turn' && l.activityType === 'conversationUpdate').length;
        const before = updates();
        await page.getByRole('treeitem', { name: item }).click();
        await until(async () => updates(), (n) => n > before, `${where}: the conversation update`);
        await page.locator('div[role="textbox"]').first().waitFor({ timeout: STEP_MS });
        const answer = await oneAnswer(`${where}: @mention`, () => send('Are sixth form colleges relevant partners?', true));
        expect(answer).toMatch(/^Yes: Sixth form colleges/);
        const help = await oneAnswer(`${where}: @mention help`, () => send('help', true));
        expect(help).toBe('What Board Assistant can do');
        await until(() => newCard().innerText(), (t) => (where === 'channel' ? /In a channel, start your question with @Board Assistant/ : /In a group or meeting chat, start your question with @Board Assistant/).test(t), 'the help card');
        await shot(`${where.replace(' ', '-')}-help`, newCard());
      }, STEP_MS * 4);
    }

    it('the Log Panel shows no 4xx or 5xx for anything, all along', async () => {
      const log = parseLog(await logLines());
      expect(log.filter((e) => e.status >= 400).map((e) => e.line)).toEqual([]);
      const statuses = log.filter((e) => e.status).map((e) => `${e.from} ${e.kind} ${e.status}`);
      figures.push({ step: 'all', statuses: Object.entries(statuses.reduce<Record<string, number>>((m, s) => ((m[s] = (m[s] ?? 0) + 1), m), {})) });
      expect(statuses.length).toBeGreaterThan(20);
      await page.screenshot({ path: join(SHOTS, 'playground.png') });
    }, STEP_MS);
  });
}
