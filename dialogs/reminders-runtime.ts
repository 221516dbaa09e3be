// Wires the botbuilder-free reminders core to the bot: the schedule store over the keyv the
// bot's storage factory made, claims on the same Redis when shared, proactive sending
// through the adapter with the freshest saved conversation reference (paced by a per-tenant
// request budget), changes told to other instances over Redis pub/sub, the reminder card with
// the knowledge base's dated changes, and the dialog.
//
//   const reminders = createRemindersRuntime({ keyv: createKeyv('reminders', opts), send: adapterSender(adapter, appId), conversations, logger, kb });
//   await reminders.start();   // after the server listens
//   await reminders.stop();    // on shutdown, before the stores close
import type { ConversationStore } from '../bot/conversations';
import { systemClock, type Clock } from '../reminders/clock';
import { MemoryClaims, RedisClaims } from '../reminders/claims';
import { DEFAULT_TENANT_BUDGET, TokenBucketBudget, type TokenBucketOptions } from '../reminders/budget';
import { changePublisher, followChanges, RedisScheduleEvents, type RedisPubSubClient, type ScheduleEvents } from '../reminders/events';
import { dueActivity, type KnowledgeTimeline } from '../reminders/cards';
import { redisClientOf } from '../reminders/index';
import { DEFAULT_GRACE_MS, Scheduler } from '../reminders/scheduler';
import { RemindersService } from '../reminders/service';
import { KeyvScheduleStore, type KeyvLike } from '../reminders/store';
import { DEFAULT_ZONE, isValidZone } from '../reminders/time';
import type { SendFn } from '../reminders/sender';
import type { ConversationRef, Logger } from '../reminders/types';
import { RemindersDialog } from './reminders';

export interface RemindersSettings {
  graceMs: number;
  zone: string;
  /** Proactive posts a second per tenant from this instance (REMINDER_TENANT_RPS). */
  tenantBudget?: TokenBucketOptions;
}

/** With the Redis change feed, a full re-read of the store is only a safety net. */
const SAFETY_RESYNC_MS = 60 * 60_000;

/**
 * REMINDER_GRACE_MINUTES (default 60), REMINDER_TIME_ZONE (default Europe/London) and
 * REMINDER_TENANT_RPS (default 25 a second, burst 5: at most 30 in any second).
 */
export function remindersSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): RemindersSettings {
  const rawGrace = env.REMINDER_GRACE_MINUTES?.trim();
  let graceMs = DEFAULT_GRACE_MS;
  if (rawGrace) {
    const n = Number(rawGrace);
    if (!Number.isFinite(n) || n < 0 || n > 7 * 24 * 60) throw new Error('REMINDER_GRACE_MINUTES must be a number of minutes from 0 to 10080');
    graceMs = Math.round(n * 60_000);
  }
  // Only a zone the environment names is checked: the default is known good, and the check
  // loads the time-zone data (about 20 ms of start-up, issue 8) that a reminder loads anyway.
  const named = env.REMINDER_TIME_ZONE?.trim();
  if (named && !isValidZone(named)) throw new Error(`REMINDER_TIME_ZONE must be an IANA time zone such as Europe/London (got "${named}")`);
  const zone = named || DEFAULT_ZONE;
  const rawRps = env.REMINDER_TENANT_RPS?.trim();
  let tenantBudget = DEFAULT_TENANT_BUDGET;
  if (rawRps) {
    const rps = Number(rawRps);
    if (!Number.isFinite(rps) || rps <= 0 || rps > 1000) throw new Error('REMINDER_TENANT_RPS must be a number of requests a second from 0 to 1000 (not 0)');
    tenantBudget = { ratePerSecond: rps, burst: Math.max(1, Math.min(DEFAULT_TENANT_BUDGET.burst, Math.floor(rps / 5))) };
  }
  return { graceMs, zone, tenantBudget };
}

export interface RemindersRuntimeDeps {
  /** The "reminders" keyv from bot/storage.ts's createKeyv. */
  keyv: unknown;
  /**
   * Posts a reminder; throws with the HTTP status (and Retry-After) when Teams does not answer
   * 2xx (bot/proactive.ts's adapterSender: through the adapter, the failure not swallowed by
   * its turn error handler).
   */
  send: SendFn;
  conversations: Pick<ConversationStore, 'get' | 'forget'>;
  logger?: Logger;
  kb?: KnowledgeTimeline;
  settings?: RemindersSettings;
  clock?: Clock;
  /** Prefix of the Redis claim keys and change channel (the deployment's key prefix). */
  keyPrefix?: string;
  /** Instead of Redis pub/sub (tests). */
  events?: ScheduleEvents;
}

export interface RemindersRuntime {
  service: RemindersService;
  scheduler: Scheduler;
  dialog: RemindersDialog;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createRemindersRuntime(deps: RemindersRuntimeDeps): RemindersRuntime {
  const settings = deps.settings ?? remindersSettingsFromEnv();
  const clock = deps.clock ?? systemClock;
  const store = new KeyvScheduleStore(deps.keyv as KeyvLike);
  const redis = redisClientOf(deps.keyv);
  const prefix = `${deps.keyPrefix ?? 'board-assistant'}-reminders`;
  const claims = redis ? new RedisClaims(redis, `${prefix}:claim:`) : new MemoryClaims(clock);
  const events = deps.events ?? (redis ? new RedisScheduleEvents(redis as unknown as RedisPubSubClient, `${prefix}:changed`, deps.logger) : undefined);
  const scheduler = new Scheduler({
    store,
    claims,
    clock,
    send: deps.send,
    render: (s, occurrence, now) => dueActivity(s, occurrence, now, deps.kb),
    // The freshest reference if the conversations store answers; else the schedule's own.
    resolveRef: async (conversationId) => ((await deps.conversations.get(conversationId).catch(() => undefined))?.reference as ConversationRef | undefined),
    onConversationStopped: async (conversationId) => {
      await deps.conversations.forget(conversationId);
    },
    graceMs: settings.graceMs,
    // Other instances' changes arrive on the change feed; the rescan only covers a lost message.
    resyncMs: events ? SAFETY_RESYNC_MS : 0,
    logger: deps.logger,
    sender: { budget: new TokenBucketBudget(clock, settings.tenantBudget ?? DEFAULT_TENANT_BUDGET) },
  });
  const onChange = events ? changePublisher(events, scheduler.instanceId, deps.logger) : undefined;
  const service = new RemindersService({ store, clock, scheduler, zone: settings.zone, onChange });
  const dialog = new RemindersDialog(service, deps.logger);
  return {
    service,
    scheduler,
    dialog,
    start: async () => {
      // Subscribe before the index is read, so no change falls between the two.
      if (events) await followChanges(events, scheduler, deps.logger);
      await scheduler.start();
    },
    stop: async () => {
      await scheduler.stop();
      await events?.close();
    },
  };
}
