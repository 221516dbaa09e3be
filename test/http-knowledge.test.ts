// The whole product over HTTP with the real knowledge base, engine and recognizer:
// Teams-shaped activities in, what a user would read out (text and card).
import { expectOneMessage, firstWords } from './bot-fakes';
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
  const VERDICT = /^\W*(Yes|No|Not yet|Proposed|Not listed)\b/;

  test('personal: a yes/no question gets one message, the card alone, its first line the verdict and the readable citation', async () => {
    const a = await ask('p1', 'Are sixth form colleges relevant partners?');
    expectOneMessage(a);
    expect(a.text).toBeUndefined();
    expect(firstWords(a)).toMatch(/^Yes: Sixth form colleges /);
    const card = cardText(a);
    expect(card).toMatch(/DfE 2010 notice/);
    expect(card).toContain('As at 31 October 2010');
    expect(card).toContain('Show the words');
    expect(card).not.toContain('${');
  });

  test('the sixth-form answer lists each cited unit once, its quotes together', async () => {
    const a = await ask('p6', 'Are sixth form colleges relevant partners?');
    const sources = (a.attachments[0].content.body as any[]).find((b) => JSON.stringify(b).includes('"text":"Sources"'));
    const labels = (sources.items as any[]).filter((i) => i.type === 'Container').map((c) => c.items[0].text);
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels).size).toBe(labels.length);
    expect(JSON.stringify(sources).match(/Show the words/g)).toHaveLength(1);
  });

  test('channel with @mention and group chat are answered', async () => {
    expect(firstWords(await ask('c1', 'is the PCT still a relevant partner?', 'channel'))).toMatch(/^\W*Yes\b/);
    expect(firstWords(await ask('g1', 'Are sixth form colleges relevant partners?', 'groupChat'))).toMatch(/^\W*Yes\b/);
  });

  test('follow-ups: "what about in 2008?" after an answer speaks for 2008', async () => {
    await ask('p2', 'Are sixth form colleges relevant partners?');
    const a = await ask('p2', 'what about in 2008?');
    expect(firstWords(a)).toMatch(/^\W*(Proposed|No|Not yet|Not listed)\b/);
    expect(cardText(a)).toMatch(/As at [0-9]{1,2} [A-Z][a-z]+ 2008/);
  });

  test('clarify: asks back with choices, then answers the picked one', async () => {
    const q = await ask('p3', 'are they covered?');
    expectOneMessage(q);
    expect(firstWords(q)).toContain('?');
    expect(q.suggestedActions.actions.length).toBeGreaterThan(1);
    expect(q.suggestedActions.actions.length).toBeLessThanOrEqual(3);
    const first = q.suggestedActions.actions[0].value as string;
    const a = await ask('p3', first);
    expect(a.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(firstWords(a)).toMatch(VERDICT);
  });

  test('clarify answered on the card: the picked choice arrives with the Answer button\'s data', async () => {
    const q = await ask('p4', 'are they covered?');
    const body = q.attachments[0].content.body as any[];
    const choices = body.find((b) => b.type === 'Input.ChoiceSet').choices as { title: string; value: string }[];
    expect(choices.length).toBeGreaterThan(3); // all of them in the body, not only the 3 suggested
    const answer = q.attachments[0].content.actions[0];
    const last = choices[choices.length - 1];
    const a = await ask('p4', '', 'personal', { ...answer.data, choice: last.value });
    // the answer about that choice (the sources may be silent on it: then no verdict)
    expect(firstWords(a).toLowerCase()).toContain(last.title.toLowerCase());
    expect(cardText(a)).toContain('As at 31 October 2010');
  });

  test('out of scope: honest, no verdict, no citation', async () => {
    const a = await ask('p5', 'What is the weather in Leeds tomorrow?');
    expectOneMessage(a);
    expect(firstWords(a)).not.toMatch(/^\W*(yes|no)\b/i);
    expect(`${a.text}${cardText(a)}`).not.toMatch(/DCSF|DfE\b/);
    expect(firstWords(a)).toMatch(/can't answer/);
  });

  test('"thanks" gets a short reply, not the welcome or the help card', async () => {
    const a = await ask('p7', 'thanks');
    expect(a.attachments).toBeUndefined();
    expect(a.text).toMatch(/^You're welcome/);
  });
});
