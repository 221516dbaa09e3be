// A fake Bot Connector for the HTTP tests (as ../shared/eval/run.mjs plays it), and the real
// service started against it.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../bot/config';
import { createApp, type App } from '../bot/app';
import { loadKnowledge } from '../bot/knowledge';
import { captureLogger } from './bot-fakes';

export interface Captured {
  url: string;
  conversationId: string;
  body: Record<string, any>;
  /** The status it was answered with. */
  status?: number;
}

/** How the connector answers a post: a status other than 2xx with the headers Teams would send. */
export interface Answer {
  status: number;
  headers?: Record<string, string>;
  /** Teams' error body: { error: { code, message } }. */
  code?: string;
  /** Answer only once this settles (a Bot Connector that does not answer in time). */
  after?: Promise<void>;
}

/**
 * A fake Bot Connector: records what the bot posts; `hold()` delays the next answer;
 * `answerWith()` answers posts with other statuses (429, 5xx, 403...), as Teams would.
 */
export function startConnector() {
  const posts: Captured[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  let gate: Promise<void> | undefined;
  let openGate: (() => void) | undefined;
  let gateArrived: (() => void) | undefined;
  let script: ((post: Captured, n: number) => Answer | undefined) | undefined;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', async () => {
      const m = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      let answer: Answer | undefined;
      if (req.method === 'POST' && m) {
        const post: Captured = { url: req.url!, conversationId: decodeURIComponent(m[1]), body: JSON.parse(body) };
        posts.push(post);
        answer = script?.(post, posts.length);
        post.status = answer?.status ?? 200;
        waiters.filter((w) => posts.length >= w.n).forEach((w) => w.resolve());
        if (gate) {
          gateArrived?.();
          await gate;
        }
        await answer?.after;
      }
      res.setHeader('content-type', 'application/json');
      if (answer && (answer.status < 200 || answer.status > 299)) {
        res.writeHead(answer.status, answer.headers);
        res.end(JSON.stringify({ error: { code: answer.code ?? 'ServiceError', message: `answered ${answer.status} (test connector)` } }));
        return;
      }
      res.end(JSON.stringify({ id: `act-${posts.length}` }));
    });
  });
  return {
    posts,
    server,
    /** Resolves once `n` activities in all have been posted. */
    received: (n: number) => new Promise<void>((resolve) => (posts.length >= n ? resolve() : waiters.push({ n, resolve }))),
    /** Holds the next reply POST until the returned `release` is called. */
    hold() {
      let arrived!: () => void;
      const reached = new Promise<void>((r) => (arrived = r));
      gate = new Promise<void>((r) => (openGate = r));
      gateArrived = arrived;
      return {
        reached,
        release: () => {
          gate = undefined;
          openGate?.();
        },
      };
    },
    /** Answers each post with what `answer` returns for it (undefined: 200). */
    answerWith(answer: ((post: Captured, n: number) => Answer | undefined) | undefined) {
      script = answer;
    },
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  };
}

/**
 * The whole product (real knowledge base, embedded store) on an ephemeral port, with a
 * connector capturing what it posts. `stop()` undoes everything.
 */
export async function startRealService(keyPrefix: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `board-${keyPrefix}-`));
  const connector = startConnector();
  await new Promise<void>((r) => connector.server.listen(0, '127.0.0.1', r));
  // Always the embedded store, whatever REDIS_URL says: these tests are about the HTTP path.
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, KEY_PREFIX: keyPrefix });
  const app: App = createApp(config, captureLogger().logger, loadKnowledge());
  const base = `http://127.0.0.1:${(await app.listen()).port}`;
  return {
    app,
    base,
    serviceUrl: connector.url(),
    posts: connector.posts,
    async stop() {
      await app.stop();
      await new Promise((r) => connector.server.close(r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
