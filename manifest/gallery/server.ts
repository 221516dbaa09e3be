/**
 * The card gallery: a local page that renders every card template with every sample data
 * set through the official `adaptivecards` renderer, under Microsoft Teams' light, dark and
 * high-contrast host configs, and at phone width.
 *
 *   npm run gallery            # http://127.0.0.1:3979/  (GALLERY_PORT to change)
 *
 * Development only: the bot server never imports this file, and it refuses to start with
 * NODE_ENV=production. It listens on the loopback interface only.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { loadCatalog } from './catalog';
import { checkCard } from './validate';

const HERE = __dirname;
const ADAPTIVECARDS_DIST = join(dirname(require.resolve('adaptivecards/package.json')), 'dist');

export const DEFAULT_PORT = 3979;

interface StaticFile {
  path: string;
  type: string;
}

const STATIC: Record<string, StaticFile> = {
  '/': { path: join(HERE, 'index.html'), type: 'text/html; charset=utf-8' },
  '/gallery.js': { path: join(HERE, 'client.js'), type: 'text/javascript; charset=utf-8' },
  '/gallery.css': { path: join(HERE, 'gallery.css'), type: 'text/css; charset=utf-8' },
  '/card-checks.js': { path: join(HERE, 'card-checks.js'), type: 'text/javascript; charset=utf-8' },
  '/hostconfig/light.json': { path: join(HERE, 'teams-light.json'), type: 'application/json; charset=utf-8' },
  '/hostconfig/dark.json': { path: join(HERE, 'teams-dark.json'), type: 'application/json; charset=utf-8' },
  '/hostconfig/contrast.json': { path: join(HERE, 'teams-high-contrast.json'), type: 'application/json; charset=utf-8' },
  '/vendor/adaptivecards.min.js': { path: join(ADAPTIVECARDS_DIST, 'adaptivecards.min.js'), type: 'text/javascript; charset=utf-8' },
};

/** What the page renders: every sample, its data, the expanded card and the parser's verdict. */
export function galleryData(): unknown {
  const catalog = loadCatalog();
  return {
    templates: catalog.templates,
    withoutSamples: catalog.withoutSamples,
    orphanSamples: catalog.orphanSamples,
    samples: catalog.samples.map((s) => ({
      id: s.id,
      template: s.template,
      sample: s.sample,
      data: s.data,
      card: s.card,
      error: s.error,
      check: s.card ? checkCard(s.card) : undefined,
    })),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
  });
  res.end(body);
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'GET only\n');
    return;
  }
  try {
    if (url.pathname === '/api/cards') {
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify(galleryData()));
      return;
    }
    const file = STATIC[url.pathname];
    if (!file) {
      send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
      return;
    }
    // read on each request: edit a template or a sample and reload the page
    send(res, 200, file.type, readFileSync(file.path));
  } catch (err) {
    send(res, 500, 'text/plain; charset=utf-8', `gallery error: ${(err as Error).message}\n`);
  }
}

export interface Gallery {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Starts the gallery on the loopback interface; port 0 picks a free port. */
export function startGallery(port: number = DEFAULT_PORT, host = '127.0.0.1'): Promise<Gallery> {
  return new Promise((resolve, reject) => {
    const server = createServer(handle);
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://${host}:${address.port}/`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((err) => (err ? fail(err) : done()));
          }),
      });
    });
  });
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    console.error('The card gallery is a development tool: it does not run with NODE_ENV=production.');
    process.exitCode = 1;
    return;
  }
  const port = process.env.GALLERY_PORT ? Number(process.env.GALLERY_PORT) : DEFAULT_PORT;
  const gallery = await startGallery(port);
  const { samples, withoutSamples } = loadCatalog();
  console.log(`Card gallery: ${gallery.url} (${samples.length} samples)`);
  if (withoutSamples.length > 0) console.log(`Templates without samples: ${withoutSamples.join(', ')}`);
  const stop = (): void => void gallery.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) void main();
