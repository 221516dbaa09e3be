// The dialogs and the Teams handler through botbuilder's TestAdapter, with a stand-in
// knowledge engine and recognizer: routing, follow-ups, clarification, fallback, channels.
import { ActivityTypes, ConversationState, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Query } from '../knowledge/types';
import { MainDialog } from '../dialogs/mainDialog';
import { BoardBot } from '../bot/handler';
import { installTurnErrorHandler } from '../bot/adapter';
import { ConversationStore, type SavedConversation } from '../bot/conversations';
import { KeyvStorage } from '../bot/storage';
import { APOLOGY, FALLBACK_MESSAGE, NO_CONTEXT, YOU_ARE_WELCOME } from '../dialogs/copy';
import { ACADEMY, CYPP, FakeEngine, FakeRecognizer, SFC, captureLogger, expectOneMessage, firstWords, memoryKeyv } from './bot-fakes';

const BOT = { id: '28:bot', name: 'Board Assistant' };
const USER = { id: '29:user', name: 'Ann Clerk' };

function harness(conversationType: 'personal' | 'channel' | 'groupChat' = 'personal', onTurnEnd?: (context: TurnContext) => void) {
  const engine = new FakeEngine();
  const recognizer = new FakeRecognizer();
  const { logger, lines, raw } = captureLogger();
  const storage = new KeyvStorage(memoryKeyv<Record<string, unknown>>());
  const conversationState = new ConversationState(storage);
  const conversations = new ConversationStore(memoryKeyv<SavedConversation>());
  const dialog = new MainDialog({ engine, recognizer, lastQuery: conversationState.createProperty<Query | undefined>('lastQuery') });
  const bot = new BoardBot({
    conversationState,
    dialogState: conversationState.createProperty<DialogState>('dialogState'),
    dialog,
    conversations,
    logger,
  });
  const conversation = {
    id: conversationType === 'channel' ? '19:chan@thread.tacv2;messageid=42' : `conv-${conversationType}`,
    conversationType,
    isGroup: conversationType !== 'personal',
    tenantId: 't1',
    name: '',
  };
  const template = { channelId: 'msteams', recipient: BOT, from: USER, conversation, serviceUrl: 'https://smba.example/uk/' };
  const logic = async (ctx: TurnContext) => {
    await bot.run(ctx);
    onTurnEnd?.(ctx);
  };
  const adapter = new TestAdapter(logic, template);
  installTurnErrorHandler(adapter, logger, conversationState);
  return { adapter, logic, template, engine, recognizer, lines, raw, conversations, conversation, storage };
}

const card = (a: Partial<Activity>) => a.attachments?.[0]?.content as Record<string, unknown>;
const cardJson = (a: Partial<Activity>) => JSON.stringify(card(a) ?? {});
const mention = (text: string): Partial<Activity> => ({
  type: ActivityTypes.Message,
  text: `<at>${BOT.name}</at> ${text}`,
  entities: [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }],
});

describe('main dialog: questions and follow-ups', () => {
  test('a question gets one message: the answer card alone, its first line the verdict', async () => {
    const h = harness();
    await h.adapter
      .send('Are sixth form colleges relevant partners?')
      .assertReply((a) => {
        expect(a.type).toBe('message');
        expectOneMessage(a);
        expect(a.text).toBeUndefined();
        expect(firstWords(a)).toBe('Yes: sixth-form-college is a relevant partner.');
        expect(cardJson(a)).toContain('DCSF 2008, para 14');
        expect(a.attachments).toHaveLength(1);
        expect(a.attachments![0].contentType).toBe('application/vnd.microsoft.card.adaptive');
        const json = cardJson(a);
        expect(json).toContain('As at 31 October 2010');
        expect(json).toContain('What is changing');
        expect(json).toContain('Show the words');
        expect(json).toContain('What about in 2008?');
        expect(json).not.toContain('${');
      })
      .startTest();
    expect(h.engine.asked).toEqual([SFC]);
  });

  test('"and academies?" follows on from the last question', async () => {
    const h = harness();
    await h.adapter
      .send('Are sixth form colleges relevant partners?')
      .assertReply(() => undefined)
      .send('and academies?')
      .assertReply((a) => expect(firstWords(a)).toMatch(/^Yes: academy is/))
      .startTest();
    expect(h.engine.asked).toEqual([SFC, ACADEMY]);
  });

  test('"what about in 2008?" keeps the subject and changes the date; the card then offers "now"', async () => {
    const h = harness();
    await h.adapter
      .send('Does the board have to publish a CYPP?')
      .assertReply(() => undefined)
      .send('what about in 2008?')
      .assertReply((a) => {
        const json = cardJson(a);
        expect(json).toContain('As at 2 July 2008');
        expect(json).toContain('What about now?');
      })
      .startTest();
    expect(h.engine.asked[1]).toEqual({ ...CYPP, asAt: '2008-07-02', asAtText: 'in 2008' });
  });

  test('a follow-up with nothing before it says so instead of guessing', async () => {
    const h = harness();
    await h.adapter.send('what about in 2008?').assertReply(NO_CONTEXT).startTest();
    expect(h.engine.asked).toEqual([]);
  });

  test('a button carrying a query is answered as is, without the recognizer', async () => {
    const h = harness();
    await h.adapter
      .send({ type: 'message', text: 'What about now?', value: { action: 'ask', text: 'What about now?', query: CYPP } })
      .assertReply((a) => expect(firstWords(a)).toMatch(/^Yes/))
      .startTest();
    expect(h.engine.asked).toEqual([CYPP]);
    expect(h.recognizer.seen).toEqual([]);
  });

  test('follow-up context is kept per conversation', async () => {
    const a = harness();
    await a.adapter.send('Are sixth form colleges relevant partners?').assertReply(() => undefined).startTest();
    // same stores, another conversation: nothing to follow on from
    const other = new TestAdapter(a.logic, { ...a.template, conversation: { ...a.conversation, id: 'another' } });
    await other.send('what about in 2008?').assertReply(NO_CONTEXT).startTest();
    await a.adapter.send('and academies?').assertReply((r) => expect(firstWords(r)).toMatch(/^Yes: academy/)).startTest();
  });
});

describe('main dialog: the SDK machinery', () => {
  test('the dialog state manager is configured once and the configuration handed to every later turn', async () => {
    const configurations: unknown[] = [];
    const h = harness('personal', (context) => configurations.push(context.turnState.get('DialogStateManagerConfiguration')));
    await h.adapter
      .send('Are sixth form colleges relevant partners?')
      .assertReply(() => undefined)
      .send('are they covered?')
      .assertReply(() => undefined)
      .send('Academies')
      .assertReply((a) => expect(firstWords(a)).toMatch(/^Yes: academy/))
      .startTest();
    expect(configurations).toHaveLength(3);
    expect(configurations[0]).toMatchObject({ memoryScopes: expect.any(Array), pathResolvers: expect.any(Array) });
    expect(configurations[1]).toBe(configurations[0]);
    expect(configurations[2]).toBe(configurations[0]);
  });
});

describe('main dialog: clarification', () => {
  test('asks back with the choices as suggested actions and card buttons', async () => {
    const h = harness();
    await h.adapter
      .send('are they covered?')
      .assertReply((a) => {
        expectOneMessage(a);
        expect(firstWords(a)).toMatch(/^Which body do you mean\?/);
        expect(a.suggestedActions?.actions.map((x) => x.title)).toEqual(['Sixth form colleges', 'Academies']);
        // the choices in the card's body, one Answer button: a card shows only a few buttons
        const body = card(a).body as { type: string; id?: string; choices?: { title: string; value: string }[] }[];
        const choiceSet = body.find((b) => b.type === 'Input.ChoiceSet')!;
        expect(choiceSet).toMatchObject({ id: 'choice', wrap: true, isRequired: true });
        expect(choiceSet.choices).toEqual([{ title: 'Sixth form colleges', value: '1' }, { title: 'Academies', value: '2' }]);
        const actions = card(a).actions as { type: string; title: string; data: Record<string, unknown> }[];
        expect(actions).toHaveLength(1);
        expect(actions[0]).toMatchObject({ type: 'Action.Submit', title: 'Answer this', data: { action: 'clarify', queries: { 1: SFC, 2: ACADEMY } } });
      })
      .startTest();
    expect(h.engine.asked).toEqual([]);
  });

  test('answers the original question once the user picks by title', async () => {
    const h = harness();
    await h.adapter
      .send('are they covered?')
      .assertReply(() => undefined)
      .send('Academies')
      .assertReply((a) => expect(firstWords(a)).toMatch(/^Yes: academy/))
      .startTest();
    expect(h.engine.asked).toEqual([ACADEMY]);
  });

  test('answers the choice picked on the card (the value carries the queries and the pick)', async () => {
    const h = harness();
    await h.adapter
      .send('are they covered?')
      .assertReply(() => undefined)
      .send({ type: 'message', value: { action: 'clarify', queries: { 1: ACADEMY, 2: SFC }, choice: '2' } })
      .assertReply((a) => expect(firstWords(a)).toMatch(/^Yes: sixth-form-college/))
      .startTest();
    expect(h.engine.asked).toEqual([SFC]);
  });

  test('a new question instead of a choice is answered as a new question', async () => {
    const h = harness();
    await h.adapter
      .send('are they covered?')
      .assertReply(() => undefined)
      .send('Does the board have to publish a CYPP?')
      .assertReply((a) => expect(firstWords(a)).toMatch(/^Yes: cypp-publish/))
      .send('and academies?')
      .assertReply(() => undefined)
      .startTest();
    expect(h.engine.asked[0]).toEqual(CYPP);
  });

  test('a clarification left pending by the version before (main around a waterfall) does not trap the conversation', async () => {
    const h = harness();
    const key = `msteams/conversations/${h.conversation.id}/`;
    const clarify = { id: 'clarify', state: { choices: [{ title: 'Academies', query: ACADEMY }] } };
    const flow = { id: 'main-flow', state: { options: {}, values: {}, stepIndex: 0 } };
    await h.storage.write({ [key]: { dialogState: { dialogStack: [{ id: 'main', state: { dialogs: { dialogStack: [flow, clarify] } } }] }, eTag: '*' } });
    await h.adapter
      .send('Does the board have to publish a CYPP?')
      .assertReply((a) => expect(firstWords(a)).toMatch(/^Yes: cypp-publish/))
      .send('are they covered?')
      .assertReply((a) => expect(firstWords(a)).toMatch(/^Which body do you mean\?/))
      .send('Academies')
      .assertReply((a) => expect(firstWords(a)).toMatch(/^Yes: academy/))
      .startTest();
    expect(h.engine.asked).toEqual([CYPP, ACADEMY]);
  });
});

describe('main dialog: help, greeting, fallback, bad input', () => {
  test('help: what it can do, reminders included, and example questions to pick in the body with one Ask button', async () => {
    const h = harness();
    await h.adapter
      .send('help')
      .assertReply((a) => {
        expectOneMessage(a);
        expect(firstWords(a)).toBe('What Board Assistant can do');
        const actions = card(a).actions as { title: string; data: Record<string, unknown> }[];
        expect(actions).toEqual([expect.objectContaining({ title: 'Ask', data: { action: 'ask' } })]);
        const examples = (card(a).body as { type: string; id?: string; choices?: { value: string }[] }[]).find((b) => b.type === 'Input.ChoiceSet')!;
        expect(examples).toMatchObject({ id: 'question', wrap: true });
        expect(examples.choices!.map((c) => c.value)).toContain('Are sixth form colleges relevant partners?');
        expect(cardJson(a)).toContain('remind us about the board meeting');
        expect(cardJson(a)).toContain('Type \\"help\\" at any time.');
        expect(cardJson(a)).not.toContain('${');
      })
      .startTest();
  });

  test('an example picked on the help card is asked like a typed question', async () => {
    const h = harness();
    await h.adapter
      .send({ type: 'message', value: { action: 'ask', question: 'Are sixth form colleges relevant partners?' } })
      .assertReply((a) => expect(firstWords(a)).toMatch(/^Yes: sixth-form-college/))
      .startTest();
    expect(h.recognizer.seen).toEqual(['Are sixth form colleges relevant partners?']);
  });

  test('a greeting gets a hello and the help card; thanks gets a short reply, not the welcome again', async () => {
    const h = harness();
    await h.adapter
      .send('hello')
      .assertReply((a) => expect(cardJson(a)).toContain('Hello! I'))
      .send('thanks')
      .assertReply((a) => {
        expect(a.attachments).toBeUndefined();
        expect(a.text).toBe(YOU_ARE_WELCOME);
        expect(a.text).toMatch(/^You're welcome/);
      })
      .startTest();
  });

  test('out of scope: honest reply, no verdict, no citation', async () => {
    const h = harness();
    await h.adapter
      .send('What is the weather in Leeds?')
      .assertReply((a) => {
        expectOneMessage(a);
        expect(firstWords(a)).toBe(FALLBACK_MESSAGE);
        const everything = `${a.text}\n${cardJson(a)}`;
        expect(everything).not.toMatch(/^\W*(yes|no)\b/i);
        expect(everything).not.toMatch(/DCSF|DfE\b|para \d/);
        expect(everything).toMatch(/can't answer/);
      })
      .startTest();
    expect(h.engine.asked).toEqual([]);
  });

  test("bad input gets the recognizer's message", async () => {
    const h = harness();
    await h.adapter.send('???').assertReply('Please ask a question in words.').startTest();
  });

  test('an exception in a turn: a short apology, logged with ids, the next turn works', async () => {
    const h = harness();
    await h.adapter
      .send('explode please')
      .assertReply(APOLOGY)
      .send('Are sixth form colleges relevant partners?')
      .assertReply((a) => expect(firstWords(a)).toMatch(/^Yes/))
      .startTest();
    const err = h.lines.find((l) => l.event === 'turn-error');
    expect(err).toBeDefined();
    expect(err!.conversationId).toBe('conv-personal');
    expect(err!.activityId).toBeDefined();
  });
});

describe('Teams handler', () => {
  test('in a channel it ignores messages that do not @mention it', async () => {
    const h = harness('channel');
    await h.adapter.send('Are sixth form colleges relevant partners?').startTest();
    expect(h.adapter.activeQueue).toHaveLength(0);
    expect(h.engine.asked).toEqual([]);
    expect(h.lines.find((l) => l.event === 'turn')?.intent).toBe('not-addressed');
  });

  test('in a channel it answers an @mention, with only its own mention stripped', async () => {
    const h = harness('channel');
    await h.adapter
      .send(mention('Are sixth form colleges relevant partners?'))
      .assertReply((a) => expect(firstWords(a)).toMatch(/^Yes/))
      .startTest();
    expect(h.recognizer.seen).toEqual(['Are sixth form colleges relevant partners?']);
  });

  test("in a channel a press of its own card button is answered without a mention", async () => {
    const h = harness('channel');
    await h.adapter
      .send({ type: 'message', text: 'Which bodies are relevant partners?', value: { action: 'ask', text: 'x', query: SFC } })
      .assertReply((a) => expect(firstWords(a)).toMatch(/^Yes/))
      .startTest();
  });

  test('a group chat message is answered (mention stripped), and its help says to @mention', async () => {
    const h = harness('groupChat');
    await h.adapter
      .send(mention('help'))
      .assertReply((a) => {
        expect(a.attachments).toHaveLength(1);
        expect(cardJson(a)).toContain('In a group or meeting chat, start your question with @Board Assistant');
      })
      .startTest();
    expect(h.recognizer.seen).toEqual(['help']);
  });

  test('installation: welcome card, reference saved for proactive messages', async () => {
    const h = harness('channel');
    await h.adapter
      .send({ type: ActivityTypes.ConversationUpdate, membersAdded: [BOT], recipient: BOT, channelData: { team: { id: '19:team@thread.tacv2' }, tenant: { id: 't1' } } })
      .assertReply((a) => {
        expectOneMessage(a);
        expect(firstWords(a)).toBe("Hello, I'm Board Assistant");
        expect(cardJson(a)).toContain('Try one of these');
        expect(cardJson(a)).toContain('In a channel, start your question with @Board Assistant');
        expect(cardJson(a)).toContain('Set up our board');
      })
      .startTest();
    const saved = await h.conversations.get('19:chan@thread.tacv2');
    expect(saved).toMatchObject({ id: '19:chan@thread.tacv2', conversationType: 'channel', teamId: '19:team@thread.tacv2', installed: true });
    expect(saved!.reference.conversation!.id).toBe('19:chan@thread.tacv2');
    expect(saved!.reference.bot!.id).toBe(BOT.id);
  });

  test('every message refreshes the reference; uninstall forgets it', async () => {
    const h = harness();
    await h.adapter.send('help').assertReply(() => undefined).startTest();
    expect((await h.conversations.get('conv-personal'))?.serviceUrl).toBe('https://smba.example/uk/');
    await h.adapter.send({ type: ActivityTypes.InstallationUpdate, action: 'remove' }).startTest();
    expect(await h.conversations.get('conv-personal')).toBeUndefined();
  });

  test('one log line per turn with type, intent and latency, and never the message text', async () => {
    const h = harness();
    await h.adapter.send('Are sixth form colleges relevant partners?').assertReply(() => undefined).startTest();
    const turns = h.lines.filter((l) => l.event === 'turn');
    expect(turns).toHaveLength(1);
    expect(turns[0]).toMatchObject({ activityType: 'message', conversationType: 'personal', intent: 'question', outcome: 'ok' });
    expect(typeof turns[0].latencyMs).toBe('number');
    expect(h.raw.join('\n')).not.toContain('sixth form');
  });
});
