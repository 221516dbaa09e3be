// Batch e: questions built to trap a bot into a wrong yes/no verdict.
// Written from ../shared/sources/ and ../shared/design.md only.

// The as-at date of the latest source (the DfE notice).
const AT = ['31 October 2010', '31 Oct 2010', 'October 2010', '31/10/2010', '31st October 2010'];
// Where the Government puts the Board requirement and Jobcentre Plus.
const NEXT = ['next parliamentary session', 'next legislative opportunity', 'next session', 'next parliamentary'];
// The Education Bill changes are subject to Parliament.
const SUBJ = ['subject to parliament', 'will of parliament', 'parliamentary approval', 'if parliament', 'parliament approves', 'subject to approval'];
// The reply says the sources do not settle it.
const SILENT = [
  'not say', "don't say", "doesn't say", 'not settle', "don't settle", "doesn't settle", 'silent',
  'no date', 'not give', "don't give", "doesn't give", 'not state', 'not specify', "don't specify",
  "doesn't specify", "can't say", 'not clear', 'not known', "don't know", 'no information',
  'not record', "don't record", "doesn't record", 'not cover', "don't cover", "doesn't cover",
  'not tell', "don't tell", "doesn't tell",
];
// A question about after 31 October 2010.
const LATER = [...SILENT, 'may have changed', 'might have changed', 'could have changed', 'may since have changed'];
const EB = ['Education Bill'];
const JCP = ['Jobcentre', 'Job Centre', 'JCP'];
const NOT_BANNED = ['proscrib', 'not banning', 'not banned', "isn't banning", 'can keep', 'can continue', 'free to',
  'up to you', 'local choice', 'local decision', "won't have to", 'will not have to', "don't have to", 'do not have to'];

export const cases = [
  // ---------------------------------------------------------------------------------------
  // Traps: yes/no and change questions whose verdict differs from the subject's plain status
  // ---------------------------------------------------------------------------------------
  {
    id: 'e-001', q: 'is JCP no longer a relevant partner?', kind: 'answer', type: 'yes-no',
    verdict: ['No', 'Not yet'], all: [JCP, NEXT, AT], cite: ['dfe'],
    why: 'DfE notice: relevant partners "continue to be" ... Jobcentre Plus; removal only intended at the next legislative opportunity',
  },
  {
    id: 'e-002', q: 'isnt the CYPP still required??', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['revoked', 'no longer required', 'not be required', 'not required', 'removed'], AT], cite: ['dfe'],
    why: 'DfE notice: as of 31 Oct 2010 CYPP regulations revoked, Boards not required to produce a CYPP',
  },
  {
    id: 'e-003', q: 'are schools not covered by the duty to cooperate any more?', kind: 'answer', type: 'yes-no',
    verdict: ['No', 'Not yet'], all: [EB, SUBJ, AT], cite: ['dfe'],
    why: 'DfE notice: the forthcoming Education Bill will (subject to Parliament) remove the duty on schools; not removed yet',
  },
  {
    id: 'e-004', q: 'so academies arent under the duty to cooperate anymore?', kind: 'answer', type: 'yes-no',
    verdict: ['No', 'Not yet', 'Yes'], all: [['still'], EB], cite: ['dfe'],
    why: 'academies are still under the duty until the Education Bill passes; "Yes (they are)" and "No (still are)" both read correctly here',
  },
  {
    id: 'e-005', q: 'are the police and JCP both staying relevant partners', kind: 'answer', type: 'change',
    verdict: ['No'], all: [['police'], JCP, NEXT], cite: ['dfe'],
    why: 'DfE notice: police continue; Government intends to remove Jobcentre Plus at the next legislative opportunity',
  },
  {
    id: 'e-006', q: 'is the education bill removing the board requirement?', kind: 'answer', type: 'change', conv: 'channel',
    verdict: ['No'], all: [NEXT], cite: ['dfe'],
    why: 'DfE notice: Board requirement removal is for the next parliamentary session, not the Education Bill',
  },
  {
    id: 'e-007', q: 'was the CYPP requirement revoked in 2008?', kind: 'answer', type: 'change',
    verdict: ['No'], all: [AT], cite: ['dfe'],
    why: 'DfE notice: CYPP regulations revoked as of 31 Oct 2010; in 2008 the note proposed strengthening the CYPP',
  },
  {
    id: 'e-008', q: 'did the 2008 note propose removing the duty to cooperate?', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['extend']], cite: ['dcsf'],
    why: 'DCSF 2008 paras 11 and 23 propose extending the duty to schools and colleges, not removing it',
  },
  {
    id: 'e-009', q: 'did the DfE notice propose a joint CYPP', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['revoked', 'revoke', 'no longer']], cite: ['dfe'],
    why: 'the joint CYPP was the 2008 proposal (para 34); the DfE notice revoked the CYPP regulations',
  },
  {
    id: 'e-010', q: 'if parliament approves, will academies still need to be on the board?', kind: 'answer', type: 'change',
    verdict: ['No'], all: [['no longer', 'will not need', "won't need", 'not have to', "won't have to"], EB], cite: ['dfe'],
    why: 'DfE notice: bodies losing the duty under the Education Bill "will no longer have to be represented on Children\'s Trust Boards"',
  },
  {
    id: 'e-011', q: 'once the bill passes will the police still be relevant partners', kind: 'answer', type: 'change',
    verdict: ['Yes'], all: [['police'], EB], cite: ['dfe'],
    why: 'DfE notice: the Education Bill covers schools, colleges and academies only; police continue to be relevant partners',
  },
  {
    id: 'e-012', q: 'is jcp still a relevant partner today', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [JCP, AT, NEXT], cite: ['dfe'],
    why: 'DfE notice lists Jobcentre Plus among relevant partners; removal only intended at the next legislative opportunity',
  },
  {
    id: 'e-013', q: 'has the duty been taken off schools yet', kind: 'answer', type: 'change',
    verdict: ['Not yet', 'No'], all: [EB, SUBJ], cite: ['dfe'],
    why: 'design.md example; DfE notice: the forthcoming Education Bill will remove it, subject to Parliament',
  },
  {
    id: 'e-014', q: 'has the CYPP requirement been removed yet?', kind: 'answer', type: 'change',
    verdict: ['Yes'], all: [AT], cite: ['dfe'],
    why: 'DfE notice "As of 31 October 2010": CYPP regulations are revoked (no Parliament needed)',
  },
  {
    id: 'e-015', q: 'has the statutory childrens trust guidance already been withdrawn', kind: 'answer', type: 'change',
    verdict: ['Yes'], all: [AT], cite: ['dfe'],
    why: 'DfE notice "As of 31 October 2010": statutory children\'s trust guidance is withdrawn',
  },
  {
    id: 'e-016', q: 'is the lead member role being abolished?', kind: 'answer', type: 'change',
    verdict: ['No'], all: [['no plans']], cite: ['dfe'],
    why: 'DfE notice: "no plans to repeal the legislation requiring ... lead members and directors of children\'s services"',
  },
  {
    id: 'e-017', q: 'are the board requirement and the CYPP both gone now', kind: 'answer', type: 'change',
    verdict: ['No'], all: [['Board'], ['CYPP', 'plan'], NEXT, AT], cite: ['dfe'],
    why: 'DfE notice: CYPP requirement revoked, but "We can\'t remove the legal obligation to have a Board immediately"',
  },
  {
    id: 'e-018', q: 'are schools and JCP both going in the Education Bill?', kind: 'answer', type: 'change',
    verdict: ['No'], all: [['school'], JCP, NEXT], cite: ['dfe'],
    why: 'DfE notice: Education Bill covers schools; JCP removal is for the next parliamentary session',
  },
  {
    id: 'e-019', q: 'do maintained schools still have to be represented on the CTB', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [EB, AT], cite: ['dfe'],
    why: 'DfE notice: only after the Education Bill "will no longer have to be represented on Children\'s Trust Boards"',
  },
  {
    id: 'e-020', q: 'do FE colleges no longer need to be on the board', kind: 'answer', type: 'yes-no',
    verdict: ['No', 'Not yet'], all: [EB, SUBJ], cite: ['dfe'],
    why: 'DfE notice: FE colleges stop needing representation only once the Education Bill passes, subject to Parliament',
  },
  {
    id: 'e-021', q: 'the relevant partners dont have to have regard to a voluntary plan do they', kind: 'answer', type: 'yes-no',
    verdict: ['No', 'Yes'], all: [['have regard'], ['formal duty', 'not under', 'no duty', 'no longer']], cite: ['dfe'],
    why: 'DfE notice: "Relevant partners will not be under any formal duty to \'have regard\' to any voluntary plan"; tag question, either word reads right',
  },
  {
    id: 'e-022', q: 'is the new CYPP still due by 1 April 2011?', kind: 'answer', type: 'change',
    verdict: ['No'], all: [['removed', 'no longer', 'not required', 'revoked'], AT], cite: ['dfe'],
    why: 'DfE notice: the requirement to publish a new plan by 1 April 2011 "will now be removed"; regulations revoked 31 Oct 2010',
  },
  {
    id: 'e-023', q: 'was there a legal requirement to have a CTB in early 2008?', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['2008']], cite: ['dcsf:38'],
    why: 'DCSF 2008 para 38: "There is no requirement in legislation for the authority and its partners to create a Children\'s Trust Board"',
  },
  {
    id: 'e-024', q: 'is there still a legal requirement to have a board', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [AT, NEXT], cite: ['dfe'],
    why: 'DfE notice: "We can\'t remove the legal obligation to have a Board immediately"; removal intended next session',
  },
  {
    id: 'e-025', q: 'so CTBs are banned now?', kind: 'answer', type: 'yes-no', conv: 'channel',
    verdict: ['No'], all: [NOT_BANNED, AT], cite: ['dfe'],
    why: 'DfE notice: "We are neither prescribing nor proscribing the need for a Board"',
  },
  {
    id: 'e-026', q: 'has the lead member and DCS statutory guidance been withdrawn too', kind: 'answer', type: 'change',
    verdict: ['No'], all: [['reviewed', 'in due course']], cite: ['dfe'],
    why: 'DfE notice: only the children\'s trust guidance is withdrawn; LM/DCS guidance "may be reviewed" in due course',
  },
  {
    id: 'e-027', q: 'once the education bill passes will JCP be off the list', kind: 'answer', type: 'change',
    verdict: ['No'], all: [JCP, NEXT], cite: ['dfe'],
    why: 'DfE notice: JCP removal is for the next parliamentary session / legislative opportunity, not the Education Bill',
  },
  {
    id: 'e-028', q: 'if the bill passes do we still need a board', kind: 'answer', type: 'change',
    verdict: ['Yes'], all: [NEXT], cite: ['dfe'],
    why: 'DfE notice: Board requirement removal is for the next parliamentary session, not the Education Bill',
  },
  {
    id: 'e-029', q: 'if they remove the board requirement next session will we have to shut our CTB', kind: 'answer', type: 'change',
    verdict: ['No'], all: [NOT_BANNED], cite: ['dfe'],
    why: 'DfE notice: neither prescribing nor proscribing a Board; "In many areas such Boards are working well"',
  },
  {
    id: 'e-030', q: 'in early 2008 were schools relevant partners under s10?', kind: 'answer', type: 'yes-no',
    verdict: ['No', 'Not listed'], all: [['2008']], cite: ['dcsf:14'],
    why: 'DCSF 2008 para 14 "At present these partners are ..." has no schools; extending to schools was proposed (para 23)',
  },
  {
    id: 'e-031', q: 'in early 2008 did schools have to have regard to the CYPP', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [['have regard'], ['2008', 'at present', 'at the time']], cite: ['dcsf'],
    why: 'DCSF 2008 para 20 "All schools are already required to have regard" and para 30 (s38 EIA 2006), though schools were not relevant partners',
  },
  {
    id: 'e-032', q: 'did the 2008 note propose PRUs come under the duty', kind: 'answer', type: 'yes-no',
    verdict: ['Yes', 'Proposed'], all: [['Pupil Referral', 'PRU']], cite: ['dcsf:23'],
    why: 'DCSF 2008 para 23 names Pupil Referral Units (para 11 does not, which is the trap)',
  },
  {
    id: 'e-033', q: 'did the 2008 note go for reserve powers for ministers instead of a statutory board', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['on balance', 'national approach', 'alternative']], cite: ['dcsf:43'],
    why: 'DCSF 2008 para 43: reserve powers considered as an alternative; "On balance" a consistent national approach',
  },
  {
    id: 'e-034', q: 'did the 2008 note propose putting the voluntary sector under the duty to cooperate', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['no proposal', 'not propos', "didn't propose", 'did not propose']], cite: ['dcsf:47'],
    why: 'DCSF 2008 para 47: "there is no proposal to extend the duty to cooperate to this sector"',
  },
  {
    id: 'e-035', q: 'is the voluntary sector a relevant partner now', kind: 'answer', type: 'yes-no',
    verdict: ['No', 'Not listed'], all: [AT], cite: ['dfe'],
    why: 'DfE notice list of relevant partners has no voluntary sector; DCSF 2008 para 47 never proposed it',
  },
  {
    id: 'e-036', q: 'is connexions no longer a relevant partner?', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['Connexions'], AT], cite: ['dfe'],
    why: 'DfE notice: relevant partners continue to include Connexions providers (now under s68 Education and Skills Act 2008); no removal announced',
  },
  {
    id: 'e-037', q: 'is the LSC still a relevant partner', kind: 'answer', type: 'yes-no',
    verdict: ['No', 'Not listed'], all: [['Learning and Skills Council', 'LSC'], AT], cite: ['dfe'],
    why: 'LSC is in DCSF 2008 para 14 but not in the DfE notice list of those who "continue to be" relevant partners',
  },
  {
    id: 'e-038', q: 'did the oct 2010 notice take academies out of the duty to cooperate', kind: 'answer', type: 'change',
    verdict: ['No', 'Not yet'], all: [EB, SUBJ], cite: ['dfe'],
    why: 'DfE notice only announces that the forthcoming Education Bill will remove it, subject to Parliament',
  },
  {
    id: 'e-039', q: 'was the CTB requirement scrapped on 31 october 2010?', kind: 'answer', type: 'change',
    verdict: ['No', 'Not yet'], all: [NEXT], cite: ['dfe'],
    why: 'DfE notice: guidance and CYPP regs went on 31 Oct 2010, but the Board obligation cannot be removed immediately',
  },
  {
    id: 'e-040', q: 'was the statutory CT guidance withdrawn back in 2008', kind: 'answer', type: 'change',
    verdict: ['No'], all: [AT], cite: ['dfe'],
    why: 'DfE notice: withdrawn as of 31 Oct 2010; in 2008 revised guidance was to be issued in the autumn (DCSF paras 8, 16)',
  },
  {
    id: 'e-041', q: 'are sixth form colleges being brought under the duty to cooperate', kind: 'answer', type: 'change',
    verdict: ['No'], all: [EB, ['remove']], cite: ['dfe'],
    why: 'as at 31 Oct 2010 the Education Bill will remove the duty from FE and sixth-form colleges; bringing them in was the 2008 proposal',
  },
  {
    id: 'e-042', q: 'are FE and sixth form colleges both losing the duty', kind: 'answer', type: 'change',
    verdict: ['Yes', 'Proposed', 'Not yet'], all: [EB, SUBJ], cite: ['dfe'],
    why: 'DfE notice: the Education Bill will remove the duty from "FE and sixth-form colleges", subject to Parliament',
  },
  {
    id: 'e-043', q: 'is the duty to cooperate being scrapped', kind: 'answer', type: 'change',
    verdict: ['No'], all: [['no plans'], ['section 10', 's10', 's.10', 's 10']], cite: ['dfe'],
    why: 'DfE notice: "no plans to remove this sensible principle, enshrined in the duty to cooperate (section 10 ...)"',
  },
  {
    id: 'e-044', q: 'are schools and the police both still under the duty to cooperate', kind: 'answer', type: 'yes-no',
    verdict: ['Yes'], all: [EB, AT], cite: ['dfe'],
    why: 'DfE notice: police continue; schools keep the duty until the Education Bill passes',
  },
  {
    id: 'e-045', q: 'did the 2008 note say the Schools Forum cld be the only body representing schools on the board', kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['sole representative', 'unlikely to be sufficient', 'not sufficient', 'not be sufficient']], cite: ['dcsf:46'],
    why: 'DCSF 2008 para 46: Schools Forums\' functions "unlikely to be sufficient to allow them to be the sole representative body"',
  },
  {
    id: 'e-046', q: "weren't comments after the end of july too late for the 2008 consultation", kind: 'answer', type: 'yes-no',
    verdict: ['No'], all: [['25 September', '25 Sept']], cite: ['dcsf:10'],
    why: 'DCSF 2008 para 10: initial responses by end of July, but "comments received by 25 September will still be helpful"',
  },
  {
    id: 'e-047', q: 'isnt JCP being removed by the Education Bill?', kind: 'answer', type: 'change', conv: 'channel',
    verdict: ['No'], all: [JCP, NEXT], cite: ['dfe'],
    why: 'DfE notice: JCP removal "at the next legislative opportunity" / next parliamentary session, not the Education Bill',
  },
  {
    id: 'e-048', q: 'will the CYPP regs be revoked by the Education Bill?', kind: 'answer', type: 'change',
    verdict: ['No'], all: [['revoked'], AT], cite: ['dfe'],
    why: 'DfE notice: CYPP regulations already revoked as of 31 Oct 2010; the Bill deals with the schools\' duty',
  },
  {
    id: 'e-049', q: 'were the CYPP regs revoked on 1 april 2011', kind: 'answer', type: 'change',
    verdict: ['No'], all: [AT], cite: ['dfe'],
    why: 'DfE notice: revoked as of 31 Oct 2010; 1 April 2011 was the deadline for a new plan, now removed',
  },
  {
    id: 'e-050', q: 'is the new bill going to bring academies in through their funding agreements', kind: 'answer', type: 'change',
    verdict: ['No'], all: [['remove']], cite: ['dfe'],
    why: 'funding agreements were the 2008 route (para 23); the DfE notice says the Education Bill will remove the duty from academies',
  },
  {
    id: 'e-051', q: 'if parliament approves the bill do non-maintained special schools still have to cooperate', kind: 'answer', type: 'change',
    verdict: ['No'], all: [['non-maintained special']], cite: ['dfe'],
    why: 'DfE notice: the Education Bill removes the duty from non-maintained special schools',
  },
  {
    id: 'e-052', q: 'does the education bill cover sixth form colleges as well', kind: 'answer', type: 'change',
    verdict: ['Yes'], all: [['sixth-form', 'sixth form'], SUBJ], cite: ['dfe'],
    why: 'DfE notice summary: the Bill removes the duty from "FE and sixth-form colleges" (the first list only says FE colleges)',
  },
  {
    id: 'e-053', q: 'has the government already dropped JCP from the list', kind: 'answer', type: 'change',
    verdict: ['Not yet', 'No'], all: [JCP, NEXT], cite: ['dfe'],
    why: 'DfE notice: JCP still a relevant partner; removal intended at the next legislative opportunity, subject to Parliament',
  },
  {
    id: 'e-054', q: 'is the fire and rescue service still a relevant partner', kind: 'answer', type: 'yes-no',
    verdict: ['Not listed', 'No'], all: [AT], cite: ['dfe'],
    why: 'never named in either source; the DfE list of relevant partners is closed',
  },
  {
    id: 'e-055', q: 'is the next parliamentary session the one taking the duty off schools', kind: 'answer', type: 'change',
    verdict: ['No'], all: [EB], cite: ['dfe'],
    why: 'DfE notice: schools lose the duty through the forthcoming Education Bill; next session is the Board and JCP',
  },

  // ---------------------------------------------------------------------------------------
  // Look like yes/no, but the sources cannot settle them: no verdict allowed
  // ---------------------------------------------------------------------------------------
  {
    id: 'e-056', q: 'was JCP a relevant partner in 2009?', kind: 'answer', type: 'yes-no',
    all: [SILENT, JCP], cite: ['dcsf:14', 'dfe'],
    why: 'not in the DCSF 2008 para 14 list, in the DfE 2010 list; neither says when it was added',
  },
  {
    id: 'e-057', q: 'when exactly did JCP become a relevant partner', kind: 'answer', type: 'open',
    all: [SILENT, JCP], cite: ['dfe'],
    why: 'design.md: the sources give no day for Jobcentre Plus becoming a partner',
  },
  {
    id: 'e-058', q: 'did the education bill pass?', kind: 'answer', type: 'change',
    all: [SILENT, EB], cite: ['dfe'],
    why: 'the DfE notice calls it "forthcoming" and subject to Parliament; nothing later is in the sources',
  },
  {
    id: 'e-059', q: 'is jcp still a relevant partner in 2012', kind: 'answer', type: 'change',
    all: [LATER, AT], cite: ['dfe'],
    why: 'latest source is 31 Oct 2010 (JCP then a partner, removal intended); 2012 is beyond the sources',
  },
  {
    id: 'e-060', q: 'was the board duty in force in 2009', kind: 'answer', type: 'yes-no',
    all: [SILENT], cite: ['dcsf', 'dfe'],
    why: 'DCSF 2008 paras 38/44: no requirement, only a proposal; DfE 2010: a legal obligation exists; no date between',
  },
  {
    id: 'e-061', q: 'did the Education and Skills Act 2008 bring in the CTB duty?', kind: 'answer', type: 'change',
    all: [SILENT], cite: ['dcsf'],
    why: 'para 9 names an Education and Skills Bill for the fourth session; neither source says which Act created the Board duty',
  },
  {
    id: 'e-062', q: 'did the joint CYPP ever become law', kind: 'answer', type: 'change',
    all: [SILENT], cite: ['dcsf', 'dfe'],
    why: 'DCSF 2008 para 34 only proposes it; the DfE notice revokes CYPP regulations without saying what they contained',
  },
  {
    id: 'e-063', q: 'were schools forums ever made relevant partners', kind: 'answer', type: 'change',
    all: [SILENT, ['Schools Forum']], cite: ['dcsf'],
    why: 'proposed in DCSF 2008 paras 11, 24; the DfE notice never mentions Schools Forums',
  },
  {
    id: 'e-064', q: 'did PRUs end up under the duty to cooperate?', kind: 'answer', type: 'change',
    all: [SILENT, ['Pupil Referral', 'PRU']], cite: ['dcsf:23'],
    why: 'proposed in DCSF 2008 para 23; the DfE notice never names PRUs',
  },
  {
    id: 'e-065', q: 'can voluntary sector orgs pool budgets with us now', kind: 'answer', type: 'yes-no',
    all: [SILENT, ['relevant partners']], cite: ['dcsf'],
    why: 'DCSF 2008 paras 48, 50: pooling restricted to relevant partners, extension floated for views; the DfE notice says nothing on pooling',
  },
  {
    id: 'e-066', q: 'did the revised CT guidance actually come out in autumn 2008?', kind: 'answer', type: 'change',
    all: [SILENT], cite: ['dcsf'],
    why: 'DCSF 2008 paras 8, 16 say it "will be issued in the autumn"; no source records that it was',
  },
  {
    id: 'e-067', q: 'did ministers get reserve powers to direct areas', kind: 'answer', type: 'change',
    all: [SILENT], cite: ['dcsf:43'],
    why: 'DCSF 2008 para 43 only considers reserve powers as an alternative; the DfE notice is silent',
  },
  {
    id: 'e-068', q: 'were schools under the duty to cooperate in 2009?', kind: 'answer', type: 'yes-no',
    all: [SILENT], cite: ['dcsf', 'dfe'],
    why: 'not partners in July 2008 (para 14, proposal para 23); under the duty by Oct 2010; no date in between',
  },
  {
    id: 'e-069', q: 'did SFCs become relevant partners in april 2010 when the LSC transfer happened', kind: 'answer', type: 'change',
    all: [SILENT], cite: ['dcsf', 'dfe'],
    why: 'DCSF para 21: transfer "from 2010" and a case for SFCs; DfE: SFCs under the duty by Oct 2010; no date given',
  },
  {
    id: 'e-070', q: 'did the LSC stop being a relevant partner in 2010', kind: 'answer', type: 'change',
    all: [SILENT, ['Learning and Skills Council', 'LSC']], cite: ['dcsf:14', 'dfe'],
    why: 'LSC is in the 2008 list, absent from the 2010 list; neither says when or how it left',
  },
  {
    id: 'e-071', q: 'did the CYPP deadline get moved from april 2010 to april 2011?', kind: 'answer', type: 'change',
    all: [SILENT, ['April 2010'], ['April 2011']], cite: ['dcsf:36', 'dfe'],
    why: 'April 2010 was a 2008 proposal (para 36); the DfE notice mentions a 1 April 2011 requirement; no source links them',
  },
  {
    id: 'e-072', q: 'did the board requirement start on 1 april 2010', kind: 'answer', type: 'change',
    all: [SILENT], cite: ['dfe'],
    why: 'the DfE notice confirms a legal obligation to have a Board but neither source gives its start date',
  },
  {
    id: 'e-073', q: 'do we still legally need a CTB in 2014?', kind: 'answer', type: 'change',
    all: [LATER, AT], cite: ['dfe'],
    why: 'latest source 31 Oct 2010: obligation remains, removal intended next session; 2014 is beyond the sources',
  },
  {
    id: 'e-074', q: 'was the DCS statutory guidance reviewed in 2011', kind: 'answer', type: 'change',
    all: [LATER], cite: ['dfe'],
    why: 'DfE notice: guidance "may be reviewed" in due course; nothing after 31 Oct 2010 is in the sources',
  },
  {
    id: 'e-075', q: 'did the 2008 consultation get extended past 25 sept?', kind: 'answer', type: 'change',
    all: [SILENT], cite: ['dcsf:10'],
    why: 'DCSF 2008 para 10 gives 25 September; nothing says whether it was extended',
  },
  {
    id: 'e-076', q: 'did the Education Bill get royal assent in 2011', kind: 'answer', type: 'change',
    all: [SILENT], cite: ['dfe'],
    why: 'the notice only calls it forthcoming and subject to Parliament',
  },
  {
    id: 'e-077', q: 'did GPs ever get a duty to have regard to the CYPP', kind: 'answer', type: 'change',
    all: [SILENT, ['GP']], cite: ['dcsf:25'],
    why: 'DCSF 2008 para 25 only asks for views on how GPs can have regard to wider plans; no later source',
  },
  {
    id: 'e-078', q: 'did the ADCS six area project find the barriers were in schools?', kind: 'answer', type: 'yes-no',
    all: [SILENT], cite: ['dcsf:8'],
    why: 'DCSF 2008 para 8 describes the project as under way; no findings are given anywhere',
  },
  {
    id: 'e-079', q: 'did they actually get rid of JCP in the next session', kind: 'answer', type: 'change',
    all: [LATER, JCP], cite: ['dfe'],
    why: 'the DfE notice states an intention only; nothing after 31 Oct 2010 is in the sources',
  },
  {
    id: 'e-080', q: 'were academies cooperating through their funding agreements in 2009', kind: 'answer', type: 'yes-no',
    all: [SILENT], cite: ['dcsf:23'],
    why: 'DCSF 2008 para 23 proposes alteration to the model funding agreement for future Academies; no source says it happened',
  },

  // ---------------------------------------------------------------------------------------
  // Out of scope: the sources' words, a question they do not answer
  // ---------------------------------------------------------------------------------------
  {
    id: 'e-081', q: 'can the Schools Forum veto the CYPP?', kind: 'fallback', type: 'out-of-scope',
    why: 'Schools Forums appear in paras 11, 24, 46 but nothing on any veto over the plan',
  },
  {
    id: 'e-082', q: "what's the penalty if a relevant partner refuses to cooperate", kind: 'fallback', type: 'out-of-scope',
    why: 'neither source mentions sanctions or enforcement of the s10 duty',
  },
  {
    id: 'e-083', q: 'does the duty to cooperate apply to Welsh authorities?', kind: 'fallback', type: 'out-of-scope',
    why: 'neither source mentions Wales',
  },
  {
    id: 'e-084', q: 'who has to chair the Childrens Trust Board', kind: 'fallback', type: 'out-of-scope', conv: 'channel',
    why: 'no source says who chairs the Board (para 45 leaves procedures to possible secondary legislation)',
  },
  {
    id: 'e-085', q: 'whats the quorum for a CTB meeting', kind: 'fallback', type: 'out-of-scope',
    why: 'quorum is never mentioned',
  },
  {
    id: 'e-086', q: 'does the DPH need a seat on the CTB?', kind: 'fallback', type: 'out-of-scope',
    why: 'design.md: the Director of Public Health is outside the knowledge',
  },
  {
    id: 'e-087', q: 'can a section 75 agreement cover adult mental health services', kind: 'fallback', type: 'out-of-scope',
    why: 'para 49 mentions s75 NHS Act 2006 only as a delegation model; adult services are not covered',
  },
  {
    id: 'e-088', q: 'when is the LSCB annual report due', kind: 'fallback', type: 'out-of-scope',
    why: 'the LSCB appears only in para 39; no reporting duty is described',
  },
  {
    id: 'e-089', q: 'how much Sure Start Childrens Centre funding do we get', kind: 'fallback', type: 'out-of-scope',
    why: 'SSCCs appear in paras 26, 36; no funding amounts anywhere',
  },
  {
    id: 'e-090', q: 'how is Ofsted going to inspect the childrens trust', kind: 'fallback', type: 'out-of-scope',
    why: 'para 29 only says the CYPP is a source document for the Inspectorates; no inspection regime given',
  },
  {
    id: 'e-091', q: 'can the lead member also chair the LSCB?', kind: 'fallback', type: 'out-of-scope',
    why: 'nothing on who may chair the LSCB',
  },
  {
    id: 'e-092', q: 'does the DCS have to be a qualified social worker', kind: 'fallback', type: 'out-of-scope',
    why: 'no qualification requirements in either source',
  },
  {
    id: 'e-093', q: 'do the s10 duties apply in Northern Ireland', kind: 'fallback', type: 'out-of-scope',
    why: 'neither source mentions Northern Ireland',
  },
  {
    id: 'e-094', q: 'whats the LAA reward grant for the children and young people targets', kind: 'fallback', type: 'out-of-scope',
    why: 'paras 29, 35 mention the Local Area Agreement but nothing on reward grant',
  },
  {
    id: 'e-095', q: 'how do i get the Exclusive Car Discounts for Public Sector Workers', kind: 'fallback', type: 'out-of-scope',
    why: 'page furniture in the DfE notice text, not law about Children\'s Trusts',
  },
  {
    id: 'e-096', q: 'how many votes does the JCP rep get on the board', kind: 'fallback', type: 'out-of-scope',
    why: 'no voting arrangements in either source',
  },
  {
    id: 'e-097', q: 'what information sharing protocol do we need between the partners', kind: 'fallback', type: 'out-of-scope',
    why: 'para 15 names information sharing only as an example of integrated systems',
  },
  {
    id: 'e-098', q: 'can we take a district council to court for not cooperating under s10', kind: 'fallback', type: 'out-of-scope',
    why: 'no enforcement or legal remedy described',
  },
  {
    id: 'e-099', q: 'who audits a s10 pooled fund?', kind: 'fallback', type: 'out-of-scope', conv: 'channel',
    why: 'paras 14, 48, 50 describe the pooling power but nothing on audit',
  },
  {
    id: 'e-100', q: 'does the Local Strategic Partnership have to sign off the CYPP', kind: 'fallback', type: 'out-of-scope',
    why: 'para 38 mentions the LSP only as a body the Board relates to; no sign-off rule',
  },
  {
    id: 'e-101', q: 'what % of the DSG can the schools forum put into early intervention', kind: 'fallback', type: 'out-of-scope',
    why: 'the Dedicated Schools Grant is never mentioned',
  },
  {
    id: 'e-102', q: 'do CTB minutes have to be published under FOI', kind: 'fallback', type: 'out-of-scope',
    why: 'freedom of information is never mentioned',
  },
  {
    id: 'e-103', q: 'does the Equality Act apply to CTB decisions?', kind: 'fallback', type: 'out-of-scope',
    why: 'the Equality Act is never mentioned',
  },
  {
    id: 'e-104', q: 'how much notice do relevant partners need before a CTB meeting', kind: 'fallback', type: 'out-of-scope',
    why: 'para 38 says cycles of meetings vary; no notice period anywhere',
  },
  {
    id: 'e-105', q: 'can a relevant partner pull out of a pooled fund mid year', kind: 'fallback', type: 'out-of-scope',
    why: 'pooling power described (paras 14, 48) but not withdrawal from a fund',
  },

  // ---------------------------------------------------------------------------------------
  // Open questions
  // ---------------------------------------------------------------------------------------
  {
    id: 'e-106', q: 'who are the relevant partners now', kind: 'answer', type: 'open',
    all: [['district council'], ['police'], JCP, ['youth offending', 'YOT'], ['probation'], AT], cite: ['dfe'],
    why: 'DfE notice "Relevant partners continue to be" list',
  },
  {
    id: 'e-107', q: 'what changed on 31 oct 2010?', kind: 'answer', type: 'open', conv: 'channel',
    all: [['guidance'], ['withdrawn'], ['revoked', 'revoke']], cite: ['dfe'],
    why: 'DfE notice "As of 31 October 2010": guidance withdrawn, CYPP regulations revoked',
  },
  {
    id: 'e-108', q: 'which bodies lose the duty under the education bill', kind: 'answer', type: 'open',
    all: [['maintained schools'], ['academies'], ['non-maintained special'], ['sixth-form', 'sixth form'], ['city technology'], SUBJ], cite: ['dfe'],
    why: 'DfE notice duty to cooperate section: the Education Bill list',
  },
  {
    id: 'e-109', q: 'when is JCP coming off the list', kind: 'answer', type: 'open',
    all: [NEXT, SUBJ], cite: ['dfe'],
    why: 'DfE notice: at the next legislative opportunity / next parliamentary session, subject to Parliament; no date',
  },
  {
    id: 'e-110', q: 'who were the relevant partners in 2008', kind: 'answer', type: 'open',
    all: [['district council'], ['police'], ['Learning and Skills Council', 'LSC'], ['Connexions'], ['Primary Care Trust', 'PCT']], cite: ['dcsf:14'],
    why: 'DCSF 2008 para 14 "At present these partners are ..."',
  },
  {
    id: 'e-111', q: 'what did the 2008 note propose for CTBs', kind: 'answer', type: 'open',
    all: [['set up and maintain', 'duty on the local authority', 'statutory basis', 'statutory'], ['objectives', 'membership', 'functions']], cite: ['dcsf:44'],
    why: 'DCSF 2008 para 44: duty on the LA to set up and maintain a Board, objectives in primary legislation',
  },
  {
    id: 'e-112', q: 'what functions wld the board have had under the 2008 proposals', kind: 'answer', type: 'open',
    all: [['needs assessment'], ['agree the CYPP', 'agree the plan', 'agree the Children'], ['oversight']], cite: ['dcsf:45'],
    why: 'DCSF 2008 para 45 lists the Board functions',
  },
  {
    id: 'e-113', q: 'why did the 2008 note want SFCs under the duty', kind: 'answer', type: 'open',
    all: [['home local authority', 'home authority', 'closer relationship']], cite: ['dcsf:21'],
    why: 'DCSF 2008 para 21: closer relationship with a single home local authority',
  },
  {
    id: 'e-114', q: 'why were the CYPP regs revoked', kind: 'answer', type: 'open',
    all: [['prescriptive', 'prescription']], cite: ['dfe'],
    why: 'DfE notice: regulations "which are unnecessarily prescriptive, are revoked"',
  },
  {
    id: 'e-115', q: "what's the legal basis for the duty to cooperate", kind: 'answer', type: 'open',
    all: [['section 10', 's10', 's.10', 's 10'], ['Children Act 2004', '2004']], cite: ['dfe'],
    why: 'DfE notice: section 10 of the Children Act 2004 (also DCSF 2008 para 14)',
  },
  {
    id: 'e-116', q: 'what were the 2 problems with s10 pooling the 2008 note flagged', kind: 'answer', type: 'open',
    all: [['delegate'], ['relevant partners', 'third sector', 'voluntary']], cite: ['dcsf:48'],
    why: 'DCSF 2008 para 48: no power to delegate functions; pooling does not extend beyond relevant partners',
  },
  {
    id: 'e-117', q: 'what can we do about our CYPP now', kind: 'answer', type: 'open',
    all: [['free to', 'own strategic plan', 'voluntary'], ['prescribed', 'format'], AT], cite: ['dfe'],
    why: 'DfE notice: partnerships free to publish their own plan; format no longer centrally prescribed',
  },
  {
    id: 'e-118', q: 'whats the deadline for comments on the 2008 note', kind: 'answer', type: 'open',
    all: [['end of July'], ['25 September', '25 Sept']], cite: ['dcsf:10'],
    why: 'DCSF 2008 para 10: initial responses by end of July, comments by 25 September',
  },
  {
    id: 'e-119', q: 'difference between relevant partners and other partners?', kind: 'answer', type: 'open',
    all: [['pool'], ['not bound', 'duty to cooperate', 'duty to co-operate']], cite: ['dcsf:14'],
    why: 'DCSF 2008 para 14: other partners are not bound by the duty and cannot pool resources',
  },
  {
    id: 'e-120', q: 'what did the 2008 note say about GPs', kind: 'answer', type: 'open',
    all: [['GP'], ['views', 'practice based commissioning', 'closer engagement']], cite: ['dcsf'],
    why: 'DCSF 2008 paras 11 and 25: closer engagement, views invited, practice based commissioning',
  },
  {
    id: 'e-121', q: 'when did the CYPP regs get revoked', kind: 'answer', type: 'open',
    all: [AT], cite: ['dfe'],
    why: 'DfE notice: "As of 31 October 2010" the regulations are revoked',
  },

  // ---------------------------------------------------------------------------------------
  // Clarify: a stand-in subject
  // ---------------------------------------------------------------------------------------
  {
    id: 'e-122', q: 'can they pool with us?', kind: 'clarify', type: 'clarify',
    why: '"they" unnamed: pooling depends on relevant-partner status (DCSF paras 14, 50)',
  },
  {
    id: 'e-123', q: 'is that one still on the list?', kind: 'clarify', type: 'clarify',
    why: '"that one" could be any body; status differs (JCP, schools, LSC)',
  },
  {
    id: 'e-124', q: 'r they still a relevant partner', kind: 'clarify', type: 'clarify', conv: 'channel',
    why: 'subject unnamed',
  },
  {
    id: 'e-125', q: 'does our partner have to be on the board', kind: 'clarify', type: 'clarify',
    why: '"our partner" unnamed; schools/academies differ from others',
  },
  {
    id: 'e-126', q: 'has it been removed yet?', kind: 'clarify', type: 'clarify',
    why: '"it" could be the CYPP (removed), the Board requirement or a duty (not yet)',
  },
  {
    id: 'e-127', q: 'is this organisation covered by the duty to cooperate', kind: 'clarify', type: 'clarify',
    why: 'design.md: "this organisation" cannot be pinned down',
  },
  {
    id: 'e-128', q: 'do they have to have regard to the plan', kind: 'clarify', type: 'clarify',
    why: '"they" unnamed; schools (para 20) and relevant partners (para 31, DfE notice) differ',
  },
  {
    id: 'e-129', q: 'can we take them off the CTB now?', kind: 'clarify', type: 'clarify',
    why: '"them" unnamed; representation rules differ by body',
  },
  {
    id: 'e-130', q: 'is the other lot still statutory', kind: 'clarify', type: 'clarify', conv: 'channel',
    why: '"the other lot" unnamed',
  },
  {
    id: 'e-131', q: 'when does that change kick in', kind: 'clarify', type: 'clarify',
    why: '"that change" could be 31 Oct 2010, the Education Bill or the next session',
  },
];
