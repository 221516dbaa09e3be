// The HTTP service (restify): POST /api/messages through the CloudAdapter, GET /healthz,
// and the privacy notice and terms of use the Teams app package links to (GET /privacy, /terms).
// Turns in flight are counted so that shutdown can let them finish. A body that does not
// arrive in time gets 408, a turn that runs too long 504 (the turn itself carries on).
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { Logger } from 'pino';
import type { Config } from './config';
import { BODY_TIMEOUT_MS, HttpProblem, MAX_BODY_BYTES, readBody, screenActivity } from './http';
import { privacyPage, termsPage } from './legal';
import { RateLimitedLine } from './log';

/** How long a turn may hold its request before the caller gets 504. */
export const TURN_TIMEOUT_MS = 30000;

export interface ServerDeps {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  maxBodyBytes?: number;
  /** Body and turn time limits (config.timeouts); defaults BODY_TIMEOUT_MS, TURN_TIMEOUT_MS. */
  timeouts?: Config['timeouts'];
  /** Extra facts for /healthz (store kind...). */
  health?: () => Record<string, unknown>;
  /** Who runs the service, for /privacy and /terms. */
  operator?: Config['operator'];
  /**
   * Whether the service can serve: `starting` until its stores answer (messages get 503 at
   * once), `unavailable` while a store is down (turns still run: the user gets the apology).
   * /healthz answers 503 with the reason unless `ok`. Default: always ok.
   */
  readiness?: () => Readiness;
  /** Checks a request's token before the adapter (adapter.ts's requestChecker); throws to refuse. */
  authenticate?: (activity: Activity, authHeader: string) => Promise<void>;
  /** Milliseconds clock of the log rate limits, for tests. */
  now?: () => number;
}

export type Readiness = { status: 'ok' } | { status: 'starting' | 'unavailable'; reason: string };

/** Counts requests in flight; `idle()` resolves when none is left. */
export class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];
  get size(): number {
    return this.count;
  }
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await work();
    } finally {
      this.count--;
      if (this.count === 0) this.waiters.splice(0).forEach((w) => w());
    }
  }
  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((r) => this.waiters.push(r));
  }
}

export interface BotServer {
  server: Server;
  inFlight: InFlight;
  /** Requests refused for their token, and requests the adapter failed (each logged at most once a minute). */
  counts(): { unauthorized: number; adapterErrors: number };
  /** Stops taking new requests (503) from now on. */
  drain(): void;
}

/**
 * The response handed to the adapter: it writes through to restify, except that the body
 * of a 5xx (the adapter puts the internal error text there) is replaced by a plain reason.
 */
function guardedResponse(res: Response) {
  let status = 200;
  // once the request has been answered on the adapter's behalf (timeout), it writes nothing more
  let closed = false;
  const open = () => !closed && !res.headersSent;
  return {
    close: () => {
      closed = true;
    },
    get statusCode() {
      return status;
    },
    socket: res.socket,
    header: (name: string, value: unknown) => {
      if (open()) res.header(name, value);
    },
    status: (code: number) => {
      if (closed) return;
      status = code;
      if (!res.headersSent) res.status(code);
    },
    send: (body?: unknown) => {
      if (!open()) return;
      if (status >= 500) res.send({ error: 'internal error' });
      else if (status === 401) res.send({ error: 'unauthorized' });
      else res.send(body);
    },
    end: () => {
      if (closed) return;
      if (!res.headersSent) res.status(status);
      res.end();
    },
  };
}

/** How often a refused token (or an adapter failure) is logged at most; the others are counted. */
export const REFUSAL_LOG_INTERVAL_MS = 60_000;

const isAuthenticationError = (err: unknown): boolean => err instanceof AuthenticationError || (err as { name?: unknown })?.name === 'AuthenticationError';

/** The first line of an error's message, short: no stack, nothing a caller sent at length. */
const firstLine = (err: unknown): string => String((err as Error)?.message ?? err).split('\n')[0]!.slice(0, 160);

export function createBotServer(deps: ServerDeps): BotServer {
  const { adapter, logger } = deps;
  const unauthorized = new RateLimitedLine(REFUSAL_LOG_INTERVAL_MS, deps.now);
  const failed = new RateLimitedLine(REFUSAL_LOG_INTERVAL_MS, deps.now);
  const limit = deps.maxBodyBytes ?? MAX_BODY_BYTES;
  const { bodyMs, turnMs } = deps.timeouts ?? { bodyMs: BODY_TIMEOUT_MS, turnMs: TURN_TIMEOUT_MS };
  const inFlight = new InFlight();
  let draining = false;
  const server = restify.createServer({ name: 'board-assistant', handleUncaughtExceptions: false });
  // Node's own limits as the backstop for what the handler never sees (headers sent slowly);
  // Node checks them every 30 s, so the body limit above is enforced by readBody itself.
  server.server.headersTimeout = bodyMs;
  server.server.requestTimeout = bodyMs * 2;

  const readiness = deps.readiness ?? ((): Readiness => ({ status: 'ok' }));

  server.get('/healthz', (_req: Request, res: Response, next) => {
    const ready: Readiness = draining ? { status: 'unavailable', reason: 'stopping' } : readiness();
    res.send(ready.status === 'ok' ? 200 : 503, { status: draining ? 'stopping' : ready.status, ...('reason' in ready ? { reason: ready.reason } : {}), inFlight: inFlight.size, ...(deps.health?.() ?? {}) });
    return next();
  });

  for (const [route, render] of [['/privacy', privacyPage], ['/terms', termsPage]] as const) {
    const html = render(deps.operator ?? {});
    server.get(route, (_req: Request, res: Response, next) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" });
      res.end(html);
      return next();
    });
  }

  server.post('/api/messages', (req: Request, res: Response, next) => {
    if (draining) {
      res.header('connection', 'close');
      res.send(503, { error: 'shutting down' });
      return next();
    }
    const ready = readiness();
    if (ready.status === 'starting') {
      // at once, rather than a turn that waits for a store until the turn timeout (504)
      res.header('retry-after', '5');
      res.send(503, { error: `starting: ${ready.reason}` });
      return next();
    }
    inFlight
      .track(async () => {
        let screened: ReturnType<typeof screenActivity>;
        try {
          screened = screenActivity(await readBody(req, limit, bodyMs));
        } catch (err) {
          const p = err instanceof HttpProblem ? err : new HttpProblem(400, 'unreadable request');
          logger.warn({ event: 'bad-request', status: p.status, reason: p.reason, contentLength: req.headers['content-length'] }, 'rejected a request to /api/messages');
          // the rest of an oversized or stalled body is not worth reading
          if (p.status === 413 || p.status === 408) res.header('connection', 'close');
          res.send(p.status, { error: p.reason });
          return;
        }
        const { activity } = screened;
        if (screened.action === 'ignore') {
          logger.info({ event: 'ignored', activityType: String(activity.type).slice(0, 40) }, 'ignored an unknown activity type');
          res.send(200);
          return;
        }
        (req as Request & { body: unknown }).body = activity;
        const guarded = guardedResponse(res);
        let refused = false;
        const turn = (async () => {
          // The token is checked here first: the adapter's request handler prints a refused
          // token to stderr with its stack; here it is one warn line a minute at most, counted.
          try {
            await deps.authenticate?.(activity as unknown as Activity, typeof req.headers.authorization === 'string' ? req.headers.authorization : '');
          } catch (err) {
            const status = isAuthenticationError(err) ? 401 : 500;
            const activityType = String(activity.type).slice(0, 40);
            if (status === 401) unauthorized.write((since) => logger.warn({ event: 'unauthorized', reason: firstLine(err), activityType, channelId: String(activity.channelId).slice(0, 40), ...since }, 'refused a request: token missing or invalid'));
            else failed.write((since) => logger.error({ event: 'auth-error', err: firstLine(err), activityType, ...since }, 'could not check a request\'s token'));
            refused = true;
            guarded.status(status);
            guarded.send();
            return;
          }
          await adapter.process(req, guarded, deps.logic);
        })();
        let timer: NodeJS.Timeout | undefined;
        const late = await Promise.race([
          turn.then(() => false),
          new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), turnMs))),
        ]).finally(() => clearTimeout(timer));
        if (late) {
          guarded.close();
          logger.warn({ event: 'turn-timeout', timeoutMs: turnMs, activityType: activity.type, activityId: String(activity.id ?? '').slice(0, 100) }, 'a turn ran past the time limit: answered 504, the turn carries on');
          if (!res.headersSent) res.send(504, { error: 'turn timed out' });
          await turn; // still in flight: shutdown waits for it
          return;
        }
        // 500 is the adapter's own failure; an invoke's answer (a 501 for an invoke nobody handles) is not
        if (guarded.statusCode === 500 && !refused) failed.write((since) => logger.error({ event: 'adapter-error', status: 500, activityType: String(activity.type).slice(0, 40), ...since }, 'the adapter failed a request'));
      })
      .catch((err: Error) => {
        logger.error({ event: 'request-error', err: { message: err.message, stack: err.stack } }, 'request failed');
        if (!res.headersSent) res.send(500, { error: 'internal error' });
      })
      .finally(() => next());
  });

  return {
    server,
    inFlight,
    counts: () => ({ unauthorized: unauthorized.count, adapterErrors: failed.count }),
    drain: () => {
      draining = true;
    },
  };
}
