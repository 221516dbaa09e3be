// The whole product over HTTP with the real knowledge base, engine and recognizer:
// Teams-shaped activities in, what a user would read out (text and card).
import { startRealService, type Captured } from './connector';

const BOT = { id: '28:bot-kb', name: 'Board Assistant' };

describe('the product over HTTP, real knowledge', () => {
  let service: Awaited<ReturnType<typeof startRealService>>;
  let posts: Captured[];
  let base: string;
  let serviceUrl: string;

  beforeAll(async () => {
    service = await startRealService('kb-test');
    ({ posts, base, serviceUrl } = service);
  });
  afterAll(async () => {
    await service?.stop();
  });

  let n = 0;
  async function ask(conv: string, text: string, kind: 'personal' | 'channel' | 'groupChat' = 'personal', value?: unknown) {
    const at = `<at>${BOT.name}</at>`;
    const mention = kind !== 'personal' && value === undefined;
    const conversation =
      kind === 'channel' ? { id: `19:${conv}@thread.tacv2;messageid=1`, conversationType: 'channel', isGroup: true, tenantId: 't' } : { id: `${kind}-${conv}`, conversationType: kind, tenantId: 't' };
    const before = posts.length;
    const r = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `m${++n}`,
        serviceUrl,
        channelId: 'msteams',
        from: { id: '29:u', name: 'U' },
        recipient: BOT,
        conversation,
        text: mention ? `${at} ${text}` : text,
        entities: mention ? [{ type: 'mention', mentioned: BOT, text: at }] : [],
        value,
        channelData: { tenant: { id: 't' } },
      }),
    });
    expect(r.status).toBe(200);
    const replies = posts.slice(before).map((p) => p.body);
    expect(replies).toHaveLength(1);
    return replies[0];
  }
  const cardText = (a: Record<string, any>) => JSON.stringify(a.attachments?.[0]?.content ?? {});

  test('personal: a yes/no question gets the verdict first, readable citations and the answer card', async () => {
    const a = await ask('p1', 'Are sixth form colleges relevant partners?');
    expect(a.text).toMatch(/^\W*Yes\b/);
    expect(a.text).toMatch(/DfE 2010/);
    const card = cardText(a);
    expect(card).toContain('As at 31 October 2010');
    expect(card).toContain('Action.ShowCard');
    expect(card).not.toContain('${');
  });

  test('channel with @mention and group chat are answered', async () => {
    expect((await ask('c1', 'is the PCT still a relevant partner?', 'channel')).text).toMatch(/^\W*Yes\b/);
    expect((await ask('g1', 'Are sixth form colleges relevant partners?', 'groupChat')).text).toMatch(/^\W*Yes\b/);
  });

  test('follow-ups: "what about in 2008?" after an answer speaks for 2008', async () => {
    await ask('p2', 'Are sixth form colleges relevant partners?');
    const a = await ask('p2', 'what about in 2008?');
    expect(a.text).toMatch(/^\W*(Proposed|No|Not yet|Not listed)\b/);
    expect(cardText(a)).toMatch(/As at [0-9]{1,2} [A-Z][a-z]+ 2008/);
  });

  test('clarify: asks back with choices, then answers the picked one', async () => {
    const q = await ask('p3', 'are they covered?');
    expect(q.text).toContain('?');
    expect(q.suggestedActions.actions.length).toBeGreaterThan(1);
    const first = q.suggestedActions.actions[0].value as string;
    const a = await ask('p3', first);
    expect(a.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(a.text).toMatch(/^\W*(Yes|No|Not yet|Proposed|Not listed)\b/);
  });

  test('clarify answered by the card button (messageBack value carries the query)', async () => {
    const q = await ask('p4', 'are they covered?');
    const button = q.attachments[0].content.actions[0];
    const a = await ask('p4', button.data.msteams.text, 'personal', { ...button.data, msteams: undefined });
    expect(a.text).toMatch(/^\W*(Yes|No|Not yet|Proposed|Not listed)\b/);
  });

  test('out of scope: honest, no verdict, no citation', async () => {
    const a = await ask('p5', 'What is the weather in Leeds tomorrow?');
    expect(a.text).not.toMatch(/^\W*(yes|no)\b/i);
    expect(`${a.text}${cardText(a)}`).not.toMatch(/DCSF|DfE\b/);
    expect(a.text).toMatch(/can't answer/);
  });
});
