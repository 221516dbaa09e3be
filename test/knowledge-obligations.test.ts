// The obligations summary and the compliance check, straight from the knowledge base: what
// each says on a date must follow the sources, with each line's citation.
import { loadKnowledgeBase } from '../knowledge/load';
import { checkCompliance, obligationsSummary } from '../knowledge/obligations';
import type { CheckAnswers, CheckLine, ObligationsSummary } from '../knowledge/types';
import { sourceLabels } from '../knowledge/present';

const kb = loadKnowledgeBase();
const status = (s: ObligationsSummary, id: string) => s.obligations.find((o) => o.id === id)!;
const labels = (l: { citations: { label: string }[] }) => l.citations.map((c) => c.label);

describe('obligations summary', () => {
  const before = obligationsSummary(kb, '2008-07-01');
  const proposals = obligationsSummary(kb, '2008-07-02');
  const latest = obligationsSummary(kb);

  test('defaults to the latest source and lists every obligation once', () => {
    expect(latest.asAt).toBe('2010-10-31');
    expect(latest.obligations.map((o) => o.id)).toEqual(kb.obligations.map((o) => o.id));
    expect(new Set(latest.obligations.map((o) => o.id)).size).toBe(kb.obligations.length);
  });

  test('on 1 July 2008 and on 31 October 2010 it differs as the sources say', () => {
    // the CYPP: required by the 2005 regulations (DCSF 2008, paras 27-28), revoked by 2010
    expect(status(before, 'cypp').status).toBe('required');
    expect(labels(status(before, 'cypp'))).toEqual(expect.arrayContaining(['DCSF 2008, para 27', 'DCSF 2008, para 28']));
    expect(status(latest, 'cypp').status).toBe('no-longer-required');
    expect(labels(status(latest, 'cypp'))).toContain('DfE 2010 notice (Children and young people’s plan (CYPP))');
    // the statutory guidance: in force, then withdrawn
    expect(status(before, 'guidance').status).toBe('required');
    expect(status(latest, 'guidance').status).toBe('no-longer-required');
    expect(labels(status(latest, 'guidance'))).toEqual(['DfE 2010 notice (What will change, why, and when)']);
    // the day before the 2008 note is answered from its account of the law then in force, saying so
    expect(status(before, 'board').status).toBe(status(proposals, 'board').status);
    expect(before.partners.map((p) => p.bodyId)).toEqual(proposals.partners.map((p) => p.bodyId));
    expect(before.partners.map((p) => p.bodyId)).toContain('learning-and-skills-council');
    expect(before.dateNote).toMatch(/as the DCSF 2008 note \(2 July 2008\) describes it/);
    // the Board: proposed in 2008 (para 38), required with its removal announced in 2010
    expect(status(proposals, 'board').status).toBe('proposed');
    expect(labels(status(proposals, 'board'))).toContain('DCSF 2008, para 38');
    expect(status(latest, 'board').status).toBe('removal-announced');
    expect(status(latest, 'board').next).toMatch(/remove the requirement for local areas to have a Children’s Trust Board/);
    // schools on the Board: proposed, then required while their duty lasts
    expect(status(proposals, 'schools-on-board').status).toBe('proposed');
    expect(status(latest, 'schools-on-board').status).toBe('removal-announced');
    // the DCS and Lead Member stay
    expect(status(latest, 'dcs').status).toBe('required');
    expect(status(latest, 'lead-member').status).toBe('required');
  });

  test('what changes next is named, from the later source', () => {
    expect(status(proposals, 'cypp').next).toMatch(/joint CYPP/);
    expect(status(proposals, 'guidance').next).toMatch(/From 31 October 2010 \(DfE 2010 notice\)/);
  });

  test('the relevant partners of each date, with Jobcentre Plus only in 2010', () => {
    const names = (s: ObligationsSummary) => s.partners.map((p) => p.bodyId);
    expect(names(proposals)).toEqual(expect.arrayContaining(['police', 'primary-care-trust', 'learning-and-skills-council']));
    expect(names(proposals)).not.toContain('jobcentre-plus');
    expect(names(latest)).toContain('jobcentre-plus');
    expect(names(latest)).not.toContain('learning-and-skills-council');
    expect(latest.partners.find((p) => p.bodyId === 'jobcentre-plus')!.status).toBe('removal-announced');
  });

  test('with the board’s facts: the partners it has and lacks, and its other partners', () => {
    const mine = obligationsSummary(kb, undefined, { partners: ['police', 'voluntary-sector'] });
    expect(mine.partners.find((p) => p.bodyId === 'police')!.onBoard).toBe(true);
    expect(mine.missing).toContain('District councils');
    expect(mine.missing).not.toContain('Police and police authorities');
    expect(mine.others).toEqual(['The voluntary and community sector']);
    expect(latest.missing).toBeUndefined();
  });

  test('a date past the sources is answered as at the latest, with a note', () => {
    const s = obligationsSummary(kb, '2026-11-22');
    expect(s.asAt).toBe('2010-10-31');
    expect(s.dateNote).toMatch(/My latest source is the DfE 2010 notice of 31 October 2010, and the law may have changed since/);
  });
});

describe('compliance check', () => {
  const allMet: CheckAnswers = {
    yes: { dcs: true, 'lead-member': true, board: true, 'schools-on-board': true, cypp: true, guidance: false },
    cooperatingWith: obligationsSummary(kb).partners.map((p) => p.bodyId),
    poolsWith: [],
  };
  const line = (lines: CheckLine[], id: string) => lines.find((l) => l.checkId === id)!;

  test('a board that meets everything has no gaps; what is going is flagged as changing', () => {
    const r = checkCompliance(kb, allMet);
    expect(r.gaps).toBe(0);
    expect(r.overall).toMatch(/^No gaps as at 31 October 2010/);
    expect(line(r.lines, 'board').outcome).toBe('changing');
    expect(line(r.lines, 'cooperation:jobcentre-plus').outcome).toBe('changing');
    expect(line(r.lines, 'cooperation:police').outcome).toBe('met');
    expect(line(r.lines, 'cypp').outcome).toBe('lifted');
  });

  test('a profile with gaps: each gap named, with the citation that makes it one', () => {
    const r = checkCompliance(kb, {
      yes: { ...allMet.yes, 'lead-member': false, guidance: true },
      cooperatingWith: allMet.cooperatingWith.filter((id) => id !== 'district-council'),
      poolsWith: ['police', 'voluntary-sector'],
    });
    const gaps = r.lines.filter((l) => l.outcome === 'gap');
    expect(gaps.map((g) => g.checkId).sort()).toEqual(['cooperation:district-council', 'guidance', 'lead-member', 'pooling:voluntary-sector']);
    expect(r.gaps).toBe(4);
    expect(labels(line(r.lines, 'lead-member'))).toContain('DfE 2010 notice (Lead member and director of children’s services)');
    expect(line(r.lines, 'cooperation:district-council').text).toMatch(/No cooperation arrangements with district councils/);
    expect(labels(line(r.lines, 'cooperation:district-council'))).toEqual(['DfE 2010 notice (Duty to cooperate)']);
    expect(line(r.lines, 'guidance').text).toMatch(/withdrawn/);
    expect(labels(line(r.lines, 'guidance'))).toEqual(['DfE 2010 notice (What will change, why, and when)']);
    expect(sourceLabels(line(r.lines, 'pooling:voluntary-sector').citations)).toMatch(/DCSF 2008, paras 47-48, 50|DCSF 2008, paras 48, 50/);
    expect(line(r.lines, 'pooling:police').outcome).toBe('met');
    expect(r.overall).toMatch(/^4 gaps as at 31 October 2010: Designate a Lead Member/);
  });

  test('in 2009 the CYPP is required and cited to the 2008 note; the sources do not settle the Board', () => {
    const r = checkCompliance(kb, { ...allMet, yes: { ...allMet.yes, cypp: false }, cooperatingWith: [] }, '2009-04-01');
    expect(line(r.lines, 'cypp').outcome).toBe('gap');
    expect(labels(line(r.lines, 'cypp'))).toContain('DCSF 2008, para 27');
    expect(line(r.lines, 'board').outcome).toBe('unsettled');
    expect(line(r.lines, 'cooperation:jobcentre-plus').outcome).toBe('unsettled');
    expect(line(r.lines, 'guidance').outcome).toBe('gap'); // in force in 2009, and the papers ignore it
  });
});
