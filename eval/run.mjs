#!/usr/bin/env node
// The evaluation corpus over the Bot Framework protocol: plays the Bot Connector (a capture
// server of its own is the serviceUrl), posts each question to a running bot's
// /api/messages, and grades what a person would see. Without --url it builds nothing and
// starts the compiled bot (dist/) on a free port with a throw-away data folder.
//
//   npm run eval [-- --url http://127.0.0.1:3978/api/messages] [--cases a.mjs,b.mjs]
//                [--only REGEX] [--verbose] [--quiet] [--min 98]
//
// Exit status 1 on any wrong verdict or any answer to an out-of-scope question, or when
// accuracy is below --min; these two are the failures a clerk must never see.
import http from 'node:http';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { grade, visibleText } from './grade.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = parseArgs(process.argv.slice(2));
const only = args.only ? new RegExp(args.only) : null;
const casesFiles = args.cases
  ? String(args.cases).split(',').map((f) => path.resolve(f))
  : readdirSync(path.join(here, 'corpus')).filter((f) => /^batch-.*\.mjs$/.test(f)).sort().map((f) => path.join(here, 'corpus', f));

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) continue;
    const next = argv[i + 1];
    out[argv[i].slice(2)] = next !== undefined && !next.startsWith('--') ? argv[++i] : true;
  }
  return out;
}

// ---- the fake Bot Connector ----

function startConnector() {
  const inbox = new Map();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const m = req.url.match(/\/v3\/conversations\/([^/]+)\/activities/);
      if (req.method === 'POST' && m) {
        const conv = decodeURIComponent(m[1]);
        try { (inbox.get(conv) ?? inbox.set(conv, []).get(conv)).push(JSON.parse(body)); } catch { /* not JSON: nothing to grade */ }
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(req.method === 'GET' ? {} : { id: `act-${Math.random().toString(36).slice(2)}` }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, inbox, url: `http://127.0.0.1:${server.address().port}` })));
}

const tenantId = 'tenant-eval-0001';
const botAccount = { id: '28:bot-eval', name: 'Board Assistant' };

function activityFor(c, convId, serviceUrl) {
  const base = {
    type: 'message', id: `m-${convId}`, timestamp: new Date().toISOString(), localTimezone: 'Europe/London', serviceUrl,
    channelId: 'msteams', from: { id: '29:user-eval', name: 'Eval User', aadObjectId: '00000000-0000-0000-0000-000000000001' },
    recipient: botAccount, locale: 'en-GB', textFormat: 'plain',
  };
  if (c.conv === 'channel') {
    const at = `<at>${botAccount.name}</at>`;
    return {
      ...base, text: `${at} ${c.q}`, entities: [{ type: 'mention', mentioned: botAccount, text: at }],
      conversation: { id: `19:chan-${convId}@thread.tacv2;messageid=1`, conversationType: 'channel', isGroup: true, tenantId },
      channelData: { tenant: { id: tenantId }, team: { id: '19:team-eval@thread.tacv2' }, channel: { id: `19:chan-${convId}@thread.tacv2` } },
    };
  }
  return { ...base, text: c.q, conversation: { id: `a:personal-${convId}`, conversationType: 'personal', tenantId }, channelData: { tenant: { id: tenantId } } };
}

// ---- the bot, when no --url is given ----

async function startBot() {
  const port = await new Promise((resolve) => { const s = http.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'board-eval-'));
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.MicrosoftAppId; delete env.MicrosoftAppPassword; delete env.REDIS_URL;
  const child = spawn(process.execPath, [path.join(here, '..', 'dist', 'bot', 'index.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => { child.kill('SIGTERM'); rmSync(dataDir, { recursive: true, force: true }); };
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`the bot exited at start (status ${child.exitCode}); run npm run build first`);
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (up) return { url: `http://127.0.0.1:${port}/api/messages`, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('the bot did not answer /healthz within 30 s');
}

// ---- the run ----

async function main() {
  const cases = [];
  for (const file of casesFiles) for (const c of (await import(pathToFileURL(file).href)).cases) cases.push({ ...c, file: path.basename(file) });
  const bot = args.url ? { url: String(args.url), stop: () => {} } : await startBot();
  const connector = await startConnector();
  const tally = { n: 0, pass: 0, wrongVerdict: [], outOfScope: [], byKind: {}, byType: {} };
  try {
    for (const [i, c] of cases.entries()) {
      if (only && !only.test(c.id)) continue;
      tally.n++;
      const convId = `${c.id}-${i}-${Date.now()}`;
      const activity = activityFor(c, convId, connector.url);
      let status = 0;
      try {
        const r = await fetch(bot.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        status = r.status;
        await r.text();
      } catch { status = -1; }
      const activities = connector.inbox.get(activity.conversation.id) ?? [];
      const g = status >= 200 && status < 300 ? grade(c, activities) : { problems: [`HTTP ${status}`] };
      for (const [key, group] of [['byKind', c.kind], ['byType', c.type ?? c.kind]]) {
        const t = (tally[key][group] ??= { pass: 0, n: 0 });
        t.n++;
        if (!g.problems.length) t.pass++;
      }
      if (!g.problems.length) tally.pass++;
      else if (!args.quiet) console.log(`FAIL ${c.id}: "${c.q}" -> ${g.problems.join('; ')}`);
      if (g.wrongVerdict) tally.wrongVerdict.push(c.id);
      if (g.answeredOutOfScope) tally.outOfScope.push(c.id);
      if (args.verbose) console.log(`---- ${c.id}\n${visibleText(activities)}\n`);
    }
  } finally {
    connector.server.close();
    bot.stop();
  }
  const pct = (p, n) => `${p}/${n} (${((100 * p) / Math.max(1, n)).toFixed(1)}%)`;
  console.log(`by kind: ${Object.entries(tally.byKind).map(([k, v]) => `${k} ${pct(v.pass, v.n)}`).join(', ')}`);
  console.log(`by type: ${Object.entries(tally.byType).map(([k, v]) => `${k} ${pct(v.pass, v.n)}`).join(', ')}`);
  console.log(`wrong verdicts: ${tally.wrongVerdict.length}${tally.wrongVerdict.length && !args.quiet ? ` (${tally.wrongVerdict.join(', ')})` : ''}`);
  console.log(`out-of-scope questions answered: ${tally.outOfScope.length}${tally.outOfScope.length && !args.quiet ? ` (${tally.outOfScope.join(', ')})` : ''}`);
  console.log(`accuracy ${pct(tally.pass, tally.n)}`);
  const min = args.min ? Number(args.min) : 0;
  const failed = tally.wrongVerdict.length > 0 || tally.outOfScope.length > 0 || (100 * tally.pass) / Math.max(1, tally.n) < min;
  process.exitCode = failed ? 1 : 0;
}

await main();
