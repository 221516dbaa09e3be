// The long fuzz run: `npm run fuzz` (100,000 cases), or `npm run fuzz -- <cases> <seed>`.
// Prints progress and the figures; exits 1 on a crash, an unknown turn error or a failed
// after-check (a plain question in fuzzed conversations, stored items parse).
import { fuzz, KNOWN_TURN_ERRORS } from './fuzz';

async function main(): Promise<void> {
  const cases = Number(process.argv[2] ?? process.env.FUZZ_CASES ?? 100000);
  const seed = Number(process.argv[3] ?? process.env.FUZZ_SEED ?? 20101031);
  process.stdout.write(`fuzz: ${cases} cases, seed ${seed}\n`);
  const run = await fuzz({ seed, cases, onProgress: (r) => process.stdout.write(`  ${r.tried} tried, ${r.turns} turns, ${r.crashes} crashes, ${Math.round(r.ms / 1000)} s\n`) });
  const problems: string[] = [];
  try {
    for (const id of ['a:fuzz-0', 'a:fuzz-1', 'a:fuzz-99', 'a:fuzz-199']) {
      const replies = await run.ask(id, 'Are sixth form colleges relevant partners?');
      if (replies.length !== 1 || !/^(\*\*)?Yes\b/.test(String(replies[0].text))) problems.push(`${id}: a plain question got ${JSON.stringify(replies.map((x) => x.text))}`);
    }
    const items = await run.storedItems();
    process.stdout.write(`stored items: ${items.length}, all parse\n`);
  } catch (err) {
    problems.push(`after-check: ${(err as Error).message}`);
  }
  const r = run.report;
  const unknown = Object.keys(r.turnErrorMessages).filter((m) => !KNOWN_TURN_ERRORS.some((k) => k.test(m)));
  process.stdout.write(`${JSON.stringify({ ...r, turnErrorMessages: undefined, turnErrorStacks: undefined }, null, 2)}\nturn errors by cause:\n`);
  for (const [m, n] of Object.entries(r.turnErrorMessages).sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${n}  ${m}\n`);
  if (r.crashes) problems.push(`${r.crashes} crashes:\n${r.crashMessages.join('\n')}`);
  if (unknown.length) problems.push(`turn errors not known:\n${unknown.map((m) => r.turnErrorStacks[m]).join('\n\n')}`);
  await run.stop();
  process.stdout.write(problems.length ? `FAILED\n${problems.join('\n')}\n` : 'OK\n');
  process.exit(problems.length ? 1 : 0);
}

main().catch((err: Error) => {
  process.stderr.write(`fuzz failed: ${err.stack}\n`);
  process.exit(1);
});
