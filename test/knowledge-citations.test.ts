// Every citation in the knowledge data must check against its paragraph or section:
// a quote that is not in the source fails the build.
import { loadKnowledgeBase } from '../knowledge/load';
import { quoteStandsIn } from '../knowledge/sources';
import type { Citation, KnowledgeBase } from '../knowledge/types';

const kb = loadKnowledgeBase();

/** The test's own look-up, independent of the loader's check. */
function quoteChecks(kb: KnowledgeBase, c: Citation): boolean {
  const source = kb.sources.find((s) => s.id === c.source);
  const refs = c.paras ? c.paras.map(String) : c.section ? [c.section] : [];
  const texts = refs.map((ref) => source?.units.find((u) => u.ref === ref)?.text);
  return refs.length > 0 && texts.every((t) => t !== undefined) && quoteStandsIn(texts as string[], c.quote);
}

const all: { where: string; c: Citation }[] = [
  ...kb.positions.flatMap((p) => p.cite.map((c) => ({ where: `${p.source} ${p.subject} from ${p.from}`, c }))),
  ...kb.topics.flatMap((t) => (t.perBody?.cite ?? []).map((c) => ({ where: `topic ${t.id} perBody`, c }))),
];

test('the knowledge base has citations to check', () => {
  expect(all.length).toBeGreaterThan(100);
});

test.each(all.map((x) => [x.where, x.c.paras?.join(',') ?? x.c.section, x.c]))('%s cites %s verbatim', (_where, _ref, c) => {
  expect(quoteChecks(kb, c as Citation)).toBe(true);
});

test('numbered sources are cited by paragraph, headed ones by section', () => {
  for (const { c } of all) {
    const source = kb.sources.find((s) => s.id === c.source)!;
    if (source.structure === 'numbered') expect(c.paras?.length).toBeGreaterThan(0);
    else expect(c.section).toBeTruthy();
  }
});

test('the checker itself refuses a quote that is not there, or in the wrong paragraph', () => {
  expect(quoteChecks(kb, { source: 'dcsf-2008', paras: [14], quote: 'Jobcentre Plus' })).toBe(false);
  expect(quoteChecks(kb, { source: 'dcsf-2008', paras: [15], quote: 'At present these partners are: district councils;' })).toBe(false);
  expect(quoteChecks(kb, { source: 'dfe-2010', section: 'Duty to cooperate', quote: 'continue to be … police … district councils' })).toBe(false);
  expect(quoteChecks(kb, { source: 'dfe-2010', section: 'No such section', quote: 'police' })).toBe(false);
});
