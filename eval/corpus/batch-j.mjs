// Batch j: written from the two sources and design.md only.
export const cases = [
  // ---------------------------------------------------------------- yes-no, as at 31 October 2010
  {
    id: 'j-001', q: 'is jcp a relevant partner?', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['Jobcentre', 'JCP', 'Job Centre'], ['remov']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: relevant partners continue to be ... Jobcentre Plus; removal intended at next legislative opportunity",
  },
  {
    id: 'j-002', q: 'r district councils relevant partners', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['district council']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: list of relevant partners starts with district councils",
  },
  {
    id: 'j-003', q: 'quick one - are the police still a relevant partner?', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['police'], ['31 October 2010', '31 Oct 2010', '31/10/2010']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: police on the list; 'still' so the reply gives the 31 Oct 2010 as-at date",
  },
  {
    id: 'j-004', q: 'pct - relevant partner y/n', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['primary care trust', 'PCT']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: primary care trusts listed as relevant partners",
  },
  {
    id: 'j-005', q: 'is our yot a relevant partner under s10', kind: 'answer', type: 'yes-no', conv: 'channel',
    verdict: ['Yes'], all: [['youth offending', 'YOT']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: youth offending teams listed",
  },
  {
    id: 'j-006', q: 'probation on the relevant partners list??', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['probation']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: probation services listed",
  },
  {
    id: 'j-007', q: 'is the SHA still a relevant partner today', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['strategic health', 'SHA'], ['31 October 2010', '31 Oct 2010', '31/10/2010']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: strategic health authorities listed; 'today' so the reply says the latest source is 31 Oct 2010",
  },
  {
    id: 'j-008', q: 'connexions providers, relevant partners or not', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['Connexions']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: persons providing Connexions services (s68 Education and Skills Act 2008) listed",
  },
  {
    id: 'j-009', q: 'our chair asked - is the fire and rescue service a relevant partner', kind: 'answer', type: 'yes-no',
    verdict: ['Not listed', 'No'], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: closed list of relevant partners does not name fire and rescue; neither source mentions it",
  },
  {
    id: 'j-010', q: 'are gp practices relevant partners', kind: 'answer', type: 'yes-no',
    verdict: ['No', 'Not listed'], cite: ['dfe'],
    why: "DfE notice list has no GP practices; 2008 note (paras 11, 25) only sought closer engagement with GPs",
  },
  {
    id: 'j-011', q: 'is the voluntary sector a relevant partner under the duty to coop', kind: 'answer', type: 'yes-no',
    verdict: ['No', 'Not listed'], cite: ['dfe'],
    why: "DfE notice list has no voluntary sector; 2008 para 14 'other' partners not bound, para 47 no proposal to extend",
  },
  {
    id: 'j-012', q: 'are maintained schools under the duty to cooperate at the mo', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['Education Bill']], cite: ['dfe'],
    why: "DfE notice: forthcoming Education Bill will (subject to Parliament) remove the duty from maintained schools, so at 31 Oct 2010 they still have it",
  },
  {
    id: 'j-013', q: 'is a sixth form college a relevant partner as at oct 2010?', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['Education Bill']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: Education Bill will remove the duty from FE and sixth-form colleges; not yet removed at 31 Oct 2010",
  },
  {
    id: 'j-014', q: 'do academies currently have the duty to cooperate thru the childrens trust', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['Education Bill']], cite: ['dfe'],
    why: "DfE notice: Education Bill will remove the duty from academies (subject to parliamentary approval); still in place at 31 Oct 2010",
  },
  {
    id: 'j-015', q: 'non-maintained special schools - under the s10 duty?', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['Education Bill']], cite: ['dfe'],
    why: "DfE notice: Education Bill will remove the duty on non-maintained special schools; announced, not enacted, at 31 Oct 2010",
  },
  {
    id: 'j-016', q: 'will jcp stay a relevant partner', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['Jobcentre', 'JCP', 'Job Centre'], ['next legislative opportunity', 'next parliamentary session', 'next session']], cite: ['dfe'],
    why: "DfE notice: Government intends, at the next legislative opportunity / next parliamentary session, subject to Parliament, to remove JCP from the list",
  },
  {
    id: 'j-017', q: 'has jcp been taken off the relevant partners list yet', kind: 'answer', type: 'yes-no',
    verdict: ['Not yet', 'No'], all: [['Jobcentre', 'JCP', 'Job Centre'], ['parliament']], cite: ['dfe'],
    why: "DfE notice: JCP 'continue[s] to be' a relevant partner; removal only intended, subject to the will of Parliament",
  },
  {
    id: 'j-018', q: 'has the duty to cooperate been removed from schools', kind: 'answer', type: 'yes-no', conv: 'channel',
    verdict: ['Not yet', 'No'], all: [['Education Bill'], ['parliament']], cite: ['dfe'],
    why: "DfE notice: forthcoming Education Bill will, subject to Parliament, remove the duty from schools; not done at 31 Oct 2010 (design.md example)",
  },
  {
    id: 'j-019', q: 'has the statutory childrens trust guidance been withdrawn', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['31 October 2010', '31 Oct 2010', '31/10/2010']], cite: ['dfe'],
    why: "DfE notice, What will change: as of 31 October 2010 statutory children's trust guidance is withdrawn",
  },
  {
    id: 'j-020', q: 'r the cypp regs revoked?', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['31 October 2010', '31 Oct 2010', '31/10/2010']], cite: ['dfe'],
    why: "DfE notice, What will change: as of 31 October 2010 CYPP regulations are revoked",
  },
  {
    id: 'j-021', q: 'must we still publish a cypp', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['revoked'], ['31 October 2010', '31 Oct 2010', '31/10/2010']], cite: ['dfe'],
    why: "DfE notice: CYPP regulations revoked as of 31 Oct 2010; CTBs not required to produce a CYPP; 'still' so as-at date given",
  },
  {
    id: 'j-022', q: 'do we still need the new cypp out by 1 april 2011?', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['removed', 'no longer', 'not required', 'not be required']], cite: ['dfe'],
    why: "DfE notice, CYPP section: the requirement to publish a new plan by 1 April 2011 will now be removed",
  },
  {
    id: 'j-023', q: 'if we do a plan voluntarily do the relevant partners have to have regard to it', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['have regard']], cite: ['dfe'],
    why: "DfE notice, CYPP section: relevant partners will not be under any formal duty to 'have regard' to any voluntary plan",
  },
  {
    id: 'j-024', q: 'can we still put out our own childrens plan if the board wants one', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['free']], cite: ['dfe'],
    why: "DfE notice, CYPP section: local partnerships are free to publish their own strategic plan as they see fit; format no longer prescribed",
  },
  {
    id: 'j-025', q: 'is there still a legal requirement to have a ctb', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['next parliamentary session', 'next session', 'parliament'], ['31 October 2010', '31 Oct 2010', '31/10/2010']], cite: ['dfe'],
    why: "DfE notice, CTB section: 'We can't remove the legal obligation to have a Board immediately'; removal intended next parliamentary session",
  },
  {
    id: 'j-026', q: 'has the requirement to have a ctb been scrapped', kind: 'answer', type: 'yes-no',
    verdict: ['Not yet', 'No'], all: [['parliament']], cite: ['dfe'],
    why: "DfE notice: Government intends (subject to parliamentary approval) in the next parliamentary session to remove the CTB requirement; legal obligation remains for now",
  },
  {
    id: 'j-027', q: 'is the lead member role being abolished?', kind: 'answer', type: 'yes-no', conv: 'channel',
    verdict: ['No'], all: [['repeal', 'no plan']], cite: ['dfe'],
    why: "DfE notice, Lead member and DCS: no plans to repeal the legislation requiring LAs to appoint lead members (design.md example)",
  },
  {
    id: 'j-028', q: 'is the govt getting rid of the dcs post', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['repeal', 'no plan']], cite: ['dfe'],
    why: "DfE notice, Lead member and DCS: no plans to repeal the legislation requiring directors of children's services",
  },
  {
    id: 'j-029', q: 'is the government scrapping the s10 duty to cooperate altogether', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['no plan', 'not plan', 'not intend']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: 'We have no plans to remove this sensible principle ... (section 10 of the Children Act 2004)'",
  },
  {
    id: 'j-030', q: 'is the education bill law yet', kind: 'answer', type: 'yes-no',
    verdict: ['Not yet', 'No'], all: [['parliament']], cite: ['dfe'],
    why: "DfE notice calls it the 'forthcoming' Education Bill, subject to parliamentary approval, as at 31 Oct 2010",
  },

  // ---------------------------------------------------------------- yes-no, the 2008 note
  {
    id: 'j-031', q: 'in 2008 was jcp a relevant partner', kind: 'answer', type: 'yes-no',
    verdict: ['No', 'Not listed'], all: [['Jobcentre', 'JCP', 'Job Centre']], cite: ['dcsf:14'],
    why: "DCSF 2008 para 14 lists the relevant partners 'at present'; Jobcentre Plus is not among them",
  },
  {
    id: 'j-032', q: 'in 2008 were schools relevant partners', kind: 'answer', type: 'yes-no',
    verdict: ['No', 'Proposed'], cite: ['dcsf:14'],
    why: "DCSF 2008 para 14 list excludes schools; para 23 proposes extending the duty to them",
  },
  {
    id: 'j-033', q: 'july 2008 - was the LSC a relevant partner?', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['Learning and Skills Council', 'LSC']], cite: ['dcsf:14'],
    why: "DCSF 2008 para 14: relevant partners at present include the Learning and Skills Council for England",
  },
  {
    id: 'j-034', q: 'in 2008 were private and voluntary orgs bound by the duty to cooperate', kind: 'answer', type: 'yes-no',
    verdict: ['No'], cite: ['dcsf:14'],
    why: "DCSF 2008 para 14: 'other' partners (private, voluntary, independent) are not bound by the duty to cooperate",
  },
  {
    id: 'j-035', q: 'under the 2008 proposals would PRUs come under the duty', kind: 'answer', type: 'yes-no',
    verdict: ['Yes', 'Proposed'], all: [['Pupil Referral', 'PRU']], cite: ['dcsf:23'],
    why: "DCSF 2008 para 23: propose to extend the duty so that it embraces schools, Pupil Referral Units and SFC/FE colleges",
  },
  {
    id: 'j-036', q: 'did the 2008 note want schools forums under the duty to coop as well', kind: 'answer', type: 'yes-no',
    verdict: ['Yes', 'Proposed'], all: [['Schools Forum']], cite: ['dcsf'],
    why: "DCSF 2008 para 11 (option to extend duty to Schools Forums) and para 24 (implies extending the duty to Schools Forums as well as schools)",
  },
  {
    id: 'j-037', q: 'did dcsf propose making gp practices relevant partners in 2008?', kind: 'answer', type: 'yes-no',
    verdict: ['No'], cite: ['dcsf'],
    why: "DCSF 2008 paras 11 and 25: only closer engagement with GP practices, views invited; not proposed for the duty",
  },
  {
    id: 'j-038', q: 'did the 2008 note propose extending the duty to the vcs', kind: 'answer', type: 'yes-no',
    verdict: ['No'], cite: ['dcsf:47'],
    why: "DCSF 2008 para 47: 'there is no proposal to extend the duty to cooperate to this sector', though it should have a place on the Board",
  },
  {
    id: 'j-039', q: 'in 2008 was there any legal requirement to set up a ctb', kind: 'answer', type: 'yes-no',
    verdict: ['No'], cite: ['dcsf:38'],
    why: "DCSF 2008 para 38: no requirement in legislation for the authority and partners to create a Children's Trust Board",
  },
  {
    id: 'j-040', q: 'in 2008 did every area actually have a board of some sort', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], cite: ['dcsf:38'],
    why: "DCSF 2008 para 38: all areas have created a Board in some form, though membership, name etc. vary markedly",
  },
  {
    id: 'j-041', q: 'in 2008 were schools already required to promote their pupils wellbeing', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], cite: ['dcsf:20'],
    why: "DCSF 2008 para 20: all schools already required to have regard to the CYPP and promote the well-being of all pupils (also para 6)",
  },
  {
    id: 'j-042', q: "2008 - did partners like the police have to 'have regard' to the cypp", kind: 'answer', type: 'yes-no',
    verdict: ['No'], cite: ['dcsf:31'],
    why: "DCSF 2008 para 31: little leverage on partners and no legal requirement for them to 'have regard' to the CYPP",
  },
  {
    id: 'j-043', q: 'were 4 star councils exempt from doing a cypp back in 2008', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['opt']], cite: ['dcsf:27'],
    why: "DCSF 2008 para 27: 4 star authorities are exempt from the requirement, none have chosen to opt out",
  },
  {
    id: 'j-044', q: 'under the 2008 proposals would the joint cypp run for a fixed period', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['April 2010']], cite: ['dcsf:36'],
    why: "DCSF 2008 para 36: new plan in place and published by April 2010, but beyond that no fixed duration of the CYPP",
  },
  {
    id: 'j-045', q: 'did dcsf prefer reserve powers for ministers to a statutory ctb framework', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['national', 'local flexibility']], cite: ['dcsf:43'],
    why: "DCSF 2008 para 43: reserve powers were the alternative; on balance a consistent national approach with local flexibility preferred",
  },
  {
    id: 'j-046', q: 'under the 2008 plans would partners hand their own functions over to the board?', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['existing functions', 'own functions', 'responsible']], cite: ['dcsf:45'],
    why: "DCSF 2008 para 45: each partner would continue to be responsible for its existing functions",
  },
  {
    id: 'j-047', q: 'in 2008 could the LA and relevant partners delegate functions to each other under s10', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['delegat']], cite: ['dcsf:48'],
    why: "DCSF 2008 para 48: one of two main issues is the lack of a power to delegate functions in section 10",
  },
  {
    id: 'j-048', q: 'in 2008 could we have used s31 / s75 to delegate functions to the police', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['health']], cite: ['dcsf:49'],
    why: "DCSF 2008 para 49: s31 Health Act 1999 / s75 NHS Act 2006 restricted to local authorities and health bodies only",
  },
  {
    id: 'j-049', q: "did the 2008 note propose making schools' seat on the ctb a legal requirement", kind: 'answer', type: 'yes-no',
    verdict: ['Yes', 'Proposed'], cite: ['dcsf:46'],
    why: "DCSF 2008 para 46: 'Legislation would require the representation of schools on Children's Trust Boards'",
  },
  {
    id: 'j-050', q: 'for the minutes: does the 2008 note discuss the options in more detail after listing them?', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['detail']], cite: ['dcsf:13'],
    why: "DCSF 2008 para 13: 'The remainder of this note discusses these options in more detail'",
  },
  {
    id: 'j-051', q: 'was the 2005 guidance the first guidance under s10?', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['2005']], cite: ['dcsf:15'],
    why: "DCSF 2008 para 15: 'The first such guidance, issued in 2005'",
  },
  {
    id: 'j-052', q: 'was the draft supplementary ct guidance out for consultation in april 2008', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['April']], cite: ['dcsf:16'],
    why: "DCSF 2008 para 16: draft supplementary guidance under s10 issued for consultation in April 2008",
  },
  {
    id: 'j-053', q: 'in 2008 had all areas got their trust arrangements up to where dcsf wanted them', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['many', 'some areas']], cite: ['dcsf:42'],
    why: "DCSF 2008 para 42: some areas have moved ahead quickly, many have not yet reached this stage",
  },
  {
    id: 'j-054', q: 'did dcsf publish draft guidance on the schools wellbeing duty at the same time as the 2008 consultation', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['well-being', 'wellbeing', 'well being']], cite: ['dcsf:6'],
    why: "DCSF 2008 para 6: draft guidance on the duty on schools to promote pupils' well-being issued in parallel to this consultation",
  },
  {
    id: 'j-055', q: 'were comments on the 2008 note still welcome up to 25 sept', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['25 September']], cite: ['dcsf:10'],
    why: "DCSF 2008 para 10: initial responses by end of July, but comments received by 25 September still helpful",
  },

  // ---------------------------------------------------------------- change
  {
    id: 'j-056', q: 'what changed for the cypp between the 2008 note and the dfe notice', kind: 'answer', type: 'change',
    all: [['joint'], ['revoked', 'no longer', 'not required', 'not be required']], cite: ['dcsf', 'dfe'],
    why: "DCSF 2008 paras 11, 34 proposed a joint CYPP owned by all partners; DfE notice revokes the CYPP regs, no plan required",
  },
  {
    id: 'j-057', q: "jcp - what's changed since 2008?", kind: 'answer', type: 'change',
    all: [['Jobcentre', 'JCP', 'Job Centre'], ['remov']], cite: ['dcsf:14', 'dfe'],
    why: "DCSF 2008 para 14 list has no JCP; DfE notice lists JCP and announces its intended removal",
  },
  {
    id: 'j-058', q: 'what changes once the education bill passes', kind: 'answer', type: 'change', conv: 'channel',
    all: [['schools'], ['academies'], ['colleges']], cite: ['dfe'],
    why: "DfE notice: Bill removes duty from maintained schools, FE and sixth-form colleges, NMSS, academies/CTCs; no longer have to be on CTBs",
  },
  {
    id: 'j-059', q: 'once the bill goes thru do our heads still need a seat on the ctb', kind: 'answer', type: 'change',
    all: [['represent'], ['Education Bill']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: after the Education Bill these bodies will no longer have to be represented on CTBs",
  },
  {
    id: 'j-060', q: "what's happening to ctbs in the next parliamentary session", kind: 'answer', type: 'change',
    all: [['requirement', 'obligation'], ['parliament']], cite: ['dfe'],
    why: "DfE notice, Next parliamentary session: Government intends (subject to parliamentary approval) to remove the requirement to have a CTB",
  },
  {
    id: 'j-061', q: 'has the legal position on having a ctb changed since 2008', kind: 'answer', type: 'change',
    all: [['obligation', 'requirement'], ['next parliamentary session', 'next session']], cite: ['dcsf', 'dfe'],
    why: "DCSF 2008 para 38 no legal requirement, para 44 proposes a duty; DfE notice: legal obligation exists, removal intended next session",
  },
  {
    id: 'j-062', q: 'connexions - has the legal basis changed between the two docs', kind: 'answer', type: 'change',
    all: [['114'], ['68']], cite: ['dcsf:14', 'dfe'],
    why: "DCSF 2008 para 14: s114 Learning and Skills Act 2000; DfE notice: s68 Education and Skills Act 2008",
  },
  {
    id: 'j-063', q: 'the LSC was a relevant partner in 2008 - is it still on the list in the dfe notice', kind: 'answer', type: 'change',
    all: [['Learning and Skills Council', 'LSC']], cite: ['dcsf:14', 'dfe'],
    why: "DCSF 2008 para 14 lists the LSC; the DfE notice's closed list of relevant partners does not",
  },
  {
    id: 'j-064', q: "what's changed for sixth form colleges since the 2008 note", kind: 'answer', type: 'change',
    all: [['propos'], ['Education Bill']], cite: ['dcsf', 'dfe'],
    why: "DCSF 2008 paras 21, 23 propose extending the duty to SFCs; DfE notice: Education Bill will remove it from sixth-form colleges",
  },
  {
    id: 'j-065', q: "what's happened to the ct statutory guidance since the 2008 draft", kind: 'answer', type: 'change',
    all: [['withdrawn']], cite: ['dcsf', 'dfe'],
    why: "DCSF 2008 paras 4, 8, 16: draft supplementary guidance to be issued in the autumn; DfE notice: statutory guidance withdrawn 31 Oct 2010",
  },
  {
    id: 'j-066', q: '2008 note said new plan by april 2010, the dfe notice talks about 1 april 2011 - whats the story', kind: 'answer', type: 'change',
    all: [['April 2010'], ['April 2011'], ['removed', 'no longer', 'not required']], cite: ['dcsf:36', 'dfe'],
    why: "DCSF 2008 para 36 proposed joint plan published by April 2010; DfE notice: requirement to publish new plan by 1 April 2011 removed",
  },
  {
    id: 'j-067', q: 'academies - what changed between the 2008 proposals and the education bill', kind: 'answer', type: 'change',
    all: [['funding agreement'], ['Education Bill']], cite: ['dcsf', 'dfe'],
    why: "DCSF 2008 paras 11, 23: future academies brought in via the (model) funding agreement; DfE notice: Bill removes the duty from academies",
  },
  {
    id: 'j-068', q: 'anything changed re lead members and dcs since 2008?', kind: 'answer', type: 'change',
    all: [['repeal', 'no plan']], cite: ['dcsf:2', 'dfe'],
    why: "DCSF 2008 para 2: requirement to appoint a DCS and designate a Lead Member; DfE notice: no plans to repeal, guidance may be reviewed",
  },
  {
    id: 'j-069', q: 'after the education bill can fe colleges set up their own partnership arrangements', kind: 'answer', type: 'change',
    all: [['free'], ['Education Bill']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: schools and colleges will be free to form partnership arrangements as best meets local circumstances",
  },
  {
    id: 'j-070', q: 'what changed for schools between the 2008 note and the dfe notice', kind: 'answer', type: 'change',
    all: [['propos'], ['Education Bill']], cite: ['dcsf', 'dfe'],
    why: "DCSF 2008 paras 14, 23: schools not relevant partners, extension proposed; DfE notice: duty to be removed from schools by the Education Bill",
  },
  {
    id: 'j-071', q: 'what happens to jcp at the next legislative opportunity', kind: 'answer', type: 'change',
    all: [['Jobcentre', 'JCP', 'Job Centre'], ['remov'], ['parliament']], cite: ['dfe'],
    why: "DfE notice: intention, at the next legislative opportunity and subject to the will of Parliament, to remove JCP from the list",
  },
  {
    id: 'j-072', q: "'have regard' to the plan - how has that changed since 2008", kind: 'answer', type: 'change',
    all: [['have regard'], ['voluntary']], cite: ['dcsf', 'dfe'],
    why: "DCSF 2008 paras 31, 34: no duty on partners, proposal that relevant partners have regard to a joint CYPP; DfE notice: no duty to have regard to any voluntary plan",
  },
  {
    id: 'j-073', q: 'the cypp regs used to be v prescriptive about process - where are we now', kind: 'answer', type: 'change',
    all: [['revoked'], ['31 October 2010', '31 Oct 2010', '31/10/2010']], cite: ['dcsf:28', 'dfe'],
    why: "DCSF 2008 para 28: 2005 and 2007 regs prescriptive about process; DfE notice: regs revoked as of 31 Oct 2010; 'now' so as-at date",
  },
  {
    id: 'j-074', q: 'what actually changed straight away on 31 oct 2010', kind: 'answer', type: 'change',
    all: [['withdrawn'], ['revoked']], cite: ['dfe'],
    why: "DfE notice, What will change: as of 31 Oct 2010 guidance withdrawn and CYPP regulations revoked; the rest awaits legislation",
  },
  {
    id: 'j-075', q: '2008 was all about a statutory ctb - is that still the direction of travel', kind: 'answer', type: 'change',
    all: [['propos'], ['remov', 'neither']], cite: ['dcsf:44', 'dfe'],
    why: "DCSF 2008 para 44 proposes a duty on the LA to set up and maintain a CTB; DfE notice neither prescribes nor proscribes a Board and intends to remove the requirement",
  },

  // ---------------------------------------------------------------- open
  {
    id: 'j-076', q: 'who are the relevant partners', kind: 'answer', type: 'open', conv: 'channel',
    all: [['district council'], ['Jobcentre', 'JCP', 'Job Centre'], ['Connexions'], ['probation'], ['youth offending', 'YOT']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: relevant partners continue to be district councils, SHAs, PCTs, YOTs, police, probation, Connexions, JCP",
  },
  {
    id: 'j-077', q: 'what were the relevant partners in 2008', kind: 'answer', type: 'open',
    all: [['Learning and Skills Council', 'LSC'], ['Connexions'], ['district council'], ['probation', 'NOMS', 'National Offender']], cite: ['dcsf:14'],
    why: "DCSF 2008 para 14: district councils, police and police authorities, SHAs and PCTs, NOMS (Probation), YOTs, Connexions, LSC",
  },
  {
    id: 'j-078', q: 'what did the childrens plan say trusts shd have in place by 2010', kind: 'answer', type: 'open',
    all: [['identif'], ['early intervention']], cite: ['dcsf:1'],
    why: "DCSF 2008 para 1: by 2010 consistent, high quality arrangements for identification and early intervention for children needing additional help",
  },
  {
    id: 'j-079', q: '2008 note - whose job is it mainly to rise to the childrens plan challenge', kind: 'answer', type: 'open',
    all: [['local partners'], ['local authorit']], cite: ['dcsf:3'],
    why: "DCSF 2008 para 3: primarily for local partners, led by each local authority",
  },
  {
    id: 'j-080', q: 'how does the draft supplementary guidance define a childrens trust', kind: 'answer', type: 'open',
    all: [['strategic partnership board'], ['front line', 'frontline', 'front-line']], cite: ['dcsf:4'],
    why: "DCSF 2008 para 4: definition embracing all systems from the strategic partnership board to co-located front line delivery",
  },
  {
    id: 'j-081', q: 'who does the 2008 note say should lead on spotting kids who need extra support', kind: 'answer', type: 'open',
    all: [['schools'], ['early years'], ['universal']], cite: ['dcsf:5'],
    why: "DCSF 2008 para 5: schools, early years settings, health and other universal services must take the leading role",
  },
  {
    id: 'j-082', q: 'when did the consultation on the draft ct guidance close', kind: 'answer', type: 'open',
    all: [['26 June']], cite: ['dcsf:7'],
    why: "DCSF 2008 para 7: consultation on the draft supplementary Children's Trust guidance ended on 26 June",
  },
  {
    id: 'j-083', q: 'who was dcsf working with on the six area project', kind: 'answer', type: 'open',
    all: [['Association of Directors', 'ADCS']], cite: ['dcsf:8'],
    why: "DCSF 2008 para 8: project by DCSF, with support from the Association of Directors of Children's Services, on six local areas",
  },
  {
    id: 'j-084', q: 'which bill was supposed to strengthen trusts under the draft legislative programme 08-09', kind: 'answer', type: 'open',
    all: [['Education and Skills Bill']], cite: ['dcsf:9'],
    why: "DCSF 2008 para 9: Preparing Britain for the Future said the Education and Skills Bill (fourth session) would legislate",
  },
  {
    id: 'j-085', q: 'what options did the 2008 note ask views on? need a quick list for the agenda', kind: 'answer', type: 'open',
    all: [['Schools Forum'], ['plan', 'CYPP'], ['Board', 'CTB']], cite: ['dcsf:11'],
    why: "DCSF 2008 para 11: extend the duty (schools, Schools Forums, SFC/FE), require a CYPP everywhere, strengthen CYPP regs, statutory basis for CTBs",
  },
  {
    id: 'j-086', q: "what's the example dcsf gave of a legal restriction getting in partners' way", kind: 'answer', type: 'open',
    all: [['pool'], ['relevant partner']], cite: ['dcsf:12'],
    why: "DCSF 2008 para 12: example is the restriction on pooling budgets to 'relevant partners'",
  },
  {
    id: 'j-087', q: 'how involved were schools in childrens trusts up to 2008', kind: 'answer', type: 'open',
    all: [['outset', 'from the start', 'beginning'], ['represent', 'network']], cite: ['dcsf:17'],
    why: "DCSF 2008 para 17: involved from the outset, sometimes only liaison; some areas have school networks or schools represented on the CTB",
  },
  {
    id: 'j-088', q: 'whats the example of good early intervention practice in the 2008 note', kind: 'answer', type: 'open',
    all: [['multi-agency', 'multi agency', 'multiagency']], cite: ['dcsf:18'],
    why: "DCSF 2008 para 18: co-located multi-agency teams in and around schools to offer early intervention",
  },
  {
    id: 'j-089', q: 'what does the note say schools need to be able to do in strategic discussions with trust partners', kind: 'answer', type: 'open',
    all: [['priorities', 'local needs'], ['prevention', 'early intervention']], cite: ['dcsf:19'],
    why: "DCSF 2008 para 19: contribute fully to strategic discussions about local needs and priorities, be clear about their role in prevention and early intervention",
  },
  {
    id: 'j-090', q: 'why did dcsf think sfcs should be under the duty', kind: 'answer', type: 'open', conv: 'channel',
    all: [['home']], cite: ['dcsf:21'],
    why: "DCSF 2008 para 21: SFCs' closer relationship with a single home local authority as 16-19 funding moves from the LSC to LAs",
  },
  {
    id: 'j-091', q: 'why didnt the 2008 note extend the duty to all providers of publicly funded 16-19 provision', kind: 'answer', type: 'open',
    all: [['100']], cite: ['dcsf:22'],
    why: "DCSF 2008 para 22: practical obstacles; FE providers draw learners from over 100 authorities, home-authority relationship unclear",
  },
  {
    id: 'j-092', q: 'how does the 2008 note describe schools forums', kind: 'answer', type: 'open',
    all: [['authority-wide', 'authority wide'], ['limited']], cite: ['dcsf:24'],
    why: "DCSF 2008 para 24: statutory, representative and authority-wide bodies with fixed and relatively limited responsibilities",
  },
  {
    id: 'j-093', q: 'who represents health on the ctb according to the 2008 note, and where do gps fit', kind: 'answer', type: 'open',
    all: [['PCT', 'Primary Care Trust'], ['SHA', 'Strategic Health']], cite: ['dcsf:25'],
    why: "DCSF 2008 para 25: health represented at CTB level by the PCT and SHA; GPs part of 'neighbourhood Children's Trusts', should have regard to wider plans",
  },
  {
    id: 'j-094', q: 'how did dcsf want sure start centres to fit into the trust in 2008', kind: 'answer', type: 'open',
    all: [['locality'], ['strategic']], cite: ['dcsf:26'],
    why: "DCSF 2008 para 26: SSCCs fully embedded in locality level arrangements and able to contribute to strategic discussions",
  },
  {
    id: 'j-095', q: 'where does the cypp sit in the wider local performance framework (2008)', kind: 'answer', type: 'open',
    all: [['Local Area Agreement', 'LAA']], cite: ['dcsf:29'],
    why: "DCSF 2008 para 29: per Strong and Prosperous Communities, the CYPP informs Local Area Agreement priorities and vice versa; key source for Inspectorates",
  },
  {
    id: 'j-096', q: 'which act makes schools have regard to the cypp', kind: 'answer', type: 'open',
    all: [['Education and Inspections Act'], ['38']], cite: ['dcsf:30'],
    why: "DCSF 2008 para 30: section 38 of the Education and Inspections Act 2006",
  },
  {
    id: 'j-097', q: 'why did they drop combining the cypp review with the APA', kind: 'answer', type: 'open',
    all: [['uniform']], cite: ['dcsf:32'],
    why: "DCSF 2008 para 32: largely abandoned because it required a level of uniformity from CYPPs that they do not have",
  },
  {
    id: 'j-098', q: 'how long had statutory cypps been around when the 2008 note came out', kind: 'answer', type: 'open',
    all: [['two years', '2 years']], cite: ['dcsf:33'],
    why: "DCSF 2008 para 33: 'Two years on from the publication of the first statutory CYPPs'",
  },
  {
    id: 'j-099', q: "what was the 'joint cypp' idea in 2008", kind: 'answer', type: 'open',
    all: [['relevant partners', 'all partners'], ['have regard']], cite: ['dcsf:34'],
    why: "DCSF 2008 para 34: amend the LA duty to one to produce and implement a joint CYPP, owned by all relevant partners, who would have regard to it",
  },
  {
    id: 'j-100', q: 'under the 2008 proposals what other local strategy should the cypp be consistent with', kind: 'answer', type: 'open',
    all: [['Sustainable Community Strategy']], cite: ['dcsf:35'],
    why: "DCSF 2008 para 35: continue to be fully consistent with the Sustainable Community Strategy",
  },
  {
    id: 'j-101', q: 'what feedback did dcsf want on the cypp regs', kind: 'answer', type: 'open',
    all: [['guidance'], ['prescribe', 'prescription']], cite: ['dcsf:37'],
    why: "DCSF 2008 para 37: views on what else the CYPP regulations should prescribe and what needs to be covered by guidance",
  },
  {
    id: 'j-102', q: 'which partnerships does the 2008 note say have a statutory framework when ctbs dont', kind: 'answer', type: 'open',
    all: [['Safeguarding', 'LSCB'], ['Youth Offending', 'YOT']], cite: ['dcsf:39'],
    why: "DCSF 2008 para 39: contrast with the Local Safeguarding Children Board and Youth Offending Team",
  },
  {
    id: 'j-103', q: 'what was the original concept of a childrens trust - how much flexibility', kind: 'answer', type: 'open',
    all: [['flexib'], ['strong', 'purposeful']], cite: ['dcsf:40'],
    why: "DCSF 2008 para 40: flexibility to design arrangements locally, but they should be strong and purposeful enough to drive change",
  },
  {
    id: 'j-104', q: 'per the 2008 note what did the supplementary guidance say trusts need to make sure of', kind: 'answer', type: 'open',
    all: [['integrat']], cite: ['dcsf:41'],
    why: "DCSF 2008 para 41: focus on local children, cooperation arrangements and integrated systems from front line to strategic governance, integration at every level",
  },
  {
    id: 'j-105', q: 'what objectives would primary legislation have set for ctbs under the 2008 plan', kind: 'answer', type: 'open',
    all: [['Every Child Matters', 'ECM'], ['early intervention'], ['gap']], cite: ['dcsf:44'],
    why: "DCSF 2008 para 44: improve well-being (five ECM outcomes), improve early intervention, improve outcomes, narrow gaps",
  },
  {
    id: 'j-106', q: 'why couldnt the vcs just be made relevant partners so they can pool with us', kind: 'answer', type: 'open',
    all: [['legal'], ['pool']], cite: ['dcsf:50'],
    why: "DCSF 2008 para 50: legal difficulties in including these sectors as relevant partners; may be possible to extend pooling instead",
  },
  {
    id: 'j-107', q: 'what did the 2008 note finish by asking for', kind: 'answer', type: 'open',
    all: [['barrier']], cite: ['dcsf:51'],
    why: "DCSF 2008 para 51: views on these points and any other barriers to effective partnership working that legislation might address",
  },
  {
    id: 'j-108', q: 'why is the ct guidance being withdrawn', kind: 'answer', type: 'open',
    all: [['policy']], cite: ['dfe'],
    why: "DfE notice, What will change: statutory children's trust guidance no longer reflects Government policy",
  },
  {
    id: 'j-109', q: "whats the govt's reasoning behind the dfe changes", kind: 'answer', type: 'open',
    all: [['prescription', 'prescriptive', 'bureaucra', 'burden']], cite: ['dfe'],
    why: "DfE notice, introduction: reduce central prescription, remove bureaucratic burdens, let local professionals decide",
  },
  {
    id: 'j-110', q: 'which bodies lose the duty under the education bill', kind: 'answer', type: 'open',
    all: [['maintained schools'], ['non-maintained', 'non maintained'], ['academies'], ['sixth']], cite: ['dfe'],
    why: "DfE notice, Duty to cooperate: maintained schools, FE and sixth-form colleges, non-maintained special schools, academies, CTCs, CCTAs",
  },

  // ---------------------------------------------------------------- out of scope
  {
    id: 'j-111', q: 'does ofsted inspect the ctb itself?', kind: 'fallback', type: 'out-of-scope',
    why: "Neither source says who inspects a CTB; DCSF para 29 only calls the CYPP a source document for the Inspectorates",
  },
  {
    id: 'j-112', q: 'whats the quorum for a ctb meeting', kind: 'fallback', type: 'out-of-scope',
    why: "No quorum rule in either source; DCSF para 38 only says cycles of meetings vary",
  },
  {
    id: 'j-113', q: 'who has to sit on the lscb', kind: 'fallback', type: 'out-of-scope',
    why: "DCSF para 39 names the LSCB but neither source gives its membership",
  },
  {
    id: 'j-114', q: 'is the health and wellbeing board taking over from the ctb', kind: 'fallback', type: 'out-of-scope',
    why: "Health and Wellbeing Boards are not mentioned in either source",
  },
  {
    id: 'j-115', q: 'how is academy funding worked out - is it lacseg?', kind: 'fallback', type: 'out-of-scope', conv: 'channel',
    why: "Neither source covers academies' funding; only funding agreements as a route into the duty (DCSF paras 11, 23)",
  },
  {
    id: 'j-116', q: 'what does s17 of the children act 1989 say about children in need', kind: 'fallback', type: 'out-of-scope',
    why: "The sources cover the Children Act 2004 (ss10, 17), not the Children Act 1989",
  },
  {
    id: 'j-117', q: 'when is the second reading of the education bill', kind: 'fallback', type: 'out-of-scope',
    why: "DfE notice calls the Bill 'forthcoming' but gives no parliamentary dates",
  },
  {
    id: 'j-118', q: 'which minister signed off the dfe notice', kind: 'fallback', type: 'out-of-scope',
    why: "DfE notice names no minister, only 'the Coalition Government'",
  },
  {
    id: 'j-119', q: 'can the director of public health chair our board', kind: 'fallback', type: 'out-of-scope',
    why: "Neither source mentions the Director of Public Health or who may chair a CTB (design.md example)",
  },
  {
    id: 'j-120', q: 'can we set up a s75 pooled budget for adult social care', kind: 'fallback', type: 'out-of-scope',
    why: "DCSF para 49 mentions s75 only for delegation between LAs and health; adult social care pooling is not covered (design.md example)",
  },
  {
    id: 'j-121', q: "when's the lscb annual report due", kind: 'fallback', type: 'out-of-scope',
    why: "No LSCB annual report in either source (design.md example)",
  },
  {
    id: 'j-122', q: 'how many members sit on a schools forum', kind: 'fallback', type: 'out-of-scope',
    why: "DCSF paras 24, 46 describe Schools Forums but give no membership size",
  },
  {
    id: 'j-123', q: 'which six areas were in the dcsf / adcs study?', kind: 'fallback', type: 'out-of-scope',
    why: "DCSF para 8 mentions six local areas but never names them",
  },
  {
    id: 'j-124', q: 'how many responses did the consultation on the draft ct guidance get', kind: 'fallback', type: 'out-of-scope',
    why: "DCSF para 7 gives key issues raised and the closing date, not the number of responses",
  },
  {
    id: 'j-125', q: 'how many 4 star councils were there in 2008', kind: 'fallback', type: 'out-of-scope',
    why: "DCSF para 27 says 4 star authorities were exempt but gives no number",
  },
  {
    id: 'j-126', q: 'what sanctions are there if a relevant partner just refuses to cooperate', kind: 'fallback', type: 'out-of-scope',
    why: "Neither source sets out enforcement or sanctions against a partner",
  },
  {
    id: 'j-127', q: 'how long do we have to keep ctb minutes', kind: 'fallback', type: 'out-of-scope',
    why: "Record retention is not covered by either source",
  },
  {
    id: 'j-128', q: 'can the lead member chair the ctb as well', kind: 'fallback', type: 'out-of-scope',
    why: "Sources mention the Lead Member requirement (DCSF para 2, DfE notice) but say nothing about chairing the Board",
  },
  {
    id: 'j-129', q: 'when does the next parliamentary session actually start', kind: 'fallback', type: 'out-of-scope',
    why: "DfE notice refers to the next parliamentary session but gives no date",
    disputed: 'the author\'s fallback restored: an answer saying the sources give no date was expected for a while (as g-118 expects), but of five such questions in four independent batches asking a calendar date the sources never give (d-106, g-118, j-129 and two held-out), four expect it out of scope; the notice names the session (What will change, why, and when) and gives no date',
  },
  {
    id: 'j-130', q: 'whats our early intervention grant allocation for 2011-12', kind: 'fallback', type: 'out-of-scope',
    why: "No grant allocations in either source",
  },
  {
    id: 'j-131', q: 'does working together 2010 change who sits on the lscb', kind: 'fallback', type: 'out-of-scope',
    why: "Working Together and LSCB membership are not covered by either source",
  },
  {
    id: 'j-132', q: 'how much did LAs spend on youth offending in 2008', kind: 'fallback', type: 'out-of-scope',
    why: "DCSF paras 11, 36 propose CYPPs specify partners' spend on youth offending but give no figures",
  },
  {
    id: 'j-133', q: 'what pay band is a dcs on', kind: 'fallback', type: 'out-of-scope',
    why: "DCS pay is not in either source; only the requirement to appoint one",
  },
  {
    id: 'j-134', q: 'does the corporate parenting duty apply to district councils', kind: 'fallback', type: 'out-of-scope',
    why: "Corporate parenting is not mentioned in either source",
  },
  {
    id: 'j-135', q: 'whats the deadline for the next LAA refresh', kind: 'fallback', type: 'out-of-scope',
    why: "DCSF paras 29, 35 mention the LAA but give no LAA dates or refresh deadline",
  },
  {
    id: 'j-136', q: 'can sure start centres charge for childcare sessions', kind: 'fallback', type: 'out-of-scope',
    why: "DCSF para 26 covers SSCCs' place in the trust, not charging",
  },
  {
    id: 'j-137', q: 'do ctb members need a crb check', kind: 'fallback', type: 'out-of-scope',
    why: "Vetting of board members is not covered by either source",
  },
  {
    id: 'j-138', q: 'is there a model terms of reference for a ctb we can use', kind: 'fallback', type: 'out-of-scope',
    why: "Neither source provides terms of reference; DCSF para 45 only says secondary legislation could specify membership and procedures",
  },
  {
    id: 'j-139', q: 'do we have to publish board papers under foi', kind: 'fallback', type: 'out-of-scope',
    why: "Freedom of information is not covered by either source",
  },
  {
    id: 'j-140', q: 'how many childrens trusts had a pooled budget in 2008', kind: 'fallback', type: 'out-of-scope',
    why: "DCSF paras 14, 48, 50 explain the pooling power but give no count of pooled budgets",
  },

  // ---------------------------------------------------------------- clarify
  {
    id: 'j-141', q: 'is it a relevant partner?', kind: 'clarify', type: 'clarify',
    why: "Subject is 'it': no named body, so the bot must ask which organisation",
  },
  {
    id: 'j-142', q: 'can this organisation pool budgets with us', kind: 'clarify', type: 'clarify',
    why: "'this organisation' unnamed; pooling depends on relevant-partner status (DCSF paras 14, 50) (design.md example)",
  },
  {
    id: 'j-143', q: 'does our partner still have to be on the board?', kind: 'clarify', type: 'clarify', conv: 'channel',
    why: "'our partner' unnamed; answer differs for schools/colleges (DfE notice) and others",
  },
  {
    id: 'j-144', q: 'are they still under the duty to cooperate', kind: 'clarify', type: 'clarify',
    why: "'they' has no named body",
  },
  {
    id: 'j-145', q: 'will they come off the list when the bill goes through', kind: 'clarify', type: 'clarify',
    why: "'they' unnamed; the Education Bill affects schools and colleges only, JCP removal is a separate later step",
  },
  {
    id: 'j-146', q: 'do they have to have regard to the plan', kind: 'clarify', type: 'clarify',
    why: "'they' unnamed; schools (DCSF para 30) and other partners (para 31) differ",
  },
  {
    id: 'j-147', q: 'is that body covered by s10', kind: 'clarify', type: 'clarify',
    why: "'that body' unnamed",
  },

  // ---------------------------------------------------------------- chat
  {
    id: 'j-148', q: 'hi there', kind: 'fallback', type: 'chat',
    why: "Greeting; nothing to answer from the sources",
  },
  {
    id: 'j-149', q: "thanks, that's really helpful!", kind: 'fallback', type: 'chat',
    why: "Thanks; no question",
  },
  {
    id: 'j-150', q: 'what can you help me with?', kind: 'fallback', type: 'chat',
    why: "Help request; the bot describes what it can do, no verdict or citation",
  },
];
