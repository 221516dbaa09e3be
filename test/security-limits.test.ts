// Request limits of the HTTP service: a body over the size limit (declared or streamed) is
// 413, a body that trickles in is cut off with 408, a turn that hangs is answered 504 and the
// server carries on (and still waits for that turn at shutdown).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../bot/config';
import { createAdapter } from '../bot/adapter';
import { createBotServer, type BotServer } from '../bot/server';
import { parseActivity } from '../bot/http';
import { captureLogger } from './bot-fakes';
import { teamsMessage } from './security-fixtures';

const SERVICE_URL = 'http://127.0.0.1:9/';

/** Sends raw bytes over one connection; resolves with the status and body of the answer. */
function rawRequest(port: number, headers: Record<string, string>, write: (req: http.ClientRequest) => void) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json', ...headers } });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // the server may close the socket while we are still writing: the answer is what counts
    req.on('error', (err) => (req.writableEnded ? undefined : reject(err)));
    write(req);
  });
}

describe('request limits', () => {
  const log = captureLogger();
  let release!: () => void;
  const hung = new Promise<void>((r) => (release = r));
  let turns = 0;
  let srv: BotServer;
  let port: number;

  beforeAll(async () => {
    // short enough for a test, long enough for a quick turn on a busy machine
    const config = loadConfig({ BODY_TIMEOUT_MS: '1500', TURN_TIMEOUT_MS: '1500' });
    srv = createBotServer({
      adapter: createAdapter(config, log.logger),
      logger: log.logger,
      timeouts: config.timeouts,
      // "hang" hangs until the test releases it; anything else is answered at once
      logic: async (context) => {
        turns++;
        if (context.activity.text === 'hang') await hung;
      },
    });
    await new Promise<void>((r) => srv.server.listen(0, '127.0.0.1', () => r()));
    port = (srv.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    release();
    await srv.inFlight.idle();
    await new Promise<void>((r) => srv.server.close(() => r()));
  });

  test('Node\'s own header and request time limits are set as a backstop', () => {
    expect(srv.server.server.headersTimeout).toBe(1500);
    expect(srv.server.server.requestTimeout).toBe(3000);
  });

  test('a declared body over 256 KB: 413 before reading it', async () => {
    const r = await rawRequest(port, { 'content-length': String(300 * 1024) }, (req) => req.write('{'));
    expect(r.status).toBe(413);
  });

  test('a streamed (chunked) body that grows past 256 KB: 413', async () => {
    const r = await rawRequest(port, { 'transfer-encoding': 'chunked' }, (req) => {
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      for (let i = 0; i < 20; i++) req.write(chunk);
      req.end();
    });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error).toMatch(/body over 262144 bytes/);
  });

  test('a body that trickles in and never ends: 408 with a reason', async () => {
    const before = turns;
    const r = await rawRequest(port, { 'content-length': '1000' }, (req) => req.write('{"type":"mess'));
    expect(r.status).toBe(408);
    expect(JSON.parse(r.body).error).toMatch(/not received within 1500 ms/);
    expect(turns).toBe(before);
    expect(log.lines.some((l) => l.event === 'bad-request' && l.status === 408)).toBe(true);
  });

  test('a turn that hangs: 504 "turn timed out"; other requests are served meanwhile; shutdown would wait for it', async () => {
    const post = (text: string) =>
      fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...teamsMessage('a:limits', text, SERVICE_URL), deliveryMode: 'expectReplies' }) });
    const r = await post('hang');
    expect(r.status).toBe(504);
    expect(await r.json()).toEqual({ error: 'turn timed out' });
    expect(log.lines.some((l) => l.event === 'turn-timeout')).toBe(true);
    expect(srv.inFlight.size).toBe(1); // the turn itself is still running
    expect((await post('quick')).status).toBe(200);
    release();
    await srv.inFlight.idle();
    expect(srv.inFlight.size).toBe(0);
  });
});

describe('activity shapes botbuilder would trip on are refused at the door (found by fuzzing)', () => {
  const good = () => teamsMessage('a:shape', 'help', SERVICE_URL);
  test.each([
    ['a mention entity without mentioned', (a: Record<string, any>) => (a.entities = [{ type: 'mention', text: '<at>x</at>' }]), /entities\.0/],
    ['an entity whose type is not a string', (a: Record<string, any>) => (a.entities = [{ type: 7 }]), /entities\.0\.type/],
    ['entities: null', (a: Record<string, any>) => (a.entities = null), /entities/],
    ['membersAdded that is not a list', (a: Record<string, any>) => Object.assign(a, { type: 'conversationUpdate', membersAdded: { id: 'x' } }), /membersAdded/],
    ['a Teams conversationUpdate without channelData', (a: Record<string, any>) => Object.assign(a, { type: 'conversationUpdate', channelData: undefined }), /channelData is missing/],
    ['channelData that is a string', (a: Record<string, any>) => (a.channelData = 'x'), /channelData/],
    ['a meeting start without its fields', (a: Record<string, any>) => Object.assign(a, { type: 'event', name: 'application/vnd.microsoft.meetingStart', value: { Id: 'm' } }), /value\.JoinUrl/],
    ['an Action.Execute without action', (a: Record<string, any>) => Object.assign(a, { type: 'invoke', name: 'adaptiveCard/action', value: { verb: 'x' } }), /value\.action/],
    ['a from that is an array', (a: Record<string, any>) => (a.from = [1]), /from/],
  ])('%s: 400 naming the field', (_name, mutate, reason) => {
    const a = good();
    mutate(a);
    expect(() => parseActivity(Buffer.from(JSON.stringify(a)))).toThrow(reason);
  });

  test('the well-formed activity passes, with the clientInfo entity Teams adds to every message', () => {
    expect(parseActivity(Buffer.from(JSON.stringify(good())))).toMatchObject({ type: 'message' });
    const withClientInfo = { ...good(), entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' }] };
    expect(parseActivity(Buffer.from(JSON.stringify(withClientInfo)))).toMatchObject({ type: 'message' });
  });
});
