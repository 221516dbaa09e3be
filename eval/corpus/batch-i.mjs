// Batch i: written from the two sources and design.md only.
export const cases = [
  {
    "id": "i-001",
    "q": "need a 1 liner for the cover paper - what was the overall ambition from the childrens plan that the dcsf note opens with?",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "best place"
      ]
    ],
    "cite": [
      "dcsf:1"
    ],
    "why": "para 1: make this country the best place in the world for young people to grow up"
  },
  {
    "id": "i-002",
    "q": "did the 2008 dcsf note put a date on having early identification / early help arrangments in place everywhere",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "2010"
      ]
    ],
    "cite": [
      "dcsf:1"
    ],
    "why": "para 1: consistent high quality identification and early intervention arrangements in place by 2010"
  },
  {
    "id": "i-003",
    "q": "quick one - back in 2008 what did the CT legal framework actually boil down to?",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "Director of Children",
        "DCS"
      ],
      [
        "Lead Member"
      ],
      [
        "duty to cooperate",
        "duty to co-operate"
      ],
      [
        "CYPP",
        "Young People’s Plan",
        "Young People's Plan",
        "Young Peoples Plan",
        "plan"
      ]
    ],
    "cite": [
      "dcsf:2"
    ],
    "why": "para 2: appoint a DCS, designate a Lead Member, duty to cooperate on relevant partners, publish a CYPP unless exempted"
  },
  {
    "id": "i-004",
    "q": "did ministers say in 2008 they were looking at whether CTs needed beefing up thru new legislation",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "legislation"
      ]
    ],
    "cite": [
      "dcsf:2"
    ],
    "why": "para 2: Ministers announced they would examine whether Children's Trusts need strengthening, including by further legislation"
  },
  {
    "id": "i-005",
    "q": "per the dcsf note who's mainly responsible for making the childrens plan ambitions happen on the ground",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "local partners"
      ],
      [
        "local authorit"
      ]
    ],
    "cite": [
      "dcsf:3"
    ],
    "why": "para 3: primarily for local partners, led by each local authority"
  },
  {
    "id": "i-006",
    "q": "does the 2008 note say the existing CT arrangements werent delivering anything?",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "great deal",
        "achieved"
      ]
    ],
    "cite": [
      "dcsf:3"
    ],
    "why": "para 3: a great deal is being achieved within the existing framework"
  },
  {
    "id": "i-007",
    "q": "what counts as 'the childrens trust' in the draft guidance - just our board or wider than that",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "front line",
        "frontline"
      ],
      [
        "board"
      ]
    ],
    "cite": [
      "dcsf:4"
    ],
    "why": "para 4: definition embraces all systems from the strategic partnership board to co-located front line delivery"
  },
  {
    "id": "i-008",
    "q": "was there already statutory CT guidance before the 2008 draft supplementary guidance?",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "2005"
      ]
    ],
    "cite": [
      "dcsf:4"
    ],
    "why": "para 4: the draft builds on the existing guidance issued in 2005"
  },
  {
    "id": "i-009",
    "q": "who should be leading on spotting kids who need extra support - just schools or broader?",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "school"
      ],
      [
        "early years",
        "health",
        "universal"
      ]
    ],
    "cite": [
      "dcsf:5"
    ],
    "why": "para 5: schools, early years settings, health and other universal services in day-to-day contact take the leading role"
  },
  {
    "id": "i-010",
    "q": "does the dcsf note say its mainly the specialist services job to pick up kids needing extra help",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "universal",
        "school"
      ]
    ],
    "cite": [
      "dcsf:5"
    ],
    "why": "para 5: universal services in day-to-day contact lead; the CT brings specialist services to bear"
  },
  {
    "id": "i-011",
    "q": "why does the dcsf paper make such a big deal of schools being fully in the CT",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "heard",
        "voice"
      ],
      [
        "early"
      ]
    ],
    "cite": [
      "dcsf:6"
    ],
    "why": "para 6: voices heard in strategic plans, identify problems early, rely on timely support"
  },
  {
    "id": "i-012",
    "q": "was draft guidance on the schools wellbeing duty going out at the same time as the 2008 consultation?",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "well-being",
        "wellbeing",
        "well being"
      ]
    ],
    "cite": [
      "dcsf:6"
    ],
    "why": "para 6: draft guidance on the duty on schools to promote pupils' well-being issued in parallel"
  },
  {
    "id": "i-013",
    "q": "what were the main points ppl raised in the consultation on the draft supplementary CT guidance",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "not sufficient",
        "not enough",
        "alone",
        "on its own"
      ],
      [
        "voice",
        "engage"
      ]
    ],
    "cite": [
      "dcsf:7"
    ],
    "why": "para 7: key issues: non-partners struggle to be heard, non-obligated partners hard to engage, duty alone not sufficient"
  },
  {
    "id": "i-014",
    "q": "did consultees reckon the duty to co-op by itself was enough to get the benefits of CTs",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "not sufficient",
        "not enough",
        "alone",
        "on its own"
      ]
    ],
    "cite": [
      "dcsf:7"
    ],
    "why": "para 7: the duty to cooperate alone is not sufficient"
  },
  {
    "id": "i-015",
    "q": "theres a DCSF project with ADCS mentioned in the 2008 note - how many areas and what was it looking at?",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "six",
        "6"
      ],
      [
        "barrier"
      ]
    ],
    "cite": [
      "dcsf:8"
    ],
    "why": "para 8: DCSF project with ADCS looking in detail at six local areas, focus on barriers"
  },
  {
    "id": "i-016",
    "q": "was the revised CT guidance meant to come out in autumn 2008",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "autumn"
      ]
    ],
    "cite": [
      "dcsf:8"
    ],
    "why": "para 8: guidance revised taking responses into account and issued in the autumn"
  },
  {
    "id": "i-017",
    "q": "which bill was meant to carry the childrens trust changes in 08/09",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "Education and Skills Bill"
      ]
    ],
    "cite": [
      "dcsf:9"
    ],
    "why": "para 9: Draft Legislative Programme 2008-09 said the Education and Skills Bill would legislate"
  },
  {
    "id": "i-018",
    "q": "was the planned CT legislation supposed to cover all 5 ECM outcomes",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes",
      "Proposed"
    ],
    "all": [
      [
        "five",
        "5"
      ],
      [
        "Every Child Matters",
        "ECM"
      ]
    ],
    "cite": [
      "dcsf:9"
    ],
    "why": "para 9: legislate to strengthen CTs across all five Every Child Matters outcomes"
  },
  {
    "id": "i-019",
    "q": "by when did dcsf want responses on the legislative options paper",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "July"
      ],
      [
        "25 September",
        "25 Sept"
      ]
    ],
    "cite": [
      "dcsf:10"
    ],
    "why": "para 10: initial responses by end of July; comments by 25 September still helpful"
  },
  {
    "id": "i-020",
    "q": "were the details on CYPPs and CTBs expected to be done in regs rather than in the bill itself",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes",
      "Proposed"
    ],
    "all": [
      [
        "secondary legislation",
        "regulations"
      ]
    ],
    "cite": [
      "dcsf:10"
    ],
    "why": "para 10: CYPPs and CTBs likely to be the subject of secondary legislation"
  },
  {
    "id": "i-021",
    "q": "can u give me the options the 2008 note wanted views on, in a nutshell",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "school"
      ],
      [
        "CYPP",
        "plan"
      ],
      [
        "Board",
        "CTB"
      ]
    ],
    "cite": [
      "dcsf:11"
    ],
    "why": "para 11: extend duty to schools etc; require a CYPP owned by all partners; strengthen CYPP regs; statutory basis for CTBs"
  },
  {
    "id": "i-022",
    "q": "did the legislative options include putting GP practices under the duty to cooperate",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "GP"
      ]
    ],
    "cite": [
      "dcsf:11"
    ],
    "why": "para 11: duty extended to education providers only; for GP practices it only sees value in closer engagement and asks for views"
  },
  {
    "id": "i-023",
    "q": "what kind of legal barriers was dcsf asking people to flag up in 2008",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "pool"
      ],
      [
        "delegat",
        "sharing"
      ]
    ],
    "cite": [
      "dcsf:12"
    ],
    "why": "para 12: e.g. restriction on pooling budgets to relevant partners; sharing or delegation of functions"
  },
  {
    "id": "i-024",
    "q": "was dcsf going for a tight prescriptive framework with the 2008 proposals?",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "permissive"
      ]
    ],
    "cite": [
      "dcsf:12"
    ],
    "why": "para 12: aim is to empower local partners within a broadly permissive framework"
  },
  {
    "id": "i-025",
    "q": "what does the rest of the 2008 note do after it lists the options",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "detail"
      ]
    ],
    "cite": [
      "dcsf:13"
    ],
    "why": "para 13: the remainder of the note discusses the options in more detail"
  },
  {
    "id": "i-026",
    "q": "whats para 13 of the dcsf note about",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "detail"
      ]
    ],
    "cite": [
      "dcsf:13"
    ],
    "why": "para 13: signpost that the rest of the note discusses the options in more detail"
  },
  {
    "id": "i-027",
    "q": "who were the s10 relevant partners as of the 2008 note (before any of the changes)",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "district council"
      ],
      [
        "police"
      ],
      [
        "Primary Care Trust",
        "PCT"
      ],
      [
        "Youth Offending",
        "YOT"
      ],
      [
        "Connexions"
      ],
      [
        "Learning and Skills Council",
        "LSC"
      ]
    ],
    "cite": [
      "dcsf:14"
    ],
    "why": "para 14: 'At present these partners are' district councils, police, SHAs and PCTs, NOMS, YOTs, Connexions, LSC"
  },
  {
    "id": "i-028",
    "q": "in 2008 could our voluntary sector partners pool budgets with us under s10",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "relevant partner"
      ]
    ],
    "cite": [
      "dcsf:14"
    ],
    "why": "para 14: 'other' partners are not bound by the duty nor can they pool resources"
  },
  {
    "id": "i-029",
    "q": "was the LSC a relevant partner when the dcsf note came out",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "Learning and Skills Council",
        "LSC"
      ]
    ],
    "cite": [
      "dcsf:14"
    ],
    "why": "para 14 lists the Learning and Skills Council for England"
  },
  {
    "id": "i-030",
    "q": "was jcp on the relevant partner list in july 2008",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No",
      "Not listed"
    ],
    "all": [
      [
        "Jobcentre",
        "Job Centre",
        "JCP"
      ]
    ],
    "cite": [
      "dcsf:14"
    ],
    "why": "para 14's 'at present' list has no Jobcentre Plus (it appears only in the 2010 list)"
  },
  {
    "id": "i-031",
    "q": "what did the 2005 guidance say the duty to cooperate meant in practice",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "strategic"
      ],
      [
        "commissioning"
      ],
      [
        "front line",
        "frontline"
      ]
    ],
    "cite": [
      "dcsf:15"
    ],
    "why": "para 15: strategic direction through a CTB, integrated planning and commissioning, integrated systems, integrated front line delivery"
  },
  {
    "id": "i-032",
    "q": "in 2008 did bodies under the s10 duty have to have regard to the secretary of state's guidance",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "regard"
      ]
    ],
    "cite": [
      "dcsf:15"
    ],
    "why": "para 15: those under the duty are required to have regard to guidance issued by the Secretary of State"
  },
  {
    "id": "i-033",
    "q": "when was the draft supplementary CT guidance put out for consultation",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "April 2008"
      ]
    ],
    "cite": [
      "dcsf:16"
    ],
    "why": "para 16: issued for consultation in April 2008"
  },
  {
    "id": "i-034",
    "q": "was the final guidance going to come out with a summary of the consultation responses",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "summary"
      ]
    ],
    "cite": [
      "dcsf:16"
    ],
    "why": "para 16: fresh guidance issued in the autumn alongside a summary of the responses"
  },
  {
    "id": "i-035",
    "q": "how were schools involved in CTs before the 2008 proposals - did it vary between areas?",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "network",
        "represented",
        "liaison"
      ]
    ],
    "cite": [
      "dcsf:17"
    ],
    "why": "para 17: in some cases only liaison; some areas have networks of schools or schools on the CTB"
  },
  {
    "id": "i-036",
    "q": "in 2008 were schools on the trust board in every area",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "some areas",
        "not all",
        "gone further",
        "some cases"
      ]
    ],
    "cite": [
      "dcsf:17"
    ],
    "why": "para 17: some areas have gone further, e.g. ensuring schools are represented on the CTB"
  },
  {
    "id": "i-037",
    "q": "what example of good early intervention in and around schools does the note give",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "multi-agency",
        "multi agency"
      ],
      [
        "co-located",
        "co located",
        "colocated"
      ]
    ],
    "cite": [
      "dcsf:18"
    ],
    "why": "para 18: co-located multi-agency teams in and around schools"
  },
  {
    "id": "i-038",
    "q": "does the dcsf note say early intervention has to look the same in every area",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "vary",
        "varies",
        "variable"
      ]
    ],
    "cite": [
      "dcsf:18"
    ],
    "why": "para 18: the form of the arrangements can vary, but must be available for all children"
  },
  {
    "id": "i-039",
    "q": "what does the note say schools need from the other CT partners",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "support"
      ],
      [
        "strategic"
      ]
    ],
    "cite": [
      "dcsf:19"
    ],
    "why": "para 19: timely support from other agencies and a full part in strategic discussions"
  },
  {
    "id": "i-040",
    "q": "does the 2008 note tie clarity about everyone's roles to mutual accountability",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "accountab"
      ]
    ],
    "cite": [
      "dcsf:19"
    ],
    "why": "para 19: clarity about roles and responsibilities will in turn support mutual accountability"
  },
  {
    "id": "i-041",
    "q": "whats the alternative provision white paper the dcsf note refers to",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "Back on Track"
      ]
    ],
    "cite": [
      "dcsf:20"
    ],
    "why": "para 20: the alternative educational provision White Paper, Back on Track"
  },
  {
    "id": "i-042",
    "q": "in 2008 did all schools already have to have regard to the cypp and promote their pupils wellbeing",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "regard"
      ]
    ],
    "cite": [
      "dcsf:20"
    ],
    "why": "para 20: all schools already required to have regard to the CYPP and promote well-being of pupils"
  },
  {
    "id": "i-043",
    "q": "why did dcsf think SFCs in particular should come under the duty",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "home local authority",
        "home authority",
        "home LA"
      ]
    ],
    "cite": [
      "dcsf:21"
    ],
    "why": "para 21: closer relationship with a single home local authority, distinct legal category"
  },
  {
    "id": "i-044",
    "q": "was 16-19 planning and funding meant to move from the LSC to LAs from 2010",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes",
      "Proposed"
    ],
    "all": [
      [
        "2010"
      ]
    ],
    "cite": [
      "dcsf:21"
    ],
    "why": "para 21: Raising Expectations planned the transfer from the LSC to local authorities from 2010"
  },
  {
    "id": "i-045",
    "q": "why couldn't FE be made partners straight away?",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "100"
      ],
      [
        "home authority",
        "home local authority",
        "wide area",
        "wider area",
        "many authorities"
      ]
    ],
    "cite": [
      "dcsf:22"
    ],
    "why": "para 22: practical obstacles; FE draws learners from a very wide area, sometimes over 100 authorities"
  },
  {
    "id": "i-046",
    "q": "did dcsf think it would be a good thing to put all publicly funded 16-19 providers under the duty",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "practical",
        "in practice"
      ]
    ],
    "cite": [
      "dcsf:22"
    ],
    "why": "para 22: would be advantageous, but need a clear understanding how it would apply in practice"
  },
  {
    "id": "i-047",
    "q": "how were future academies going to be brought in under the 2008 duty proposals",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "funding agreement"
      ]
    ],
    "cite": [
      "dcsf:23"
    ],
    "why": "para 23: by alteration to the model funding agreement"
  },
  {
    "id": "i-048",
    "q": "did the 2008 proposals cover PRUs as well as schools",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes",
      "Proposed"
    ],
    "all": [
      [
        "Pupil Referral",
        "PRU"
      ]
    ],
    "cite": [
      "dcsf:23"
    ],
    "why": "para 23: propose to extend the duty to schools, Pupil Referral Units and Sixth Form and FE Colleges"
  },
  {
    "id": "i-049",
    "q": "was the 2008 plan to amend s10 itself to bring schools and colleges in",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes",
      "Proposed"
    ],
    "all": [
      [
        "section 10",
        "s10",
        "s.10"
      ]
    ],
    "cite": [
      "dcsf:23"
    ],
    "why": "para 23: section 10 should be amended accordingly"
  },
  {
    "id": "i-050",
    "q": "why did the note say schools forums should be under the duty too",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "representative",
        "authority-wide",
        "authority wide",
        "full partner"
      ]
    ],
    "cite": [
      "dcsf:24"
    ],
    "why": "para 24: statutory, representative, authority-wide bodies; the CTB should view them as full partners"
  },
  {
    "id": "i-051",
    "q": "did the 2008 paper say the s10 duty should extend to schools forums",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes",
      "Proposed"
    ],
    "all": [
      [
        "Schools Forum"
      ]
    ],
    "cite": [
      "dcsf:24"
    ],
    "why": "para 24: implies extending the duty to Schools Forums as well as individual schools (option in para 11)"
  },
  {
    "id": "i-052",
    "q": "who speaks for health on the CTB according to the dcsf note",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "PCT",
        "Primary Care Trust"
      ],
      [
        "Strategic Health Authorit",
        "SHA"
      ]
    ],
    "cite": [
      "dcsf:25"
    ],
    "why": "para 25: health interests represented at CTB level by the PCT and SHA"
  },
  {
    "id": "i-053",
    "q": "did the 2008 note propose a statutory duty on GPs to have regard to the CYPP",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "views"
      ]
    ],
    "cite": [
      "dcsf:25"
    ],
    "why": "para 25: important that GPs have regard to wider plans, but only views invited on how to achieve it"
  },
  {
    "id": "i-054",
    "q": "what did dcsf say about getting childrens centres properly involved with the trust",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "strategic",
        "locality"
      ],
      [
        "prevention",
        "views"
      ]
    ],
    "cite": [
      "dcsf:26"
    ],
    "why": "para 26: SSCCs embedded in locality arrangements, contribute to strategic discussions; views welcomed"
  },
  {
    "id": "i-055",
    "q": "did the 2008 note propose making sure start childrens centres relevant partners",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "views"
      ]
    ],
    "cite": [
      "dcsf:26"
    ],
    "why": "para 26: only welcomes views on how SSCCs can best be engaged; not in the para 23 proposal"
  },
  {
    "id": "i-056",
    "q": "which councils were exempt from having to do a CYPP in 2008",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "4 star",
        "four star",
        "4-star",
        "four-star"
      ]
    ],
    "cite": [
      "dcsf:27"
    ],
    "why": "para 27: 4 star authorities are exempt"
  },
  {
    "id": "i-057",
    "q": "did any of the exempt councils actually opt out of doing a cypp by 2008",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "none"
      ]
    ],
    "cite": [
      "dcsf:27"
    ],
    "why": "para 27: none have chosen to opt out"
  },
  {
    "id": "i-058",
    "q": "when were the cypp regs made, pre 2008",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "2005"
      ],
      [
        "2007"
      ]
    ],
    "cite": [
      "dcsf:28"
    ],
    "why": "para 28: two sets of regulations, 2005 and 2007"
  },
  {
    "id": "i-059",
    "q": "were the pre-2008 cypp regs detailed on what the plan had to contain",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "process"
      ]
    ],
    "cite": [
      "dcsf:28"
    ],
    "why": "para 28: prescriptive about process, relatively silent on content"
  },
  {
    "id": "i-060",
    "q": "how does the CYPP fit with the LAA according to the dcsf note",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "inform"
      ]
    ],
    "cite": [
      "dcsf:29"
    ],
    "why": "para 29: the CYPP informs LAA priorities and vice versa"
  },
  {
    "id": "i-061",
    "q": "does the 2008 note say inspectorates use the cypp as a key source doc",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "Inspectorate",
        "inspector"
      ]
    ],
    "cite": [
      "dcsf:29"
    ],
    "why": "para 29: the CYPP has become a key source document for the Inspectorates"
  },
  {
    "id": "i-062",
    "q": "which bit of legislation made schools have regard to the cypp",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "Education and Inspections Act"
      ],
      [
        "38"
      ]
    ],
    "cite": [
      "dcsf:30"
    ],
    "why": "para 30: section 38 of the Education and Inspections Act 2006"
  },
  {
    "id": "i-063",
    "q": "in 2008 did the LA have to consult schools when developing the cypp",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "consult"
      ]
    ],
    "cite": [
      "dcsf:30"
    ],
    "why": "para 30: the local authority must consult schools on the development of the CYPP"
  },
  {
    "id": "i-064",
    "q": "whats the main weakness of the CYPP that the 2008 note points to",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "local authority"
      ],
      [
        "partner"
      ]
    ],
    "cite": [
      "dcsf:31"
    ],
    "why": "para 31: exclusively a local authority plan rather than a CT plan; little leverage on partners"
  },
  {
    "id": "i-065",
    "q": "in 2008 were PCTs and police legally required to have regard to the CYPP",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "regard"
      ]
    ],
    "cite": [
      "dcsf:31"
    ],
    "why": "para 31: no legal requirement for partners to have regard to it"
  },
  {
    "id": "i-066",
    "q": "what did the research into published cypps in 06/07 and 07/08 find",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "variation",
        "vary",
        "varied"
      ]
    ],
    "cite": [
      "dcsf:32"
    ],
    "why": "para 32: wide variation in format, audience, detail; significant variation in quality"
  },
  {
    "id": "i-067",
    "q": "did rolling the annual CYPP review into the APA work out?",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "abandon"
      ]
    ],
    "cite": [
      "dcsf:32"
    ],
    "why": "para 32: attempts to combine with the Annual Performance Assessment largely abandoned"
  },
  {
    "id": "i-068",
    "q": "what do the s17 cypp regs actually cover according to the dcsf note",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "needs assessment"
      ],
      [
        "consult"
      ],
      [
        "publi"
      ]
    ],
    "cite": [
      "dcsf:33"
    ],
    "why": "para 33: process: needs assessment, consultation, publication, duration, review"
  },
  {
    "id": "i-069",
    "q": "does the 2008 note make the case for more national consistency in cypps",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "consisten"
      ]
    ],
    "cite": [
      "dcsf:33"
    ],
    "why": "para 33: a degree of national consistency presents a good opportunity to improve quality"
  },
  {
    "id": "i-070",
    "q": "under the joint plan idea who would own the cypp",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "partner"
      ],
      [
        "joint"
      ]
    ],
    "cite": [
      "dcsf:34"
    ],
    "why": "para 34: ownership extended to all relevant partners; shared responsibility of the CTB"
  },
  {
    "id": "i-071",
    "q": "did dcsf propose turning the CYPP into a joint plan with all the relevant partners",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes",
      "Proposed"
    ],
    "all": [
      [
        "joint"
      ]
    ],
    "cite": [
      "dcsf:34"
    ],
    "why": "para 34: views on amending the duty to a requirement to produce and implement a joint CYPP"
  },
  {
    "id": "i-072",
    "q": "which other plans did the joint cypp have to be consistent with",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "Sustainable Community Strategy"
      ],
      [
        "Local Area Agreement",
        "LAA"
      ]
    ],
    "cite": [
      "dcsf:35"
    ],
    "why": "para 35: consistent with the Sustainable Community Strategy; context for LAA targets"
  },
  {
    "id": "i-073",
    "q": "was the joint cypp meant to just be the partners plans stapled together",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "sum of its parts",
        "added value",
        "greater than"
      ]
    ],
    "cite": [
      "dcsf:35"
    ],
    "why": "para 35: must be greater than the sum of its parts"
  },
  {
    "id": "i-074",
    "q": "under the 2008 proposals by when would the new joint plan need to be published",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "April 2010"
      ]
    ],
    "cite": [
      "dcsf:36"
    ],
    "why": "para 36: new plan in place and published by April 2010"
  },
  {
    "id": "i-075",
    "q": "would the new joint cypp have had a fixed 3 year life",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "fixed duration"
      ]
    ],
    "cite": [
      "dcsf:36"
    ],
    "why": "para 36: beyond April 2010 there would be no fixed duration"
  },
  {
    "id": "i-076",
    "q": "would kids and families have had to be consulted on the joint plan under the 08 proposals",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes",
      "Proposed"
    ],
    "all": [
      [
        "famil"
      ]
    ],
    "cite": [
      "dcsf:36"
    ],
    "why": "para 36: consultees crucially include children, young people and families"
  },
  {
    "id": "i-077",
    "q": "how often would the joint plan have needed reviewing under the proposed regs",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "not published",
        "no new plan",
        "no new CYPP",
        "without a new"
      ]
    ],
    "cite": [
      "dcsf:36"
    ],
    "why": "para 36: reviewed in each year a new CYPP is not published"
  },
  {
    "id": "i-078",
    "q": "para 37 - what was dcsf actually asking for there",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "regulations",
        "regs"
      ],
      [
        "guidance"
      ]
    ],
    "cite": [
      "dcsf:37"
    ],
    "why": "para 37: views on what else the CYPP regulations should prescribe and what guidance should cover"
  },
  {
    "id": "i-079",
    "q": "did dcsf ask for views on what else the cypp regs should prescribe",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "guidance"
      ]
    ],
    "cite": [
      "dcsf:37"
    ],
    "why": "para 37: welcomes views on what else the regulations should prescribe and what guidance covers"
  },
  {
    "id": "i-080",
    "q": "what varied between trust boards in different areas back in 2008",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "membership"
      ],
      [
        "name",
        "meeting",
        "function"
      ]
    ],
    "cite": [
      "dcsf:38"
    ],
    "why": "para 38: membership, design, functions, name, cycle of meetings, relationship with the LSP vary markedly"
  },
  {
    "id": "i-081",
    "q": "in 2008 was there a legal requirement to have a CTB",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "legislation",
        "legal",
        "statutory"
      ]
    ],
    "cite": [
      "dcsf:38"
    ],
    "why": "para 38: no requirement in legislation to create a CTB"
  },
  {
    "id": "i-082",
    "q": "by 2008 had every area set up some form of trust board",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "all areas",
        "every area"
      ]
    ],
    "cite": [
      "dcsf:38"
    ],
    "why": "para 38: all areas have done so in some form"
  },
  {
    "id": "i-083",
    "q": "which other partnerships does the note contrast the CTB with on statutory footing",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "Safeguarding",
        "LSCB"
      ],
      [
        "Youth Offending",
        "YOT"
      ]
    ],
    "cite": [
      "dcsf:39"
    ],
    "why": "para 39: contrasts with the LSCB and the Youth Offending Team"
  },
  {
    "id": "i-084",
    "q": "in 2008 did the LSCB have a statutory framework that the CTB didnt",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "Safeguarding",
        "LSCB"
      ]
    ],
    "cite": [
      "dcsf:39"
    ],
    "why": "para 39: absence of a statutory framework for CTBs contrasts with the LSCB and YOT"
  },
  {
    "id": "i-085",
    "q": "whats the original thinking behind CTs on local flexibility vs actually being effective",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "flexib"
      ],
      [
        "strong",
        "purposeful",
        "drive"
      ]
    ],
    "cite": [
      "dcsf:40"
    ],
    "why": "para 40: flexibility to design locally, but strong and purposeful enough to drive change"
  },
  {
    "id": "i-086",
    "q": "was the original CT concept one national model of partnership for everyone",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "flexib",
        "locally"
      ]
    ],
    "cite": [
      "dcsf:40"
    ],
    "why": "para 40: flexibility to design the arrangements which made best sense locally"
  },
  {
    "id": "i-087",
    "q": "what does para 41 say a CT needs to have in place",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "front line",
        "frontline"
      ],
      [
        "strategic",
        "governance"
      ]
    ],
    "cite": [
      "dcsf:41"
    ],
    "why": "para 41: cooperation arrangements and integrated systems from the front line to strategic governance"
  },
  {
    "id": "i-088",
    "q": "does the draft guidance say integration only matters at strategic level",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "every",
        "all level"
      ]
    ],
    "cite": [
      "dcsf:41"
    ],
    "why": "para 41: appropriate integration at every organisational level"
  },
  {
    "id": "i-089",
    "q": "why were ministers thinking about making CTBs compulsory",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "accelerat",
        "speed",
        "faster",
        "progress"
      ]
    ],
    "cite": [
      "dcsf:42"
    ],
    "why": "para 42: whether requiring a CTB with statutory functions would accelerate progress"
  },
  {
    "id": "i-090",
    "q": "per the 2008 note had most areas already got to the level the guidance wanted",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "not yet",
        "many"
      ]
    ],
    "cite": [
      "dcsf:42"
    ],
    "why": "para 42: some areas have moved ahead quickly, many have not yet reached this stage"
  },
  {
    "id": "i-091",
    "q": "whats the alternative to statutory boards that the note looked at",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "reserve power"
      ]
    ],
    "cite": [
      "dcsf:43"
    ],
    "why": "para 43: reserve powers for Ministers to direct areas when arrangements are not working"
  },
  {
    "id": "i-092",
    "q": "did dcsf prefer reserve powers for ministers over a national statutory framework for boards",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "on balance",
        "national approach",
        "consistent national"
      ]
    ],
    "cite": [
      "dcsf:43"
    ],
    "why": "para 43: on balance a consistent national approach with local flexibility is preferred"
  },
  {
    "id": "i-093",
    "q": "under the 2008 proposals who would have had the legal duty to set up and run the board",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "local authority",
        "council"
      ]
    ],
    "cite": [
      "dcsf:44"
    ],
    "why": "para 44: primary legislation would place a duty on the local authority to set up and maintain a CTB"
  },
  {
    "id": "i-094",
    "q": "would the boards objectives have been set in primary legislation under the 2008 plan",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes",
      "Proposed"
    ],
    "all": [
      [
        "primary legislation"
      ]
    ],
    "cite": [
      "dcsf:44"
    ],
    "why": "para 44: primary legislation would also set the Board's objectives"
  },
  {
    "id": "i-095",
    "q": "what objectives would the board have had under the 08 proposal",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "ECM",
        "Every Child Matters",
        "five outcomes",
        "5 outcomes"
      ],
      [
        "early intervention"
      ],
      [
        "gap"
      ]
    ],
    "cite": [
      "dcsf:44"
    ],
    "why": "para 44: well-being per five ECM outcomes, early intervention, improve outcomes, narrow gaps"
  },
  {
    "id": "i-096",
    "q": "what functions would the regs have given the CTB under the dcsf proposals",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "needs assessment"
      ],
      [
        "CYPP",
        "plan"
      ]
    ],
    "cite": [
      "dcsf:45"
    ],
    "why": "para 45: joint needs assessments, agree the CYPP, evaluate impact, consult parents, oversee other partnerships"
  },
  {
    "id": "i-097",
    "q": "would the board have taken over partners own functions under the 2008 proposals",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "existing functions",
        "own functions",
        "responsible"
      ]
    ],
    "cite": [
      "dcsf:45"
    ],
    "why": "para 45: each partner would continue to be responsible for its existing functions"
  },
  {
    "id": "i-098",
    "q": "how was schools representation on the board meant to work under the 2008 plans",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "Schools Forum"
      ],
      [
        "secondary legislation",
        "local discretion",
        "locally"
      ]
    ],
    "cite": [
      "dcsf:46"
    ],
    "why": "para 46: legislation requires schools on CTBs, Schools Forum represented; views on secondary legislation vs local discretion"
  },
  {
    "id": "i-099",
    "q": "could the schools forum be the only voice for schools on the CTB per the 2008 note",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "sole",
        "not sufficient",
        "unlikely"
      ]
    ],
    "cite": [
      "dcsf:46"
    ],
    "why": "para 46: current statutory functions unlikely to be sufficient for it to be the sole representative body"
  },
  {
    "id": "i-100",
    "q": "did the 2008 note propose a seat on the board for the schools forum",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes",
      "Proposed"
    ],
    "all": [
      [
        "Schools Forum"
      ]
    ],
    "cite": [
      "dcsf:46"
    ],
    "why": "para 46: we also propose that the Schools Forum should be represented"
  },
  {
    "id": "i-101",
    "q": "where did the 2008 note see the voluntary sector fitting into the trust",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "Board",
        "CTB"
      ],
      [
        "consult"
      ]
    ],
    "cite": [
      "dcsf:47"
    ],
    "why": "para 47: consulted on the CYPP; should have a place on any statutory body such as a CTB"
  },
  {
    "id": "i-102",
    "q": "did the 2008 note propose extending the duty to cooperate to the VCS",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "Board",
        "CTB"
      ]
    ],
    "cite": [
      "dcsf:47"
    ],
    "why": "para 47: no proposal to extend the duty to this sector, but a place on the CTB"
  },
  {
    "id": "i-103",
    "q": "what were the 2 main problems with the s10 pooling power",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "delegat"
      ],
      [
        "third sector",
        "voluntary",
        "relevant partners"
      ]
    ],
    "cite": [
      "dcsf:48"
    ],
    "why": "para 48: no power to delegate functions; pooling does not extend beyond relevant partners"
  },
  {
    "id": "i-104",
    "q": "in 2008 did s10 let partners delegate functions to each other",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "delegat"
      ]
    ],
    "cite": [
      "dcsf:48"
    ],
    "why": "para 48: lack of a power to delegate functions in section 10"
  },
  {
    "id": "i-105",
    "q": "where does the power to delegate functions between the LA and the NHS come from",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "section 31",
        "s31",
        "s.31",
        "Health Act 1999"
      ],
      [
        "section 75",
        "s75",
        "s.75",
        "NHS Act 2006",
        "National Health Service Act 2006"
      ]
    ],
    "cite": [
      "dcsf:49"
    ],
    "why": "para 49: section 31 Health Act 1999, replicated in section 75 NHS Act 2006"
  },
  {
    "id": "i-106",
    "q": "per the 2008 note can the police use the s31/s75 delegation powers with us",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "health"
      ]
    ],
    "cite": [
      "dcsf:49"
    ],
    "why": "para 49: restricted to local authorities and health bodies only"
  },
  {
    "id": "i-107",
    "q": "why not just make charities relevant partners so they can pool",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "legal"
      ]
    ],
    "cite": [
      "dcsf:50"
    ],
    "why": "para 50: legal difficulties in including these sectors as relevant partners under s10"
  },
  {
    "id": "i-108",
    "q": "did the 2008 note float letting voluntary and private sector orgs pool funds under s10",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes",
      "Proposed"
    ],
    "all": [
      [
        "pool"
      ]
    ],
    "cite": [
      "dcsf:50"
    ],
    "why": "para 50: may be possible to extend the ability to pool beyond relevant partners; views welcome"
  },
  {
    "id": "i-109",
    "q": "what was the final ask in the dcsf note",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "barrier"
      ]
    ],
    "cite": [
      "dcsf:51"
    ],
    "why": "para 51: views on these points and any other barriers that legislation might address"
  },
  {
    "id": "i-110",
    "q": "was dcsf open to hearing about other legal barriers not covered in the note",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "barrier"
      ]
    ],
    "cite": [
      "dcsf:51"
    ],
    "why": "para 51: welcomes views on any other barriers to effective partnership working"
  },
  {
    "id": "i-111",
    "q": "has the statutory childrens trust guidance been withdrawn?",
    "kind": "answer",
    "type": "change",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "withdrawn"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE 'What will change': as of 31 October 2010 statutory CT guidance is withdrawn"
  },
  {
    "id": "i-112",
    "q": "do we still have to produce a cypp",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "revoke"
      ],
      [
        "31 October 2010",
        "31 Oct 2010"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE: CYPP regulations revoked as of 31 October 2010; CTBs not required to produce a CYPP"
  },
  {
    "id": "i-113",
    "q": "whats happened to the cypp regulations",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "revoke"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE 'What will change': CYPP regulations are revoked"
  },
  {
    "id": "i-114",
    "q": "has the duty to cooperate been taken off schools yet",
    "kind": "answer",
    "type": "change",
    "verdict": [
      "Not yet"
    ],
    "all": [
      [
        "Education Bill"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE: forthcoming Education Bill will (subject to Parliament) remove the duty on schools"
  },
  {
    "id": "i-115",
    "q": "is jcp a relevant partner",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "Jobcentre",
        "Job Centre",
        "JCP"
      ],
      [
        "remove"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE 'Duty to cooperate': Jobcentre Plus in the list; intention to remove it at the next legislative opportunity"
  },
  {
    "id": "i-116",
    "q": "are we still legally required to have a CTB",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "next parliamentary session",
        "next session",
        "next legislative"
      ],
      [
        "31 October 2010",
        "31 Oct 2010"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE 'Children's Trust Boards': can't remove the legal obligation immediately; removal intended next session",
    "conv": "channel"
  },
  {
    "id": "i-117",
    "q": "is the govt scrapping the s10 duty to cooperate altogether",
    "kind": "answer",
    "type": "change",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "no plans"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE 'Duty to cooperate': no plans to remove the s10 duty from legislation"
  },
  {
    "id": "i-118",
    "q": "are they abolishing the lead member and DCS roles",
    "kind": "answer",
    "type": "change",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "no plans"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE 'Lead member and DCS': no plans to repeal the legislation"
  },
  {
    "id": "i-119",
    "q": "which bodies lose the duty to cooperate under the forthcoming education bill",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "maintained schools",
        "schools"
      ],
      [
        "further education",
        "FE and sixth",
        "FE colleges"
      ],
      [
        "academies"
      ],
      [
        "non-maintained special"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE: maintained schools, FE and sixth-form colleges, non-maintained special schools, academies/CTCs"
  },
  {
    "id": "i-120",
    "q": "whos on the relevant partner list now",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "district council"
      ],
      [
        "police"
      ],
      [
        "probation"
      ],
      [
        "Jobcentre",
        "Job Centre",
        "JCP"
      ],
      [
        "31 October 2010",
        "31 Oct 2010"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE 'Duty to cooperate': relevant partners continue to be district councils ... Jobcentre Plus"
  },
  {
    "id": "i-121",
    "q": "if we do our own voluntary plan do relevant partners have to have regard to it",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "voluntary"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE 'CYPP': relevant partners not under any formal duty to have regard to any voluntary plan"
  },
  {
    "id": "i-122",
    "q": "once the education bill goes thru will FE colleges still have to sit on the CTB",
    "kind": "answer",
    "type": "change",
    "verdict": [
      "No"
    ],
    "all": [
      [
        "Education Bill"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE: these bodies will no longer have to be represented on CTBs once the duty is removed",
    "conv": "channel"
  },
  {
    "id": "i-123",
    "q": "whats happened to the 1 april 2011 deadline for the new cypp",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "removed",
        "no longer"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE 'CYPP': requirement to publish a new plan by 1 April 2011 will now be removed"
  },
  {
    "id": "i-124",
    "q": "do schools have to be represented on our CTB at the moment",
    "kind": "answer",
    "type": "yes-no",
    "verdict": [
      "Yes"
    ],
    "all": [
      [
        "Education Bill"
      ],
      [
        "31 October 2010",
        "31 Oct 2010"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE: after the Education Bill these bodies 'will no longer have to be represented', so until then they must be"
  },
  {
    "id": "i-125",
    "q": "whats the govts line on whether areas should keep a CTB",
    "kind": "answer",
    "type": "open",
    "all": [
      [
        "prescrib",
        "proscrib",
        "neither"
      ]
    ],
    "cite": [
      "dfe"
    ],
    "why": "DfE 'Children's Trust Boards': neither prescribing nor proscribing the need for a Board"
  },
  {
    "id": "i-126",
    "q": "the 6 areas in that dcsf/adcs project - which ones were they?",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "para 8 says six local areas but does not name them"
  },
  {
    "id": "i-127",
    "q": "how many responses did the consultation on the draft CT guidance get",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "para 7 gives key issues, not the number of responses"
  },
  {
    "id": "i-128",
    "q": "how much funding was attached to the CT strengthening proposals",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "the 2008 note gives no funding figures"
  },
  {
    "id": "i-129",
    "q": "which councils were 4 star and so exempt from doing a cypp",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "para 27 mentions 4 star authorities but names none"
  },
  {
    "id": "i-130",
    "q": "what did the summary of consultation responses that came out in the autumn actually say",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "para 16 promises a summary; its content is not in the sources"
  },
  {
    "id": "i-131",
    "q": "which FE colleges take learners from over 100 LAs",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "para 22 gives the figure, not the colleges"
  },
  {
    "id": "i-132",
    "q": "how many members should a CTB have and whats the quorum",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "para 45 leaves core membership and procedures to secondary legislation; no numbers given"
  },
  {
    "id": "i-133",
    "q": "who chairs the CTB in the leading areas the note keeps mentioning",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "paras 11/42 refer to leading areas without naming chairs"
  },
  {
    "id": "i-134",
    "q": "how much did PCTs spend on child health last year",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "para 36 would have the CYPP specify spend; no figures in the sources"
  },
  {
    "id": "i-135",
    "q": "whats the LSC budget for 16-19 thats transferring to LAs",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "para 21 describes the transfer, not the budget"
  },
  {
    "id": "i-136",
    "q": "what did back on track actually say about PRU funding",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "para 20 cites Back on Track only for the CT rationale"
  },
  {
    "id": "i-137",
    "q": "how do our GPs sign up to practice based commissioning",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "para 25 mentions practice based commissioning without explaining it"
  },
  {
    "id": "i-138",
    "q": "how many sure start childrens centres are there in england",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "para 26 gives no numbers"
  },
  {
    "id": "i-139",
    "q": "which minister signed off the 2008 legislative options note",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "the note names no minister"
  },
  {
    "id": "i-140",
    "q": "what does the sustainable community strategy have to include by law",
    "kind": "fallback",
    "type": "out-of-scope",
    "all": [],
    "cite": [],
    "why": "para 35 mentions the SCS only as something the CYPP must be consistent with",
    "conv": "channel"
  }
];
