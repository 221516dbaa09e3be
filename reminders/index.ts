// The reminders core: botbuilder-free. bot/ wires it to the adapter, the store and the clock.
export * from './types';
export * from './clock';
export * from './claims';
export * from './store';
export * from './sender';
export * from './scheduler';
export * from './service';
export * from './parse';
export * from './time';
import type { RedisLike } from './claims';

/** The node-redis client behind a Keyv made by @keyv/redis (undefined for other stores). */
export function redisClientOf(keyv: unknown): RedisLike | undefined {
  const store = (keyv as { store?: { client?: unknown } } | undefined)?.store;
  const client = store?.client as Partial<RedisLike> | undefined;
  return client && typeof client.set === 'function' && typeof client.eval === 'function' ? (client as RedisLike) : undefined;
}
