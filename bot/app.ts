// Assembles the service: stores, state, adapter, dialogs, handler, HTTP server. Used by
// index.ts (the process) and by the tests (with a stand-in knowledge engine if they like).
import type { AddressInfo } from 'node:net';
import type { CloudAdapter } from 'botbuilder';
import { ConversationState } from './sdk';
import type { DialogState, Recognizer } from 'botbuilder-dialogs';
import type { Keyv } from 'keyv';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Query } from '../knowledge/types';
import type { KnowledgeEngine } from '../dialogs/engine';
import { MainDialog } from '../dialogs/mainDialog';
import { createAdapter, installTurnErrorHandler, requestChecker } from './adapter';
import { BoardBot } from './handler';
import { ConversationStore, type SavedConversation } from './conversations';
import { closeKeyv, createKeyv, KeyvStorage, storeHealth, waitForStores, type StoreHealth, type StoreOptions } from './storage';
import { createBotServer, type BotServer } from './server';
import { adapterSender, type ProactiveDeps } from './proactive';
import { createRemindersRuntime, remindersSettingsFromEnv, type RemindersRuntime } from '../dialogs/reminders-runtime';
import { RemindersRecognizer } from '../dialogs/reminders';
import type { KnowledgeBase } from '../knowledge/types';
import { CardActionRecognizer } from '../dialogs/cardActions';
import { BoardStore } from '../dialogs/boardStore';
import { BoardProfileDialog } from '../dialogs/boardProfile';
import { ObligationsDialog } from '../dialogs/obligations';
import { ComplianceDialog } from '../dialogs/compliance';

export interface Knowledge {
  engine: KnowledgeEngine;
  recognizer: Recognizer;
  /**
   * The knowledge base itself: the changes a meeting reminder mentions, and the board's
   * obligations summary and compliance check (not offered without it).
   */
  kb?: KnowledgeBase;
}

export interface App {
  config: Config;
  adapter: CloudAdapter;
  bot: BoardBot;
  conversations: ConversationStore;
  /** Everything `sendProactive` needs. */
  proactive: ProactiveDeps;
  http: BotServer;
  /** Meeting reminders: the scheduler starts in listen() and stops in stop(). */
  reminders: RemindersRuntime;
  /**
   * Listens, waits for the stores (rejects with StoreUnavailableError when they do not answer
   * within STORE_START_TIMEOUT_MS, at once for refused credentials), starts the reminders.
   */
  listen(port?: number, host?: string): Promise<AddressInfo>;
  /** Graceful stop: no new requests, turns in flight finish (up to the timeout), stores closed. */
  stop(): Promise<void>;
}

export function storeOptions(config: Config, logger?: Logger): StoreOptions {
  return {
    redisUrl: config.redisUrl,
    dataDir: config.dataDir,
    prefix: config.keyPrefix,
    // names the store and where it is (host:port, never the URL and its password)
    onError: (err, namespace, store) =>
      logger?.error({ event: 'store-error', namespace, backend: store.backend, where: store.where, err: (err as Error)?.message ?? String(err) }, `store error: ${store.backend} at ${store.where} (${namespace} store)`),
    onRecover: (namespace) => logger?.info({ event: 'store-recovered', namespace }, 'store reachable again'),
  };
}

export function createApp(config: Config, logger: Logger, knowledge: Knowledge): App {
  const opts = storeOptions(config, logger);
  const stateKeyv = createKeyv<Record<string, unknown>>('state', opts);
  const conversationsKeyv = createKeyv<SavedConversation>('conversations', opts);
  const storage = new KeyvStorage(stateKeyv as Keyv<Record<string, unknown>>);
  const conversationState = new ConversationState(storage);
  const conversations = new ConversationStore(conversationsKeyv);

  const adapter = createAdapter(config, logger);
  installTurnErrorHandler(adapter, logger, conversationState);

  // a reminder the user was told is saved must survive a power cut too
  const remindersKeyv = createKeyv('reminders', { ...opts, durable: true });
  const remindersSettings = remindersSettingsFromEnv();
  const reminders = createRemindersRuntime({
    settings: remindersSettings,
    keyv: remindersKeyv,
    send: adapterSender(adapter, config.auth.MicrosoftAppId),
    conversations,
    logger,
    kb: knowledge.kb,
    keyPrefix: opts.prefix,
  });

  // the board's own features need the knowledge base's obligations and bodies
  const boards = new BoardStore(storage);
  const boardDeps = knowledge.kb && { kb: knowledge.kb, store: boards, logger, timeZone: remindersSettings.zone };
  const compliance = boardDeps && new ComplianceDialog(boardDeps);
  const dialog = new MainDialog({
    engine: knowledge.engine,
    recognizer: new CardActionRecognizer(new RemindersRecognizer(knowledge.recognizer)),
    routes: {
      reminders: reminders.dialog,
      ...(boardDeps && { 'board-profile': new BoardProfileDialog(boardDeps), obligations: new ObligationsDialog(boardDeps), compliance }),
    },
    lastQuery: conversationState.createProperty<Query | undefined>('lastQuery'),
  });
  const bot = new BoardBot({
    conversationState,
    dialogState: conversationState.createProperty<DialogState>('dialogState'),
    dialog,
    conversations,
    logger,
    compliance,
    boards,
  });

  const stores = [stateKeyv, conversationsKeyv, remindersKeyv] as Keyv<unknown>[];
  let started = false;
  const http = createBotServer({
    adapter,
    logic: (context) => bot.run(context),
    logger,
    timeouts: config.timeouts,
    operator: config.operator,
    authenticate: requestChecker(adapter),
    readiness: () => {
      const down = stores.map((k) => storeHealth(k)).filter((h): h is StoreHealth => !!h && h.state !== 'ready');
      if (down.length === 0) return started ? { status: 'ok' } : { status: 'starting', reason: 'starting the reminder scheduler' };
      const reason = down.map((h) => `${h.namespace} store (${h.backend} at ${h.where}) ${h.state === 'connecting' ? 'not connected yet' : 'unreachable'}${h.error ? `: ${h.error}` : ''}`).join('; ');
      return { status: started ? 'unavailable' : 'starting', reason };
    },
    health: () => ({ store: config.redisUrl ? 'redis' : 'sqlite', auth: config.localMode ? 'none (local mode)' : 'bot framework', ...http.counts() }),
  });

  let stopping: Promise<void> | undefined;
  let abandonStart: (() => void) | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      abandonStart?.();
      http.drain();
      const closed = new Promise<void>((resolve) => http.server.close(() => resolve()));
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), config.shutdownTimeoutMs).unref());
      const result = await Promise.race([http.inFlight.idle().then(() => 'idle' as const), timeout]);
      if (result === 'timeout') logger.warn({ inFlight: http.inFlight.size }, 'shutdown: turns still in flight at the timeout');
      // idle keep-alive connections would hold server.close() open
      (http.server.server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      await Promise.race([closed, new Promise((r) => setTimeout(r, 1000).unref())]);
      await reminders.stop();
      await closeKeyv(remindersKeyv as Keyv<unknown>);
      await closeKeyv(stateKeyv as Keyv<unknown>);
      await closeKeyv(conversationsKeyv as Keyv<unknown>);
    })());

  return {
    config,
    adapter,
    bot,
    conversations,
    proactive: { adapter, appId: config.auth.MicrosoftAppId, conversations, logger },
    http,
    reminders,
    listen: async (port = config.port, host = config.host) => {
      const address = await new Promise<AddressInfo>((resolve, reject) => {
        http.server.once('error', reject);
        http.server.listen(port, host, () => resolve(http.server.address() as AddressInfo));
      });
      logger.info({ event: 'listening', port: address.port, host: address.address }, 'listening: serving once the stores answer');
      // /healthz answers 503 "starting" (and messages 503) until the stores answer; a store that
      // does not (a wrong Redis password, Redis unreachable) fails the start with its reason
      await waitForStores(stores, config.storeStartTimeoutMs, new Promise<void>((resolve) => (abandonStart = resolve)));
      // the reminder scheduler runs while the server does (catch-up of missed reminders included)
      await reminders.start();
      started = true;
      return address;
    },
    stop,
  };
}
