// The structured logger (pino, JSON lines on stdout). Secrets are redacted by path as a
// second line of defence; the first is never to log them (nor message bodies) at all.
import pino, { type Logger } from 'pino';
import { LRUCache } from 'lru-cache';

export type { Logger };

export const REDACT_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  '*.authorization',
  'password',
  '*.password',
  'MicrosoftAppPassword',
  '*.MicrosoftAppPassword',
  'token',
  '*.token',
  'text',
  '*.text',
];

/**
 * The secret values in a configuration: the app password and the Redis URL's password (as
 * written and decoded). Values under 6 characters are left out: scrubbing them would mangle
 * ordinary words, and the config check is where short secrets should be caught.
 */
export function secretsOf(config: { auth: { MicrosoftAppPassword: string }; redisUrl?: string }): string[] {
  const found = [config.auth.MicrosoftAppPassword];
  if (config.redisUrl) {
    try {
      const u = new URL(config.redisUrl);
      found.push(u.password, decodeURIComponent(u.password), config.redisUrl);
    } catch {
      found.push(config.redisUrl);
    }
  }
  return [...new Set(found.filter((s) => s.length >= 6))];
}

/**
 * Replaces every known secret value in a serialised log line: the last line of defence for
 * a secret carried in some error message. Each is matched as written and as JSON escapes it.
 */
export function secretScrubber(secrets: string[]): ((line: string) => string) | undefined {
  const forms = [...new Set(secrets.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return undefined;
  return (line) => {
    for (const f of forms) if (line.includes(f)) line = line.split(f).join('[redacted]');
    return line;
  };
}

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream, secrets: string[] = []): Logger {
  const scrub = secretScrubber(secrets);
  return pino(
    {
      name: 'board-assistant',
      level,
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      ...(scrub ? { hooks: { streamWrite: scrub } } : {}),
    },
    destination,
  );
}

/**
 * A logger for lines of a fixed shape built here (ids, types, counts, latencies: never free
 * text), such as the per-turn line: it skips path redaction, which costs 25 KB of garbage and
 * 6 µs a line (a sixth of a turn's garbage, issue 8). Known secrets are still scrubbed.
 */
export const fixedShapeLogger = (logger: Logger): Logger => logger.child({}, { redact: { paths: [] } });

/**
 * For a line that may recur at the rate of requests (a refused token, a failing dependency):
 * the first is written, then at most one each `intervalMs`, saying how many were left out in
 * between (`since`). The events are counted, not logged one by one.
 */
export class RateLimitedLine {
  private last = -Infinity;
  private skipped = 0;
  /** Every event, written or not. */
  count = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  write(log: (since: { skipped?: number }) => void): void {
    this.count++;
    const t = this.now();
    if (t - this.last < this.intervalMs) {
      this.skipped++;
      return;
    }
    this.last = t;
    const skipped = this.skipped;
    this.skipped = 0;
    log(skipped ? { skipped } : {});
  }
}

/** Kinds of console message tracked for the rate limit (the oldest forgotten first). */
const CONSOLE_KINDS = 100;

/**
 * Sends what libraries print with console.error, console.warn and console.log to the log
 * instead of stderr and stdout: the first line only, at debug level, one line a minute at
 * most per kind of message (its first 60 characters). botbuilder prints every refused token
 * (some with the Bot Framework's public key, eight lines) and every request it fails, stack
 * and all; the service logs those events itself (unauthorized, adapter-error), once a minute.
 * Returns a function that puts the console back.
 */
export function routeConsoleToLog(logger: Logger, intervalMs = 60_000): () => void {
  const kinds = new LRUCache<string, RateLimitedLine>({ max: CONSOLE_KINDS });
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const route =
    (source: keyof typeof saved) =>
    (...args: unknown[]): void => {
      const first = args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' ').split('\n')[0]!.slice(0, 200);
      const kind = first.slice(0, 60);
      let line = kinds.get(kind);
      if (!line) kinds.set(kind, (line = new RateLimitedLine(intervalMs)));
      line.write((since) => logger.debug({ event: 'console', source: `console.${source}`, message: first, ...since }, 'printed by a library'));
    };
  console.error = route('error');
  console.warn = route('warn');
  console.log = route('log');
  return () => Object.assign(console, saved);
}
