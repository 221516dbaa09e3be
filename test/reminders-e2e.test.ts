// Real time, over HTTP: schedule a reminder about a minute ahead through the running
// service (a Teams-shaped channel message, then the confirmation card's Save button), and
// see the reminder card arrive at a capture server playing the Bot Connector.
// This test waits for real: it has its own long timeout (4 minutes).
import { DateTime } from 'luxon';
import { startRealService, type Captured } from './connector';
import { postActivity, teamsMessage } from './reminders-helpers';
const E2E_TIMEOUT_MS = 240_000;

describe('reminders end to end over HTTP (real time)', () => {
  let service: Awaited<ReturnType<typeof startRealService>>;
  let posts: Captured[];
  let base: string;
  let serviceUrl: string;

  beforeAll(async () => {
    service = await startRealService('rem-e2e');
    ({ posts, base, serviceUrl } = service);
  });
  afterAll(async () => {
    await service?.stop();
  });

  let n = 0;
  async function post(text: string, value?: unknown) {
    const before = posts.length;
    expect(await postActivity(base, teamsMessage({ id: `m${++n}`, serviceUrl, conversationId: '19:e2e@thread.tacv2;messageid=1', text, value }))).toBe(200);
    const replies = posts.slice(before).map((p) => p.body);
    expect(replies).toHaveLength(1);
    return replies[0]!;
  }

  test(
    'schedule one minute ahead, Save on the card, and the reminder card arrives',
    async () => {
      // The meeting 3 minutes from now (to the minute), reminded 1 minute before: due in 60-120 s.
      const meeting = DateTime.now().setZone('Europe/London').plus({ minutes: 3 }).startOf('minute');
      const request = `remind this channel 1 minute before the board meeting on ${meeting.toFormat('d LLLL yyyy')} at ${meeting.toFormat('HH:mm')}`;
      const confirm = await post(request);
      const card = confirm.attachments?.[0]?.content;
      expect(card).toBeDefined();
      expect(JSON.stringify(card)).toContain(meeting.setLocale('en-GB').toFormat("cccc d LLLL yyyy 'at' HH:mm"));
      const save = card.actions.find((x: any) => x.title === 'Save');
      expect(save.data.reminders).toBe('save');

      const saved = await post('', save.data);
      expect(saved.text).toMatch(/^Saved: I will remind this conversation/);

      const list = await post('show reminders');
      expect(JSON.stringify(list.attachments[0].content)).toContain('Cancel this reminder');

      const deadline = Date.now() + 200_000;
      let reminder: Captured | undefined;
      while (!reminder && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500));
        reminder = posts.find((p) => JSON.stringify(p.body.attachments?.[0]?.content ?? {}).includes('What the board should look at'));
      }
      expect(reminder).toBeDefined();
      // Posted proactively to the channel itself (no ";messageid=" thread suffix: a new post).
      expect(reminder!.conversationId).toBe('19:e2e@thread.tacv2');
      const content = JSON.stringify(reminder!.body.attachments[0].content);
      expect(content).toContain('Board meeting in');
      expect(content).not.toContain('${');
      expect(Date.now()).toBeGreaterThanOrEqual(meeting.minus({ minutes: 1 }).toMillis());
      expect(posts.filter((p) => p === reminder || JSON.stringify(p.body).includes('What the board should look at'))).toHaveLength(1);
    },
    E2E_TIMEOUT_MS,
  );
});
