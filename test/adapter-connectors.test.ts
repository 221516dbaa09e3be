// The adapter keeps one Bot Connector client per bot, endpoint and audience instead of
// building one a turn (issue 8), and still replies with the bot's own credentials.
import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import { ClaimsIdentity, type ConnectorFactory } from 'botframework-connector';
import { loadConfig } from '../bot/config';
import { createAdapter } from '../bot/adapter';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const OTHER_BOT = '66666666-7777-8888-9999-000000000000';
const UK = 'https://smba.trafficmanager.net/uk/';

interface Auth {
  createConnectorFactory(i: ClaimsIdentity): ConnectorFactory;
  clients: Map<string, unknown>;
}

/** A turn's connector factory, as the CloudAdapter asks for one, from a new adapter. */
function newAdapter(): ((aud?: string) => ConnectorFactory) & { kept: () => number } {
  const adapter = createAdapter(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's3cret-password', MicrosoftAppType: 'MultiTenant' }));
  const auth = (adapter as unknown as { botFrameworkAuthentication: Auth }).botFrameworkAuthentication;
  const turn = (aud = APP_ID) => auth.createConnectorFactory(new ClaimsIdentity([{ type: 'aud', value: aud }], true));
  return Object.assign(turn, { kept: () => auth.clients.size });
}

test('a turn to a Bot Connector endpoint already used reuses its client', async () => {
  const turn = newAdapter();
  const first = await turn().create(UK);
  expect(await turn().create(UK)).toBe(first);
  // the client posts with the bot's credentials, as the SDK's own does
  expect((first as unknown as { credentials: { appId: string } }).credentials.appId).toBe(APP_ID);
});

test('another endpoint or audience gets a client of its own', async () => {
  const turn = newAdapter();
  const first = await turn().create(UK);
  expect(await turn().create('https://smba.trafficmanager.net/emea/')).not.toBe(first);
  expect(await turn().create(UK, 'https://api.botframework.com')).not.toBe(first);
  expect(turn.kept()).toBe(3);
});

test('a client that could not be made (a token for another bot) is refused and not kept', async () => {
  const turn = newAdapter();
  await expect(turn(OTHER_BOT).create(UK)).rejects.toThrow('Invalid appId');
  await Promise.resolve();
  expect(turn.kept()).toBe(0);
  expect(await turn().create(UK)).toBeDefined();
});

test('adapters share nothing', async () => {
  expect(await newAdapter()().create(UK)).not.toBe(await newAdapter()().create(UK));
});

/** What `read` finds on the turn state of two incoming messages in a row. */
async function twoIncomingTurns(read: (adapter: CloudAdapter, context: TurnContext) => unknown): Promise<unknown[]> {
  const adapter = createAdapter(loadConfig({}));
  const found: unknown[] = [];
  const activity = { type: 'message', channelId: 'msteams', serviceUrl: UK, conversation: { id: 'c1' }, from: { id: '29:u' }, recipient: { id: '28:b' }, text: 'hi' };
  for (const id of ['1', '2']) {
    await adapter.processActivityDirect('', { ...activity, id } as Activity, async (context) => {
      found.push(read(adapter, context));
    });
  }
  return found;
}

test.each([
  ['Bot Connector client', (adapter: CloudAdapter, context: TurnContext) => context.turnState.get(adapter.ConnectorClientKey)],
  ['user token client (made by the SDK for every turn)', (adapter: CloudAdapter, context: TurnContext) => context.turnState.get(adapter.UserTokenClientKey)],
])('the turns of incoming activities reuse the %s', async (_what, read) => {
  const [first, second] = await twoIncomingTurns(read);
  expect(first).toBeDefined();
  expect(second).toBe(first);
});
