// The board's features through the real service (createApp: real knowledge base, embedded
// store) driven by botbuilder's TestAdapter: the profile form, the obligations summary, the
// compliance check with its Universal Action, the meeting-start offer, and every way a
// stale or forged card is refused without changing anything.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { loadConfig } from '../bot/config';
import { createApp, type App } from '../bot/app';
import { loadKnowledge } from '../bot/knowledge';
import { boardKeyOf } from '../dialogs/boardStore';
import { captureLogger, expectOneMessage, firstWords } from './bot-fakes';

const BOT = { id: '28:bot', name: 'Board Assistant' };
const ANN = { id: '29:ann', name: 'Ann Clerk' };

type Reply = Partial<Activity>;
const cardOf = (a: Reply) => a.attachments?.[0]?.content as Record<string, unknown> | undefined;
const json = (a: Reply) => JSON.stringify(cardOf(a) ?? {});
/** The data of the card's button titled `title`. */
const buttonData = (a: Reply, title: string) => (cardOf(a)!.actions as { title: string; data: Record<string, unknown> }[]).find((b) => b.title === title)!.data;

let dataDir: string;
let app: App;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-features-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KEY_PREFIX: 'board-test' });
  app = createApp(config, captureLogger().logger, loadKnowledge());
});

afterAll(async () => {
  await app.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A conversation with the bot; every reply it gets is kept in order. */
function chat(conversationId = `group-${randomUUID()}`, extra: Partial<Activity> = {}, conversationType = 'groupChat') {
  const conversation = { id: conversationId, conversationType, isGroup: conversationType !== 'personal', tenantId: 't1', name: '' };
  const adapter = new TestAdapter((ctx) => app.bot.run(ctx), { channelId: 'msteams', recipient: BOT, from: ANN, conversation, serviceUrl: 'https://smba.example/uk/', ...extra });
  const updates = jest.spyOn(adapter, 'updateActivity');
  const say = async (activity: string | Partial<Activity>): Promise<Reply[]> => {
    const before = adapter.activeQueue.length;
    await adapter.receiveActivity(typeof activity === 'string' ? { type: ActivityTypes.Message, text: activity } : { type: ActivityTypes.Message, ...activity });
    return adapter.activeQueue.splice(before);
  };
  const press = (value: Record<string, unknown>) => say({ value, text: '' });
  const execute = async (data: Record<string, unknown>, verb = 'compliance.run') => {
    const [response] = await say({ type: ActivityTypes.Invoke, name: 'adaptiveCard/action', replyToId: 'card-1', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } });
    return response.value as { status: number; body: { statusCode: number; type: string; value: unknown } };
  };
  const key = boardKeyOf({ channelId: 'msteams', conversation, channelData: extra.channelData });
  return { adapter, say, press, execute, updates, key };
}

const PROFILE = {
  laName: 'Anyshire County Council',
  boardName: 'Anyshire Children’s Trust Board',
  partners: 'police,primary-care-trust,voluntary-sector',
  dcsInPost: 'true',
  leadMemberInPost: 'false',
  meetingPattern: 'every second Tuesday at 14:00',
  offerCheckAtMeetingStart: 'false',
};

/** Sets the board up through its form, as a person would. */
async function setUp(c: ReturnType<typeof chat>, fields: Record<string, string> = PROFILE) {
  const [form] = await c.say('set up our board');
  return c.press({ ...buttonData(form, 'Save'), ...fields });
}

/** The data of a check card's Run button, with the card's prefilled inputs and `answers` over them. */
function runData(card: Record<string, unknown>, answers: Record<string, string> = {}) {
  const inputs: Record<string, string> = {};
  for (const el of card.body as { type: string; id?: string; value?: string }[]) if (el.id) inputs[el.id] = el.value ?? '';
  const run = (card.actions as { type: string; data: Record<string, unknown> }[]).find((a) => a.type === 'Action.Execute')!;
  return { ...run.data, ...inputs, ...answers };
}

describe('board profile', () => {
  test('set up, show, edit: the form is prefilled, the profile saved per conversation', async () => {
    const c = chat();
    const [form] = await c.say('set up our board');
    expect(json(form)).toContain('Input.ChoiceSet');
    expect(json(form)).toContain('"isMultiSelect":true');
    expect(json(form)).toContain('Sixth form colleges');
    const [saved] = await setUp(c);
    expectOneMessage(saved);
    expect(firstWords(saved)).toMatch(/^Saved\./);
    expect(json(saved)).toContain('Anyshire County Council');
    expect(json(saved)).toContain('The voluntary and community sector');
    expect(json(saved)).toContain('Last changed by Ann Clerk');

    const [shown] = await c.say('show our board');
    expect(json(shown)).toContain('Anyshire Children’s Trust Board');
    const [edit] = await c.say('edit our board');
    expect(json(edit)).toContain('"value":"police,primary-care-trust,voluntary-sector"');
    expect(json(edit)).toContain('Anyshire County Council');

    // another chat has its own (no) board
    const [other] = await chat().say('show our board');
    expect(json(other)).toContain('Set up your board');
  });

  test('a team shares one profile across its channels', async () => {
    const team = { team: { id: `19:team-${randomUUID()}@thread.tacv2` } };
    const general = chat(`19:general-${randomUUID()}@thread.tacv2`, { channelData: team }, 'channel');
    // in a channel the bot answers when @mentioned
    const mention = { entities: [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }] };
    const [form] = await general.say({ text: `<at>${BOT.name}</at> set up our board`, ...mention });
    await general.press({ ...buttonData(form, 'Save'), ...PROFILE });
    const other = chat(`19:other-${randomUUID()}@thread.tacv2;messageid=17`, { channelData: team }, 'channel');
    expect(other.key).toBe(general.key);
    const [shown] = await other.say({ text: `<at>${BOT.name}</at> show our board`, ...mention });
    expect(json(shown)).toContain('Anyshire');
  });

  test('a personal or group chat that names a team in its channelData has its own board, not the team\'s', async () => {
    const team = { team: { id: `19:team-${randomUUID()}@thread.tacv2` } };
    const channel = chat(`19:general-${randomUUID()}@thread.tacv2`, { channelData: team }, 'channel');
    const mention = { entities: [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }] };
    const [form] = await channel.say({ text: `<at>${BOT.name}</at> set up our board`, ...mention });
    await channel.press({ ...buttonData(form, 'Save'), ...PROFILE, boardName: 'The Team’s Own Board' });
    const personal = chat(`a:personal-${randomUUID()}`, { channelData: team }, 'personal');
    const group = chat(`19:group-${randomUUID()}@thread.v2`, { channelData: team });
    // a chat posing as a channel of the team, with an id that is not a channel's
    const posing = chat(`a:posing-${randomUUID()}`, { channelData: team }, 'channel');
    for (const c of [personal, group, posing]) expect(c.key).not.toBe(channel.key);
    for (const c of [personal, group]) {
      const [shown] = await c.say('show our board');
      expect(json(shown)).toContain('Set up your board');
      expect(json(shown)).not.toContain('The Team’s Own Board');
      // and what it saves stays its own
      await setUp(c, { ...PROFILE, boardName: 'Personal board' });
    }
    const [teamBoard] = await channel.say({ text: `<at>${BOT.name}</at> show our board`, ...mention });
    expect(json(teamBoard)).toContain('The Team’s Own Board');
    expect(json(teamBoard)).not.toContain('Personal board');
  });

  test('a forged partner id, a missing name or a stale form change nothing', async () => {
    const c = chat();
    const [form] = await c.say('set up our board');
    const save = buttonData(form, 'Save');
    const [forged] = await c.press({ ...save, ...PROFILE, partners: 'police,the-illuminati' });
    expect(forged.text).toMatch(/don’t know the partner “the-illuminati”.*Nothing was changed/);
    const [blank] = await c.press({ ...save, ...PROFILE, boardName: '   ' });
    expect(blank.text).toMatch(/board’s name is missing.*Nothing was changed/);
    const [none] = await c.say('show our board');
    expect(json(none)).toContain('Set up your board'); // still nothing saved

    await c.press({ ...save, ...PROFILE });
    // the same (now old) form again: its version is stale
    const [stale] = await c.press({ ...save, ...PROFILE, boardName: 'Overwritten' });
    expect(firstWords(stale)).toMatch(/out of date/);
    const [shown] = await c.say('show our board');
    expect(json(shown)).not.toContain('Overwritten');
    // an unknown button
    const [odd] = await c.press({ board: 'launch-missiles' });
    expect(odd.text).toMatch(/don’t recognise that button/);
  });

  test('forget asks first, then deletes; a stale confirmation keeps the board', async () => {
    const c = chat();
    await setUp(c);
    const [ask] = await c.say('forget our board');
    expect(json(ask)).toContain('Yes, forget it');
    const confirm = buttonData(ask, 'Yes, forget it');
    const [kept] = await c.press({ board: 'keep' });
    expect(kept.text).toMatch(/nothing was deleted/);

    // someone edits in between: the old confirmation no longer applies
    const [edit] = await c.say('edit our board');
    const save = buttonData(edit, 'Save');
    await c.press({ ...save, ...PROFILE, meetingPattern: 'monthly' });
    const [refused] = await c.press(confirm);
    expect(firstWords(refused)).toMatch(/has changed since you were asked, so I kept it/);

    const [ask2] = await c.say('forget our board');
    const confirm2 = buttonData(ask2, 'Yes, forget it');
    const [gone] = await c.press(confirm2);
    expect(gone.text).toMatch(/forgotten/);
    const [again] = await c.press(confirm2);
    expect(again.text).toMatch(/already been deleted/);
  });

  test('the welcome card offers to set up the board', async () => {
    const c = chat();
    const replies = await c.say({ type: ActivityTypes.ConversationUpdate, membersAdded: [BOT] });
    expect(json(replies[0])).toContain('set up our board');
  });
});

describe('obligations summary', () => {
  test('without a profile: every obligation with status and citation, as at the latest source', async () => {
    const [reply] = await chat().say('what must our board do?');
    const card = json(reply);
    expectOneMessage(reply);
    expect(firstWords(reply)).toBe('6 obligations in force as at 31 October 2010.');
    expect(card).toContain('Prepare and publish a Children and Young People’s Plan');
    expect(card).toContain('No longer required');
    expect(card).toContain('Required, removal announced');
    expect(card).toContain('DfE 2010 notice (Children and young people’s plan (CYPP))');
    expect(card).toContain('Jobcentre Plus (removal announced)');
    expect(card).toContain('"text":"Have a Children’s Trust Board","weight":"Bolder"');
    expect(card).toContain('Required, removal announced · falls on the board');
    // what is not in force, and the partners, are folded behind toggles
    expect(card).toContain('"id":"other-obligations","isVisible":false');
    expect(card).toContain('"id":"relevant-partners","isVisible":false');
  });

  test('"summary as at 1 April 2009" speaks for that date', async () => {
    const [reply] = await chat().say('summary as at 1 April 2009');
    const card = json(reply);
    expect(firstWords(reply)).toMatch(/in force as at 1 April 2009\.$/);
    expect(card).toContain('DCSF 2008, para 2');
    expect(card).toContain('Not settled by the sources'); // the Board duty, between the sources
    expect(card).not.toContain('Jobcentre Plus');
  });

  test('with a profile: which relevant partners the board has and lacks', async () => {
    const c = chat();
    await setUp(c);
    const [reply] = await c.say('obligations');
    const card = json(reply);
    expect(card).toContain('Anyshire Children’s Trust Board: obligations');
    expect(card).toContain('✓ Police and police authorities: with your board');
    expect(card).toContain('✗ District councils: not with your board');
    expect(card).toContain('Your board lacks 12 of the 14 relevant partners');
    expect(firstWords(reply)).toBe('6 obligations in force as at 31 October 2010; your board lacks 12 relevant partners.');
    expect(card).toContain('The voluntary and community sector) are not relevant partners');
  });
});

describe('compliance check', () => {
  test('the card is prefilled from the profile, runs as a Universal Action, and replaces itself for everyone', async () => {
    const c = chat();
    await setUp(c);
    const [offer] = await c.say('compliance check');
    const card = cardOf(offer)!;
    expectOneMessage(offer);
    expect(JSON.stringify(card)).toContain('"type":"Action.Execute"');
    // a client without Universal Actions shows the fallback: a plain submit with the same data
    const run = (card.actions as { type: string; data: unknown; fallback?: { type: string; data: unknown } }[])[0];
    expect(run.fallback).toEqual({ type: 'Action.Submit', title: 'Run the check', style: 'positive', data: run.data });
    const inputs = Object.fromEntries((card.body as { id?: string; value?: string }[]).filter((e) => e.id).map((e) => [e.id, e.value]));
    expect(inputs).toMatchObject({ 'check-dcs': 'true', 'check-lead-member': 'false', 'check-board': 'true', cooperatingWith: 'police,primary-care-trust' });

    const data = runData(card, { 'check-guidance': 'true', poolsWith: 'voluntary-sector' });
    const response = await c.execute(data);
    expect(response.status).toBe(200);
    expect(response.body.statusCode).toBe(200);
    expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const result = JSON.stringify(response.body.value);
    expect(result).toMatch(/^\{"type":"AdaptiveCard".*"body":\[\{"type":"TextBlock","text":"\d+ gaps as at 31 October 2010/);
    expect(result).toContain('No Lead Member for Children’s Services is designated');
    expect(result).toContain('Pooled budgets or shared resources with the voluntary and community sector');
    expect(result).toContain('Run by Ann Clerk');
    // everyone sees the result: the check card itself was updated
    expect(c.updates).toHaveBeenCalledTimes(1);
    const updated = c.updates.mock.calls[0][1] as Partial<Activity>;
    expect(updated.id).toBe('card-1');
    // the card alone: Teams refuses an update carrying text and a card
    expect(updated.text).toBeUndefined();
    expect(updated.attachments).toHaveLength(1);
    expect(JSON.stringify(updated.attachments?.[0]?.content)).toContain('Run by Ann Clerk');

    const [last] = await c.say('last compliance check');
    expect(json(last)).toContain('No Lead Member for Children’s Services is designated');
    expect(firstWords(last)).toMatch(/gaps as at 31 October 2010: Designate a Lead Member/);
    expect(json(last)).toContain('✗ Gap: Designate a Lead Member for Children’s Services');
    expect(json(last)).toContain('Source: DfE 2010 notice (Lead member and director of children’s services)');
  });

  test('an old card, a forged value or an unknown body changes nothing', async () => {
    const c = chat();
    await setUp(c);
    const [offer] = await c.say('compliance check');
    const data = runData(cardOf(offer)!);

    const message = (r: Awaited<ReturnType<typeof c.execute>>) => {
      expect(r.status).toBe(200);
      expect(r.body.type).toBe('application/vnd.microsoft.activity.message');
      return String(r.body.value);
    };
    expect(message(await c.execute({ ...data, checkId: randomUUID() }))).toMatch(/out of date or was not made in this conversation/);
    expect(message(await c.execute({ ...data, checkId: 'DROP TABLE' }))).toMatch(/couldn’t read the compliance check: checkId/);
    expect(message(await c.execute({ ...data, cooperatingWith: 'police,ministry-of-magic' }))).toMatch(/don’t know the partner “ministry-of-magic”/);
    expect(message(await c.execute({ ...data, 'check-dcs': 'maybe' }))).toMatch(/“dcs” should be yes or no/);
    expect(message(await c.execute({ ...data, asAt: '2008-07-02' }))).toMatch(/out of date/);
    const [none] = await c.say('last compliance check');
    expect(none.text).toMatch(/No compliance check has been run/);
    expect(c.updates).not.toHaveBeenCalled();

    // run it, then press Run on the same card again: the stored result, unchanged
    const first = await c.execute(data);
    expect(first.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const again = await c.execute({ ...data, 'check-dcs': 'false' });
    expect(JSON.stringify(again.body.value)).toContain('already run by Ann Clerk');
    expect(JSON.stringify(again.body.value)).not.toContain('No Director of Children’s Services is in post');
    expect(c.updates).toHaveBeenCalledTimes(1);

    // a card from another conversation is refused there
    const elsewhere = chat();
    expect(message(await elsewhere.execute(data))).toMatch(/not made in this conversation/);
  });

  test('an unknown verb gets the invoke error shape', async () => {
    const response = await chat().execute({}, 'launch.missiles');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'This card action is not one I know.' } });
  });

  test('a client without Universal Actions submits the Run button as a message: the result is posted', async () => {
    const c = chat();
    const [offer] = await c.say('compliance check as at 1 April 2009');
    expect(json(offer)).toContain('Against the law as at 1 April 2009');
    const [result] = await c.press(runData(cardOf(offer)!, { 'check-dcs': 'true', 'check-lead-member': 'true', 'check-board': 'true', 'check-cypp': 'true', 'check-guidance': 'true' }));
    expectOneMessage(result);
    expect(firstWords(result)).not.toMatch(/couldn’t|out of date/);
    expect(json(result)).toContain('against the law as at 1 April 2009');
    expect(json(result)).toContain('DCSF 2008, para 14'); // the partners of 2009 come from the 2008 note
  });
});

describe('meeting start', () => {
  const meetingStart = { type: ActivityTypes.Event, name: 'application/vnd.microsoft.meetingStart', value: { Id: 'm1', MeetingType: 'Scheduled', Title: 'Board meeting', StartTime: '2026-11-22T10:00:00Z', JoinUrl: 'https://teams.example/join' }, channelData: { meeting: { id: 'm1' } } };

  test('offers the check only when the board opted in', async () => {
    const c = chat();
    await setUp(c);
    expect(await c.say(meetingStart)).toHaveLength(0);
    const [edit] = await c.say('edit our board');
    const save = buttonData(edit, 'Save');
    await c.press({ ...save, ...PROFILE, offerCheckAtMeetingStart: 'true' });
    const [offer] = await c.say(meetingStart);
    expect(firstWords(offer)).toMatch(/“Board meeting” has started/);
    expect(json(offer)).toContain('Action.Execute');
  });
});

describe('an old or forged question button', () => {
  test('naming a body the knowledge base does not hold gets a clear message, not the apology', async () => {
    const c = chat();
    const [reply] = await c.press({ action: 'ask', text: 'Is it a partner?', query: { kind: 'body-status', bodyId: 'does-not-exist' } });
    expect(reply.text).toMatch(/asks about something I don't hold in my sources/);
    // the conversation carries on normally
    const [next] = await c.say('Are sixth form colleges relevant partners?');
    expect(firstWords(next)).toMatch(/^Yes: /);
  });
});
