// Real time, over HTTP: schedule a reminder about a minute ahead through the running
// service (a Teams-shaped channel message, then the confirmation card's Save button), and
// see the reminder card arrive at a capture server playing the Bot Connector.
// This test waits for real: it has its own long timeout (4 minutes).
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import { loadConfig } from '../bot/config';
import { createApp, type App } from '../bot/app';
import { loadKnowledge } from '../bot/knowledge';
import { captureLogger } from './bot-fakes';

const BOT = { id: '28:bot-rem', name: 'Board Assistant' };
const E2E_TIMEOUT_MS = 240_000;
type Posted = { url: string; conversationId: string; body: Record<string, any> };

describe('reminders end to end over HTTP (real time)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-rem-'));
  const posts: Posted[] = [];
  const connector = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const m = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (m) posts.push({ url: req.url ?? '', conversationId: decodeURIComponent(m[1]!), body: JSON.parse(body) });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `a${posts.length}` }));
    });
  });
  let app: App;
  let base: string;
  let serviceUrl: string;

  beforeAll(async () => {
    await new Promise<void>((r) => connector.listen(0, '127.0.0.1', r));
    serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
    // Always the embedded store here, whatever REDIS_URL says: this test is about the HTTP path.
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KEY_PREFIX: 'rem-e2e' });
    app = createApp(config, captureLogger().logger, loadKnowledge());
    base = `http://127.0.0.1:${(await app.listen()).port}`;
  });
  afterAll(async () => {
    await app?.stop();
    await new Promise((r) => connector.close(r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  let n = 0;
  async function post(text: string, value?: unknown) {
    const at = `<at>${BOT.name}</at>`;
    const mention = value === undefined;
    const before = posts.length;
    const r = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `m${++n}`,
        serviceUrl,
        channelId: 'msteams',
        from: { id: '29:clerk', name: 'Clerk' },
        recipient: BOT,
        conversation: { id: '19:e2e@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true, tenantId: 't' },
        text: mention ? `${at} ${text}` : text,
        entities: mention ? [{ type: 'mention', mentioned: BOT, text: at }] : [],
        value,
        channelData: { tenant: { id: 't' }, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:e2e@thread.tacv2' } },
      }),
    });
    expect(r.status).toBe(200);
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
      let reminder: Posted | undefined;
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
