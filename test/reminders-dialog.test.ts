// RemindersDialog through botbuilder's TestAdapter, on a fake clock: schedule by text, the
// confirmation card's Save / Change / Cancel (the card updated in place afterwards, Save
// idempotent by draft id), the list, cancel by text and by button, pause and resume, and
// buttons pressed on cards that are out of date.
import { ActivityTypes, TestAdapter, type Activity, type ResourceResponse, type TurnContext } from 'botbuilder';
import { RemindersDialog } from '../dialogs/reminders';
import { makeHarness, type Harness } from './reminders-helpers';
import { expectOneMessage, firstWords } from './bot-fakes';

const BOT = { id: '28:bot', name: 'Board Assistant' };
const USER = { id: '29:clerk', name: 'Clerk' };
const ONE_OFF = 'remind us about the board meeting on 12 March 2027 at 10:00, 7 days and 1 day before';

/** A TestAdapter that keeps every updateActivity (TestAdapter itself only swaps queued replies). */
class UpdatingAdapter extends TestAdapter {
  readonly updates: Partial<Activity>[] = [];
  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
    this.updates.push(activity);
    return super.updateActivity(context, activity);
  }
}

interface Chat {
  h: Harness;
  adapter: UpdatingAdapter;
  /** Sends one activity and gives back the bot's one reply (one message per answer), or {} when it only updated a card. */
  say(activity: string | Partial<Activity>): Promise<Partial<Activity>>;
}

function chat(h: Harness = makeHarness({ start: '2027-03-01T09:00:00Z' }), conversationId = '19:chan@thread.tacv2;messageid=7'): Chat {
  const dialog = new RemindersDialog(h.service);
  const adapter = new UpdatingAdapter(
    async (ctx) => {
      if (!(await dialog.tryHandle(ctx))) await ctx.sendActivity('(not about reminders)');
    },
    { channelId: 'msteams', recipient: BOT, from: USER, conversation: { id: conversationId, conversationType: 'channel', isGroup: true, tenantId: 't1', name: '' }, serviceUrl: 'https://smba.example/uk/' },
  );
  return {
    h,
    adapter,
    async say(activity) {
      const a = typeof activity === 'string' ? { type: ActivityTypes.Message, text: activity } : { type: ActivityTypes.Message, ...activity };
      const before = adapter.activeQueue.length;
      await adapter.receiveActivity(a);
      const replies = adapter.activeQueue.splice(before);
      expect(replies.length).toBeLessThanOrEqual(1);
      replies.forEach(expectOneMessage);
      return replies[0] ?? {};
    },
  };
}

type CardAction = { type: string; title: string; data?: Record<string, any>; card?: { actions: CardAction[] } };
const content = (a: Partial<Activity>) => a.attachments?.[0]?.content as { body: unknown[]; actions?: CardAction[] };
const actionsOf = (a: Partial<Activity>) => content(a).actions ?? [];
const button = (a: Partial<Activity>, title: string) => actionsOf(a).find((x) => x.title === title)!;
const json = (a: Partial<Activity>) => JSON.stringify(content(a));

/** The confirmation card for `text`, and the Save/Cancel values its buttons send. */
async function confirm(c: Chat, text = ONE_OFF) {
  const card = await c.say(text);
  expect(card.id).toBeDefined();
  return { card, save: button(card, 'Save').data!, discard: button(card, 'Cancel').data!, change: button(card, 'Change').card!.actions[0]!.data! };
}

describe('reminders dialog', () => {
  test('schedule by text: a confirmation card with every reminder time and Save / Change / Cancel; nothing saved yet', async () => {
    const c = chat();
    const { card, save } = await confirm(c);
    expect(card.text).toBeUndefined();
    expect(firstWords(card)).toBe('Check this reminder before I save it');
    expect(actionsOf(card).map((x) => x.title)).toEqual(['Save', 'Change', 'Cancel']);
    expect(json(card)).toContain('Friday 5 March 2027 at 10:00: 7 days before');
    expect(json(card)).toContain('Thursday 11 March 2027 at 10:00: 1 day before');
    expect(save.reminders).toBe('save');
    expect(save.draft.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await c.h.service.list('19:chan@thread.tacv2')).toEqual([]);
  });

  test('Save: saved under the draft id, the card becomes "Saved — reminders at …" without buttons; Save again on it adds nothing', async () => {
    const c = chat();
    const { card, save } = await confirm(c);
    // the card, updated in place, is the answer: no second message
    expect(await c.say({ value: save, replyToId: card.id })).toEqual({});
    const list = await c.h.service.list('19:chan@thread.tacv2');
    expect(list.map((s) => s.id)).toEqual([save.draft.id]);

    expect(c.adapter.updates).toHaveLength(1);
    const updated = c.adapter.updates[0]!;
    expect(updated.id).toBe(card.id);
    // the card alone: Teams refuses an update carrying text and a card
    expect(updated.text).toBeUndefined();
    expect(updated.attachments).toHaveLength(1);
    expect(content(updated).actions).toBeUndefined();
    expect(json(updated)).toContain('Saved: reminders on Friday 5 March 2027 at 10:00 and Thursday 11 March 2027 at 10:00');
    expect(json(updated)).not.toContain('${');

    // the old card pressed again (a client that did not refresh it): no second schedule
    const again = await c.say({ value: save, replyToId: card.id });
    expect(again.text).toMatch(/^That reminder is already saved, so nothing new was added/);
    expect(await c.h.service.list('19:chan@thread.tacv2')).toHaveLength(1);
  });

  test('Save without a card to update (no replyToId): the outcome in a message', async () => {
    const c = chat();
    const { save } = await confirm(c);
    const saved = await c.say({ value: save });
    expect(saved.text).toMatch(/^Saved: I will remind this conversation about the board meeting \(Friday 12 March 2027 at 10:00\) 7 days and 1 day before\. The first reminder is on Friday 5 March 2027 at 10:00\./);
    expect(c.adapter.updates).toHaveLength(0);
  });

  test('Change: the edited request gets a new card, and the old one says it was replaced', async () => {
    const c = chat();
    const { card, change } = await confirm(c);
    const next = await c.say({ value: { ...change, reminderText: 'about the board meeting on 19 March 2027 at 10:00, 1 day before' }, replyToId: card.id });
    expect(JSON.stringify(content(next))).toContain('Friday 19 March 2027 at 10:00');
    expect(button(next, 'Save').data!.draft.id).not.toBe(change.draft.id);
    expect(c.adapter.updates.map((u) => u.id)).toEqual([card.id]);
    expect(json(c.adapter.updates[0]!)).toContain('Changed: see the new card below');

    // an unreadable change leaves the old card as it was
    const bad = await c.say({ value: { ...change, reminderText: 'whenever' }, replyToId: card.id });
    expect(bad.attachments).toBeUndefined();
    expect(c.adapter.updates).toHaveLength(1);
  });

  test('Cancel on the card: nothing saved, the card says Cancelled', async () => {
    const c = chat();
    const { card, discard } = await confirm(c);
    expect(await c.say({ value: discard, replyToId: card.id })).toEqual({});
    expect(json(c.adapter.updates[0]!)).toContain('Cancelled: nothing was saved');
    // without a card to update, the outcome comes as a message
    expect((await c.say({ value: (await confirm(c)).discard })).text).toBe('Cancelled: nothing was saved.');
    expect(await c.h.service.list('19:chan@thread.tacv2')).toEqual([]);
  });

  test('show reminders, then cancel one by text and one by the list card button; a button from an old list says so', async () => {
    const c = chat();
    for (const text of [ONE_OFF, 'remind us about the finance group on 20 March 2027 at 14:00, 1 day before']) {
      const { card, save } = await confirm(c, text);
      await c.say({ value: save, replyToId: card.id });
    }
    const list = await c.say('show reminders');
    expect(firstWords(list)).toBe('Reminders in this conversation (2)');
    const cancels = (content(list).body as any[]).flatMap((b) => (b.items ?? []).filter((x: any) => x.type === 'ActionSet').flatMap((x: any) => x.actions));
    expect(cancels.map((x: CardAction) => x.data!.title)).toEqual(['Board meeting', 'Finance group']);

    expect((await c.say('cancel the 12 March reminder')).text).toBe('Cancelled: Board meeting (Friday 12 March 2027 at 10:00).');
    expect((await c.say({ value: cancels[1].data })).text).toBe('Cancelled: Finance group (Saturday 20 March 2027 at 14:00).');
    expect((await c.say({ value: cancels[0].data })).text).toBe('That reminder is not in this conversation, or it was already cancelled.');
    expect((await c.say('show reminders')).text).toBe('There are no reminders in this conversation.');
    expect((await c.say('cancel the 12 March reminder')).text).toBe('There are no reminders in this conversation to cancel.');
  });

  test('cancel by text that matches nothing shows the list to pick from', async () => {
    const c = chat();
    const { card, save } = await confirm(c);
    await c.say({ value: save, replyToId: card.id });
    const r = await c.say('cancel the 30 April reminder');
    expect(firstWords(r)).toBe('I could not find a reminder for “30 april” here. Choose Cancel on the one you mean:');
    expect(json(r)).toContain('Cancel this reminder');
  });

  test('pause and resume, by text and by the list card buttons', async () => {
    const c = chat();
    const { card, save } = await confirm(c);
    await c.say({ value: save, replyToId: card.id });
    expect((await c.say('pause reminders')).text).toMatch(/^Paused the reminder in this conversation: Board meeting/);
    expect((await c.say('pause reminders')).text).toBe('There are no active reminders here to pause.');
    const list = await c.say('show reminders');
    expect(json(list)).toContain('None while paused');
    const resume = actionsOf(list).find((x) => x.title.startsWith('Resume'))!;
    expect((await c.say({ value: resume.data })).text).toMatch(/^Resumed the reminder\. .* Board meeting: next reminder Friday 5 March 2027 at 10:00\./);
    const pause = actionsOf(await c.say('show reminders')).find((x) => x.title.startsWith('Pause'))!;
    expect((await c.say({ value: pause.data })).text).toMatch(/^Paused the reminder/);
    expect((await c.say('resume reminders')).text).toMatch(/^Resumed the reminder/);
    expect((await c.say('resume reminders')).text).toBe('There are no paused reminders here to resume.');
  });

  test('buttons on out-of-date cards get a clear answer', async () => {
    const c = chat();
    const { card, save, discard, change } = await confirm(c);
    await c.say({ value: save, replyToId: card.id });
    // Cancel or Change on a card whose reminder was saved
    expect((await c.say({ value: discard, replyToId: card.id })).text).toMatch(/^That card is out of date: the reminder on it was saved already\./);
    expect((await c.say({ value: { ...change, reminderText: 'on 13 March 2027 at 10:00, 1 day before' }, replyToId: card.id })).text).toMatch(/^That card is out of date/);
    // Save on a card whose reminder was saved and then cancelled
    await c.say('cancel the 12 March reminder');
    expect((await c.say({ value: save, replyToId: card.id })).text).toBe('That reminder was saved and later cancelled, so I have not saved it again. Ask me again if you want it back.');
    expect((await c.say({ value: discard, replyToId: card.id })).text).toMatch(/^That card is out of date: the reminder on it was saved and has since been cancelled\./);
    expect(await c.h.service.list('19:chan@thread.tacv2')).toEqual([]);
    // a card whose every reminder has passed
    const old = await confirm(c, 'remind us 1 hour before the meeting on 1 March 2027 at 11:00');
    await c.h.run(3 * 3_600_000);
    expect((await c.say({ value: old.save })).text).toMatch(/^Every reminder for that meeting would already have passed/);
    // junk and unknown buttons
    expect((await c.say({ value: { reminders: 'save', draft: { meeting: 'x' } } })).text).toMatch(/^I could not read that reminder, so nothing was saved/);
    expect((await c.say({ value: { reminders: 'explode' } })).text).toMatch(/^I did not understand that button/);
  });

  test('a draft id forged from another conversation creates a new schedule and leaves the other one alone', async () => {
    const h = makeHarness({ start: '2027-03-01T09:00:00Z' });
    const a = chat(h, 'conv-a');
    const b = chat(h, 'conv-b');
    const { save } = await confirm(b);
    await b.say({ value: save });
    const forged = { ...save, draft: { ...save.draft, meeting: { ...save.draft.meeting, title: 'Forged' } } };
    expect((await a.say({ value: forged })).text).toMatch(/^Saved: I will remind this conversation about the forged/);
    const [mine] = await h.service.list('conv-a');
    expect(mine!.id).not.toBe(save.draft.id);
    expect((await h.service.list('conv-b')).map((s) => [s.id, s.meeting.title])).toEqual([[save.draft.id, 'Board meeting']]);
  });

  test('anything else is left to the main dialog', async () => {
    const c = chat();
    expect((await c.say('Are sixth form colleges relevant partners?')).text).toBe('(not about reminders)');
  });
});
