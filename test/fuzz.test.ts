// The fast part of the fuzzing (test/fuzz.ts): a few thousand generated activities through the
// real bot in process. No crash, no hung turn; afterwards a fuzzed conversation still answers a
// plain question correctly and every stored item parses. `npm run fuzz` runs 100,000.
import { firstWords } from './bot-fakes';
import { fuzz, KNOWN_TURN_ERRORS, type FuzzRun } from './fuzz';

const CASES = Number(process.env.FUZZ_CASES ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? 20101031);

describe(`fuzz: ${CASES} generated activities, seed ${SEED}`, () => {
  let run: FuzzRun;
  beforeAll(async () => {
    run = await fuzz({ seed: SEED, cases: CASES });
    // the figures, for whoever reads the test output
    process.stdout.write(`fuzz report: ${JSON.stringify({ ...run.report, turnErrorStacks: undefined })}\n`);
  }, 240000);
  afterAll(async () => {
    await run?.stop();
  });

  test('every case was tried; none crashed or hung', () => {
    const r = run.report;
    expect(r.tried).toBe(CASES);
    expect(r.crashMessages).toEqual([]);
    expect(r.crashes).toBe(0);
    // the mix really exercises both sides of the door
    expect(r.turns).toBeGreaterThan(CASES / 3);
    expect(r.refusedBadRequest + r.refusedTenant + r.ignored + r.refusedTooLarge).toBeGreaterThan(CASES / 10);
  });

  test('no turn ended in an exception, apart from the known ones listed in fuzz.ts', () => {
    const unknown = Object.keys(run.report.turnErrorMessages).filter((m) => !KNOWN_TURN_ERRORS.some((k) => k.test(m)));
    expect(unknown).toEqual([]);
  });

  test('a fuzzed conversation still answers a plain question correctly', async () => {
    for (const id of ['a:fuzz-0', 'a:fuzz-7', 'a:fuzz-42', 'a:fuzz-199']) {
      const replies = await run.ask(id, 'Are sixth form colleges relevant partners?');
      expect(replies).toHaveLength(1);
      expect(firstWords(replies[0] as { text?: string; attachments?: { content?: unknown }[] })).toMatch(/^Yes: /);
      expect(JSON.stringify(replies[0])).toMatch(/DfE 2010 notice/);
    }
  });

  test('every stored item parses and state items carry an eTag', async () => {
    const items = await run.storedItems();
    expect(items.length).toBeGreaterThan(0);
    const state = items.filter((i) => /^fuzz-state:/.test(i.key));
    expect(state.length).toBeGreaterThan(0);
    for (const s of state) expect(typeof (s.value as { value?: { eTag?: unknown } }).value?.eTag).toBe('string');
  });
});
