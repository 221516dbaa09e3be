// The HTTP service (restify): POST /api/messages through the CloudAdapter, GET /healthz.
// Turns in flight are counted so that shutdown can let them finish.
import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { HttpProblem, KNOWN_ACTIVITY_TYPES, MAX_BODY_BYTES, parseActivity, readBody } from './http';

export interface ServerDeps {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  maxBodyBytes?: number;
  /** Extra facts for /healthz (store kind...). */
  health?: () => Record<string, unknown>;
}

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
  /** Stops taking new requests (503) from now on. */
  drain(): void;
}

/**
 * The response handed to the adapter: it writes through to restify, except that the body
 * of a 5xx (the adapter puts the internal error text there) is replaced by a plain reason.
 */
function guardedResponse(res: Response) {
  let status = 200;
  return {
    get statusCode() {
      return status;
    },
    socket: res.socket,
    header: (name: string, value: unknown) => res.header(name, value),
    status: (code: number) => {
      status = code;
      res.status(code);
    },
    send: (body?: unknown) => {
      if (status >= 500) res.send({ error: 'internal error' });
      else if (status === 401) res.send({ error: 'unauthorized' });
      else res.send(body);
    },
    end: () => {
      if (!res.headersSent) res.status(status);
      res.end();
    },
  };
}

export function createBotServer(deps: ServerDeps): BotServer {
  const { adapter, logger } = deps;
  const limit = deps.maxBodyBytes ?? MAX_BODY_BYTES;
  const inFlight = new InFlight();
  let draining = false;
  const server = restify.createServer({ name: 'board-assistant', handleUncaughtExceptions: false });

  server.get('/healthz', (_req: Request, res: Response, next) => {
    res.send(draining ? 503 : 200, { status: draining ? 'stopping' : 'ok', inFlight: inFlight.size, ...(deps.health?.() ?? {}) });
    return next();
  });

  server.post('/api/messages', (req: Request, res: Response, next) => {
    if (draining) {
      res.header('connection', 'close');
      res.send(503, { error: 'shutting down' });
      return next();
    }
    inFlight
      .track(async () => {
        let activity: Record<string, unknown>;
        try {
          activity = parseActivity(await readBody(req, limit));
        } catch (err) {
          const p = err instanceof HttpProblem ? err : new HttpProblem(400, 'unreadable request');
          logger.warn({ event: 'bad-request', status: p.status, reason: p.reason, contentLength: req.headers['content-length'] }, 'rejected a request to /api/messages');
          if (p.status === 413) res.header('connection', 'close');
          res.send(p.status, { error: p.reason });
          return;
        }
        if (!KNOWN_ACTIVITY_TYPES.has(String(activity.type))) {
          logger.info({ event: 'ignored', activityType: String(activity.type).slice(0, 40) }, 'ignored an unknown activity type');
          res.send(200);
          return;
        }
        (req as Request & { body: unknown }).body = activity;
        const guarded = guardedResponse(res);
        await adapter.process(req, guarded, deps.logic);
        if (guarded.statusCode === 401) logger.warn({ event: 'unauthorized', activityType: activity.type, channelId: activity.channelId }, 'rejected a request: token missing or invalid');
        else if (guarded.statusCode >= 500) logger.error({ event: 'adapter-error', status: guarded.statusCode, activityType: activity.type }, 'the adapter failed a request');
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
    drain: () => {
      draining = true;
    },
  };
}
