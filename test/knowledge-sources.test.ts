import { loadKnowledgeBase } from '../knowledge/load';
import { comparable } from '../knowledge/sources';

const kb = loadKnowledgeBase();
const note = kb.sources.find((s) => s.id === 'dcsf-2008')!;
const notice = kb.sources.find((s) => s.id === 'dfe-2010')!;
const para = (n: number) => note.units.find((u) => u.ref === String(n))!.text;

describe('the DCSF 2008 note split into paragraphs', () => {
  test('has its 51 numbered paragraphs, in order', () => {
    expect(note.units.map((u) => u.ref)).toEqual(Array.from({ length: 51 }, (_, i) => String(i + 1)));
  });

  test.each([
    [1, 'In the Children’s Plan we set out our shared ambition'],
    [3, 'A great deal is being achieved within this existing framework'],
    [14, 'Section 10 of the Children Act 2004 requires'],
    [23, 'Extending the duty to co-operate to front line providers'],
    [27, 'Section 17 of the Children Act 2004 allows'],
    [32, 'Research in 2006/7 and 2007/8 into published CYPPs'],
    [38, 'There is no requirement in legislation'],
    [45, 'Secondary legislation could then specify core membership'],
    [51, 'Ministers would welcome views on these points'],
  ])('paragraph %i opens "%s"', (n, opening) => {
    expect(para(n).startsWith(opening)).toBe(true);
  });

  test('no page furniture, running title, page number or paragraph number is left in any paragraph', () => {
    for (const u of note.units) {
      expect(u.text).not.toMatch(/indd|21:27:08|2\/7\/08/);
      expect(u.text).not.toContain('Strengthening Children’s Trusts: legislative options');
      expect(u.text).not.toMatch(/(^|\s)ll(\s|$)/);
      expect(u.text).not.toMatch(new RegExp(`(^|\\s)${u.ref}\\.(\\s|$)`));
    }
  });

  test('side headings and the summary box no longer interrupt paragraphs', () => {
    expect(para(17)).toContain('a place within the Children’s Trust landscape');
    expect(para(32)).toContain('their Annual Performance Assessment have been largely abandoned');
    expect(para(43)).toContain('to a different extent in different areas');
    expect(para(5).endsWith('timely, targeted and specialist support.')).toBe(true);
    for (const u of note.units) expect(u.text).not.toMatch(/Extending the Duty to Co-operate|Statutory Children’s Trust Boards|Removing Barriers/);
  });

  test('words broken across lines are joined and bullets are marked', () => {
    expect(para(6)).toContain('learning and well-being.');
    expect(para(1)).toContain('\n• deliver measurable improvements for all children and young people;');
    expect(para(36).split('\n• ')).toHaveLength(8);
  });

  test('headings and chapters are kept as context', () => {
    expect(note.units.find((u) => u.ref === '14')).toMatchObject({ chapter: 'Extending the Duty to Co-operate', heading: 'The Current Position' });
    expect(note.units.find((u) => u.ref === '34')).toMatchObject({ chapter: 'Children and Young People’s Plans', heading: 'The Proposal' });
    expect(note.units.find((u) => u.ref === '49')).toMatchObject({ heading: 'Power to delegate functions' });
    expect(note.units.find((u) => u.ref === '1')?.heading).toBeUndefined();
  });
});

describe('the DfE 2010 notice split into headed sections', () => {
  test('has its sections, in order, without the web page furniture', () => {
    expect(notice.units.map((u) => u.ref)).toEqual([
      'Introduction', 'What will change, why, and when', 'Children’s Trust Boards', 'Children and young people’s plan (CYPP)', 'Duty to cooperate', 'Lead member and director of children’s services',
    ]);
    const all = notice.units.map((u) => u.text).join('\n');
    expect(all).not.toMatch(/Printable version|Car Discounts|Associated resources|In summary/);
  });

  test('keeps the list of relevant partners as bullets', () => {
    const duty = notice.units.find((u) => u.ref === 'Duty to cooperate')!.text;
    expect(duty).toContain('• Jobcentre Plus.');
    expect(comparable(duty)).toContain("'Relevant partners' continue to be district councils");
  });
});
