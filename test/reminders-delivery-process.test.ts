// The real process (bot/index.ts, embedded store) posting due reminders over HTTP to a capture
// Bot Connector that answers as Teams might, with nothing faked in between: botbuilder's own
// HTTP pipeline (and its real-time retries) below the product's policy. Three reminders fall
// due together: one whose posts get 502 five times (the SDK retries four, the product once
// more: delivered), one that gets 429 until its grace period ends (not delivered, and the list
// card says so), one that gets 403 (the bot was removed: stopped, the reference forgotten).
// This test waits for real (about 25 s).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConversationStore, type SavedConversation } from '../bot/conversations';
import { closeKeyv, createKeyv } from '../bot/storage';
import { KeyvScheduleStore, type KeyvLike } from '../reminders/store';
import { spawnBot, until } from './bot-process';
import { startConnector, type Captured } from './connector';
import { dueSchedule, postActivity, teamsMessage } from './reminders-helpers';

const PREFIX = 'delivery-proc';
const CONVERSATIONS = { delivered: '19:proc-502@thread.tacv2', throttled: '19:proc-429@thread.tacv2', removed: '19:proc-403@thread.tacv2' };

test('502 five times, 429 until the grace period ends, 403: delivered, not delivered (and shown so), stopped; "sent" logged only for the 2xx', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-delivery-proc-'));
  const connector = startConnector();
  await new Promise<void>((r) => connector.server.listen(0, '127.0.0.1', r));
  const serviceUrl = `${connector.url()}/`;
  // a reminder (a card whose heading starts "Reminder: "), not a reply to a message
  const isReminder = (post: Captured) => JSON.stringify(post.body.attachments ?? []).includes('"Reminder: ');
  let bot: ReturnType<typeof spawnBot> | undefined;
  const count: Record<string, number> = {};
  connector.answerWith((post) => {
    if (!isReminder(post)) return undefined;
    const n = (count[post.conversationId] = (count[post.conversationId] ?? 0) + 1);
    if (post.conversationId === CONVERSATIONS.delivered && n <= 5) return { status: 502 };
    if (post.conversationId === CONVERSATIONS.throttled) return { status: 429, code: 'TooManyRequests' };
    if (post.conversationId === CONVERSATIONS.removed) return { status: 403, code: 'BotNotInConversationRoster' };
    return undefined;
  });
  try {
    // seed: the three schedules, due a few seconds after the start, and the references
    const due = Date.now() + 6_000; // after the start, with room for a slow one
    const seed = createKeyv('reminders', { dataDir, prefix: PREFIX });
    const seedConversations = createKeyv<SavedConversation>('conversations', { dataDir, prefix: PREFIX });
    const conversations = new ConversationStore(seedConversations);
    for (const [key, conversationId] of Object.entries(CONVERSATIONS)) {
      await new KeyvScheduleStore(seed as unknown as KeyvLike).put(dueSchedule(key, conversationId, due, serviceUrl, `Meeting ${key}`));
      await conversations.remember({ type: 'message', serviceUrl, channelId: 'msteams', conversation: { id: conversationId, conversationType: 'channel', tenantId: 't' } as never, recipient: { id: '28:bot-rem', name: 'Board Assistant' }, from: { id: '29:clerk' }, channelData: { tenant: { id: 't' } } });
    }
    await closeKeyv(seed);
    await closeKeyv(seedConversations as never);

    // a grace period of 30 s: the 429s are tried 0, 1, 3, 7 and 15 s after the first attempt,
    // fewer if the start was slow (the next would come 16 s after that, past the 30 s)
    bot = spawnBot({ DATA_DIR: dataDir, KEY_PREFIX: PREFIX, REMINDER_GRACE_MINUTES: '0.5' });
    const started = await bot.waitForLine((l) => l.event === 'started');
    const base = `http://127.0.0.1:${started.port}`;
    const lines = bot.lines;
    await until(() => lines().some((l) => l.msg === 'reminder sent') && lines().some((l) => l.msg === 'reminder not delivered') && lines().some((l) => l.msg === 'reminders stopped for conversation'), 60_000, 'the three outcomes').catch((err) => {
      throw new Error(`${(err as Error).message}:\n${bot!.out()}`);
    });

    // the list card of the throttled conversation, asked over HTTP
    expect(await postActivity(base, teamsMessage({ id: 'list-1', serviceUrl, conversationId: `${CONVERSATIONS.throttled};messageid=9`, text: 'show reminders' }))).toBe(200);
    const list = connector.posts.find((p) => p.url.endsWith('/activities/list-1'))!.body;
    const listCard = JSON.stringify(list.attachments[0].content);
    expect(await bot.stop()).toBe(0);

    const posts = (c: string) => connector.posts.filter((p) => p.conversationId === c && isReminder(p));
    const figures = Object.entries(CONVERSATIONS).map(([key, c]) => {
      const outcome = lines().find((l) => ['reminder sent', 'reminder not delivered'].includes(String(l.msg)) && l.id === key);
      return `${key}: ${posts(c).length} posts (${posts(c).map((p) => p.status).join(' ')}), ${outcome?.attempts ?? 1} attempt(s), ${outcome?.msg ?? 'stopped'}`;
    });
    process.stdout.write(`reminder delivery over HTTP, real process:\n  ${figures.join('\n  ')}\n`);

    // 502 x5: the SDK's own three retries, then the product's second attempt (and the SDK's retry in it)
    expect(posts(CONVERSATIONS.delivered).map((p) => p.status)).toEqual([502, 502, 502, 502, 502, 200]);
    expect(lines().filter((l) => l.msg === 'reminder sent')).toEqual([expect.objectContaining({ id: 'delivered', attempts: 2 })]);
    // 429 (no Retry-After, which the SDK does not retry): the product's backoff until the grace period ends
    const throttled = lines().filter((l) => l.msg === 'reminder not delivered');
    expect(throttled).toEqual([expect.objectContaining({ id: 'throttled', status: 429 })]);
    const attempts = throttled[0]!.attempts as number;
    expect(attempts).toBeGreaterThanOrEqual(2); // backed off and tried again
    expect(attempts).toBeLessThanOrEqual(5); // and not past the grace period
    expect(posts(CONVERSATIONS.throttled).map((p) => p.status)).toEqual(Array(attempts).fill(429));
    expect(listCard).toContain('the last reminder was not delivered');
    expect(listCard).toContain('Not delivered: the reminder due');
    expect(listCard).toContain(`Teams refused it as too many requests (HTTP 429); the grace period ended before it could be sent (${attempts} attempts`);
    // 403: one post, stopped
    expect(posts(CONVERSATIONS.removed).map((p) => p.status)).toEqual([403]);
    // no failure went to the adapter's turn error handler, and nothing was logged as sent but these
    expect(lines().filter((l) => l.event === 'turn-error')).toEqual([]);

    const keyv = createKeyv('reminders', { dataDir, prefix: PREFIX });
    const convKeyv = createKeyv<SavedConversation>('conversations', { dataDir, prefix: PREFIX });
    try {
      const store = new KeyvScheduleStore(keyv as unknown as KeyvLike);
      expect(await store.get('delivered')).toMatchObject({ sentCount: 1, failed: [] });
      expect((await store.get('throttled'))?.failed.map((f) => f.reason)).toEqual([expect.stringMatching(/^Teams refused it as too many requests \(HTTP 429\); the grace period ended/)]);
      expect((await store.get('throttled'))?.sentCount).toBe(0);
      expect(await store.get('removed')).toMatchObject({ status: 'stopped', stoppedReason: 'The bot is no longer in this conversation (HTTP 403, BotNotInConversationRoster).' });
      const saved = new ConversationStore(convKeyv);
      expect(await saved.get(CONVERSATIONS.removed)).toBeUndefined();
      expect(await saved.get(CONVERSATIONS.delivered)).toBeDefined();
    } finally {
      await closeKeyv(keyv);
      await closeKeyv(convKeyv as never);
    }
  } finally {
    await bot?.stop('SIGKILL');
    await new Promise((r) => connector.server.close(r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);
