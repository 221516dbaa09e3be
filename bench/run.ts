// npm run bench: every figure the product is held to, measured in one run (issue 8). Prints
// a table and writes the same figures to bench/results.json (not committed).
//
//   npm run bench                      # all: answer, http (with start-up), scheduler, soak
//   npm run bench -- soak              # some: answer, http, scheduler, soak (or --only=answer,http)
import fs from 'node:fs';
import path from 'node:path';
import { answerBench } from './answer';
import { httpBench } from './http';
import { schedulerBench } from './scheduler';
import { soakBench } from './soak';
import { ROOT, machine, progress, type Row } from './lib';

const PARTS = {
  answer: answerBench,
  http: httpBench,
  scheduler: schedulerBench,
  soak: soakBench,
} satisfies Record<string, () => Promise<{ rows: Row[]; details: Record<string, unknown> }>>;
type Part = keyof typeof PARTS;

function table(rows: Row[]): string {
  const cells = rows.map((r) => [r.section, r.measure, `${r.value} ${r.unit}`, r.target ?? '', r.met === undefined ? '' : r.met ? 'met' : 'MISSED', r.note ?? '']);
  const head = ['section', 'measure', 'value', 'target', '', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  // the parts named, as words (`npm run bench -- soak`) or as --only=a,b
  const named = process.argv.slice(2).flatMap((a) => (a.startsWith('--only=') ? a.slice('--only='.length).split(',') : a.startsWith('-') ? [] : [a]));
  const only = named.length ? named : undefined;
  const parts = (Object.keys(PARTS) as Part[]).filter((p) => !only || only.includes(p));
  if (only?.some((p) => !(p in PARTS))) throw new Error(`the parts are ${Object.keys(PARTS).join(', ')}`);
  const started = new Date();
  const m = machine();
  progress(`${m.cores} cores (${m.cpu}), Node ${m.node}, load average ${m.loadAverage.join(' ')}`);
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  for (const part of parts) {
    progress(`${part}...`);
    const result = await PARTS[part]();
    rows.push(...result.rows);
    details[part] = result.details;
  }
  const seconds = (Date.now() - started.getTime()) / 1000;
  const missed = rows.filter((r) => r.met === false);
  const out = { startedAt: started.toISOString(), seconds, machine: { ...m, loadAverageAtEnd: machine().loadAverage }, rows, details };
  fs.writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`\nBoard Assistant benchmark, ${started.toISOString()}, ${m.cores} cores (${m.cpu}), Node ${m.node}, ${Math.round(seconds)} s\n\n`);
  process.stdout.write(`${table(rows)}\n\n`);
  const notes = Object.values(details).flatMap((d) => ((d as { notes?: string[] }).notes ?? []));
  for (const n of notes) process.stdout.write(`${n}\n`);
  process.stdout.write(`${missed.length ? `${missed.length} target(s) missed: ${missed.map((r) => `${r.section} / ${r.measure}`).join('; ')}` : 'Every target met.'}\nFigures also in bench/results.json.\n`);
  // The figures are the result: a missed target does not fail the command.
  process.exit(0);
}

main().catch((err: Error) => {
  process.stderr.write(`bench failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
