// The structured logger (pino, JSON lines on stdout). Secrets are redacted by path as a
// second line of defence; the first is never to log them (nor message bodies) at all.
import pino, { type Logger } from 'pino';

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
