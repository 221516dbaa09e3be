// A lean capture Bot Connector for the benchmark: answers POST .../v3/conversations/{id}/activities
// (and .../activities/{replyToId}) with 200, or with 429 and Retry-After for the posts `throttle`
// picks, and counts what it answered per conversation. Unlike test/connector.ts it neither
// parses nor keeps the bodies (tens of thousands of posts), and it can throttle.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorOptions {
  /** Called with the 1-based number of each post: true answers it 429. */
  throttle?: (n: number) => boolean;
  /** The Retry-After header of a 429, in seconds. */
  retryAfterS?: number;
}

export interface CaptureConnector {
  /** Base URL ending in "/": the serviceUrl of the activities. */
  serviceUrl: string;
  /** Posts answered 200 and 429, and requests that were not a post of an activity. */
  counts: { ok: number; throttled: number; other: number };
  /** Posts answered 200, per conversation id. */
  delivered: Map<string, number>;
  reset(): void;
  close(): Promise<void>;
}

const ACTIVITIES = /^\/(?:[^/]+\/)*v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/;

export async function startCaptureConnector(o: ConnectorOptions = {}): Promise<CaptureConnector> {
  const counts = { ok: 0, throttled: 0, other: 0 };
  const delivered = new Map<string, number>();
  let n = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const m = req.method === 'POST' ? ACTIVITIES.exec((req.url ?? '').split('?')[0]!) : null;
      if (!m) {
        counts.other++;
        res.writeHead(404).end();
        return;
      }
      if (o.throttle?.(++n)) {
        counts.throttled++;
        res.writeHead(429, { 'retry-after': String(o.retryAfterS ?? 1), 'content-type': 'application/json' });
        res.end('{"error":{"code":"TooManyRequests","message":"throttled (bench)"}}');
        return;
      }
      counts.ok++;
      const conversationId = decodeURIComponent(m[1]!);
      delivered.set(conversationId, (delivered.get(conversationId) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"bench-${counts.ok}"}`);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/uk/`,
    counts,
    delivered,
    reset() {
      counts.ok = counts.throttled = counts.other = 0;
      delivered.clear();
      n = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
