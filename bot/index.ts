// The process: configuration, logger, knowledge, service; graceful shutdown on SIGTERM/SIGINT.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type * as Dotenv from 'dotenv';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger, routeConsoleToLog, secretScrubber, secretsOf } from './log';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { StoreUnavailableError } from './storage';
import { loadKnowledge } from './knowledge';

/**
 * How far V8 lets the heap grow past what a full collection left alive before it collects
 * again. Left to itself under a steady load V8 lets it reach about four times the live heap
 * (tens of MB kept, about 100 KB of garbage a turn), and the process's memory with it; 50%
 * keeps it within twice the echo bot's, for more frequent full collections (the README's
 * soak, and the trade-off measured). A command line that sets the flag itself wins.
 */
const HEAP_GROWING_PERCENT = 50;
if (!process.execArgv.some((a) => a.startsWith('--heap-growing-percent'))) v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);

async function main(): Promise<void> {
  // .env (or DOTENV_CONFIG_PATH) fills what the environment leaves unset; dotenv is loaded
  // only when there is such a file (most deployments set the environment itself)
  const envFile = path.resolve(process.env.DOTENV_CONFIG_PATH ?? '.env');
  if (fs.existsSync(envFile)) (require('dotenv') as typeof Dotenv).config({ path: envFile, quiet: true });
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nBoard Assistant did not start: fix the setting(s) above (environment or .env).\n`);
      process.exit(2);
    }
    throw err;
  }
  const secrets = secretsOf(config);
  const logger = createLogger(config.logLevel, undefined, secrets);
  routeConsoleToLog(logger);
  if (config.localMode) {
    const banner = `LOCAL MODE: MicrosoftAppId is not set, so /api/messages accepts UNAUTHENTICATED traffic from anyone who can reach it (listening on ${config.host}). Use only on a developer machine; set MicrosoftAppId/MicrosoftAppPassword to verify Bot Framework tokens.`;
    logger.warn({ event: 'local-mode', host: config.host }, banner);
    process.stderr.write(`\n!!! ${banner}\n\n`);
  }
  if (!config.localMode && config.allowedTenants.length === 0) {
    logger.warn({ event: 'any-tenant' }, 'ALLOWED_TENANTS is not set: activities from any Microsoft Entra tenant are served');
  }

  const started = performance.now();
  const knowledge = loadKnowledge();
  const app = createApp(config, logger, knowledge);

  // Signals are handled from here on: a stop while the start waits for the stores is graceful too.
  let signalled = false;
  const shutdown = (signal: string) => {
    if (signalled) return;
    signalled = true;
    logger.info({ event: 'stopping', signal }, 'stopping: finishing turns in flight');
    app
      .stop()
      .then(() => {
        logger.info({ event: 'stopped' }, 'stopped');
        logger.flush?.();
        process.exit(0);
      })
      .catch((err: Error) => {
        logger.error({ err: err.message }, 'error while stopping');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('unhandledRejection', (reason) => {
    logger.error({ event: 'unhandled-rejection', err: (reason as Error)?.message ?? String(reason) }, 'unhandled promise rejection');
  });

  let address: AddressInfo;
  try {
    address = await app.listen();
  } catch (err) {
    if (signalled) return; // stopping: shutdown() exits
    if (!(err instanceof StoreUnavailableError)) throw err;
    // named store and error, never the URL or its password (the secrets are scrubbed as well)
    logger.fatal({ event: 'store-unavailable', stores: err.stores.map(({ namespace, where, state, error }) => ({ namespace, where, state, error })) }, `cannot start: ${err.message}`);
    logger.flush?.();
    process.stderr.write((secretScrubber(secrets) ?? String)(`Board Assistant did not start: ${err.message}\n`));
    await app.stop().catch(() => undefined);
    process.exit(1);
  }
  logger.info(
    {
      event: 'started',
      port: address.port,
      host: address.address,
      store: config.redisUrl ? 'redis' : 'sqlite',
      dataDir: config.redisUrl ? undefined : config.dataDir,
      auth: config.localMode ? 'none' : config.auth.MicrosoftAppType,
      tenants: config.allowedTenants.length ? config.allowedTenants.length : 'any',
      turnRate: config.turnRate,
      startupMs: Math.round(performance.now() - started),
    },
    `Board Assistant listening on http://${address.address}:${address.port}/api/messages`,
  );
}

main().catch((err: Error) => {
  // the error may come from a store client quoting its URL: no secret on stderr either
  const scrub = secretScrubber(secretsOf({ auth: { MicrosoftAppPassword: process.env.MicrosoftAppPassword ?? '' }, redisUrl: process.env.REDIS_URL })) ?? ((s: string) => s);
  process.stderr.write(scrub(`Board Assistant failed to start: ${err.message}\n`));
  process.exit(1);
});
