// The gate in front of every turn: only allowed tenants are served, and each conversation
// has a turn budget, so a flood from one chat is dropped cheaply and the others carry on.
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { EPISODE_QUIET_MS, Gate, SLOW_DOWN, tenantOf } from '../bot/gate';
import { gateOf } from '../bot/adapter';
import { sendProactive } from '../bot/proactive';
import { captureLogger } from './bot-fakes';
import { startConnector } from './connector';
import { OTHER_TENANT, TENANT, startService, teamsMessage } from './security-fixtures';

describe('tenant allowlist and turn rate over HTTP', () => {
  const connector = startConnector();
  let svc: Awaited<ReturnType<typeof startService>>;
  beforeAll(async () => {
    await new Promise<void>((r) => connector.server.listen(0, '127.0.0.1', r));
    // 1 turn a minute after a burst of 5: no refill to speak of while the test runs
    svc = await startService({ ALLOWED_TENANTS: `${TENANT.toUpperCase()}, 12345678-1234-4234-8234-123456789012`, TURN_BURST: '5', TURN_RATE_PER_MINUTE: '1' });
  });
  afterAll(async () => {
    await svc.stop();
    await new Promise((r) => connector.server.close(r));
  });
  const repliesTo = (conversationId: string) => connector.posts.filter((p) => p.conversationId === conversationId).map((p) => p.body);

  test('an allowed tenant is answered (ids compare case-insensitively)', async () => {
    const a = teamsMessage('a:tenant-ok', 'help', connector.url());
    expect((await svc.post(a)).status).toBe(200);
    expect(repliesTo(a.conversation.id)).toHaveLength(1);
  });

  test('another tenant: no reply, no turn, no state, one log line per conversation however many arrive', async () => {
    const flood = Array.from({ length: 4 }, () => teamsMessage('a:tenant-foreign', 'help', connector.url(), OTHER_TENANT));
    for (const a of flood) expect((await svc.post(a)).status).toBe(200);
    const other = teamsMessage('a:tenant-foreign-2', 'help', connector.url(), OTHER_TENANT);
    await svc.post(other);
    expect(repliesTo('a:tenant-foreign')).toHaveLength(0);
    expect(flood.every((a) => svc.turnsOf(a.id).length === 0)).toBe(true);
    expect(await svc.app.conversations.get('a:tenant-foreign')).toBeUndefined();
    const logged = svc.log.lines.filter((l) => l.event === 'tenant-refused');
    expect(logged.map((l) => l.conversationId)).toEqual(['a:tenant-foreign', 'a:tenant-foreign-2']);
    expect(logged[0]).toMatchObject({ tenant: OTHER_TENANT });
  });

  test.each([
    ['no tenant id at all', (a: Record<string, any>) => { delete a.channelData; delete a.conversation.tenantId; }],
    ['channelData and conversation disagree', (a: Record<string, any>) => (a.conversation.tenantId = OTHER_TENANT)],
  ])('%s: refused', async (_name, mutate) => {
    const a = teamsMessage(`a:tenant-odd-${_name.length}`, 'help', connector.url());
    mutate(a);
    expect((await svc.post(a)).status).toBe(200);
    expect(repliesTo(a.conversation.id)).toHaveLength(0);
    expect(svc.turnsOf(a.id)).toHaveLength(0);
  });

  test('an invoke from another tenant gets 403', async () => {
    const a = { ...teamsMessage('a:tenant-invoke', '', connector.url(), OTHER_TENANT), type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'x' } } };
    expect((await svc.post(a)).status).toBe(403);
  });

  test('an activity posing as the bot\'s own proactive turn is refused at the door', async () => {
    const a = { ...teamsMessage('a:tenant-forged', '', connector.url(), OTHER_TENANT), type: 'event', name: 'ContinueConversation' };
    expect((await svc.post(a)).status).toBe(400);
  });

  test('proactive messages to an allowed conversation are not gated', async () => {
    const saved = await svc.app.conversations.get('a:tenant-ok');
    expect(saved).toBeDefined();
    const result = await sendProactive(svc.app.proactive, 'a:tenant-ok', { type: 'message', text: 'The board meets tomorrow.' });
    expect(result).toMatchObject({ ok: true });
  });

  test('a flood from one chat: the burst is answered, the rest dropped with one "slow down"; another chat is answered throughout', async () => {
    const floodId = 'a:rate-flood';
    const calmId = 'a:rate-calm';
    const flood = Array.from({ length: 60 }, () => svc.post(teamsMessage(floodId, 'help', connector.url())));
    const calm = Array.from({ length: 3 }, () => svc.post(teamsMessage(calmId, 'help', connector.url())));
    const statuses = await Promise.all([...flood, ...calm].map((p) => p.then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
    const floodReplies = repliesTo(floodId).map((b) => b.text as string | undefined);
    expect(floodReplies.filter((t) => t === SLOW_DOWN)).toHaveLength(1);
    expect(floodReplies.filter((t) => t !== SLOW_DOWN)).toHaveLength(5);
    expect(repliesTo(calmId)).toHaveLength(3);
    expect(svc.log.lines.filter((l) => l.event === 'throttled' && l.conversationId === floodId)).toHaveLength(1);
    expect(gateOf(svc.app.adapter)?.stats.throttled).toBe(55);
  });

  test('channel threads share their channel\'s budget', async () => {
    const thread = (n: number) => ({ ...teamsMessage(`19:chan-rate@thread.tacv2;messageid=${n}`, 'help', connector.url()), conversation: { id: `19:chan-rate@thread.tacv2;messageid=${n}`, conversationType: 'personal', tenantId: TENANT } });
    for (let n = 0; n < 8; n++) await svc.post(thread(n));
    const answered = connector.posts.filter((p) => p.conversationId.startsWith('19:chan-rate@thread.tacv2') && p.body.text !== SLOW_DOWN);
    expect(answered).toHaveLength(5);
  });
});

describe('Gate (unit, injected clock)', () => {
  const activity = (conversationId: string, tenant = TENANT, type = 'message'): Partial<Activity> => ({
    type,
    channelId: 'msteams',
    conversation: { id: conversationId, tenantId: tenant } as Activity['conversation'],
    channelData: { tenant: { id: tenant } },
    from: { id: 'u', name: 'u' },
    recipient: { id: 'b', name: 'b' },
    text: 'hi',
  });

  async function run(gate: Gate, a: Partial<Activity>) {
    const adapter = new TestAdapter();
    const context = new TurnContext(adapter, a);
    let ran = false;
    await gate.onTurn(context, async () => {
      ran = true;
    });
    return { ran, sent: adapter.activeQueue.map((x) => x.text ?? x.type) };
  }

  test('the bucket refills with time; an episode ends after a quiet minute, counted in a debug line', async () => {
    let now = 0;
    const log = captureLogger('debug');
    const gate = new Gate({ allowedTenants: [], turnRate: { perMinute: 60, burst: 2 }, now: () => now }, () => log.logger);
    expect((await run(gate, activity('c1'))).ran).toBe(true);
    expect((await run(gate, activity('c1'))).ran).toBe(true);
    const dropped = await run(gate, activity('c1'));
    expect(dropped).toEqual({ ran: false, sent: [SLOW_DOWN] });
    expect(await run(gate, activity('c1'))).toEqual({ ran: false, sent: [] }); // one polite reply per episode
    now += 1000; // one turn's worth at 60 a minute: let through, but the episode goes on
    expect((await run(gate, activity('c1'))).ran).toBe(true);
    expect(await run(gate, activity('c1'))).toEqual({ ran: false, sent: [] });
    expect(log.lines.filter((l) => l.event === 'throttle-ended')).toHaveLength(0);
    now += EPISODE_QUIET_MS;
    expect((await run(gate, activity('c1'))).ran).toBe(true);
    expect(log.lines.filter((l) => l.event === 'throttle-ended')).toEqual([expect.objectContaining({ conversationId: 'c1', dropped: 3, level: 20 })]);
  });

  test('a sustained flood (50 messages a second for 40 s): one reply and one log line for the episode, every refused turn counted', async () => {
    let now = 0;
    const log = captureLogger(); // the default level
    const gate = new Gate({ allowedTenants: [], turnRate: { perMinute: 60, burst: 20 }, now: () => now }, () => log.logger);
    const figures = async (seconds: number) => {
      let ran = 0;
      let replies = 0;
      for (let i = 0; i < seconds * 50; i++) {
        const r = await run(gate, activity('flood'));
        if (r.ran) ran++;
        replies += r.sent.filter((t) => t === SLOW_DOWN).length;
        now += 20;
      }
      return { ran, replies };
    };
    const first = await figures(40);
    // the burst, then one turn a second as the bucket refills
    expect(first.ran).toBeGreaterThanOrEqual(59);
    expect(first.ran).toBeLessThanOrEqual(61);
    expect(first.replies).toBe(1);
    expect(gate.stats.throttled).toBe(2000 - first.ran);
    expect(log.lines.filter((l) => l.conversationId === 'flood')).toEqual([expect.objectContaining({ event: 'throttled', level: 40 })]);
    // quiet for a minute, then a new flood: a new episode, with its own reply and line
    now += EPISODE_QUIET_MS;
    const second = await figures(5);
    expect(second.replies).toBe(1);
    expect(log.lines.filter((l) => l.event === 'throttled' && l.conversationId === 'flood')).toHaveLength(2);
  });

  test('a throttled invoke gets 429 and no "slow down" message', async () => {
    const gate = new Gate({ allowedTenants: [], turnRate: { perMinute: 1, burst: 1 }, now: () => 0 }, () => captureLogger().logger);
    await run(gate, activity('c2', TENANT, 'invoke'));
    const second = await run(gate, activity('c2', TENANT, 'invoke'));
    expect(second.ran).toBe(false);
    expect(second.sent).toEqual(['invokeResponse']);
  });

  test('memory stays bounded however many conversations flood in', async () => {
    const gate = new Gate({ allowedTenants: [OTHER_TENANT], turnRate: { perMinute: 60, burst: 5 }, maxTracked: 100, now: () => 0 }, () => captureLogger('silent').logger);
    for (let i = 0; i < 1000; i++) await run(gate, activity(`c-${i}`, i % 2 ? OTHER_TENANT : TENANT));
    const internals = gate as unknown as { buckets: { size: number }; refusals: { size: number } };
    expect(internals.buckets.size).toBeLessThanOrEqual(100);
    expect(internals.refusals.size).toBeLessThanOrEqual(100);
  });

  test('a rate of 0 turns the limit off', async () => {
    const gate = new Gate({ allowedTenants: [], turnRate: { perMinute: 0, burst: 1 }, now: () => 0 }, () => captureLogger().logger);
    for (let i = 0; i < 50; i++) expect((await run(gate, activity('c3'))).ran).toBe(true);
  });

  test('tenantOf reads Teams channelData and the conversation', () => {
    expect(tenantOf(activity('x') as Activity)).toEqual({ tenant: TENANT });
    expect(tenantOf({ conversation: { id: 'x', tenantId: TENANT.toUpperCase() } } as Activity)).toEqual({ tenant: TENANT });
    expect(tenantOf({ conversation: { id: 'x' }, channelData: { tenant: { id: 42 } } } as unknown as Activity)).toEqual({ problem: 'no tenant id' });
  });
});
