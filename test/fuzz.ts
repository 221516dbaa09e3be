// In-process fuzzing of the whole bot: generated activities (random, and mutations of valid
// Teams ones) go through the same request checks as the HTTP server (screenActivity), then the
// real adapter, gate, handler, dialogs and knowledge base, on a temporary SQLite store. Replies
// go to an in-memory Bot Connector. A seeded PRNG makes every run repeatable.
//
// Used by test/fuzz.test.ts (a few thousand cases in `npm test`) and test/fuzz-run.ts
// (`npm run fuzz`, 100,000 by default).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity, AuthenticateRequestResult, ConversationAccount } from 'botbuilder';
import { ClaimsIdentity, ConnectorFactory, type ConnectorClient } from 'botframework-connector';
import { loadConfig } from '../bot/config';
import { createApp, type App } from '../bot/app';
import { gateOf } from '../bot/adapter';
import { createLogger } from '../bot/log';
import { HttpProblem, MAX_BODY_BYTES, screenActivity } from '../bot/http';
import { loadKnowledge } from '../bot/knowledge';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from '../bot/storage';

/**
 * Exceptions inside a turn that fuzzing has found and that are still to be fixed where they
 * arise (the user gets the apology, the conversation is reset; nothing crashes). Remove an
 * entry once fixed: the fuzz test then keeps it fixed.
 */
export const KNOWN_TURN_ERRORS: RegExp[] = [];

export const FUZZ_TENANT = '0f0e0d0c-0b0a-4909-8807-060504030201';
const BOT = { id: '28:bot-fuzz', name: 'Board Assistant' };

/** mulberry32: small, fast, good enough to pick cases; the same seed gives the same run. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof prng>;

const QUESTIONS = [
  'Are sixth form colleges relevant partners?',
  'must we publish a CYPP?',
  'r academys relevent partners',
  'is the PCT still a relevant partner?',
  'and academies?',
  'what about in 2008?',
  'which bodies are relevant partners?',
  'are they covered?',
  'help',
  'hello',
  'obligations',
  'compliance check',
  'board profile',
  'show reminders',
  'remind us about the board meeting on 12 March 2027 at 10:00, 7 days and 1 day before',
  'board meets every second Tuesday at 14:00, remind us the day before',
  'cancel the 12 March reminder',
  'pause reminders',
  'resume reminders',
  'what is the weather in leeds?',
  'is Jobcentre Plus a relevant partner before 2010?',
];

const ODD_TEXT = [
  '',
  ' ',
  '\u0000\u0001\u0002',
  '\u202e\u202dRTL override',
  'zero\u200bwidth\u200d\ufeff',
  '\ud800 lone surrogate \udfff',
  '🏳️‍🌈👩‍👩‍👧‍👦🇬🇧'.repeat(50),
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  '<at>Board Assistant</at>',
  '<at>Board Assistant</at> <at>Board Assistant</at> help',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '{{7*7}} ${7*7} %s %n',
  '"; DROP TABLE keyv; --',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
  'remind us on 31 February 2027 at 25:61',
  'remind us every day at 10:00 forever and ever 1000 times',
  'in 0000 and 9999 and -1 and 1e309',
  'Ａｒｅ　ｓｉｘｔｈ　ｆｏｒｍ　ｃｏｌｌｅｇｅｓ？',
  'ARE SIXTH FORM COLLEGES RELEVANT PARTNERS???!!!',
];

const TYPES = ['message', 'invoke', 'event', 'conversationUpdate', 'installationUpdate', 'messageReaction', 'typing', 'endOfConversation', 'messageUpdate', 'messageDelete', 'deleteUserData', 'handoff', 'trace', 'command', 'suggestion', 'somethingNew', '', 'MESSAGE'];
const INVOKE_NAMES = ['adaptiveCard/action', 'composeExtension/query', 'task/fetch', 'task/submit', 'signin/verifyState', 'config/fetch', 'actionableMessage/executeAction', 'fileConsent/invoke', 'healthCheck', '', 'x'];
const EVENT_NAMES = ['application/vnd.microsoft.meetingStart', 'application/vnd.microsoft.meetingEnd', 'application/vnd.microsoft.readReceipt', 'tokens/response', 'ContinueConversation', 'CreateConversation', 'x'];
const VERBS = ['compliance.run', 'compliance.submit', 'board.save', 'reminders.save', '', 'x'.repeat(300)];

/** A junk JSON value: scalars, strings, arrays and objects nested up to `depth`. */
function junk(r: Rng, depth = 3): unknown {
  const k = r.int(depth > 0 ? 10 : 7);
  switch (k) {
    case 0: return null;
    case 1: return r.chance(0.5);
    case 2: return r.pick([0, -1, 1e308, -1e-308, 2 ** 53 + 1, 42.5]);
    case 3: return r.pick(ODD_TEXT);
    case 4: return r.pick(QUESTIONS);
    case 5: return 'x'.repeat(r.int(5000));
    case 6: return r.pick(['true', 'false', '2010-10-31', '00000000-0000-0000-0000-000000000000', 'NaN']);
    case 7: return Array.from({ length: r.int(6) }, () => junk(r, depth - 1));
    case 8:
    case 9: {
      const o: Record<string, unknown> = {};
      for (let i = r.int(6); i > 0; i--) o[r.pick(['text', 'query', 'action', 'verb', 'data', 'value', 'reminders', 'draft', 'id', 'kind', 'bodyId', '__proto__', 'constructor', 'toString', 'x'])] = junk(r, depth - 1);
      return o;
    }
  }
  return undefined;
}

/** Deep nesting: `{a:{a:{...}}}` n levels. */
const nested = (n: number): unknown => {
  let v: unknown = 'bottom';
  for (let i = 0; i < n; i++) v = { a: v, b: [v === 'bottom' ? 1 : 2] };
  return v;
};

/** A card submission with forged or mangled data, shaped like the bot's own buttons. */
function forgedValue(r: Rng): unknown {
  switch (r.int(8)) {
    case 0: return { query: { kind: r.pick(['body-status', 'topic', 'body-list', 'body-about', 'nonsense']), bodyId: r.pick(['sixth-form-college', 'academy', '__proto__', 'x'.repeat(300), 'does-not-exist']), topicId: r.pick([undefined, 'cypp-publish', 'explode', '']), asAt: r.pick([undefined, '2008-07-02', '9999-99-99', 'yesterday']), form: r.pick([undefined, 'is', 'bogus']) }, text: junk(r, 1) };
    case 1: return { action: 'ask', text: r.pick([...QUESTIONS, ...ODD_TEXT]) };
    case 2: return { reminders: r.pick(['save', 'change', 'discard', 'cancel', 'pause', 'resume', 'x']), draft: junk(r, 3), id: junk(r, 0), reminderText: junk(r, 0) };
    case 3: return { version: junk(r, 0), laName: junk(r, 0), boardName: junk(r, 0), partners: junk(r, 2), dcsInPost: junk(r, 0), leadMemberInPost: junk(r, 0), meetingPattern: junk(r, 0), offerCheckAtMeetingStart: junk(r, 0) };
    case 4: return { checkId: r.pick(['6f1c1f9e-8a5b-4c1e-9a7e-2b1f0c9d8e7a', 'not-a-uuid', junk(r, 0)]), asAt: junk(r, 0), cooperatingWith: junk(r, 2), poolsWith: junk(r, 2), 'yes.x': junk(r, 0) };
    case 5: return nested(r.int(200));
    case 6: return junk(r, 4);
    default: return r.pick([[], 'a string value', 0, true]);
  }
}

/** A well-formed Teams activity: a question, a button, an invoke, an install or an event. */
function validActivity(r: Rng, conversationId: string, serviceUrl: string): Record<string, any> {
  const kind = r.pick(['personal', 'personal', 'groupChat', 'channel'] as const);
  const conversation: Partial<ConversationAccount> = { id: conversationId, conversationType: kind, tenantId: FUZZ_TENANT, ...(kind === 'personal' ? {} : { isGroup: true }) };
  const mention = kind !== 'personal' || r.chance(0.1);
  const text = r.pick(QUESTIONS);
  const base: Record<string, any> = {
    type: 'message',
    id: `f-${r.int(1e9)}`,
    timestamp: new Date(0).toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: `29:user-${r.int(5)}`, name: 'Fuzz User', aadObjectId: '00000000-0000-0000-0000-000000000009' },
    recipient: BOT,
    conversation,
    locale: r.pick(['en-GB', 'en-US', 'cy-GB', '']),
    text: mention ? `<at>${BOT.name}</at> ${text}` : text,
    entities: mention ? [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }] : [],
    channelData: kind === 'channel' ? { tenant: { id: FUZZ_TENANT }, team: { id: '19:team@thread.tacv2' }, channel: { id: conversationId } } : { tenant: { id: FUZZ_TENANT } },
  };
  switch (r.int(6)) {
    case 0: // a card button
      base.value = forgedValue(r);
      if (r.chance(0.5)) delete base.text;
      break;
    case 1: // Action.Execute
      Object.assign(base, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: r.pick(VERBS), data: forgedValue(r) }, trigger: 'manual' } });
      delete base.text;
      break;
    case 2: // installed / members changed
      Object.assign(base, r.chance(0.5) ? { type: 'conversationUpdate', membersAdded: [BOT, { id: '29:someone' }], channelData: { ...base.channelData, eventType: 'teamMemberAdded' } } : { type: 'installationUpdate', action: r.pick(['add', 'remove', 'add-upgrade', 'x']) });
      break;
    case 3: // meeting events
      Object.assign(base, { type: 'event', name: r.pick(EVENT_NAMES.slice(0, 3)), value: { Id: 'meeting', MeetingType: 'Scheduled', Title: r.pick(ODD_TEXT), StartTime: junk(r, 0) }, channelData: { ...base.channelData, meeting: { id: junk(r, 0) } } });
      break;
    default: // a plain question
      break;
  }
  return base;
}

const FIELDS = ['type', 'id', 'serviceUrl', 'channelId', 'from', 'recipient', 'conversation', 'text', 'value', 'entities', 'channelData', 'name', 'locale', 'attachments', 'replyToId', 'deliveryMode', 'membersAdded', 'membersRemoved', 'action', 'timestamp', 'localTimestamp', 'textFormat', 'speak', 'inputHint', 'suggestedActions', 'relatesTo', 'callerId'];

/** 1-4 random edits: drop a field, replace it with junk, or change a nested part. */
function mutate(r: Rng, a: Record<string, any>): void {
  for (let n = 1 + r.int(4); n > 0; n--) {
    const field = r.pick(FIELDS);
    switch (r.int(10)) {
      case 0: delete a[field]; break;
      case 1: a[field] = junk(r); break;
      case 2: a.type = r.pick(TYPES); if (a.type === 'invoke') a.name = r.pick(INVOKE_NAMES); if (a.type === 'event') a.name = r.pick(EVENT_NAMES); break;
      case 3: a.text = r.pick(ODD_TEXT) + (r.chance(0.3) ? 'y'.repeat(r.int(300000)) : ''); break;
      case 4: a.value = forgedValue(r); break;
      case 5: a.channelData = r.chance(0.5) ? junk(r, 4) : { ...(a.channelData ?? {}), tenant: r.pick([{ id: FUZZ_TENANT }, { id: '99999999-8888-4777-8666-555555555555' }, { id: junk(r, 0) }, null, 'x']), eventType: junk(r, 0) }; break;
      case 6: a.conversation = { ...(typeof a.conversation === 'object' && a.conversation ? a.conversation : {}), [r.pick(['id', 'conversationType', 'tenantId', 'isGroup', 'name'])]: junk(r, 1) }; break;
      case 7: a.entities = Array.from({ length: r.int(4) }, () => ({ type: r.pick(['mention', 'clientInfo', 'x', junk(r, 0)]), mentioned: r.pick([BOT, null, junk(r, 1)]), text: junk(r, 0) })); break;
      case 8: a.deliveryMode = r.pick(['expectReplies', 'normal', 'notification', junk(r, 0)]); break;
      default: a.from = r.pick([{ id: '29:x' }, { id: '' }, { id: BOT.id }, junk(r, 1), null]); break;
    }
  }
}

/** What the client would put on the wire for case `i`: mostly JSON, sometimes broken bytes. */
function generate(r: Rng, conversationId: string, serviceUrl: string): Buffer {
  const roll = r.next();
  if (roll < 0.03) return Buffer.from(r.pick(['', '{', 'null', '[]', '"text"', '{"type":', '\u0000\u00ff', '{"type":"message"}{}', '{"__proto__":{"polluted":1},"type":"message"}']));
  if (roll < 0.06) return Buffer.from(JSON.stringify(junk(r, 5)));
  const a = validActivity(r, conversationId, serviceUrl);
  if (roll < 0.35) return Buffer.from(JSON.stringify(a));
  mutate(r, a);
  return Buffer.from(JSON.stringify(a) ?? '');
}

/** The Bot Connector, in memory: records what the bot sends, per conversation. */
class MemoryConnector extends ConnectorFactory {
  readonly sent = new Map<string, Partial<Activity>[]>();
  total = 0;
  /** Only these conversations' replies are kept (the rest are counted). */
  readonly watch = new Set<string>();
  private readonly client: ConnectorClient;
  constructor() {
    super();
    const record = async (conversationId: string, activity: Partial<Activity>) => {
      this.total++;
      if (this.watch.has(conversationId)) this.sent.set(conversationId, [...(this.sent.get(conversationId) ?? []), activity]);
      return { id: `r-${this.total}` };
    };
    this.client = {
      conversations: {
        replyToActivity: (conversationId: string, _replyTo: string, activity: Partial<Activity>) => record(conversationId, activity),
        sendToConversation: (conversationId: string, activity: Partial<Activity>) => record(conversationId, activity),
        updateActivity: async () => ({ id: 'updated' }),
        deleteActivity: async () => undefined,
      },
    } as unknown as ConnectorClient;
  }
  async create(): Promise<ConnectorClient> {
    return this.client;
  }
}

export interface FuzzReport {
  seed: number;
  tried: number;
  /** Over the body limit, as the HTTP server answers 413. */
  refusedTooLarge: number;
  /** Refused before the adapter, as the HTTP server answers 400. */
  refusedBadRequest: number;
  /** Unknown activity types, acknowledged and ignored (200). */
  ignored: number;
  /** Turned away by the gate (foreign or missing tenant). */
  refusedTenant: number;
  throttled: number;
  /** Cases that reached the adapter. */
  turns: number;
  /** Exceptions inside a turn, caught by the turn error handler (user got an apology). */
  turnErrors: number;
  turnErrorMessages: Record<string, number>;
  /** The first stack seen for each of turnErrorMessages. */
  turnErrorStacks: Record<string, string>;
  /** An exception out of the adapter, an unhandled rejection, an uncaught exception, or a hung turn. */
  crashes: number;
  crashMessages: string[];
  replies: number;
  ms: number;
}

export interface FuzzRun {
  app: App;
  connector: MemoryConnector;
  report: FuzzReport;
  /** Sends one well-formed question in `conversationId` and returns what the bot replied. */
  ask(conversationId: string, text: string): Promise<Partial<Activity>[]>;
  /** Every stored item of the state and conversations stores, parsed; throws on one that does not parse. */
  storedItems(): Promise<{ key: string; value: unknown }[]>;
  stop(): Promise<void>;
}

const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';
const TURN_LIMIT_MS = 20000;

/** Runs `cases` generated activities through the bot, `concurrency` conversations at a time. */
export async function fuzz(opts: { seed: number; cases: number; conversations?: number; concurrency?: number; onProgress?: (r: FuzzReport) => void }): Promise<FuzzRun> {
  const r = prng(opts.seed);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-fuzz-'));
  const report: FuzzReport = { seed: opts.seed, tried: 0, refusedTooLarge: 0, refusedBadRequest: 0, ignored: 0, refusedTenant: 0, throttled: 0, turns: 0, turnErrors: 0, turnErrorMessages: {}, turnErrorStacks: {}, crashes: 0, crashMessages: [], replies: 0, ms: 0 };
  const crash = (what: string) => {
    report.crashes++;
    if (report.crashMessages.length < 20) report.crashMessages.push(what.slice(0, 500));
  };
  const onRejection = (reason: unknown) => crash(`unhandled rejection: ${(reason as Error)?.stack ?? String(reason)}`);
  const onException = (err: Error) => crash(`uncaught exception: ${err.stack ?? err.message}`);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);

  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KEY_PREFIX: 'fuzz', LOG_LEVEL: 'error', ALLOWED_TENANTS: FUZZ_TENANT, TURN_RATE_PER_MINUTE: '100000', TURN_BURST: '100000' });
  const app = createApp(config, createLogger('silent'), loadKnowledge());
  // count turn errors by cause: the innermost error (dialogs wrap theirs) and where in our
  // code it was thrown, so one bug is one entry however many cases hit it
  const handleTurnError = app.adapter.onTurnError;
  app.adapter.onTurnError = async (context, error) => {
    report.turnErrors++;
    const inner = ((error as { error?: unknown }).error ?? error) as Error;
    const frames = String(inner?.stack ?? '').split('\n').filter((f) => /^\s+at /.test(f));
    const at = (frames.find((f) => !f.includes('node_modules')) ?? frames[0] ?? '').trim().replace(process.cwd() + '/', '');
    const m = `${String(inner?.message ?? inner).split('\n')[0].replace(/\{.*$/, '{…}').slice(0, 120)} ${at.slice(0, 160)}`;
    report.turnErrorMessages[m] = (report.turnErrorMessages[m] ?? 0) + 1;
    report.turnErrorStacks[m] ??= String(inner?.stack ?? inner).split('\n').slice(0, 12).join('\n');
    return handleTurnError(context, error);
  };
  const connector = new MemoryConnector();
  const auth = (): AuthenticateRequestResult => ({ audience: 'https://api.botframework.com', callerId: '', claimsIdentity: new ClaimsIdentity([], 'anonymous'), connectorFactory: connector });
  const logic = (context: Parameters<App['bot']['run']>[0]) => app.bot.run(context);

  /** One case through the same steps as POST /api/messages. */
  const runOne = async (body: Buffer) => {
    report.tried++;
    if (body.length > MAX_BODY_BYTES) {
      report.refusedTooLarge++;
      return;
    }
    let screened: ReturnType<typeof screenActivity>;
    try {
      screened = screenActivity(body);
    } catch (err) {
      if (err instanceof HttpProblem && err.status === 400) report.refusedBadRequest++;
      else crash(`screen: ${(err as Error).stack}`);
      return;
    }
    if (screened.action === 'ignore') {
      report.ignored++;
      return;
    }
    report.turns++;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        app.adapter.processActivityDirect(auth(), screened.activity as unknown as Activity, logic),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`turn hung over ${TURN_LIMIT_MS} ms`)), TURN_LIMIT_MS))),
      ]);
    } catch (err) {
      crash(`turn: ${(err as Error).message} :: ${body.toString('utf8').slice(0, 300)}`);
    } finally {
      clearTimeout(timer);
    }
  };

  const started = performance.now();
  const pool = opts.conversations ?? 200;
  const width = opts.concurrency ?? 8;
  for (let done = 0; done < opts.cases; ) {
    // a batch never has two cases in one conversation: a conversation's turns stay in order
    const batch = Math.min(width, opts.cases - done);
    const first = r.int(pool);
    const bodies = Array.from({ length: batch }, (_, i) => generate(r, `a:fuzz-${(first + i) % pool}`, SERVICE_URL));
    await Promise.all(bodies.map(runOne));
    done += batch;
    if (opts.onProgress && done % 10000 < batch) opts.onProgress({ ...report, ms: performance.now() - started });
  }
  const stats = gateOf(app.adapter)?.stats;
  report.refusedTenant = stats?.refusedTenant ?? 0;
  report.throttled = stats?.throttled ?? 0;
  report.replies = connector.total;
  report.ms = Math.round(performance.now() - started);

  return {
    app,
    connector,
    report,
    async ask(conversationId, text) {
      connector.watch.add(conversationId);
      connector.sent.delete(conversationId);
      const a = { ...validActivity(prng(1), conversationId, SERVICE_URL), type: 'message', text, value: undefined, entities: [], conversation: { id: conversationId, conversationType: 'personal', tenantId: FUZZ_TENANT } };
      await app.adapter.processActivityDirect(auth(), a as unknown as Activity, logic);
      return connector.sent.get(conversationId) ?? [];
    },
    async storedItems() {
      // read the SQLite file itself: what a restarted bot would read
      const db = new Database(path.join(dataDir, SQLITE_FILE), { readonly: true });
      const items: { key: string; value: unknown }[] = [];
      try {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
        for (const { name } of tables) {
          for (const row of db.prepare(`SELECT key, value FROM "${name}"`).all() as { key: string; value: string }[]) items.push({ key: row.key, value: JSON.parse(row.value) });
        }
      } finally {
        db.close();
      }
      return items;
    },
    async stop() {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
