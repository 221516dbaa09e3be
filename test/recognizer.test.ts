// Questions as board clerks type them, typos included, through the recognizer and the engine.
import { answer } from '../knowledge/engine';
import { loadKnowledgeBase } from '../knowledge/load';
import { firstLine } from '../knowledge/present';
import { LONGEST_PHRASE, mergeFollowUp, understand } from '../knowledge/understand';
import { chronoDateIn, dateIn, loadChrono, withoutNamingYears } from '../knowledge/understand/dates';
import { ABOUT_CUES, COMMAND_ACTIONS, COMMAND_CUES, DATE_CUES, HELP_CUES, LIST_CUES, NOW_WORDS, PARTNER_CUES, THANKS } from '../knowledge/understand/language';
import { foldPhrase } from '../knowledge/understand/text';
import { cases } from './fixtures/eval-examples';

const kb = loadKnowledgeBase();
const NOW = new Date('2026-11-22T12:00:00Z');
const ask = (q: string) => understand(kb, q, NOW);
const reply = (q: string) => {
  const u = ask(q);
  if (u.intent !== 'question' || !u.query) throw new Error(`"${q}" was not understood as a question: ${u.intent}`);
  return answer(kb, u.query);
};

// [question, body or topic or list, verdict (null: an open first line), as-at date]
type Expect = [string, string, string | null, string?];
const ANSWERS: Expect[] = [
  // relevant partners, as at the latest source
  ['Are sixth form colleges relevant partners?', 'sixth-form-college', 'Yes'],
  ['is our sixth form college a relevant partner?', 'sixth-form-college', 'Yes'],
  ['r academys relevent partners', 'academy', 'Yes'],
  ['sorry, quick q: does the YOS still have to co-op?', 'youth-offending-team', 'Yes'],
  ['is the PCT still a relevant partner?', 'primary-care-trust', 'Yes'],
  ['is the pct a relevant partnr', 'primary-care-trust', 'Yes'],
  ['are SHAs relevant partners', 'strategic-health-authority', 'Yes'],
  ['is the strategic helth authority covered', 'strategic-health-authority', 'Yes'],
  ['Is the Connexions service covered by the duty to cooperate?', 'connexions', 'Yes'],
  ['are conexions relevant partners', 'connexions', 'Yes'],
  ['Are the police a relevant partner?', 'police', 'Yes'],
  ['is the police authority under the duty to cooperate', 'police', 'Yes'],
  ['do probation have to cooperate', 'probation', 'Yes'],
  ['is NOMS a relevant partner', 'probation', 'Yes'],
  ['are district councils relevant partners?', 'district-council', 'Yes'],
  ['Is JCP a relevant partner?', 'jobcentre-plus', 'Yes'],
  ['is job centre plus covered by the duty to co-operate', 'jobcentre-plus', 'Yes'],
  ['are FE colleges still covered?', 'fe-college', 'Yes'],
  ['is our further education college a relevant partner', 'fe-college', 'Yes'],
  ['are 6th form colleges under the duty to cooperate', 'sixth-form-college', 'Yes'],
  ['is the SFC a relevant partner?', 'sixth-form-college', 'Yes'],
  ['are academies relevant partners', 'academy', 'Yes'],
  ['Are city colleges for the technology of the arts under the duty to cooperate?', 'city-technology-college', 'Yes'],
  ['is a CTC a relevant partner', 'city-technology-college', 'Yes'],
  ['are non-maintained special schools relevant partners', 'non-maintained-special-school', 'Yes'],
  ['is an NMSS covered', 'non-maintained-special-school', 'Yes'],
  ['are schools relevant partners', 'maintained-school', 'Yes'],
  ['do maintained schools have to cooperate?', 'maintained-school', 'Yes'],
  ['are GPs relevant partners', 'gp-practice', 'No'],
  ['Do GP practices have to cooperate?', 'gp-practice', 'No'],
  ['is the voluntary sector a relevant partner', 'voluntary-sector', 'No'],
  ['are charities relevant partners?', 'voluntary-sector', 'No'],
  ['is the third sector covered by the duty', 'voluntary-sector', 'No'],
  ['are VCS orgs relevant partners', 'voluntary-sector', 'No'],
  ['are private companies relevant partners', 'private-sector', 'No'],
  ['are sure start childrens centres relevant partners', 'sure-start-centre', 'No'],
  ['is the LSCB a relevant partner?', 'lscb', 'No'],
  ['are nurseries relevant partners', 'early-years-setting', 'No'],
  ['is the Learning and Skills Council still a relevant partner?', 'learning-and-skills-council', 'No'],
  ['is the LSC a relevant partner', 'learning-and-skills-council', 'No'],
  ['are PRUs relevant partners', 'pupil-referral-unit', 'Not listed'],
  ['is the schools forum a relevant partner', 'schools-forum', 'Not listed'],
  // dated
  ['Was the Learning and Skills Council a relevant partner in 2008?', 'learning-and-skills-council', 'Yes', '2008-07-02'],
  ['was jobcentre plus a relevant partner in 2008', 'jobcentre-plus', 'No', '2008-07-02'],
  // proposed in 2008, not yet law: No, saying what was proposed
  ['were sixth form colleges relevant partners in 2008?', 'sixth-form-college', 'No', '2008-07-02'],
  ['were academies covered by s10 in July 2008', 'academy', 'No', '2008-07-02'],
  ['was JCP a relevant partner in 2009', 'jobcentre-plus', null, '2009-12-31'],
  ['were schools relevant partners before 2010?', 'maintained-school', null, '2009-12-31'],
  ['is the police a relevant partner as at 1 April 2009', 'police', 'Yes', '2009-04-01'],
  ['was the PCT a relevant partner on 31/10/2010', 'primary-care-trust', 'Yes', '2010-10-31'],
  ['is the pct a relevant partner today', 'primary-care-trust', 'Yes', '2026-11-22'],
  // will it stay / go / was it proposed
  ['Will the police stay a relevant partner?', 'police', 'Yes'],
  ['will academies remain relevant partners', 'academy', 'No'],
  ['will jobcentre plus be removed', 'jobcentre-plus', 'Yes'],
  ['is JCP losing its relevant partner status?', 'jobcentre-plus', 'Yes'],
  ['will the YOT be removed from the duty to cooperate?', 'youth-offending-team', 'No'],
  ['did the 2008 note propose sixth form colleges as relevant partners', 'sixth-form-college', 'Yes', '2008-07-02'],
  ['did the 2008 consultation propose the voluntary sector as a relevant partner', 'voluntary-sector', 'No', '2008-07-02'],
  // unknown bodies
  ['Are housing associations relevant partners?', 'unknown:housing associations', 'Not listed'],
  ['is the fire service a relevant partner?', 'unknown:fire service', 'Not listed'],
  ['are universities covered by the duty to cooperate', 'unknown:universities', 'Not listed'],
  ['do dentists have to cooperate', 'unknown:dentists', 'Not listed'],
  // a word the sources never use before a name several bodies share: another body, not a choice between them
  ['are parish councils relevant partners', 'unknown:parish councils', 'Not listed'],
  ['NHS hospital trust - relevant partner?', 'unknown:nhs hospital trust', 'Not listed'],
  ['is our local nhs foundation trust (the acute hospital) a relevant partner', 'unknown:nhs foundation trust', 'Not listed'],
  // the sentence asked is the question; those before it are context
  ['our cyp health lead keeps saying gps should be on the ctb as statutory partners. are gp practices actually relevant partners?', 'gp-practice', 'No'],
  ['is the govt planning to take sixth form colleges out of the duty to cooperate', 'sixth-form-college', 'Yes'],
  // a condition on the later means leaves the earlier one open: no verdict; on the earlier, the later one is untouched
  ['after the next session will schools still be relevant partners', 'maintained-school', null],
  ['once the education bill passes will jcp still be a relevant partner', 'jobcentre-plus', 'Yes'],
  // pooling under a condition: as the Bill leaves the body
  ['once the education bill passes can schools still pool budgets with us', 'pooling:maintained-school', 'No'],
  ['once the education bill passes can jcp pool budgets', 'pooling:jobcentre-plus', 'Yes'],
  ['after the next session can schools pool budgets', 'pooling:maintained-school', null],
  // the 2008 note's Bill is not the means of the 2010 changes
  ['will the Education and Skills Bill remove the duty from schools?', 'maintained-school', 'No'],
  ['did all areas have a ctb in 2008?', 'passage:dcsf-2008#38', 'Yes', '2008-07-02'],
  // lists
  ['Which relevant partners are there under the duty to cooperate?', 'list:relevant-partner', null],
  ['who are the relevant partners', 'list:relevant-partner', null],
  ['list the relevant partners', 'list:relevant-partner', null],
  ['which bodies are relevant partners in 2008', 'list:relevant-partner', null, '2008-07-02'],
  ['Who will lose the duty to cooperate?', 'list:removal-announced', null],
  ['which bodies did the 2008 note propose as new relevant partners', 'list:proposed', null, '2008-07-02'],
  // CYPP
  ['must we publish a CYPP?', 'cypp-publish', 'No'],
  ['Does the board have to publish a children and young people\'s plan?', 'cypp-publish', 'No'],
  ['do we still need a cypp', 'cypp-publish', 'No'],
  ['is the CYPP a statutory requirement?', 'cypp-publish', 'No'],
  ['did we have to publish a cypp in 2008', 'cypp-publish', 'Yes', '2008-07-02'],
  ['must the LA produce a children and young peoples plan in 2007', 'cypp-publish', 'Yes', '2007-12-31'],
  ['When did the new CYPP have to be published by?', 'cypp-deadline', null],
  ['wat is the deadline for the cypp', 'cypp-deadline', null],
  ['Did the 2008 consultation propose a joint CYPP?', 'cypp-joint', 'Yes', '2008-07-02'],
  ['is a joint cypp required', 'cypp-joint', 'No'],
  ['what must a cypp contain', 'cypp-contents', null],
  ['what would the joint plan have to include under the 2008 proposals', 'cypp-contents', null, '2008-07-02'],
  ['do relevant partners have to have regard to the cypp', 'cypp-have-regard', 'No'],
  ['do schools have to have regard to the CYPP in 2008', 'schools-have-regard', 'Yes', '2008-07-02'],
  ['are 4 star authorities exempt from the cypp in 2008', 'cypp-exemption', 'Yes', '2008-07-02'],
  ['what are the cypp regulations', 'cypp-regulations', null],
  ['what is a CYPP?', 'cypp-what', null],
  // Board
  ['Is the Children\'s Trust Board a legal requirement?', 'board-required', 'Yes'],
  ['do we legally have to have a childrens trust board', 'board-required', 'Yes'],
  ['was a trust board required in 2008', 'board-required', 'No', '2008-07-02'],
  ['What functions did the 2008 proposals give the Board?', 'board-functions', null, '2008-07-02'],
  ['what are the boards objectives under the 2008 proposals', 'board-objectives', null, '2008-07-02'],
  ['who should be on the board', 'board-membership', null],
  ['must schools sit on the board', 'board-schools-represented', 'Yes'],
  // leadership, guidance, resources
  ['Must the council appoint a Director of Children\'s Services?', 'dcs-appoint', 'Yes'],
  ['do we still need a DCS', 'dcs-appoint', 'Yes'],
  ['is the lead member role still required?', 'lead-member', 'Yes'],
  ['do we need a lead member for childrens services', 'lead-member', 'Yes'],
  // "they" who act on something is the Government; two topics of one area named by words of their own
  ['are they abolishing the lead member and DCS roles', 'lead-member', 'No'],
  ['are the dcs and lead member roles going', 'dcs-appoint', 'No'],
  ['are they removing the board requirement', 'board-required', 'Yes'],
  ['is the govt getting rid of the dcs post', 'dcs-appoint', 'No'],
  // "may we?" is not "must we?": the permission topic answers it, or the facts do with no verdict
  ['can we still have a cypp if we want', 'cypp-voluntary', 'Yes'],
  ['are we allowed to have a board', 'board-voluntary', 'Yes'],
  ['can we get rid of our board', 'board-required', 'No'],
  ['are we allowed to scrap our board', 'board-required', 'No'],
  ['once the next session passes can we scrap our board', 'board-required', 'Yes'],
  ['can we drop the schools from the board', 'board-schools-represented', 'No'],
  ['can we stop publishing a cypp', 'cypp-publish', 'Yes'],
  ['is it ok to not have a lead member', 'lead-member', 'No'],
  // "relevant partners" as a whole are the duty's subject, not an unknown body
  ['do relevant partners have to cooperate with us', 'duty-to-cooperate', 'Yes'],
  // whether a body itself is abolished the sources never say; its place under the duty they do
  ['is the learning and skills council abolished', 'learning-and-skills-council', null],
  ['is jcp being scrapped as a relevant partner', 'jobcentre-plus', 'Yes'],
  // Boards themselves are not being abolished, only the requirement to have one; the DCS post stays either way
  ['are ctbs being abolished?', 'board-required', null],
  ['is the requirement to have a ctb being removed', 'board-required', 'Yes'],
  ['is the DCS post being abolished', 'dcs-appoint', 'No'],
  // "was the idea to ..." asks what was proposed; "did they go ahead with ..." whether it was done
  ['in 2008 was the idea to make the cypp a joint plan owned by all the partners?', 'cypp-joint', 'Yes', '2008-07-02'],
  // what a bill "does" is what it will do
  ['does the education bill get rid of the requirement to have a ctb', 'board-required', 'No'],
  ['is jcp gone', 'jobcentre-plus', 'Not yet'],
  ['do we have to have schools on our board', 'board-schools-represented', 'Yes'],
  ['what were the relevant partners in 2008', 'list:relevant-partner', null, '2008-07-02'],
  ['is the education bill law yet', 'means:education-bill', 'Not yet'],
  ['has the bill gone through parliament', 'means:education-bill', 'Not yet'],
  ['will the education bill pass', 'means:education-bill', null],
  ['do our partners have to have regard to our own strategic plan', 'cypp-have-regard', 'No'],
  ['must the voluntary sector have a place on the board', 'board-vcs-place', null],
  ['does the third sector get a seat on the board under the 2008 proposals', 'board-vcs-place', 'Yes', '2008-07-02'],
  ['Has the statutory guidance on children\'s trusts been withdrawn?', 'guidance-in-force', 'Yes'],
  ['has the gudance been withdrawen', 'guidance-in-force', 'Yes'],
  // typos of real words ("from" for "form"), and short ones the speller leaves alone
  ['are sixth from colleges relevant partners', 'sixth-form-college', 'Yes'],
  ['is jcp goin', 'jobcentre-plus', 'Yes'],
  ['r schools still partners', 'maintained-school', 'Yes'],
  ['is the 2005 guidance still in force?', 'guidance-in-force', 'No'],
  ['do we have to follow the statutory guidance in 2008', 'guidance-in-force', 'Yes', '2008-07-02'],
  ['Can private sector organisations pool funds under section 10?', 'pooling:private-sector', 'No'],
  ['can the voluntary sector pool budgets', 'pooling:voluntary-sector', 'No'],
  ['can the PCT pool budgets with us', 'pooling:primary-care-trust', 'Yes'],
  ['can we have a pooled budget', 'pooling', 'Yes'],
  // section 31 of the Health Act 1999 (section 75 of the NHS Act 2006) lets authorities delegate to health bodies (para 49)
  ['can we delegate functions to the PCT', 'delegation:primary-care-trust', 'Yes'],
  ['can we delegate functions to the police', 'delegation:police', 'No'],
  ['what does section 31 of the health act allow', 'delegation', null],
  // the duty, the consultation, definitions, changes
  ['what is the duty to cooperate', 'duty-what', null],
  ['what does relevant partner mean', 'duty-what', null],
  ['whats the difference between a relevant partner and an other partner', 'duty-what', null],
  ['is the duty to cooperate itself being scrapped? trying to explain to members', 'duty-to-cooperate', 'No'],
  ['what did the 2010 notice change', 'changes', null],
  ['is the duty to cooperate being scrapped', 'duty-to-cooperate', 'No'],
  ['when did the consultation close', 'consultation-dates', null],
  ['what did the 2008 note propose', 'proposals-2008', null, '2008-07-02'],
  ['whats a childrens trust', 'childrens-trust', null],
  ['what does ECM stand for', 'ecm', null],
  ['what\'s changing', 'coming', null],
  ['what is the education bill going to change', 'coming:education-bill', null],
  ['what changed between 2008 and 2010', 'changes', null],
  ['what changed for jcp since the 2008 note', 'changes:jobcentre-plus', null],
  // a change asked yes/no is a change question, for every topic it names
  ['has the legal position on having a ctb changed since 2008', 'changes:board-required', null],
  ['anything changed re lead members and dcs since 2008?', 'changes:lead-member', null],
  // "anyone" is no body: who was added or lost is the partners' change list
  ['has anyone been added to the relevant partners since 2008', 'changes:relevant-partners', null],
  // the verdict answers the question, not the topic's status: "reviewed" is not "must we appoint a DCS?"
  ['will the dcs guidance be reviewed', 'dcs-appoint', null],
  // a closing clause of circumstance says nothing of what is asked ("now that the LSC has gone" is no removal of Connexions)
  ['is connexions still a relevant partner now that the lsc has gone', 'connexions', 'Yes', '2026-11-22'],
  ['are relevant partners bound by a voluntary plan', 'cypp-have-regard', 'No'],
  // the 2008 proposals would have required a plan in all areas: the exemption as it stood is no answer
  ['under the 2008 proposals would 4 star councils still be exempt', 'cypp-exemption', null, '2008-07-02'],
  ['did anyone lose relevant partner status between 2008 and 2010', 'changes:relevant-partners', null],
  // about a body
  // what a source says about a body: the paragraph that says it, quoted
  ['What did the 2008 note say about Sure Start children\'s centres?', 'passage:dcsf-2008#26', null, '2008-07-02'],
  ['tell me about GP practices', 'passage:dcsf-2008#25', null],
  // a paragraph asked for by number, or as the first or last
  ['whats para 13 of the dcsf note about', 'passage:dcsf-2008#13', null],
  // a statement of the 2008 note answers Yes only if it says it of as many as asked: "all areas", not "some areas"
  ['in 2008 did every area have a trust board', 'passage:dcsf-2008#38', 'Yes', '2008-07-02'],
  ['in 2008 were schools on the trust board in every area', 'passage:dcsf-2008#17', null, '2008-07-02'],
  ['in 2008 did the la have to consult schools on the cypp', 'passage:dcsf-2008#30', 'Yes', '2008-07-02'],
  // "why?" is answered where the sources give the reason, not where they say the most about the subject
  ['why is jcp being removed', 'passage:dfe-2010#What will change, why, and when', null],
  ['what does the last para of the 2008 note ask for', 'passage:dcsf-2008#51', null],
];

function target(u: ReturnType<typeof ask>): string {
  const q = u.query!;
  if (q.kind === 'body-list') return `list:${q.listOf}`;
  if (q.kind === 'body-about') return `about:${q.bodyId}`;
  if (q.kind === 'topic') return q.bodyId ? `${q.topicId}:${q.bodyId}` : q.topicId!;
  if (q.kind === 'changes') return q.pending ? `coming${q.means ? `:${q.means}` : ''}` : `changes${q.bodyId ? `:${q.bodyId}` : q.topicId ? `:${q.topicId}` : ''}`;
  if (q.kind === 'passage') return `passage:${q.units?.[0]?.source}#${q.units?.[0]?.ref}`;
  if (q.kind === 'means') return `means:${q.means}`;
  return q.bodyId ?? `unknown:${q.unknownBody}`;
}

test(`at least 100 questions of our own (${ANSWERS.length})`, () => expect(ANSWERS.length).toBeGreaterThanOrEqual(100));

// Every row has four columns, so jest does not take a missing date for its `done` callback.
test.each(ANSWERS.map(([q, want, verdict, asAt]) => [q, want, verdict, asAt ?? 'latest'] as const))('%s', (q, want, verdict, asAt) => {
  const u = ask(q);
  expect(u.intent).toBe('question');
  expect(target(u)).toBe(want);
  const a = answer(kb, u.query!);
  expect(a.verdict ?? null).toBe(verdict);
  expect(u.query!.asAt ?? 'latest').toBe(asAt);
  expect(a.citations.length).toBeGreaterThan(0);
  if (verdict) expect(firstLine(a)).toMatch(new RegExp(`^\\*\\*${verdict}\\.\\*\\* \\S`));
});

test('a premise the sources contradict is corrected before the answer', () => {
  const u = ask('since the duty to cooperate was abolished, do we still need a board?');
  expect(u.query?.premise).toMatchObject({ topicId: 'duty-to-cooperate', form: 'removed' });
  const a = answer(kb, u.query!);
  expect(a.verdict).toBe('Yes');
  expect(a.explanation[0]).toMatch(/^The question takes for granted something the sources do not say: it has not been removed/);
  // a true premise passes without a word
  const v = ask('now the cypp regs are revoked, can we carry on with our own plan?');
  expect(answer(kb, v.query!).explanation.join(' ')).not.toMatch(/takes for granted/);
});

describe('questions it must ask back about', () => {
  test.each(['has the duty been taken off them yet', 'are they losing the duty under the bill', 'are they being removed', 'are they covered?', 'is that one covered?', 'is it a relevant partner?', 'are we covered by the duty to cooperate?', 'is our organisation a relevant partner', 'do they have to cooperate?'])(
    '%s',
    (q) => {
      const u = ask(q);
      expect(u.intent).toBe('clarify');
      expect(u.choices!.length).toBeGreaterThan(1);
      expect(u.prompt).toMatch(/\?/);
      // each choice is a complete question the engine answers
      for (const c of u.choices!) expect(answer(kb, c.query).citations.length).toBeGreaterThan(0);
    },
  );

  test('"the council" could be either council', () => {
    expect(ask('is the council a relevant partner').choices?.map((c) => c.query.bodyId)).toEqual(['district-council', 'local-authority']);
  });

  test('"health bodies" could be any of them: the words are the sources\' own', () => {
    expect(ask('are health bodies relevant partners').intent).toBe('clarify');
  });

  test('"is it required?" offers the requirements', () => {
    const u = ask('is it required?');
    expect(u.intent).toBe('clarify');
    expect(u.choices?.map((c) => c.query.topicId)).toContain('board-required');
  });
});

describe('out of scope: no verdict, no citation', () => {
  test.each([
    'what does para 99 say',
    'does the education act 2011 abolish the board',
    'what date is the education bill getting royal assent',
    'when does the next parliamentary session start',
    'how does a school convert to an academy',
    'what budget does the ctb have',
    'how do we set up a pooled budget',
    'who funds connexions',
    // a real word is not "corrected" into one of the sources' ("attend" is no "extend")
    'does jcp have to attend board meetings',
    'what does the children act 1989 say about cooperation',
    'what does paragraph 2 of the dfe notice say',
    'what time is it in Sydney',
    'What is the weather in Leeds tomorrow?',
    'write me a poem about autumn',
    'how do I minute a confidential item',
    'must relevant partners publish their own safeguarding audits?',
    'who won the football last night',
    'can you book a meeting room',
    'what is the capital of France',
    'how do I reset my password',
    'Les collèges sont-ils des partenaires?',
  ])('%s', (q) => {
    expect(ask(q).intent).toBe('none');
  });
});

describe('follow-ups and the conversation', () => {
  test('"and academies?" after a partner question asks the same of academies', () => {
    const first = ask('is the police a relevant partner in 2008').query!;
    const next = ask('and academies?');
    expect(next.intent).toBe('followup');
    expect(mergeFollowUp(first, next.query!)).toMatchObject({ kind: 'body-status', bodyId: 'academy', asAt: '2008-07-02' });
  });

  test('"what about in 2008?" after any answer asks it again as at 2008', () => {
    const first = ask('must we publish a CYPP?').query!;
    const next = ask('what about in 2008?');
    expect(next.intent).toBe('followup');
    const merged = mergeFollowUp(first, next.query!);
    expect(merged).toMatchObject({ kind: 'topic', topicId: 'cypp-publish', asAt: '2008-07-02' });
    expect(answer(kb, merged).verdict).toBe('Yes');
  });

  test('a new body after a pooling question keeps the pooling question', () => {
    const first = ask('can the voluntary sector pool budgets').query!;
    expect(mergeFollowUp(first, ask('what about PCTs?').query!)).toMatchObject({ kind: 'topic', topicId: 'pooling', bodyId: 'primary-care-trust' });
  });
});

test('every cue phrase is short enough for the reader to match', () => {
  const phrases = [
    ...COMMAND_CUES.flatMap((c) => c.cues), ...Object.values(COMMAND_ACTIONS).flatMap((a) => a!.flatMap((x) => x.cues)),
    ...HELP_CUES, ...THANKS, ...LIST_CUES, ...PARTNER_CUES, ...ABOUT_CUES,
    ...kb.topics.flatMap((t) => [...t.cues.all.flat(), ...(t.cues.any ?? []), ...(t.cues.none ?? [])]),
  ];
  expect(phrases.filter((p) => foldPhrase(p).split(' ').length > LONGEST_PHRASE)).toEqual([]);
});

describe('help, greetings, commands', () => {
  test.each([['help', 'help'], ['what can you do?', 'help'], ['hello', 'greeting'], ['thanks!', 'thanks'], ['cheers, that helps', 'thanks'],
    ['remind us about the board meeting on 12 March 2027 at 10:00', 'reminders'], ['show reminders', 'reminders'],
    ['compliance check', 'compliance'], ['last compliance check', 'compliance'], ['obligations', 'obligations'],
    ['summary as at 1 April 2009', 'obligations'], ['set up our board', 'board-profile'], ['forget our board', 'board-profile'],
    ['compliance chek', 'compliance'], ['run a complaince check please', 'compliance'], ['is the board compliant?', 'compliance'],
    ['what are our statutory duties', 'obligations'], ['oblgations summary', 'obligations'], ['what are our legal duties as a board', 'obligations'],
    ['delete our board', 'board-profile'], ['edit the board', 'board-profile'], ['show me our board profile', 'board-profile']])('%s -> %s', (q, intent) => {
    expect(ask(q).intent).toBe(intent);
  });

  test.each([['forget our board', 'forget'], ['delete the board', 'forget'], ['set up our board', 'edit'], ['edit our board', 'edit'],
    ['show our board', undefined], ['last compliance check', 'last'], ['compliance check results', 'last'], ['compliance check', undefined]])(
    '%s asks its feature to %s', (q, action) => {
      expect(ask(q).action).toBe(action);
    });

  test('the obligations summary carries the date asked', () => {
    expect(ask('summary as at 1 April 2009').query?.asAt).toBe('2009-04-01');
  });
});

describe('bad input gets a clear reply, never an exception', () => {
  test.each([
    ['empty', ''],
    ['spaces', '   \n\t  '],
    ['100 KB of text', 'is the PCT a relevant partner? '.repeat(3500)],
    ['control characters', '\u0000\u0001\u0002\u001b[31m'],
    ['emoji only', '🙂🙂🎉'],
    ['another script', '这是什么'],
  ])('%s', (_name, text) => {
    const u = ask(text);
    expect(u.intent).toBe('bad-input');
    expect(u.message).toMatch(/\w/);
  });

  test('control characters and emoji inside a real question are ignored', () => {
    expect(target(ask('is the \u0007PCT a relevant partner? 🙂'))).toBe('primary-care-trust');
  });

  test('random input never throws', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'abcdefghijklmnopqrstuvwxyz  0123456789?!.,\'’-é中🙂\u0000\n';
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(rand() * 80) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const u = ask(text);
      if (u.intent === 'question') expect(() => answer(kb, u.query!)).not.toThrow();
    }
  });
});

describe('the published examples', () => {
  test.each(cases.map((c) => [c.id, c]))('%s', (_id, c) => {
    const u = ask(c.q);
    const want = c.kind === 'answer' ? 'question' : c.kind === 'clarify' ? 'clarify' : 'none';
    expect(u.intent).toBe(want);
    if (c.kind !== 'answer') return;
    const a = answer(kb, u.query!);
    if (c.verdict) expect(c.verdict.some((v: string) => (a.verdict ?? a.headline).startsWith(v))).toBe(true);
    const labels = a.citations.map((x) => x.label).join('; ');
    for (const cite of c.cite ?? []) {
      const [src, para] = cite.split(':');
      expect(labels).toMatch(src === 'dfe' ? /DfE 2010/ : /DCSF 2008/);
      if (para) expect(a.citations.some((x) => x.paras?.includes(Number(para)))).toBe(true);
    }
  });
});

describe('dates are read only from messages that can hold one', () => {
  // What chrono-node finds that dateIn would use: a result with a certain year, or "now".
  const usableDates = (text: string) =>
    loadChrono()
      .en.GB.parse(withoutNamingYears(text), NOW)
      .filter((r) => r.start.isCertain('year') || NOW_WORDS.test(r.text))
      .map((r) => r.text);
  const corpus = [
    ...ANSWERS.map(([q]) => q),
    ...cases.map((c) => c.q as string),
    'are they covered?',
    'what changed last year',
    'is it still the case today',
    'what about a couple of years ago',
    'and in three months?',
    'as of yesterday',
    'what did the board look like a decade ago',
    'is the pct a partner as of this morning',
    'whats the position rn',
    'what about next week',
    'in a fortnight will schools be covered',
    'since the start of the year',
    'did it change in the spring',
  ];

  test('chrono finds no usable date in a message without a date cue', () => {
    const missed = corpus.filter((q) => !DATE_CUES.test(q) && usableDates(q).length > 0);
    expect(missed).toEqual([]);
  });

  test('a lone year, after a preposition or not, is read as chrono-node reads it', () => {
    const words = ['in', 'during', 'before', 'until', 'till', 'after', 'since', 'by', 'as at', 'as of', 'IN', 'Before', 'prior to', 'up to'];
    const years = [2004, 2007, 2008, 2009, 2010, 2011, 2026];
    const shapes = [
      (w: string, y: number) => `was the PCT a relevant partner ${w} ${y}`,
      (w: string, y: number) => `${w} ${y}, were schools covered?`,
      (w: string, y: number) => `what about ${w} ${y}?`,
      (w: string, y: number) => `is the police a relevant partner ${w} ${y} or not`,
      (w: string, y: number) => `did the Children Act 2004 apply ${w} ${y}`,
      (w: string, y: number) => `was it required ${w} the ${y} notice`,
      (w: string, y: number) => `were FE colleges relevant partners ${w} ${y} and in March ${y}`,
      (w: string, y: number) => `is it still the case now, ${w} ${y}`,
      (w: string, y: number) => `what did the ${y} note say ${w} the consultation`,
      (w: string, y: number) => `${w} the ${y} notice were schools covered`,
      (w: string, y: number) => `is the ${y} guidance in force ${w} the Act`,
      (w: string, y: number) => `${y} ${w}`,
    ];
    const generated = shapes.flatMap((shape) => words.flatMap((w) => years.map((y) => shape(w, y))));
    const differ = [...corpus, ...generated]
      .filter((q) => DATE_CUES.test(q))
      .filter((q) => JSON.stringify(dateIn(q, NOW, kb)) !== JSON.stringify(chronoDateIn(withoutNamingYears(q), NOW, kb)));
    expect(differ).toEqual([]);
    expect(generated.length).toBeGreaterThan(1000);
  });

  test('the messages with a date still get it', () => {
    expect(dateIn('what about 3 years ago', NOW, kb)?.asAt).toBe('2023-12-31');
    expect(dateIn('was the PCT a relevant partner before 2010', NOW, kb)?.asAt).toBe('2009-12-31');
    expect(dateIn('is the police a partner today', NOW, kb)?.asAt).toBe('2026-11-22');
    expect(dateIn('are academies relevant partners', NOW, kb)).toBeUndefined();
  });
});
