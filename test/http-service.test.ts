// The HTTP service end to end: the real server on an ephemeral port, Teams-shaped
// activities posted to /api/messages, and a capture server standing in for the Bot
// Connector (as ../shared/eval/run.mjs does). The knowledge side is a stand-in here; the
// real one is exercised in http-knowledge.test.ts and by .ci/run.
import { firstWords } from './bot-fakes';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../bot/config';
import { createApp, type App } from '../bot/app';
import { sendProactive } from '../bot/proactive';
import { APOLOGY, NO_SEARCH, NOTHING_TO_OPEN } from '../dialogs/copy';
import { FakeEngine, FakeRecognizer, captureLogger } from './bot-fakes';
import { startConnector } from './connector';

const BOT = { id: '28:bot-http', name: 'Board Assistant' };
const TENANT = 'tenant-http';

let seq = 0;
function activity(kind: 'personal' | 'channel' | 'groupChat', text: string, serviceUrl: string, opts: { mention?: boolean } = {}) {
  const id = `${kind}-${++seq}`;
  const at = `<at>${BOT.name}</at>`;
  const mention = opts.mention ?? kind !== 'personal';
  const conversation =
    kind === 'channel'
      ? { id: `19:chan-${id}@thread.tacv2;messageid=1`, conversationType: 'channel', isGroup: true, tenantId: TENANT }
      : kind === 'groupChat'
        ? { id: `19:group-${id}@thread.v2`, conversationType: 'groupChat', isGroup: true, tenantId: TENANT }
        : { id: `a:personal-${id}`, conversationType: 'personal', tenantId: TENANT };
  return {
    type: 'message',
    id: `m-${id}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: '29:user-http', name: 'Test User', aadObjectId: '00000000-0000-0000-0000-000000000002' },
    recipient: BOT,
    locale: 'en-GB',
    text: mention ? `${at} ${text}` : text,
    entities: mention ? [{ type: 'mention', mentioned: BOT, text: at }] : [],
    conversation,
    channelData: kind === 'channel' ? { tenant: { id: TENANT }, team: { id: '19:team@thread.tacv2' }, channel: { id: conversation.id.split(';')[0] } } : { tenant: { id: TENANT } },
  };
}

describe('HTTP service', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-http-'));
  const connector = startConnector();
  const captured = captureLogger();
  let app: App;
  let base: string;

  beforeAll(async () => {
    await new Promise<void>((r) => connector.server.listen(0, '127.0.0.1', r));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KEY_PREFIX: 'http-test', SHUTDOWN_TIMEOUT_MS: '20000' });
    app = createApp(config, captured.logger, { engine: new FakeEngine(), recognizer: new FakeRecognizer() });
    const addr = await app.listen();
    base = `http://127.0.0.1:${addr.port}`;
  });

  afterAll(async () => {
    await app.stop();
    await new Promise((r) => connector.server.close(r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  const repliesTo = (conversationId: string) => connector.posts.filter((p) => p.conversationId === conversationId.split(';')[0] || p.conversationId === conversationId).map((p) => p.body);

  test('GET /healthz answers ok', async () => {
    const r = await fetch(`${base}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: 'ok', store: 'sqlite' });
  });

  test('personal chat: 200, then one reply, the answer card alone, posted to the serviceUrl', async () => {
    const a = activity('personal', 'Are sixth form colleges relevant partners?', connector.url());
    const r = await post(a, { authorization: 'Bearer whatever' });
    expect(r.status).toBe(200);
    const replies = repliesTo(a.conversation.id);
    expect(replies).toHaveLength(1);
    expect(replies[0].type).toBe('message');
    expect(replies[0].text).toBeUndefined();
    expect(firstWords(replies[0] as { attachments?: { content?: unknown }[] })).toMatch(/^Yes: /);
    expect(replies[0].replyToId).toBe(a.id);
    expect((replies[0].attachments as { contentType: string }[])[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  test('channel: answers an @mention; stays quiet without one', async () => {
    const asked = activity('channel', 'Are sixth form colleges relevant partners?', connector.url());
    expect((await post(asked)).status).toBe(200);
    expect(repliesTo(asked.conversation.id)).toHaveLength(1);

    const overheard = activity('channel', 'Are sixth form colleges relevant partners?', connector.url(), { mention: false });
    expect((await post(overheard)).status).toBe(200);
    expect(repliesTo(overheard.conversation.id)).toHaveLength(0);
  });

  test('group chat with an @mention: answered', async () => {
    const a = activity('groupChat', 'help', connector.url());
    expect((await post(a)).status).toBe(200);
    const replies = repliesTo(a.conversation.id);
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0].attachments)).toContain('Try one of these');
  });

  test('follow-ups keep context per conversation over HTTP', async () => {
    const first = activity('personal', 'Are sixth form colleges relevant partners?', connector.url());
    await post(first);
    const follow = { ...first, id: 'm-follow', text: 'and academies?' };
    await post(follow);
    const replies = repliesTo(first.conversation.id);
    expect(replies).toHaveLength(2);
    expect(JSON.stringify(replies[1].attachments)).toMatch(/academ/i);
  });

  test('non-JSON: 400 with a reason', async () => {
    const r = await post('this is not json');
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ error: 'body is not valid JSON' });
  });

  test('an activity missing its type and other required fields: 400 naming them, no internals', async () => {
    const r = await post({});
    expect(r.status).toBe(400);
    const body = (await r.json()) as { error: string };
    expect(body.error).toMatch(/missing required fields: type, channelId, serviceUrl, conversation\.id/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|stack|TypeError/);
  });

  test('a message without from.id: 400', async () => {
    const a: Record<string, unknown> = activity('personal', 'help', connector.url());
    delete a.from;
    const r = await post(a);
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: string }).error).toContain('from.id');
  });

  test('a body over 256 KB: 413', async () => {
    const a = activity('personal', 'x'.repeat(300 * 1024), connector.url());
    const r = await post(a);
    expect(r.status).toBe(413);
    expect(repliesTo(a.conversation.id)).toHaveLength(0);
  });

  test('an unknown activity type: 200 and ignored', async () => {
    const a = { ...activity('personal', 'help', connector.url()), type: 'somethingNew' };
    const r = await post(a);
    expect(r.status).toBe(200);
    expect(repliesTo(a.conversation.id)).toHaveLength(0);
  });

  test('an exception inside a turn: the user gets an apology, the service carries on', async () => {
    const a = activity('personal', 'explode please', connector.url());
    const r = await post(a);
    expect(r.status).toBe(200);
    expect(repliesTo(a.conversation.id).map((x) => x.text)).toEqual([APOLOGY]);
    const err = captured.lines.find((l) => l.event === 'turn-error' && l.activityId === a.id);
    expect(err).toMatchObject({ conversationId: a.conversation.id });
    const again = activity('personal', 'help', connector.url());
    expect((await post(again)).status).toBe(200);
    expect(repliesTo(again.conversation.id)).toHaveLength(1);
  });

  test('proactive: a saved conversation reference gets a message on its own', async () => {
    const a = activity('channel', 'help', connector.url());
    await post(a);
    const channelId = a.conversation.id.split(';')[0];
    const saved = await app.conversations.get(channelId);
    expect(saved?.conversationType).toBe('channel');
    const before = connector.posts.length;
    const result = await sendProactive(app.proactive, channelId, { type: 'message', text: 'The board meets tomorrow at 10:00.' });
    expect(result).toMatchObject({ ok: true });
    const sent = connector.posts.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].conversationId).toBe(channelId); // a new post in the channel, not a reply in the thread
    expect(sent[0].body.text).toBe('The board meets tomorrow at 10:00.');
  });

  test('proactive: a 429 is retried after a backoff; a 403 forgets the conversation and says it is gone', async () => {
    const a = activity('channel', 'help', connector.url());
    await post(a);
    const channelId = a.conversation.id.split(';')[0]!;
    const waits: number[] = [];
    const deps = { ...app.proactive, sleep: async (ms: number) => void waits.push(ms) };
    let n = 0;
    connector.answerWith((p) => (p.conversationId === channelId && ++n === 1 ? { status: 429 } : undefined)); // no Retry-After: the SDK does not retry it itself
    expect(await sendProactive(deps, channelId, { type: 'message', text: 'Board at 10:00.' })).toMatchObject({ ok: true, attempts: 2 });
    expect(waits).toEqual([1_000]);
    connector.answerWith((p) => (p.conversationId === channelId ? { status: 403, code: 'BotNotInConversationRoster' } : undefined));
    expect(await sendProactive(deps, channelId, { type: 'message', text: 'Board at 10:00.' })).toMatchObject({ ok: false, reason: 'gone', status: 403, attempts: 1 });
    connector.answerWith(undefined);
    expect(await app.conversations.get(channelId)).toBeUndefined();
    expect(captured.lines.filter((l) => l.event === 'turn-error' && l.conversationId === channelId)).toEqual([]);
  });

  test.each([
    ['task/fetch', { data: { type: 'task/fetch' } }, { task: { type: 'message', value: NOTHING_TO_OPEN } }],
    ['task/submit', { data: {} }, { task: { type: 'message', value: NOTHING_TO_OPEN } }],
    ['composeExtension/query', { commandId: 'search', parameters: [{ name: 'query', value: 'cypp' }] }, { composeExtension: { type: 'message', text: NO_SEARCH } }],
    ['composeExtension/queryLink', { url: 'https://example.org' }, { composeExtension: { type: 'message', text: NO_SEARCH } }],
    ['composeExtension/selectItem', { id: '1' }, { composeExtension: { type: 'message', text: NO_SEARCH } }],
    ['composeExtension/fetchTask', { commandId: 'x' }, { task: { type: 'message', value: NOTHING_TO_OPEN } }],
    ['composeExtension/submitAction', { commandId: 'x', data: {} }, { composeExtension: { type: 'message', text: NOTHING_TO_OPEN } }],
    ['composeExtension/setting', { state: 'x' }, undefined],
    ['signin/verifyState', { state: '123456' }, undefined],
    ['signin/tokenExchange', { id: 'x', connectionName: 'c', token: 'not-a-token' }, undefined],
    ['fileConsent/invoke', { type: 'fileUpload', action: 'accept', context: {}, uploadInfo: {} }, undefined],
    ['actionableMessage/executeAction', { body: '{}', actionId: 'x' }, undefined],
  ])('an invoke of a feature the bot does not offer (%s): 200 with what Teams shows for "nothing here", no error logged', async (name, value, expected) => {
    const a = { ...activity('personal', '', connector.url()), type: 'invoke', name, value };
    const errorsBefore = captured.lines.filter((l) => (l.level as number) >= 50).length;
    const r = await post(a);
    expect(r.status).toBe(200);
    const text = await r.text();
    if (expected) expect(JSON.parse(text)).toEqual(expected);
    else expect(text).toBe('');
    expect(captured.lines.filter((l) => (l.level as number) >= 50).length).toBe(errorsBefore);
    expect(captured.lines.find((l) => l.event === 'turn' && l.activityId === a.id)).toMatchObject({ intent: `invoke-unsupported:${name}` });
    expect(repliesTo(a.conversation.id)).toHaveLength(0);
  });

  test('an invoke nobody handles: the SDK\'s 501, logged as an ordinary turn, not as a failure', async () => {
    const a = { ...activity('personal', '', connector.url()), type: 'invoke', name: 'tab/fetch', value: { tabContext: { tabEntityId: 'x' } } };
    const errorsBefore = captured.lines.filter((l) => (l.level as number) >= 50).length;
    expect((await post(a)).status).toBe(501);
    expect(captured.lines.filter((l) => (l.level as number) >= 50).length).toBe(errorsBefore);
  });

  test('logs: one turn line per activity with latency, never tokens or message text at info', () => {
    const turns = captured.lines.filter((l) => l.event === 'turn');
    expect(turns.length).toBeGreaterThan(5);
    for (const t of turns) expect(typeof t.latencyMs).toBe('number');
    const all = captured.raw.join('\n');
    expect(all).not.toContain('Bearer whatever');
    expect(all).not.toContain('sixth form colleges relevant');
  });

  test('graceful stop: a turn in flight finishes, new requests are refused, then it stops', async () => {
    const hold = connector.hold();
    const a = activity('personal', 'help', connector.url());
    const inFlight = post(a);
    await hold.reached; // the turn is now waiting on the connector
    const stopped = app.stop();
    const health = await fetch(`${base}/healthz`).then((r) => r.status).catch(() => 'refused');
    expect([503, 'refused']).toContain(health);
    hold.release();
    expect((await inFlight).status).toBe(200);
    await stopped;
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
