/**
 * The Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground`, Microsoft's local
 * Teams client: it renders the bot's replies as Teams does, offline) against the bot.
 *
 *   npm run playground        # the bot on PORT (3978) in local mode, the Playground on
 *                             # PLAYGROUND_PORT (56150); open the URL it prints
 *
 * The end-to-end test starts the same two on free ports. Development only: the bot never
 * imports this file. The Playground listens on every interface; it loads its fonts and one
 * script from a CDN, which fail harmlessly offline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import { createApp } from '../../bot/app';
import { loadKnowledge } from '../../bot/knowledge';

const CLI = join(dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');

export interface Playground {
  url: string;
  /** What the Playground printed (its own log; the Log Panel in the page shows the traffic). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the Playground against `botEndpoint` (http://host:port/api/messages) on `port`, in
 * a working directory of its own (it writes devTools/ logs there), and resolves once its page
 * is served. `openBrowser`: let it open the developer's browser.
 */
export async function startPlayground(
  botEndpoint: string,
  port: number,
  options: { openBrowser?: boolean; timeoutMs?: number; /** Where the bot is told to send its replies (default the Playground's own /_connector). */ serviceUrl?: string } = {},
): Promise<Playground> {
  const cwd = mkdtempSync(join(tmpdir(), 'agents-playground-'));
  let output = '';
  const args = [CLI, '-e', botEndpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry', ...(options.serviceUrl ? ['--service-url', options.serviceUrl] : [])];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...(options.openBrowser ? {} : { TEAMSAPPTESTER_BROWSER: 'none' }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killed);
    }
    rmSync(cwd, { recursive: true, force: true });
  };
  // served when its page answers (a slow machine: poll, no fixed wait)
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the Agents Playground exited at start (code ${child.exitCode}):\n${output}`);
    }
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the Agents Playground did not serve ${url} in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, output: () => output, stop };
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    console.error('The Agents Playground is a development tool: it does not run with NODE_ENV=production.');
    process.exitCode = 1;
    return;
  }
  // the bot in this process, in local mode (the Playground sends no tokens)
  const env = { ...process.env, MicrosoftAppId: '', MicrosoftAppPassword: '', HOST: process.env.HOST ?? '127.0.0.1' };
  const config = loadConfig(env);
  const app = createApp(config, createLogger(config.logLevel), loadKnowledge());
  const { port } = await app.listen();
  const playground = await startPlayground(`http://127.0.0.1:${port}/api/messages`, Number(process.env.PLAYGROUND_PORT ?? 56150), { openBrowser: true });
  console.log(`Board Assistant on http://127.0.0.1:${port}/api/messages (local mode, data in ${config.dataDir})`);
  console.log(`Agents Playground: ${playground.url} (personal chat, group chat, a team channel; Ctrl+C to stop)`);
  const stop = (): void =>
    void Promise.all([playground.stop(), app.stop()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) void main();
