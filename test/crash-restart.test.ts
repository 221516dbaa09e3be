// Crash and restart (issue 9, part 5), with the real bot as a child process
// (`node -r @swc-node/register bot/index.ts`) posting to a capture Bot Connector:
//
// - SIGKILL mid-write, embedded store and Redis: reminders are saved over HTTP (confirmation
//   card, then Save) in several conversations at once while questions write conversation
//   state; the bot is killed as soon as some saves are acknowledged and the rest are in
//   flight, restarted, and every acknowledged reminder must still be listed, the store
//   readable, and a question answered.
// - SIGKILL while a reminder is being posted: after the restart it is posted once more,
//   labelled as possibly repeated (the "sending" mark), and recorded once.
// - Redis going away mid-run: a throwaway redis-server of our own (never the shared one) is
//   killed with SIGKILL (a crash, the harshest case) and restarted on the same port. It runs
//   with an append-only file fsynced on every write, as a production Redis holding this data
//   must, so its data survives; the honest question is what the bot does meanwhile: it must
//   stay up, log the outage briefly (no flood), answer users with a clear message, and after
//   Redis is back send the reminder that fell due during the outage, losing none.
//
// These tests wait for real (processes, sockets): each has its own generous timeout, and every
// wait is for an event (a log line, a post), never a fixed guess, except the outage itself,
// which must last past a reminder's due time.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKeyv, closeKeyv, SQLITE_FILE } from '../bot/storage';
import { APOLOGY } from '../dialogs/copy';
import { firstWords } from './bot-fakes';
import { RedisScheduleEvents, type RedisPubSubClient } from '../reminders/events';
import { redisClientOf } from '../reminders/index';
import { KeyvScheduleStore, type KeyvLike } from '../reminders/store';
import { startConnector, type Captured } from './connector';
import { postActivity, teamsMessage, dueSchedule } from './reminders-helpers';
import { freePort, killProc, REDIS_SERVER, spawnBot, startRedisServer, until, type LogLine } from './bot-process';

const TIMEOUT = 180_000;

interface Bot {
  base: string;
  logs: LogLine[];
  proc: ChildProcess;
  /** True if the process ended without us killing it. */
  crashed(): boolean;
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Every bot started, so that one left running by a failed test is killed at the end. */
const spawned: ReturnType<typeof spawnBot>[] = [];
afterAll(async () => {
  for (const b of spawned) await b.stop('SIGKILL');
});

/** Starts the bot process; resolves once it listens (its "started" log line). */
async function startBot(env: Record<string, string>): Promise<Bot> {
  const bot = spawnBot({ LOG_LEVEL: 'info', ...env });
  spawned.push(bot);
  let killed = false;
  let exited = false;
  void bot.exited.then(() => (exited = true));
  const started = await bot.waitForLine((l) => l.event === 'started', 60_000).catch(() => undefined);
  if (!started) throw new Error(`the bot did not start:\n${bot.err()}`);
  return {
    base: `http://127.0.0.1:${String(started.port)}`,
    logs: bot.lines(),
    proc: bot.child,
    crashed: () => exited && !killed,
    async kill() {
      killed = true;
      await bot.stop('SIGKILL');
    },
    async stop() {
      killed = true;
      await bot.stop('SIGTERM');
    },
  };
}

/** A redis-server of this test's own: append-only file fsynced on every write, in `dir`. */
const startRedis = (port: number, dir: string) => startRedisServer(port, dir, ['--appendonly', 'yes', '--appendfsync', 'always']);

/** A capture Bot Connector, and a way to talk to a bot through it. */
function chat() {
  const connector = startConnector();
  let n = 0;
  return {
    connector,
    async listen() {
      await new Promise<void>((r) => connector.server.listen(0, '127.0.0.1', r));
    },
    close: () => new Promise((r) => connector.server.close(r)),
    /** Sends one message; resolves with the bot's reply to it (undefined if none came). */
    async say(bot: Bot, conversationId: string, what: { text?: string; value?: unknown }): Promise<Record<string, any> | undefined> {
      const id = `m-${++n}`;
      const status = await postActivity(bot.base, teamsMessage({ id, serviceUrl: connector.url(), conversationId, ...what }));
      if (status !== 200) throw new Error(`HTTP ${status}`);
      return connector.posts.find((p) => p.url.endsWith(`/activities/${id}`))?.body;
    },
  };
}

const isSavedAck = (p: Captured) => typeof p.body.text === 'string' && p.body.text.startsWith('Saved: ');
const meetingText = (day: number) => `remind us about the board meeting on ${day} March 2031 at 10:00, 1 day before`;

/**
 * Rounds of: start, check every reminder acknowledged so far, save six more at once with
 * questions in between, SIGKILL once two saves are acknowledged. Then a last start checks all.
 */
async function killMidWrite(env: Record<string, string>, rounds: number) {
  const c = chat();
  await c.listen();
  const acknowledged = new Map<string, number>(); // conversation -> day of its meeting
  const tried: string[] = [];
  let crashes = 0;
  let lost = 0;
  const check = async (bot: Bot) => {
    for (const [conv, day] of acknowledged) {
      const list = await c.say(bot, conv, { text: 'show reminders' });
      const ok = firstWords(list ?? {}) === 'Reminders in this conversation (1)' && JSON.stringify(list.attachments).includes(`${day} March 2031 at 10:00`);
      if (!ok) lost++;
    }
    for (const conv of tried.filter((x) => !acknowledged.has(x))) {
      // not acknowledged: saved or not, but never half there
      const list = await c.say(bot, conv, { text: 'show reminders' });
      expect(['Reminders in this conversation (1)', 'There are no reminders in this conversation.']).toContain(firstWords(list ?? {}));
    }
  };
  try {
    for (let round = 0; round < rounds; round++) {
      const bot = await startBot(env);
      await check(bot);
      const convs = Array.from({ length: 6 }, (_, i) => ({ conv: `19:crash-${round}-${i}@thread.tacv2`, day: 1 + round * 6 + i }));
      const saves: { conv: string; value: unknown }[] = [];
      for (const { conv, day } of convs) {
        const card = await c.say(bot, conv, { text: meetingText(day) });
        saves.push({ conv, value: card?.attachments?.[0]?.content?.actions?.find((x: any) => x.title === 'Save')?.data });
      }
      const before = c.connector.posts.length;
      // Everything at once: six saves, and a question (a conversation-state write) beside each.
      const inFlight = saves.flatMap(({ conv, value }) => [c.say(bot, conv, { value }), c.say(bot, `${conv}-q`, { text: 'Are sixth form colleges relevant partners?' })].map((p) => p.catch(() => undefined)));
      tried.push(...saves.map((s) => s.conv));
      await until(() => c.connector.posts.slice(before).filter(isSavedAck).length >= 2, 30_000, 'two saves acknowledged');
      await bot.kill();
      for (const p of c.connector.posts.slice(before).filter(isSavedAck)) {
        const conv = p.body.conversation?.id as string;
        acknowledged.set(conv, convs.find((x) => x.conv === conv)!.day);
      }
      await Promise.all(inFlight);
      if (bot.crashed()) crashes++;
    }
    const bot = await startBot(env);
    await check(bot);
    const answer = await c.say(bot, '19:after-crash@thread.tacv2', { text: 'Are sixth form colleges relevant partners?' });
    expect(firstWords(answer ?? {})).toMatch(/^Yes: /);
    if (bot.crashed()) crashes++;
    await bot.stop();
    return { tried: tried.length, acknowledged: acknowledged.size, lost, crashes };
  } finally {
    await c.close();
  }
}

function report(name: string, figures: Record<string, number>): void {
  process.stdout.write(`crash-restart ${name}: ${Object.entries(figures).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
}

describe('crash and restart: the real bot process', () => {
  test(
    'embedded store: SIGKILL mid-write in three rounds loses no acknowledged reminder; the SQLite file is intact',
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-crash-'));
      try {
        const figures = await killMidWrite({ DATA_DIR: dataDir, KEY_PREFIX: 'crash' }, 3);
        report('sqlite', figures);
        expect(figures.acknowledged).toBeGreaterThanOrEqual(6);
        expect(figures.lost).toBe(0);
        expect(figures.crashes).toBe(0);
        const keyv = createKeyv('reminders', { dataDir, prefix: 'crash' });
        try {
          const rows = (await (keyv.store as unknown as { query(sql: string): Promise<{ integrity_check: string }[]> }).query('PRAGMA integrity_check')) ?? [];
          expect(rows.map((r) => r.integrity_check)).toEqual(['ok']);
        } finally {
          await closeKeyv(keyv);
        }
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );

  test(
    'embedded store: SIGKILL while a reminder is being posted: the restart posts it once more, labelled, and records it once',
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-crash-post-'));
      const c = chat();
      await c.listen();
      try {
        const conv = '19:posting@thread.tacv2';
        const due = Date.now() + 2_000;
        const schedule = dueSchedule('posting-1', conv, due, c.connector.url(), 'Board meeting');
        const seed = createKeyv('reminders', { dataDir, prefix: 'crash' });
        await new KeyvScheduleStore(seed as unknown as KeyvLike).put(schedule);
        await closeKeyv(seed);

        const held = c.connector.hold(); // the first post after start is the reminder
        const bot = await startBot({ DATA_DIR: dataDir, KEY_PREFIX: 'crash' });
        await held.reached;
        await bot.kill(); // the post reached Teams; the bot never heard back, never recorded it
        held.release();
        expect(c.connector.posts).toHaveLength(1);

        const again = await startBot({ DATA_DIR: dataDir, KEY_PREFIX: 'crash' });
        await c.connector.received(2);
        const second = JSON.stringify(c.connector.posts[1]!.body);
        expect(second).toContain('Posted again: the bot restarted while posting this reminder');
        await until(() => again.logs.some((l) => l.msg === 'reminder sent'), 20_000, 'the reminder to be recorded');
        expect(again.crashed()).toBe(false);
        await again.stop();
        const keyv = createKeyv('reminders', { dataDir, prefix: 'crash' });
        const s = await new KeyvScheduleStore(keyv as unknown as KeyvLike).get('posting-1');
        await closeKeyv(keyv);
        expect(s?.sentCount).toBe(1);
        expect(s?.sending).toBeUndefined();
        expect(s?.nextDue).toBe(Date.parse('2031-03-11T10:00:00Z')); // moved on to the real next one
        report('sqlite mid-post', { tried: 1, posts: c.connector.posts.length, lost: 0, crashes: 0 });
      } finally {
        await c.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );

  const withRedis = fs.existsSync(REDIS_SERVER) ? describe : describe.skip;
  withRedis('on a redis-server of its own', () => {
    let port: number;
    let dir: string;
    let redis: ChildProcess | undefined;

    beforeEach(async () => {
      port = await freePort();
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-redis-'));
      redis = await startRedis(port, dir);
    });
    afterEach(async () => {
      if (redis) await killProc(redis);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test(
      'SIGKILL mid-write in two rounds loses no acknowledged reminder',
      async () => {
        const figures = await killMidWrite({ REDIS_URL: `redis://127.0.0.1:${port}`, KEY_PREFIX: 'crash', DATA_DIR: dir }, 2);
        report('redis', figures);
        expect(figures.acknowledged).toBeGreaterThanOrEqual(4);
        expect(figures.lost).toBe(0);
        expect(figures.crashes).toBe(0);
      },
      TIMEOUT,
    );

    test(
      'Redis killed mid-run: the bot stays up, says so briefly, users get a clear message; once Redis is back the reminder due meanwhile is sent and nothing is lost',
      async () => {
        const url = `redis://127.0.0.1:${port}`;
        const c = chat();
        await c.listen();
        try {
          const bot = await startBot({ REDIS_URL: url, KEY_PREFIX: 'outage', DATA_DIR: dir });
          const saved: string[] = [];
          for (let i = 0; i < 3; i++) {
            const conv = `19:outage-${i}@thread.tacv2`;
            const card = await c.say(bot, conv, { text: meetingText(20 + i) });
            const ack = await c.say(bot, conv, { value: card?.attachments?.[0]?.content?.actions?.find((x: any) => x.title === 'Save')?.data });
            expect(ack?.text).toMatch(/^Saved: /);
            saved.push(conv);
          }

          // A reminder due 4 s from now, written by "another instance" and announced on the
          // change feed just before Redis dies: due during the outage whether or not the bot
          // heard the announcement (the rescan after the reconnect finds it either way).
          const conv = '19:outage@thread.tacv2';
          const due = Date.now() + 4_000;
          const seed = createKeyv('reminders', { redisUrl: url, dataDir: dir, prefix: 'outage' });
          await new KeyvScheduleStore(seed as unknown as KeyvLike).put(dueSchedule('outage-1', conv, due, c.connector.url(), 'Audit committee'));
          await new RedisScheduleEvents(redisClientOf(seed) as unknown as RedisPubSubClient, 'outage-reminders:changed').publish({ id: 'outage-1', origin: 'test' });
          await closeKeyv(seed);
          expect(c.connector.posts.some((p) => p.conversationId === conv)).toBe(false);

          const logsBefore = bot.logs.length;
          await killProc(redis!);
          redis = undefined;
          const downAt = Date.now();
          // Users get an answer, not silence: the clear apology, at once (no waiting on Redis).
          const replies = [];
          for (const text of ['show reminders', 'Are sixth form colleges relevant partners?', meetingText(27)]) {
            const t0 = Date.now();
            replies.push(await c.say(bot, saved[0]!, { text }));
            expect(Date.now() - t0).toBeLessThan(10_000);
          }
          expect(replies.map((r) => r?.text)).toEqual([APOLOGY, APOLOGY, APOLOGY]);
          // stay down until the seeded reminder has fallen due (and its job has failed)
          await until(() => Date.now() > due + 3_000, 30_000, 'the due time to pass');
          expect(bot.crashed()).toBe(false);
          const outageLogs = bot.logs.slice(logsBefore);
          const errors = outageLogs.filter((l) => (l.level ?? 0) >= 50);
          // brief: the outage said once per store and feed, one line per failed turn or job; no per-retry flood
          expect(outageLogs.some((l) => l.event === 'store-error')).toBe(true);
          expect(outageLogs.some((l) => l.event === 'reminders-pubsub-down')).toBe(true);
          const seconds = (Date.now() - downAt) / 1000;
          expect(errors.length).toBeLessThan(30);
          expect(outageLogs.filter((l) => JSON.stringify(l).includes('"stack"')).length).toBeLessThanOrEqual(replies.length + 2);

          redis = await startRedis(port, dir);
          await until(() => c.connector.posts.some((p) => p.conversationId === conv), 60_000, 'the reminder due during the outage').catch((e) => {
            if (process.env.CRASH_DEBUG) fs.writeFileSync(process.env.CRASH_DEBUG, bot.logs.map((l) => JSON.stringify(l)).join('\n'));
            throw e;
          });
          expect(bot.logs.some((l) => l.event === 'reminders-pubsub-up')).toBe(true);
          // each store has its own connection and reconnects on its own schedule: the reminders
          // store being back does not mean the conversation state is
          const erred = new Set(outageLogs.filter((l) => l.event === 'store-error').map((l) => l.namespace));
          const recovered = (ns: unknown) => bot.logs.some((l) => l.event === 'store-recovered' && l.namespace === ns);
          await until(() => [...erred].every(recovered), 30_000, `every store reachable again (${[...erred].join(', ')})`);
          for (const s of saved) expect(firstWords((await c.say(bot, s, { text: 'show reminders' })) ?? {})).toBe('Reminders in this conversation (1)');
          const answer = await c.say(bot, '19:after-outage@thread.tacv2', { text: 'Are sixth form colleges relevant partners?' });
          expect(firstWords(answer ?? {})).toMatch(/^Yes: /);
          expect(bot.crashed()).toBe(false);
          await bot.stop();
          report('redis outage', { outageSeconds: Math.round(seconds), errorLines: errors.length, clearReplies: replies.length, reminders: saved.length + 1, lost: 0, crashes: 0 });
        } finally {
          await c.close();
        }
      },
      TIMEOUT,
    );
  });
});
