// The same questions asked many ways, of every body and every requirement: the verdict must
// not depend on the phrasing. A body's expected verdicts follow from its status in the latest
// source; a requirement's are written here from the DfE 2010 notice.
import { answer } from '../knowledge/engine';
import { loadKnowledgeBase } from '../knowledge/load';
import { understand } from '../knowledge/understand';
import type { BodyStatus } from '../knowledge/types';

const kb = loadKnowledgeBase();
const NOW = new Date('2026-11-22T12:00:00Z');

function verdictOf(q: string): string | undefined {
  const u = understand(kb, q, NOW);
  return u.intent === 'question' && u.query ? answer(kb, u.query).verdict : undefined;
}

const IS = { 'relevant-partner': ['Yes'], 'removal-announced': ['Yes'], 'not-a-partner': ['No', 'Not listed'], removed: ['No'], 'not-stated': ['Not listed', 'No'] };
const GONE = { 'relevant-partner': ['No'], 'removal-announced': ['Not yet', 'No'], 'not-a-partner': ['No'], removed: ['Yes'] };
const GOING = { 'relevant-partner': ['No'], 'removal-announced': ['Yes'], 'not-a-partner': ['No'], removed: ['Yes', 'No'] };
const STAYS = { 'relevant-partner': ['Yes'], 'removal-announced': ['No'], 'not-a-partner': ['No'], removed: ['No'] };
const BODY_QUESTIONS: [string, Partial<Record<BodyStatus, string[]>>][] = [
  ['is {x} a relevant partner', IS],
  ['{x} - still a relevant partner?', IS],
  ['are {x} covered by the duty to cooperate', IS],
  ['do {x} have to cooperate with the council', IS],
  ['has {x} been removed from the relevant partners', GONE],
  ['{x} off the list yet?', GONE],
  ['is {x} being removed from the duty to cooperate', GOING],
  ['are they getting rid of {x} as a relevant partner', GOING],
  ['is {x} on the way out as a relevant partner', GOING],
  ['is {x} losing relevant partner status', GOING],
  ['will {x} stay a relevant partner', STAYS],
  ['is {x} being kept as a relevant partner', STAYS],
  ['will {x} still be a relevant partner next year', STAYS],
  ['can we pool budgets with {x}', { 'relevant-partner': ['Yes'], 'removal-announced': ['Yes'], 'not-a-partner': ['No'], removed: ['No'], 'not-stated': ['No'] }],
];

test('every body, every way of asking: the verdict its status gives', () => {
  const wrong: string[] = [];
  let asked = 0;
  for (const body of kb.bodies.filter((b) => !b.asker)) {
    const status = kb.positions.filter((p) => p.subject === body.id && p.from <= kb.latest).pop()?.status ?? 'not-stated';
    for (const [template, expected] of BODY_QUESTIONS) {
      const ok = expected[status];
      if (!ok) continue;
      for (const name of [body.called, ...body.aliases.slice(0, 2)]) {
        const q = template.replace('{x}', name);
        const v = verdictOf(q);
        asked++;
        if (!v || !ok.includes(v)) wrong.push(`"${q}" -> ${v ?? 'no verdict'} (${status}: ${ok.join('/')})`);
      }
    }
  }
  expect(wrong).toEqual([]);
  expect(asked).toBeGreaterThan(800);
});

type Asked = 'required' | 'removed' | 'removing' | 'stays' | 'givingUp';
const REQUIREMENTS: { asks: string[]; named: string[]; verdicts: Record<Asked, string[]> }[] = [
  { asks: ['do we need a ctb', 'is a childrens trust board required', 'is the ctb a legal requirement', 'must we have a board'], named: ['the requirement to have a ctb', 'the board requirement'], verdicts: { required: ['Yes'], removed: ['Not yet', 'No'], removing: ['Yes'], stays: ['No'], givingUp: ['No'] } },
  { asks: ['do we need to publish a cypp', 'is a cypp required', 'do we have to produce a children and young peoples plan'], named: ['the cypp requirement', 'the cypp regulations'], verdicts: { required: ['No'], removed: ['Yes'], removing: ['Yes', 'No'], stays: ['No'], givingUp: ['Yes'] } },
  { asks: ['do we need a dcs', 'must we appoint a director of childrens services'], named: ['the dcs requirement', 'the requirement to appoint a dcs'], verdicts: { required: ['Yes'], removed: ['No'], removing: ['No'], stays: ['Yes'], givingUp: ['No'] } },
  { asks: ['do we need a lead member', 'is a lead member required'], named: ['the lead member requirement'], verdicts: { required: ['Yes'], removed: ['No'], removing: ['No'], stays: ['Yes'], givingUp: ['No'] } },
  { asks: ['is the statutory guidance in force', 'is the 2005 guidance still in force'], named: ['the statutory guidance', 'the childrens trust guidance'], verdicts: { required: ['No'], removed: ['Yes'], removing: ['Yes', 'No'], stays: ['No'], givingUp: ['Yes'] } },
  { asks: ['is there still a duty to cooperate', 'does the duty to cooperate still apply'], named: ['the duty to cooperate', 'the s10 duty'], verdicts: { required: ['Yes'], removed: ['No'], removing: ['No'], stays: ['Yes'], givingUp: ['No'] } },
];
const WAYS: Record<Exclude<Asked, 'required'>, string[]> = {
  removed: ['has {t} been removed', 'has {t} gone', '{t} scrapped?', 'has {t} been abolished yet'],
  removing: ['is {t} being removed', 'are they getting rid of {t}', 'is {t} going to be scrapped', 'is {t} on the way out'],
  stays: ['will {t} stay', 'is {t} staying', 'will {t} survive', 'is {t} being kept'],
  givingUp: ['can we drop {t}', 'can we ignore {t}', 'are we allowed to scrap {t}'],
};

test('every requirement, every way of asking: has it gone, is it going, will it stay, may we drop it', () => {
  const wrong: string[] = [];
  for (const r of REQUIREMENTS) {
    for (const q of r.asks) if (!r.verdicts.required.includes(verdictOf(q) ?? 'none')) wrong.push(`"${q}" -> ${verdictOf(q) ?? 'no verdict'}`);
    for (const [asked, templates] of Object.entries(WAYS) as [Exclude<Asked, 'required'>, string[]][])
      for (const template of templates)
        for (const name of r.named) {
          const q = template.replace('{t}', name);
          const v = verdictOf(q);
          if (!v || !r.verdicts[asked].includes(v)) wrong.push(`"${q}" -> ${v ?? 'no verdict'} (${r.verdicts[asked].join('/')})`);
        }
  }
  expect(wrong).toEqual([]);
});

// In 2008: the law then in force (para 14's list), and what the note proposed, which was not law.
const IN_2008: [string, Partial<Record<BodyStatus, string[]>>][] = [
  ['in 2008 was {x} a relevant partner', { 'relevant-partner': ['Yes'], proposed: ['No', 'Proposed', 'Not yet'], 'not-a-partner': ['No', 'Not listed'] }],
  ['were {x} covered by s10 in july 2008', { 'relevant-partner': ['Yes'], proposed: ['No', 'Proposed', 'Not yet'], 'not-a-partner': ['No', 'Not listed'] }],
  ['earlier in 2008 was {x} a relevant partner', { 'relevant-partner': ['Yes'], proposed: ['No'], 'not-a-partner': ['No', 'Not listed'] }],
  ['did the 2008 note propose making {x} relevant partners', { proposed: ['Yes'], 'not-a-partner': ['No'] }],
  ['did the 2008 note propose bringing {x} under the duty', { proposed: ['Yes'], 'not-a-partner': ['No'] }],
  ['under the 2008 proposals would {x} have had to cooperate', { 'relevant-partner': ['Yes'], proposed: ['Yes', 'Proposed'] }],
];

test('every body in 2008, asked many ways: the law then, and the proposals that were not law', () => {
  const wrong: string[] = [];
  for (const body of kb.bodies.filter((b) => !b.asker)) {
    const status = kb.positions.filter((p) => p.subject === body.id && p.from <= '2008-07-02').pop()?.status ?? 'not-stated';
    for (const [template, expected] of IN_2008) {
      const ok = expected[status];
      if (!ok) continue;
      for (const name of [body.called, ...body.aliases.slice(0, 2)]) {
        const q = template.replace('{x}', name);
        const v = verdictOf(q);
        if (!v || !ok.includes(v)) wrong.push(`"${q}" -> ${v ?? 'no verdict'} (${status}: ${ok.join('/')})`);
      }
    }
  }
  expect(wrong).toEqual([]);
});
