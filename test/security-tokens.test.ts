// Authenticated mode, tested for real: the SDK checks every incoming token against OpenID
// metadata and keys served on localhost (test/security-jwt.ts), exactly as it checks the Bot
// Connector's. A valid token gets a turn; every kind of bad token gets 401 and no turn.
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { startKeyServer, APP_ID } from './security-jwt';
import { startService, teamsMessage } from './security-fixtures';
import { captureLogger } from './bot-fakes';
import { routeConsoleToLog } from '../bot/log';

const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';
const PASSWORD = 'app-secret-ab12~CD34.ef56';

describe('incoming tokens (local OpenID metadata and JWKS)', () => {
  let keys: Awaited<ReturnType<typeof startKeyServer>>;
  let svc: Awaited<ReturnType<typeof startService>>;
  let quiet: jest.SpyInstance;
  let restoreConsole: () => void;
  const t0 = Date.now();
  const routed = captureLogger('debug');

  beforeAll(async () => {
    // the SDK's request handler printed every refused token to the console with its stack:
    // nothing may reach it now (checked below)
    quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    // as bot/index.ts does for the process
    restoreConsole = routeConsoleToLog(routed.logger);
    keys = await startKeyServer();
    svc = await startService(
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD, MicrosoftAppType: 'MultiTenant' },
      { tweak: (c) => (c.authEndpoints = keys.endpoints) },
    );
  });
  afterAll(async () => {
    await svc.stop();
    await keys.stop();
    restoreConsole();
    quiet.mockRestore();
  });

  // expectReplies: the replies come back in the response body, so no outbound token is needed
  const send = async (token: string | undefined, mutate: (a: Record<string, any>) => void = () => undefined) => {
    const a = teamsMessage(`a:tok-${Math.random().toString(36).slice(2)}`, 'help', SERVICE_URL);
    a.deliveryMode = 'expectReplies';
    mutate(a);
    const r = await svc.post(a, token === undefined ? {} : { authorization: `Bearer ${token}` });
    return { a, status: r.status, body: await r.text() };
  };

  test('a valid token: the turn runs and answers; the token is checked once, before the adapter', async () => {
    const checks = jest.spyOn(ConfigurationBotFrameworkAuthentication.prototype, 'authenticateRequest');
    const { a, status, body } = await send(keys.sign(keys.channelClaims(SERVICE_URL)));
    expect(checks).toHaveBeenCalledTimes(1);
    checks.mockRestore();
    expect(status).toBe(200);
    expect(JSON.parse(body).activities.length).toBeGreaterThan(0);
    expect(svc.turnsOf(a.id)).toHaveLength(1);
    expect(await svc.app.conversations.get(a.conversation.id)).toBeDefined();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const refused: [string, () => string | undefined, ((a: Record<string, any>) => void)?][] = [
    ['no token', () => undefined],
    ['an empty bearer', () => ''],
    ['not a JWT', () => 'not-a-jwt'],
    ['a bad signature (a key not in the JWKS, under the published kid)', () => keys.sign(keys.channelClaims(SERVICE_URL), { key: keys.stranger.privateKey })],
    ['a payload altered after signing', () => {
      const [h, , s] = keys.sign(keys.channelClaims(SERVICE_URL)).split('.');
      return `${h}.${Buffer.from(JSON.stringify({ ...keys.channelClaims(SERVICE_URL), aud: APP_ID, admin: true })).toString('base64url')}.${s}`;
    }],
    ['an unsigned token (alg none)', () => keys.sign(keys.channelClaims(SERVICE_URL), { unsigned: true })],
    ['an HS256 token', () => keys.sign(keys.channelClaims(SERVICE_URL), { alg: 'HS256' })],
    ['an expired token', () => keys.sign({ ...keys.channelClaims(SERVICE_URL), iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 })],
    ['a token not valid yet', () => keys.sign({ ...keys.channelClaims(SERVICE_URL), nbf: now() + 3600, exp: now() + 7200 })],
    ['a wrong audience (another bot)', () => keys.sign({ ...keys.channelClaims(SERVICE_URL), aud: '99999999-2222-3333-4444-555555555555' })],
    ['a wrong issuer', () => keys.sign({ ...keys.channelClaims(SERVICE_URL), iss: 'https://api.botframework.evil.example' })],
    ['an unknown key id', () => keys.sign(keys.channelClaims(SERVICE_URL), { kid: 'not-a-published-key' })],
    ['a token for another serviceUrl', () => keys.sign(keys.channelClaims('https://smba.trafficmanager.net/emea/'))],
    ['a channel the key is not endorsed for', () => keys.sign(keys.channelClaims(SERVICE_URL)), (a) => (a.channelId = 'webchat')],
    ['an emulator-issued token (no emulator keys trusted here)', () => keys.sign({ ...keys.channelClaims(SERVICE_URL), iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/', ver: '1.0', appid: APP_ID })],
  ];

  test.each(refused.map(([name, token, mutate]) => ({ name, token, mutate })))('$name: 401, no turn, no state', async ({ token, mutate }) => {
    const { a, status, body } = await send(token(), mutate);
    expect(status).toBe(401);
    expect(JSON.parse(body)).toEqual({ error: 'unauthorized' });
    expect(svc.turnsOf(a.id)).toHaveLength(0);
    expect(await svc.app.conversations.get(a.conversation.id)).toBeUndefined();
  });

  test('refusals are counted, logged once a minute at most in a short line, never printed to the console; no token or password in the log', () => {
    const lines = svc.log.lines.filter((l) => l.event === 'unauthorized');
    // one line a minute at most: one, unless this machine took minutes over these requests
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(1 + Math.floor((Date.now() - t0) / 60_000));
    expect(lines[0]).toMatchObject({ level: 40, reason: expect.any(String) });
    expect(JSON.stringify(lines[0])).not.toMatch(/stack|\\n {4}at /);
    expect(svc.app.http.counts().unauthorized).toBe(refused.length);
    // what the SDK prints (a bad signature comes with the whole public key) is a debug line, a minute at most per kind
    expect(quiet).not.toHaveBeenCalled();
    const printed = routed.lines.filter((l) => l.event === 'console');
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.length).toBeLessThanOrEqual(new Set(printed.map((l) => String(l.message).slice(0, 60))).size * (1 + Math.floor((Date.now() - t0) / 60_000)));
    for (const l of printed) expect(l).toMatchObject({ level: 20, message: expect.not.stringContaining('\n') });
    const all = svc.log.raw.join('\n');
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/); // no JWT
  });
});
