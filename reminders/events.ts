// Schedule changes between instances sharing Redis: the instance that saves, cancels, pauses
// or resumes a schedule publishes its id; every other instance re-reads that one schedule
// into its heap. Redis pub/sub is fire-and-forget (a message published while a subscriber is
// disconnected is lost), so a subscriber that reconnects asks for a full rescan, and the
// scheduler keeps a slow periodic rescan as a safety net.
import type { Logger } from './types';
import { silentLogger } from './types';

export interface ScheduleChange {
  id: string;
  /** The instance that made the change (it has already updated its own heap). */
  origin: string;
}

export interface ScheduleEvents {
  publish(change: ScheduleChange): Promise<void>;
  /** `onChange` for each change; `onMissed` when changes may have been missed (reconnect). */
  subscribe(onChange: (change: ScheduleChange) => void, onMissed: () => void): Promise<void>;
  close(): Promise<void>;
}

/** The node-redis v5 client calls used (`store.client` of an @keyv/redis Keyv). */
export interface RedisPubSubClient {
  publish(channel: string, message: string): Promise<unknown>;
  duplicate(): RedisSubscriber;
}

export interface RedisSubscriber {
  on(event: 'error' | 'ready', listener: (arg?: unknown) => void): unknown;
  connect(): Promise<unknown>;
  subscribe(channel: string, listener: (message: string) => void): Promise<unknown>;
  close?(): Promise<unknown>;
  quit?(): Promise<unknown>;
  destroy?(): void;
}

function parseChange(message: string): ScheduleChange | undefined {
  try {
    const v = JSON.parse(message) as Partial<ScheduleChange>;
    return typeof v.id === 'string' && typeof v.origin === 'string' ? { id: v.id, origin: v.origin } : undefined;
  } catch {
    return undefined;
  }
}

export class RedisScheduleEvents implements ScheduleEvents {
  private sub?: RedisSubscriber;
  private down = false;

  constructor(
    private readonly client: RedisPubSubClient,
    private readonly channel: string,
    private readonly logger: Logger = silentLogger,
  ) {}

  async publish(change: ScheduleChange): Promise<void> {
    await this.client.publish(this.channel, JSON.stringify(change));
  }

  async subscribe(onChange: (change: ScheduleChange) => void, onMissed: () => void): Promise<void> {
    // A subscribed connection can run no other command: it needs a connection of its own.
    const sub = this.client.duplicate();
    this.sub = sub;
    let connectedOnce = false;
    sub.on('error', (err) => {
      // node-redis retries by itself; say so once per outage, not once per attempt.
      if (this.down) return;
      this.down = true;
      this.logger.error({ event: 'reminders-pubsub-down', err: (err as Error)?.message ?? String(err) }, 'reminders: lost the Redis change feed; retrying');
    });
    sub.on('ready', () => {
      if (connectedOnce) {
        this.logger.info({ event: 'reminders-pubsub-up' }, 'reminders: Redis change feed back; rescanning schedules');
        onMissed();
      }
      connectedOnce = true;
      this.down = false;
    });
    await sub.connect();
    await sub.subscribe(this.channel, (message) => {
      const change = parseChange(message);
      if (change) onChange(change);
    });
  }

  async close(): Promise<void> {
    const sub = this.sub;
    this.sub = undefined;
    if (!sub) return;
    try {
      await (sub.close?.() ?? sub.quit?.());
    } catch {
      sub.destroy?.();
    }
  }
}

/** The scheduler calls the change feed makes (see Scheduler.reload and resyncNow). */
export interface FollowingScheduler {
  readonly instanceId: string;
  reload(id: string): Promise<void>;
  resyncNow(): Promise<void>;
}

/**
 * Subscribes `scheduler` to other instances' changes: each reloads one schedule. After a
 * reconnect it rescans the store, retrying with backoff: the feed's connection may be back
 * before the store's (each reconnects on its own), and a job that failed during the outage
 * waits for this rescan rather than for its lease to run out.
 */
export function followChanges(
  events: ScheduleEvents,
  scheduler: FollowingScheduler,
  logger: Logger = silentLogger,
  later: (fn: () => void, ms: number) => void = (fn, ms) => void setTimeout(fn, ms).unref(),
): Promise<void> {
  const failed = (event: string, id?: string) => (err: unknown) => logger.warn({ event, id, err: (err as Error)?.message ?? String(err) }, 'reminders: could not apply a change from another instance');
  let rescanning = false;
  const rescan = (attempt = 0): void => {
    scheduler
      .resyncNow()
      .then(() => void (rescanning = false))
      .catch((err: unknown) => {
        if (attempt >= 8) {
          rescanning = false;
          failed('reminders-resync-failed')(err);
          return;
        }
        later(() => rescan(attempt + 1), Math.min(30_000, 500 * 2 ** attempt));
      });
  };
  return events.subscribe(
    (change) => {
      if (change.origin !== scheduler.instanceId) scheduler.reload(change.id).catch(failed('reminders-reload-failed', change.id));
    },
    () => {
      if (rescanning) return;
      rescanning = true;
      rescan();
    },
  );
}

/** Tells other instances that schedule `id` changed. Never throws: the store has the change and their rescan finds it. */
export function changePublisher(events: ScheduleEvents, origin: string, logger: Logger = silentLogger): (id: string) => void {
  return (id) => {
    events.publish({ id, origin }).catch((err: unknown) => {
      logger.warn({ event: 'reminders-publish-failed', id, err: (err as Error)?.message ?? String(err) }, 'reminders: could not tell other instances of a change');
    });
  };
}
