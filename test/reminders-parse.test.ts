// Reading reminder requests (en-GB) and the words the cards use.
import { parseReminderRequest, recogniseReminderCommand } from '../reminders/parse';
import { confirmView } from '../reminders/cards';
import { validateDraft } from '../reminders/validate';
import { remindersSettingsFromEnv } from '../dialogs/reminders-runtime';

const now = Date.parse('2027-01-05T09:00:00Z'); // Tuesday 5 January 2027, 09:00 GMT
const parse = (t: string) => parseReminderRequest(t, { now });

describe('reminder requests', () => {
  test('one-off with two offsets', () => {
    const r = parse('remind us about the board meeting on 12 March 2027 at 10:00, 7 days and 1 day before');
    expect(r).toMatchObject({ ok: true, draft: { meeting: { title: 'Board meeting', at: '2027-03-12T10:00', zone: 'Europe/London' }, offsets: [{ amount: 7, unit: 'day' }, { amount: 1, unit: 'day' }] } });
    if (!r.ok) return;
    const v = confirmView(r.draft, now);
    expect(v.when).toBe('Friday 12 March 2027 at 10:00');
    expect(v.reminders.map((x) => x.text)).toEqual(['Friday 5 March 2027 at 10:00: 7 days before', 'Thursday 11 March 2027 at 10:00: 1 day before']);
  });

  test('"every second Tuesday" is the second Tuesday of each month, and the card says so', () => {
    const r = parse('board meets every second Tuesday at 14:00, remind us the day before');
    expect(r).toMatchObject({ ok: true, draft: { meeting: { rrule: 'FREQ=MONTHLY;BYDAY=+2TU', recurrenceText: 'on the second Tuesday of each month at 14:00' }, offsets: [{ amount: 1, unit: 'day' }] } });
    if (!r.ok) return;
    expect(r.draft.notes[0]).toMatch(/taken “every second Tuesday” to mean the second Tuesday of each month/);
    const v = confirmView(r.draft, now);
    expect(v.reminders[0]!.text).toBe('Monday 11 January 2027 at 14:00: 1 day before the meeting on Tuesday 12 January 2027 at 14:00');
    expect(v.notes).toHaveLength(1);
  });

  test('today, 30 minutes before', () => {
    expect(parse('remind this channel 30 minutes before the meeting today at 16:15')).toMatchObject({
      ok: true,
      draft: { meeting: { at: '2027-01-05T16:15' }, offsets: [{ amount: 30, unit: 'minute' }] },
    });
  });

  test('other recurrences: every other Thursday, the last Friday, weekly, a day of the month', () => {
    expect(parse('remind us about the finance group every other Thursday at 9:30am, an hour before')).toMatchObject({ ok: true, draft: { meeting: { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', start: '2027-01-07T09:30' } } });
    expect(parse('remind us about the board on the last Friday of each month at 2pm, 1 week before')).toMatchObject({ ok: true, draft: { meeting: { rrule: 'FREQ=MONTHLY;BYDAY=-1FR' }, offsets: [{ amount: 1, unit: 'week' }] } });
    expect(parse('remind us about the board every Monday at 10:00, 2 hours before')).toMatchObject({ ok: true, draft: { meeting: { rrule: 'FREQ=WEEKLY;BYDAY=MO' } } });
    expect(parse('remind us about the board on the 15th of each month at 09:30, 1 day before')).toMatchObject({ ok: true, draft: { meeting: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=15' } } });
  });

  test('clear errors in en-GB', () => {
    const err = (t: string) => {
      const r = parse(t);
      return r.ok ? 'parsed' : r.error;
    };
    expect(err('remind us of the meeting')).toMatch(/^I could not find the date and time of the meeting/);
    expect(err('remind us about the meeting on 3 January 2027 at 10:00')).toMatch(/has already passed/);
    expect(err('remind us about the meeting tomorrow')).toMatch(/^What time does the meeting start/);
    expect(err('remind us weekly')).toMatch(/^I could not tell how often the board meets/);
    expect(err('board meets every second Tuesday, remind us the day before')).toMatch(/^What time does the meeting start/);
    expect(err('remind us 30 minutes before the meeting today at 09:15')).toMatch(/would already have passed/);
    expect(err('remind us about the meeting on 12 March 2027 at 10:00, 20 weeks before')).toMatch(/from 1 minute to 8 weeks/);
  });

  test('no offset given: 1 day before, and the card says so', () => {
    const r = parse('remind us about the board meeting on 12 March 2027 at 10:00');
    expect(r.ok && r.draft.offsets).toEqual([{ amount: 1, unit: 'day' }]);
    expect(r.ok && r.draft.notes[0]).toMatch(/1 day before/);
  });
});

describe('reminder commands', () => {
  test.each([
    ['show reminders', { kind: 'list' }],
    ['reminders', { kind: 'list' }],
    ['cancel the 12 March reminder', { kind: 'cancel', selector: '12 march' }],
    ['pause reminders', { kind: 'pause' }],
    ['resume reminders', { kind: 'resume' }],
  ])('%s', (text, expected) => expect(recogniseReminderCommand(text)).toEqual(expected));

  test('not about reminders', () => {
    expect(recogniseReminderCommand('are sixth form colleges relevant partners?')).toBeNull();
  });
});

describe('a draft coming back from a card is checked', () => {
  test('sound draft passes; tampered drafts do not', () => {
    const r = parse('board meets every second Tuesday at 14:00, remind us the day before');
    if (!r.ok) throw new Error(r.error);
    expect(validateDraft(JSON.parse(JSON.stringify(r.draft)))).toEqual(r.draft);
    expect(validateDraft({ ...r.draft, meeting: { ...r.draft.meeting, zone: 'Mars/Olympus' } })).toBeUndefined();
    expect(validateDraft({ ...r.draft, offsets: [{ amount: -5, unit: 'day' }] })).toBeUndefined();
    expect(validateDraft({ ...r.draft, meeting: { ...r.draft.meeting, rrule: 'FREQ=SECONDLY' } })).toBeUndefined();
    expect(validateDraft('nonsense')).toBeUndefined();
  });
});

describe('reminder settings from the environment', () => {
  test('defaults: Europe/London, an hour of grace, 25 posts a second per tenant', () => {
    expect(remindersSettingsFromEnv({})).toMatchObject({ zone: 'Europe/London', graceMs: 3_600_000, tenantBudget: { ratePerSecond: 25 } });
  });

  test('a time zone the environment names is checked, and used', () => {
    expect(remindersSettingsFromEnv({ REMINDER_TIME_ZONE: 'America/New_York' }).zone).toBe('America/New_York');
    expect(() => remindersSettingsFromEnv({ REMINDER_TIME_ZONE: 'Mars/Olympus_Mons' })).toThrow(/REMINDER_TIME_ZONE must be an IANA time zone.*Mars\/Olympus_Mons/);
  });

  test('bad numbers are refused, naming the setting', () => {
    expect(() => remindersSettingsFromEnv({ REMINDER_GRACE_MINUTES: 'soon' })).toThrow(/REMINDER_GRACE_MINUTES/);
    expect(() => remindersSettingsFromEnv({ REMINDER_TENANT_RPS: '0' })).toThrow(/REMINDER_TENANT_RPS/);
  });
});
