import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { answer } from '../knowledge/engine';
import { KNOWLEDGE_DIR, loadKnowledgeBase } from '../knowledge/load';
import { answerText, sourceLabels } from '../knowledge/present';
import type { BodyStatus } from '../knowledge/types';

const kb = loadKnowledgeBase();

// Every body the sources name: its status on the day of each source.
const STATUS: Record<string, [BodyStatus, BodyStatus]> = {
  'district-council': ['relevant-partner', 'relevant-partner'],
  police: ['relevant-partner', 'relevant-partner'],
  'strategic-health-authority': ['relevant-partner', 'relevant-partner'],
  'primary-care-trust': ['relevant-partner', 'relevant-partner'],
  probation: ['relevant-partner', 'relevant-partner'],
  'youth-offending-team': ['relevant-partner', 'relevant-partner'],
  connexions: ['relevant-partner', 'relevant-partner'],
  'learning-and-skills-council': ['relevant-partner', 'removed'],
  'jobcentre-plus': ['not-a-partner', 'removal-announced'],
  'maintained-school': ['proposed', 'removal-announced'],
  'pupil-referral-unit': ['proposed', 'not-stated'],
  'fe-college': ['proposed', 'removal-announced'],
  'sixth-form-college': ['proposed', 'removal-announced'],
  academy: ['proposed', 'removal-announced'],
  'schools-forum': ['proposed', 'not-stated'],
  'gp-practice': ['not-a-partner', 'not-a-partner'],
  'sure-start-centre': ['not-a-partner', 'not-a-partner'],
  'early-years-setting': ['not-a-partner', 'not-a-partner'],
  'voluntary-sector': ['not-a-partner', 'not-a-partner'],
  'private-sector': ['not-a-partner', 'not-a-partner'],
  lscb: ['not-a-partner', 'not-a-partner'],
  'local-authority': ['not-a-partner', 'not-a-partner'],
  'other-partner': ['not-a-partner', 'not-a-partner'],
  // not in the 2008 list (a closed list), under the duty by 2010 with its removal announced
  'city-technology-college': ['not-a-partner', 'removal-announced'],
  'non-maintained-special-school': ['not-a-partner', 'removal-announced'],
};
// a proposal is not the law: a body only proposed as a partner is not one ("No", saying it was proposed)
const VERDICT: Record<BodyStatus, string | undefined> = {
  'relevant-partner': 'Yes', 'removal-announced': 'Yes', proposed: 'No', 'not-a-partner': 'No', removed: 'No', 'not-stated': 'Not listed',
};

describe('every body at 2 July 2008 and 31 October 2010', () => {
  test.each(Object.entries(STATUS))('%s', (bodyId, [in2008, in2010]) => {
    const a2008 = answer(kb, { kind: 'body-status', bodyId, asAt: '2008-07-02' });
    const a2010 = answer(kb, { kind: 'body-status', bodyId, asAt: '2010-10-31' });
    expect(a2008.verdict).toBe(VERDICT[in2008]);
    expect(a2010.verdict).toBe(VERDICT[in2010]);
    expect(a2008.citations.some((c) => c.source === 'dcsf-2008')).toBe(true);
    expect(a2010.citations.some((c) => c.source === 'dfe-2010')).toBe(true);
    expect(a2010.asAt).toBe('2010-10-31');
  });

  test('bodies the 2008 list leaves out: not relevant partners then, and no day given for the change', () => {
    for (const bodyId of ['city-technology-college', 'non-maintained-special-school']) {
      const a = answer(kb, { kind: 'body-status', bodyId, asAt: '2008-07-02' });
      expect(a.verdict).toBe('No');
      expect(a.citations.map((c) => c.label)).toContain('DCSF 2008, para 14');
      expect(answer(kb, { kind: 'body-status', bodyId, asAt: '2009-06-01' }).verdict).toBeUndefined();
      expect(answer(kb, { kind: 'body-status', bodyId }).verdict).toBe('Yes');
    }
  });

  test('every body in the data is covered by this table or the one above', () => {
    const covered = new Set([...Object.keys(STATUS), 'local-strategic-partnership', 'adcs']);
    expect(kb.bodies.map((b) => b.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('dates the sources cannot settle', () => {
  test('Jobcentre Plus between the two sources: says so instead of guessing', () => {
    const a = answer(kb, { kind: 'body-status', bodyId: 'jobcentre-plus', asAt: '2009-06-01' });
    expect(a.verdict).toBeUndefined();
    expect(a.headline).toMatch(/do not say/);
    expect(a.headline).toContain('2 July 2008');
    expect(a.headline).toContain('31 October 2010');
  });

  test('a date after the latest source speaks for the latest source and says so first', () => {
    const a = answer(kb, { kind: 'topic', topicId: 'board-required', asAt: '2026-11-22' });
    expect(a.asAt).toBe('2010-10-31');
    expect(a.headline).toMatch(/^My latest source is the DfE 2010 notice of 31 October 2010, and the law may have changed since/);
    expect(a.verdict).toBe('Yes');
    const now = answer(kb, { kind: 'topic', topicId: 'board-required', now: true });
    expect(now.headline).toMatch(/^My latest source is the DfE 2010 notice of 31 October 2010/);
  });

  test('a date shortly before the 2008 note is answered from its account of the law then in force', () => {
    const a = answer(kb, { kind: 'body-status', bodyId: 'jobcentre-plus', asAt: '2008-06-01' });
    expect(a.verdict).toBe('No');
    expect(a.citations.map((c) => c.label)).toContain('DCSF 2008, para 14');
    expect(a.dateNote).toMatch(/law in force as the DCSF 2008 note \(2 July 2008\) describes it/);
    expect(answer(kb, { kind: 'body-status', bodyId: 'jobcentre-plus', asAt: '2006-06-01' }).verdict).toBeUndefined();
  });

  test('no date means the latest source', () => {
    expect(answer(kb, { kind: 'topic', topicId: 'cypp-publish' }).asAt).toBe(kb.latest);
    expect(kb.latest).toBe('2010-10-31');
  });

  test('a topic only the older source covers carries a note that the later one is silent', () => {
    const a = answer(kb, { kind: 'topic', topicId: 'delegation' });
    expect(a.dateNote).toMatch(/DfE 2010 notice says nothing on this/);
    expect(a.citations.map((c) => c.label)).toContain('DCSF 2008, para 49');
  });
});

// Yes/no topics: the verdict on the day of each source.
const TOPIC_VERDICTS: Record<string, [string | undefined, string | undefined]> = {
  'duty-to-cooperate': ['Yes', 'Yes'],
  'cypp-publish': ['Yes', 'No'],
  // proposed in 2008 but never made law: "No" then, not "Not yet"
  'cypp-joint': ['No', 'No'],
  'cypp-have-regard': ['No', 'No'],
  'cypp-voluntary': [undefined, 'Yes'],
  'cypp-deadline': [undefined, 'No'],
  'cypp-regulations': ['Yes', 'No'],
  // floated in 2008, not law then; the 2010 notice is silent, so the sources cannot say after
  'reserve-powers': ['No', undefined],
  'board-vcs-place': ['No', undefined],
  // questions of permission the 2010 notice settles: a Board may be kept, and is not banned
  'board-voluntary': [undefined, 'Yes'],
  'board-banned': [undefined, 'No'],
  'schools-have-regard': ['Yes', undefined],
  'cypp-exemption': ['Yes', undefined],
  'board-required': ['No', 'Yes'],
  'board-schools-represented': ['Not yet', 'Yes'],
  'dcs-appoint': ['Yes', 'Yes'],
  'lead-member': ['Yes', 'Yes'],
  'guidance-in-force': ['Yes', 'No'],
  pooling: ['Yes', 'Yes'],
  delegation: ['No', 'No'],
};

describe('every obligation and topic', () => {
  test.each(kb.topics.map((t) => [t.id, t.kind]))('%s (%s) answers at both dates with citations', (topicId) => {
    for (const asAt of ['2008-07-02', '2010-10-31']) {
      const a = answer(kb, { kind: 'topic', topicId, asAt });
      expect(a.headline.length).toBeGreaterThan(20);
      // a topic the 2008 note does not cover says the sources cannot tell, and cites where they start
      if (!/cannot tell/.test(a.headline)) expect(a.citations.length).toBeGreaterThan(0);
      if (TOPIC_VERDICTS[topicId]) expect(a.verdict).toBe(TOPIC_VERDICTS[topicId][asAt === '2008-07-02' ? 0 : 1]);
      else expect(a.verdict).toBeUndefined();
    }
  });

  test('every yes/no topic has its expected verdicts listed here', () => {
    expect(kb.topics.filter((t) => t.kind === 'yes-no').map((t) => t.id).sort()).toEqual(Object.keys(TOPIC_VERDICTS).sort());
  });

  test('the CYPP: revoked on 31 October 2010, the 1 April 2011 deadline removed', () => {
    const publish = answer(kb, { kind: 'topic', topicId: 'cypp-publish' });
    expect(publish.headline).toMatch(/revoked on 31 October 2010/);
    expect(answer(kb, { kind: 'topic', topicId: 'cypp-deadline' }).headline).toMatch(/1 April 2011.*removed/);
    expect(answer(kb, { kind: 'topic', topicId: 'cypp-publish', asAt: '2007-01-01' }).verdict).toBe('Yes');
  });

  test('a question about a proposal answers whether it was proposed', () => {
    expect(answer(kb, { kind: 'topic', topicId: 'cypp-joint', asAt: '2008-07-02', form: 'proposed' }).verdict).toBe('Yes');
    expect(answer(kb, { kind: 'body-status', bodyId: 'sixth-form-college', asAt: '2008-07-02', form: 'proposed' }).verdict).toBe('Yes');
    expect(answer(kb, { kind: 'body-status', bodyId: 'voluntary-sector', asAt: '2008-07-02', form: 'proposed' }).verdict).toBe('No');
  });

  test('stay and removal questions follow the announced changes', () => {
    expect(answer(kb, { kind: 'body-status', bodyId: 'police', form: 'stays' }).verdict).toBe('Yes');
    expect(answer(kb, { kind: 'body-status', bodyId: 'academy', form: 'stays' }).verdict).toBe('No');
    expect(answer(kb, { kind: 'body-status', bodyId: 'jobcentre-plus', form: 'removing' }).verdict).toBe('Yes');
    expect(answer(kb, { kind: 'body-status', bodyId: 'police', form: 'removing' }).verdict).toBe('No');
  });

  test('the verdict answers the question asked, not the status of its subject', () => {
    // "has it been removed?" while the removal is only announced: not yet
    expect(answer(kb, { kind: 'body-status', bodyId: 'maintained-school', form: 'removed' }).verdict).toBe('Not yet');
    expect(answer(kb, { kind: 'topic', topicId: 'board-required', form: 'removed' }).verdict).toBe('Not yet');
    // gone already
    expect(answer(kb, { kind: 'topic', topicId: 'cypp-publish', form: 'removed' }).verdict).toBe('Yes');
    expect(answer(kb, { kind: 'topic', topicId: 'guidance-in-force', form: 'removed' }).verdict).toBe('Yes');
    expect(answer(kb, { kind: 'topic', topicId: 'cypp-publish', form: 'removed', asAt: '2008-07-02' }).verdict).toBe('No');
    // no plans to remove: "is it being abolished?" is No
    expect(answer(kb, { kind: 'topic', topicId: 'lead-member', form: 'removing' }).verdict).toBe('No');
    expect(answer(kb, { kind: 'topic', topicId: 'dcs-appoint', form: 'removing' }).verdict).toBe('No');
    expect(answer(kb, { kind: 'topic', topicId: 'duty-to-cooperate', form: 'removing' }).verdict).toBe('No');
    const board = answer(kb, { kind: 'topic', topicId: 'board-required', form: 'removing' });
    expect(board.verdict).toBe('Yes');
    expect(board.headline).toMatch(/subject to Parliament/);
  });

  test('a conditional question is answered under its condition, and says so', () => {
    const academies = answer(kb, { kind: 'body-status', bodyId: 'academy', form: 'stays', condition: 'education-bill' });
    expect(academies.verdict).toBe('No');
    expect(academies.condition).toMatch(/assumes the Education Bill passes/);
    // the Education Bill does not touch Jobcentre Plus, whose removal is for the next session
    expect(answer(kb, { kind: 'body-status', bodyId: 'jobcentre-plus', form: 'stays', condition: 'education-bill' }).verdict).toBe('Yes');
    expect(answer(kb, { kind: 'body-status', bodyId: 'jobcentre-plus', form: 'removing', means: 'education-bill' }).verdict).toBe('No');
    expect(answer(kb, { kind: 'body-status', bodyId: 'police', form: 'stays', condition: 'education-bill' }).verdict).toBe('Yes');
    const board = answer(kb, { kind: 'topic', topicId: 'board-required', condition: 'next-session' });
    expect(board.verdict).toBe('No');
    expect(board.condition).toMatch(/assumes legislation in the next parliamentary session passes/);
  });

  test('pooling follows the body’s status', () => {
    expect(answer(kb, { kind: 'topic', topicId: 'pooling', bodyId: 'private-sector' }).verdict).toBe('No');
    expect(answer(kb, { kind: 'topic', topicId: 'pooling', bodyId: 'primary-care-trust' }).verdict).toBe('Yes');
    expect(answer(kb, { kind: 'topic', topicId: 'pooling', bodyId: 'private-sector' }).citations.map((c) => c.label)).toContain('DCSF 2008, para 50');
  });

  test('the list of relevant partners follows the date', () => {
    const names = (asAt: string) => (answer(kb, { kind: 'body-list', asAt }).items ?? []).map((i) => i.name);
    expect(names('2008-07-02')).toContain('The Learning and Skills Council');
    expect(names('2008-07-02')).not.toContain('Jobcentre Plus');
    expect(names('2010-10-31')).toContain('Jobcentre Plus');
    expect(names('2010-10-31')).not.toContain('The Learning and Skills Council');
    expect(answer(kb, { kind: 'body-list', listOf: 'proposed', asAt: '2008-07-02' }).items?.map((i) => i.name)).toContain('Sixth form colleges');
  });

  test('a body the sources never name is "Not listed", with the list it is not on', () => {
    const a = answer(kb, { kind: 'body-status', unknownBody: 'housing associations' });
    expect(a.verdict).toBe('Not listed');
    expect(a.headline).toContain('housing associations');
  });

  test('the engine is pure: the same query gives the same answer', () => {
    const q = { kind: 'body-status' as const, bodyId: 'academy', asAt: '2009-01-01' };
    expect(answer(kb, q)).toEqual(answer(kb, q));
  });
});

describe('reply text', () => {
  test('verdict first, then one sentence; citations readable', () => {
    const text = answerText(answer(kb, { kind: 'body-status', bodyId: 'sixth-form-college', asAt: '2008-07-02' }));
    expect(text.split("\n")[0]).toMatch(/^\*\*No\.\*\* Sixth form colleges are not relevant partners as at 2 July 2008: bringing them under the duty to cooperate had been proposed/);
    expect(text).toContain('DCSF 2008, paras 14, 21, 23');
    expect(text).toContain('_As at 2 July 2008._');
  });

  test('paragraph labels: one, two consecutive, several', () => {
    const view = (paras: number[]) => ({ source: 'dcsf-2008', paras, quote: 'x', label: 'DCSF 2008, x', sourceTitle: '' });
    expect(sourceLabels([view([14])])).toBe('DCSF 2008, para 14');
    expect(sourceLabels([view([23]), view([24])])).toBe('DCSF 2008, paras 23-24');
    expect(sourceLabels([view([44]), view([46]), view([45])])).toBe('DCSF 2008, paras 44, 45, 46');
  });
});

describe('a later source is a data change', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kb-'));
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
    cpSync(path.join(__dirname, 'fixtures', 'later-source'), dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a fictional 2012 Act changes sixth form colleges, with no code change', () => {
    const later = loadKnowledgeBase(dir);
    expect(later.latest).toBe('2012-04-01');
    const now = answer(later, { kind: 'body-status', bodyId: 'sixth-form-college' });
    expect(now.verdict).toBe('No');
    expect(now.citations.map((c) => c.label)).toContain('Fictional Act 2012, para 1');
    expect(answer(later, { kind: 'body-status', bodyId: 'sixth-form-college', asAt: '2010-10-31' }).verdict).toBe('Yes');
    const in2010 = answer(later, { kind: 'body-status', bodyId: 'sixth-form-college', asAt: '2010-10-31' });
    expect(in2010.changes.map((c) => c.text).join(' ')).toMatch(/From 1 April 2012 \(Fictional Act 2012\)/);
    // The unchanged answers stay as they were.
    expect(answer(later, { kind: 'body-status', bodyId: 'police' }).verdict).toBe('Yes');
  });

  test('a quote that is not in its source stops the load, naming it', () => {
    const bad = mkdtempSync(path.join(tmpdir(), 'kb-bad-'));
    cpSync(dir, bad, { recursive: true });
    const file = path.join(bad, 'data', 'positions', 'fictional-2012.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('are no longer relevant partners', 'are still relevant partners'));
    expect(() => loadKnowledgeBase(bad)).toThrow(/quote not found in fictional-2012 1/);
    rmSync(bad, { recursive: true, force: true });
  });
});
