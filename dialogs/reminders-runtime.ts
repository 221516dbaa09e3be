// Wires the botbuilder-free reminders core to the bot: the schedule store over the keyv the
// bot's storage factory made, claims on the same Redis when shared, proactive sending
// through the adapter with the freshest saved conversation reference, the reminder card with
// the knowledge base's dated changes, and the dialog.
//
//   const reminders = createRemindersRuntime({ keyv: createKeyv('reminders', opts), adapter, appId, conversations, logger, kb });
//   await reminders.start();   // after the server listens
//   await reminders.stop();    // on shutdown, before the stores close
import type { CloudAdapter } from 'botbuilder';
import type { ConversationStore } from '../bot/conversations';
import { systemClock, type Clock } from '../reminders/clock';
import { MemoryClaims, RedisClaims } from '../reminders/claims';
import { dueActivity, type KnowledgeTimeline } from '../reminders/cards';
import { redisClientOf } from '../reminders/index';
import { DEFAULT_GRACE_MS, Scheduler } from '../reminders/scheduler';
import { RemindersService } from '../reminders/service';
import { KeyvScheduleStore, type KeyvLike } from '../reminders/store';
import { DEFAULT_ZONE, isValidZone } from '../reminders/time';
import type { Activity, ConversationRef, Logger } from '../reminders/types';
import { RemindersDialog } from './reminders';

export interface RemindersSettings {
  graceMs: number;
  zone: string;
}

/** REMINDER_GRACE_MINUTES (default 60) and REMINDER_TIME_ZONE (default Europe/London). */
export function remindersSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): RemindersSettings {
  const rawGrace = env.REMINDER_GRACE_MINUTES?.trim();
  let graceMs = DEFAULT_GRACE_MS;
  if (rawGrace) {
    const n = Number(rawGrace);
    if (!Number.isFinite(n) || n < 0 || n > 7 * 24 * 60) throw new Error('REMINDER_GRACE_MINUTES must be a number of minutes from 0 to 10080');
    graceMs = Math.round(n * 60_000);
  }
  const zone = env.REMINDER_TIME_ZONE?.trim() || DEFAULT_ZONE;
  if (!isValidZone(zone)) throw new Error(`REMINDER_TIME_ZONE must be an IANA time zone such as Europe/London (got "${zone}")`);
  return { graceMs, zone };
}

export interface RemindersRuntimeDeps {
  /** The "reminders" keyv from bot/storage.ts's createKeyv. */
  keyv: unknown;
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  appId: string;
  conversations: Pick<ConversationStore, 'get' | 'forget'>;
  logger?: Logger;
  kb?: KnowledgeTimeline;
  settings?: RemindersSettings;
  clock?: Clock;
  /** Prefix of the Redis claim keys (the deployment's key prefix). */
  keyPrefix?: string;
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
  const claims = redis ? new RedisClaims(redis, `${deps.keyPrefix ?? 'board-assistant'}-reminders:claim:`) : new MemoryClaims(clock);
  const send = async (ref: ConversationRef, activity: Activity): Promise<void> => {
    // Errors propagate with their HTTP status (and Retry-After) for the sender's policy.
    await deps.adapter.continueConversationAsync(deps.appId, ref as never, async (context) => {
      await context.sendActivity(activity);
    });
  };
  const scheduler = new Scheduler({
    store,
    claims,
    clock,
    send,
    render: (s, occurrence, now) => dueActivity(s, occurrence, now, deps.kb),
    resolveRef: async (conversationId) => (await deps.conversations.get(conversationId))?.reference as ConversationRef | undefined,
    onConversationStopped: async (conversationId) => {
      await deps.conversations.forget(conversationId);
    },
    graceMs: settings.graceMs,
    // With Redis, other instances add schedules too: re-read the store every 5 minutes.
    resyncMs: redis ? 5 * 60_000 : 0,
    logger: deps.logger,
  });
  const service = new RemindersService({ store, clock, scheduler, zone: settings.zone });
  const dialog = new RemindersDialog(service);
  return {
    service,
    scheduler,
    dialog,
    start: async () => {
      await scheduler.start();
    },
    stop: () => scheduler.stop(),
  };
}
