// The language of the questions, as data: how clerks ask whether something holds, has gone,
// is going, stays or was proposed; how they name a condition, a list, a change, a pronoun,
// or ask for help. The law itself (bodies, topics, their words) comes from the knowledge base;
// nothing here knows what any source says. Patterns run on normalised text (lower case,
// apostrophes dropped, punctuation as spaces: "hasn't" is "hasnt").
import type { QuestionForm } from '../types';

const GONE = 'removed|abolished|scrapped|repealed|revoked|withdrawn|dropped|axed|ended|lifted|cancelled|canceled|rescinded|deleted|binned|ditched|gone|taken (?:off|out|away)|struck off|done away with|got rid of|gotten rid of';
const GO = 'remove|abolish|scrap|repeal|revoke|withdraw|drop|axe|end(?!\\s+up)|lift|cancel|rescind|delete|bin|ditch|take (?:\\w+ ){0,4}(?:off|out|away)|get rid of|do away with';
const GOING = 'removing|abolishing|scrapping|repealing|revoking|withdrawing|dropping|axing|ending|lifting|cancelling|rescinding|ditching|taking (?:\\w+ ){0,4}(?:off|out|away)|getting rid of|doing away with|losing';
/**
 * "Are they removing X?", "will they keep X?", "have they revoked X?": a "they" that acts on
 * something is the Government, not an unnamed subject. Not "are they being removed?", "are
 * they losing the duty?", "are they gone?": there "they" is what is asked about.
 */
const ACTS = `${GO}|${GOING.replace('|losing', '')}|keep|keeping|change|changing|bring(?:ing)? (?:in|back)|add|adding|extend|extending|introduce|introducing|propose|proposing|replace|replacing|cut|cutting|revise|revising|review|reviewing|amend|amending|strengthen|strengthening`;
export const THEY_ACT = new RegExp(`^(?:(?:are|will|would|do|did|can|could|should|might|may)\\s+they\\s+(?:going to\\s+|gonna\\s+|planning to\\s+|plan to\\s+|intending to\\s+|about to\\s+|still\\s+|actually\\s+|really\\s+)?(?:${ACTS})|(?:have|has|had)\\s+they\\s+(?:actually\\s+|really\\s+|now\\s+)?(?:${GONE}|kept|changed|added|extended|introduced|proposed|replaced|cut|revised|reviewed|amended|strengthened))\\s+(?!off\\b|out\\b|from\\b|by\\b)\\w`);
/** Asking whether something is allowed, not whether it is required: "can we still have a CYPP?", "are we allowed to scrap our board?". */
export const PERMISSION = /\b(?:can|could|may|might)\s+(?:we|i|us|our\s+\w+|the\s+(?:la|council|authority|board|partnership))\b|\b(?:are|am|is)\s+(?:we|i|it)\s+(?:still\s+)?(?:allowed|permitted|free|ok|okay|able)\b|\b(?:allowed|permitted)\s+to\b|\bis\s+it\s+(?:ok|okay|fine|legal|lawful)\s+(?:to|for|if)\b/;
/** Asking to give something up: with PERMISSION, "can we get rid of our board?" is the requirement turned round. */
export const GIVING_UP = new RegExp(`\\b(?:${GO}|${GOING}|stop|stopping|do without|not have|not bother|opt out|wind up|close|shut|disband|abandon|ignore|disregard|leave out|leave)\\b`);
/** The words of removal, past and present, as one pattern: "abolished", "scrapped", "taken off". */
export const REMOVAL_WORDS = `${GONE}|${GOING}`;
/** The words of removal, whole: never "corrected" into another word. */
export const CHANGE_WORDS = [GONE, GO, GOING].join('|').replace(/\(\?:[^)]*\)|\\w\+ /g, ' ').split(/[|\s]+/).filter((w) => /^[a-z]{3,}$/.test(w));

/**
 * What a yes/no question asks of a position, by the words that mark it; the first that
 * matches wins. `removing` asks whether a removal is on the way ("is X being scrapped?",
 * "will X be removed?"), `removed` whether it has happened ("has X been removed?").
 */
export const FORM_PATTERNS: { form: Exclude<QuestionForm, 'is'>; pattern: RegExp }[] = [
  { form: 'proposed', pattern: /\b(?:the|a) plans? (?:was |were |is )?to (?:bring|add|extend|make|put|include|require|give)\b|\b(?:planning|planned|plans|intending|intended) to (?:make|bring|put|extend|add|require|give|set up|establish|create|introduce)\b|\b(?:was|is) the (?:idea|plan|proposal|intention|aim) (?:to|that)\b|\bthe (?:idea|proposal|intention|aim) (?:was|is) (?:to|that)\b|\b(?:propos(?:e|ed|es|al|als|ing)|suggest(?:ed|s|ion|ions)?|recommend(?:ed|s|ation|ations)?|float(?:ed)?|mooted)\b|\b(?:2008|dcsf|consultation) (?:plans|ideas|options|note|paper)\b.*\bwould\b|\bwould\b.*\b(?:2008|dcsf) (?:plans|ideas|options|proposals?)\b|\bwould\b(?:\s+\w+){1,12}\s+(?:in |\()?2008\b|\b(?:2008|dcsf) (?:note|paper|document|consultation)\b(?:\s+\w+){0,2}?\s+(?:say|said|think|thought|want|wanted|argue|argued)\b.*\bshould\b|\b(?:2008|dcsf) (?:note|paper|document|consultation|proposals?|plans?)\b(?:\s+\w+){0,2}?\s+(?:want|wanted|envisage|envisaged|favour|favoured|intend|intended)\b/ },
  { form: 'adding', pattern: /\b(?:being|be|to be|going to be|gonna be|will be|set to be|due to be)\s+(?:brought (?:in|into|under)|added|made (?:a |relevant )|included|put under|extended to)\b|\b(?:going to|gonna|will|set to|due to)\s+(?:become|join)\b|\b(?:becoming|bringing (?:\w+ ){0,3}(?:in|into|under)|adding)\b(?!.*\bpropos)/ },
  { form: 'removing', pattern: /\b(?:will|would|going to|gonna)\b(?:\s+\w+){0,4}\s+be\s+off\s+(?:the\s+)?(?:\w+\s+)?list\b|\b(?:coming|come|going|taken|take|taking)\s+off\s+(?:the\s+)?(?:\w+\s+)?list\b/ },
  { form: 'removing', pattern: new RegExp(`\\b(?:being|be|gonna be|going to be|set to be|due to be|about to be|planned to be)\\s+(?:\\w+\\s+)?(?:${GONE})\\b`) },
  { form: 'removing', pattern: new RegExp(`\\b(?:will|would|going to|gonna|plans? to|planning to|intends? to|intending to|intention to|set to|due to|about to|want to|wants to|aim to|aims to)\\s+(?:\\w+\\s+){0,6}(?:${GO})\\b`) },
  { form: 'removing', pattern: new RegExp(`\\b(?:${GOING})\\b`) },
  { form: 'removing', pattern: /\b(?:will|would|going to|gonna)\b(?:\s+\w+){0,5}\s+(?:go|disappear|stop|end|cease|lapse)\b(?!\s+(?:to|through|ahead|on)\b)/ },
  { form: 'removing', pattern: /\b(?:lose|on the way out|going away|coming off|come off|go away|phased out|phase out)\b|\b(?:is|are)\b(?:\s+\w+){1,7}\s+going\b(?!\s+to\b)/ },
  { form: 'removing', pattern: /\b(?:removal|abolition|repeal)\b.*\b(?:planned|announced|coming|proposed|intended|expected)\b|\bplans? (?:for|to) (?:the )?(?:removal|abolition|repeal)\b/ },
  { form: 'removed', pattern: new RegExp(`\\b(?:has|have|hasnt|havent|had|is|are|was|were|isnt|arent|wasnt|werent|been|got|get)\\b(?:\\s+\\w+){0,8}?\\s+(?:${GONE})\\b`) },
  { form: 'removed', pattern: new RegExp(`\\b(?:did|didnt|has|have|had)\\b(?:\\s+\\w+){0,8}?\\s+(?:${GO})\\b`) },
  // "does the Education Bill get rid of the board requirement?": what a bill does is what it will do
  { form: 'removing', pattern: new RegExp(`\\b(?:does|do|doesnt|dont)\\b(?:\\s+\\w+){0,6}?\\s+(?:${GO})\\b`) },
  { form: 'removed', pattern: /\b(?:no longer|lost|dropped off|fallen away|gone away|stop(?:ped)? being|ceased? (?:to be|being))\b|\b(?:is|are|was|were)\b(?:\s+\w+){0,4}\s+off\s+(?:the\s+)?(?:\w+\s+)?list\b/ },
  { form: 'stays', pattern: /\b(?:stay|stays|staying|remain|remains|remaining|continue|continues|continuing|keep|keeps|kept|keeping|survive|survives|retain|retains|retained|carry on|carries on|going forward|in future|in the future|from now on)\b/ },
  { form: 'stays', pattern: /\b(?:will|would|going to|gonna)\b(?:\s+\w+){0,12}\s+still\b|\bstill\b(?:\s+\w+){0,3}\s+(?:after|once|when)\b/ },
  // terse and long questions the patterns above miss: a word of removal anywhere still marks it ("cypp regs gone?",
  // "jcp off the list?", "is the lead member requirement for children's services actually going?")
  { form: 'removing', pattern: /\bgoing(?:\s+away)?\s*$|\b(?:is|are)\b.*\bgoing\b(?!\s+(?:to|through|ahead|on|forward)\b)/ },
  { form: 'removed', pattern: new RegExp(`\\b(?:${GONE})\\b|\\boff\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}list\\b`) },
];

/** "Did the Government go ahead with the joint CYPP that was proposed?": whether it was done, not whether it was proposed. */
export const IMPLEMENTED = /\b(?:go|goes|went|gone|going) ahead with\b|\b(?:carried|carry|carrying) out\b|\bimplement(?:ed|ing)?\b|\b(?:taken|took|take) forward\b|\bfollowed through\b|\b(?:made|make) (?:it )?law\b|\b(?:became|become|becomes) law\b|\bput into (?:law|effect|practice)\b|\bactually happen(?:ed)?\b/;

/** Words that ask whether it has happened already: "is X going straight away?" asks if it has gone. */
export const IMMEDIACY = /\b(?:straight away|right away|immediately|yet|already|at once|now)\b/;

/** Words that make a means a condition: "once the Education Bill passes", "after the next session". */
export const CONDITION_IF = '(?:once|when|after|if|assuming|should|provided|supposing|post|following)';
export const CONDITION_PASSES = '(?:pass|passes|passed|goes through|go through|gone through|is through|through|enacted|becomes law|become law|approved|approves|comes in|come in|in force|gets royal assent|royal assent|is law|takes effect|take effect|happens|happen|goes ahead|go ahead|is done)';
/** A condition that names no means: any announced change ("once the changes go through", "if Parliament approves"). */
export const ANY_CHANGE_CONDITION = new RegExp(
  `\\b${CONDITION_IF}\\b(?:\\s+\\w+){0,3}?\\s+(?:the |that )?(?:bill|bills|legislation|changes|change|new law|law change|act|removal|parliament)\\b(?:\\s+\\w+){0,3}?\\s+${CONDITION_PASSES}\\b|\\bif parliament (?:approves|agrees|passes|says yes)\\b|\\b(?:once|when|after) (?:it|they|that|this) (?:is |are |has |have )?(?:passed|through|gone through|approved|enacted)\\b`,
);

/** "What changed ...", "what's different ...", "how has X changed since 2008": a change question. */
export const CHANGE_PATTERNS: RegExp[] = [
  /\bwhat (?:\w+ )?(?:has |have |had |did )?(?:chang|happen|mov|shift|differ)\w*\b/,
  /\bwhat s (?:chang|happen|different|new|differ)\w*\b/,
  /\bwhats (?:chang|happen|different|new|differ)\w*\b/,
  /\bhow (?:has|have|did|does|is|are|was|were)\b(?:\s+\w+){0,8}\s+(?:chang|mov|shift|develop|differ|evolv)\w*\b/,
  /\b(?:what is|whats|what s|what are) (?:the )?(?:change|changes)\b|\b(?:what is|whats|what s|what are) (?:the )?differences?\b(?=.*\b(?:(?:19|20)\d{2}|note|notice|now|then|today)\b)/,
  /\bwhat (?:did|does|will|would) (?:the )?(?:\w+ ){1,5}change\b/,
  /\bwhat (?:changes|differences)\b/,
  /\bwhat (?:is|are|will|would|does|do)\b(?:\s+\w+){0,6}\s+(?:going to |gonna |to )?chang\w*\b/,
  /\bwhat will (?:chang|happen)\w*\b/,
  /\b(?:compare|compared|comparison|versus|vs)\b/,
  // "the difference between 2008 and now"; not "the difference between a relevant partner and an other partner"
  /\bdiff(?:erence|erences)? between\b(?=.*\b(?:(?:19|20)\d{2}|note|notice|now|then|today)\b)/,
  /\b(?:summar\w*|overview|outline|sum up|key points|headlines?|rundown|run down|recap)\b.*\bchanges?\b/,
];

/** "Has the position on Boards changed since 2008?", "anything changed for the DCS?", "has anyone been added since 2008?": a change question asked yes/no. */
export const CHANGED_ASK = /\b(?:anyone|anybody|any bod(?:y|ies)|any organisations?)\b.*\b(?:added|removed|dropped|lost|lose|taken off|joined|left|come off|gone|brought in)\b|^(?:(?!what|who|why|how|which|when|where)\w+\s+){0,3}?(?:has|have|had|did)\b(?:\s+\w+){0,10}?\s+(?:changed|change|moved on|shifted)\b|\banything (?:changed|change|new|different)\b/;

/** Words that ask when: the answer is a date, or the sources' silence about one. */
export const WHEN = /\b(?:when|what date|which date|by when|how soon|what day|what year|deadline|since when|how long ago)\b/;
/** Words that ask why: the answer is the sources' reasons, quoted. */
export const WHY = /\b(?:why|how come|reason|reasons|rationale|what for|purpose of|the point of|justification)\b/;

/** Open-question starts: the answer is a statement, not a verdict. */
export const OPEN_START = /^(?:(?:and|so|ok|okay|hi|hey|hello|please|pls|quick q|quick question|quick one|sorry|just|also|team|all)\s+)*(?:what|whats|which|who|whos|whose|whom|when|where|why|how|tell|explain|describe|list|summarise|summarize|give|show|name|define|outline)\b/;
/** Yes/no starts: an auxiliary first (after any chatter). */
export const YES_NO_START = /^(?:(?:and|so|ok|okay|hi|hey|hello|please|pls|quick q|quick question|quick one|sorry|just|also|team|all|but|now|then|in \d{4}|\d{4}|earlier in \d{4}|before \w+(?: \d{4})?|after \w+(?: \d{4})?|today|currently|as of now|as things stand|(?:under )?(?:the )?\d{4} (?:plans|proposals|proposal|ideas)|once the \w+(?: \w+)? (?:passes|goes through|is through)|once the (?:education )?bill passes|if (?:the )?\w+(?: \w+)? (?:passes|goes through))\s+)*(?:is|are|was|were|am|do|does|did|has|have|had|will|would|shall|should|can|could|may|might|must|need|needs|isnt|arent|wasnt|werent|dont|doesnt|didnt|hasnt|havent|wont|wouldnt|shouldnt|cant|couldnt|mustnt|r)\b/;

/** Phrases that make a question about a body's place under the duty to cooperate (relevant-partner status). */
export const PARTNER_CUES = [
  'relevant partner', 'relevant partners', 'statutory partner', 'statutory partners', 'duty to cooperate', 'duty to co operate',
  'cooperate', 'co operate', 'co op', 'coop', 'covered', 'bound by', 'under the duty', 'the duty', 'in scope', 'on the list', 'the list',
  'on the section 10 list', 'section 10 list', 'partner list', 'named partner', 'named partners', 'relevant partner status', 'under section 10',
  'covered by section 10', 'under the section 10 duty', 'a partner', 'still a partner', 'still partners', 'partners now', 'partners still', 'subject to the duty', 'subject to section 10',
];

/**
 * Shorthand clerks type, written out before a message is read: "c&yp plan", "the LA",
 * "s10", "govt", "regs". Phrases first, then single words.
 */
export const PHRASE_EXPANSIONS: [RegExp, string][] = [
  [/\bc and yp\b/g, 'children and young people'],
  [/\bc and yps\b/g, 'children and young peoples'],
  [/\bsec of state\b/g, 'secretary of state'],
  [/\bsos\b/g, 'secretary of state'],
  [/\bs (10|17|31|38|68|75|114)\b/g, 'section $1'],
  [/\bs\.? ?(10|17|31|38|68|75|114)\b/g, 'section $1'],
  [/\bsect? (10|17|31|38|68|75|114)\b/g, 'section $1'],
  [/\bacc to\b/g, 'according to'],
  // typos of real words the speller leaves alone
  [/\bsixth from\b/g, 'sixth form'],
  [/\bsix form\b/g, 'sixth form'],
];
export const WORD_EXPANSIONS: Record<string, string> = {
  s10: 'section 10', s17: 'section 17', s31: 'section 31', s38: 'section 38', s68: 'section 68', s75: 'section 75', s114: 'section 114',
  ct: 'childrens trust', cts: 'childrens trusts', govt: 'government', gov: 'government', govts: 'governments',
  regs: 'regulations', reg: 'regulation', org: 'organisation', orgs: 'organisations', rep: 'representative', reps: 'representatives',
  cos: 'because', coz: 'because', cuz: 'because', bc: 'because', wud: 'would', wuld: 'would', wat: 'what', wot: 'what', whos: 'who is',
  r: 'are', u: 'you', ur: 'your', yr: 'year', yrs: 'years', info: 'information', dept: 'department', cyp: 'children and young people',
  yp: 'young people', rn: 'now', tmrw: 'tomorrow', pls: 'please', plz: 'please', thx: 'thanks', gonna: 'going to', wanna: 'want to',
  coop: 'cooperate', 'co-op': 'cooperate', pct: 'pct', mins: 'minutes', apa: 'annual performance assessment',
  hav: 'have', cld: 'could', wld: 'would', shd: 'should', wd: 'would', b4: 'before', bcos: 'because', becos: 'because', tho: 'though',
  thru: 'through', govmt: 'government', gvt: 'government', tor: 'terms of reference', tors: 'terms of reference',
  // short typos the speller leaves alone (it corrects words of five letters or more)
  stil: 'still', stll: 'still', hv: 'have', hve: 'have', wil: 'will', shld: 'should', ned: 'need', nd: 'need', dnt: 'dont',
  vol: 'voluntary', goin: 'going', gona: 'going to', jst: 'just', whn: 'when', wen: 'when', hw: 'how', abt: 'about', nw: 'now', bord: 'board', cyyp: 'cypp', cpp: 'cypp',
};

/**
 * Verbs that carry no subject of their own in a question ("did the note propose *adding*
 * PRUs", "what did it *say* about GPs"): they need not appear in the passage that answers.
 */
export const SOFT_WORDS = `add adds added adding extend extends extended extending bring brings brought bringing put puts putting become becomes became
becoming apply applies applied applying include includes included including make makes making give gives
gave giving keep keeps kept keeping carry carries carried come comes came coming start starts started starting want wants wanted
happen happens happened use uses used using go goes went gone going feed feeds help helps helped work works
worked working deal deals dealt find found think thought see seen sit sits sat stand stands run runs ran hold holds held move moves
moved set sets part parts kind kinds way ways thing things basically generally actually really also exactly just mainly main key
idea ideas happen stuff bit bits lot lots sort mention mentions mentioned talk talks talked say said says`
  .split(/\s+/)
  .filter(Boolean);

/** Questions that want a number: the answer must give one. */
export const WANTS_NUMBER = /\bhow (?:many|much|often|long)\b|\bwhat (?:percentage|proportion|amount|number|sum)\b/;
/** What counts as giving one. */
export const GIVES_NUMBER = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|annual|annually|each year|every year|dozen|hundred|thousand|million)\b/i;
/** A paragraph of a numbered source asked about by number: "what's para 13 about?", "the last para". */
export const PARA_ASKED = /\b(?:para|paras|paragraph|paragraphs|para no|paragraph no)\s+(\d{1,3})\b|\b(first|last|final|closing|opening) (?:para|paragraph)\b|\b(?:finish|finishes|finished|end|ends|ended|close|closes|closed|conclude|concludes|concluded) (?:by|with|on) (?:asking|a request|an ask)\b|\b(final|closing|last) (?:ask|request|question)\b/;

/** Numbers that are names, not amounts: sections, paragraphs, years, "16–19". */
export const NOT_AN_AMOUNT = /\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\b(?:section|sections|para|paras|paragraph|act|s)\s+\d+|\b(?:19|20)\d{2}\b|\b\d+\s*[–-]\s*\d+\b|\b\d+(?:st|nd|rd|th)\b|\b4[ -]star\b/gi;
/** Questions that want what something found: the answer must report a finding, not mention one to come. */
export const WANTS_FINDING = /\b(?:find|found|findings|conclude|concluded|conclusions?|results?|recommend(?:ed|ations?)?|discover(?:ed)?|learn(?:t|ed)?)\b/;
export const GIVES_FINDING = /\b(?:found|shown|showed|shows|concluded|concludes|revealed|reveals|indicated|indicates|demonstrated)\b/i;

/** A sentence that gives a reason: what a "why?" question is answered with, where the passage has one. */
export const GIVES_REASON = /\b(?:to provide|in order to|so as to|because|that is why|which is why|the reason|to ensure|to reduce|to give|to let|to allow|would mean|as a result|in the light of)\b/i;

/** Questions that want a date: the answer must give one. */
export const WANTS_DATE = /^(?:\w+\s+){0,3}?(?:when|by when|what date|which date|since when)\b|\bdeadlines?\b/;
/** "Who carried out the research?": the answer must name someone. */
export const WANTS_WHO = /^(?:\w+\s+){0,2}?who\b(?!\s+(?:are|were|is)\s+(?:the\s+)?(?:relevant|statutory|other)\b)/;
export const GIVES_WHO = /\b(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*|ministers?|government|secretary of state|local authorit(?:y|ies)|partners|schools?|board|dcsf|dfe|authorit(?:y|ies)|councils?|councillors?|citizens?|professionals?|communit(?:y|ies)|community groups|families|forums?|colleges?|sector|bodies|agencies|services|teams|practices)\b/;
/** "What are the five ECM outcomes?": the answer must list that many. */
export const WANTS_ITEMS = /\bwhat (?:are|were) (?:the |all )?(\d+|two|three|four|five|six|seven|eight|nine|ten)\b/;
/** Nouns that head the name of a body, a law or a document: "health and wellbeing *board*", "YOT management *board*". */
export const HEAD_NOUNS = new Set(['board', 'boards', 'forum', 'forums', 'trust', 'trusts', 'partnership', 'partnerships', 'team', 'teams', 'service', 'services', 'council', 'councils', 'act', 'acts', 'bill', 'bills', 'grant', 'grants', 'fund', 'funds', 'strategy', 'agreement', 'agreements', 'panel', 'panels', 'committee', 'committees', 'group', 'groups', 'commissioner', 'commissioners', 'officer', 'officers']);
export const GIVES_DATE = /\b(?:(?:19|20)\d{2}|january|february|march|april|may|june|july|august|september|october|november|december|autumn|spring|summer|winter|immediately|at once)\b/i;

/** Words that make a sentence say the opposite of a plain yes. */
export const NEGATION = /\b(?:no|not|nor|neither|never|none|unlikely|cannot|cant|isnt|arent|wasnt|werent|doesnt|dont|didnt|wont|lack|absence|insufficient|little)\b/;
/** Words that make a sentence a proposal rather than a statement of the law. */
export const PROPOSING = /\b(?:propose|proposed|proposal|would|could|should|option|options|welcome views|we believe|strong case|invites comment|requiring|extending|establishing|strengthening)\b/;

/** Asking what a source says about something. */
export const ABOUT_CUES = ['say about', 'says about', 'said about', 'tell me about', 'latest on', 'update on', 'news on', 'status of', 'happening with', 'where are we with', 'state of play', 'what about', 'how about', 'info on', 'information on', 'anything on', 'anything about', 'mention', 'what did', 'what does', 'what do', 'position on', 'line on', 'view on', 'views on'];

/**
 * Words a question uses for what the sources say in other words: a question's "scrapped" is
 * answered by a passage that says "removed". Each entry's words are all one another's.
 */
export const SYNONYMS: Record<string, string[]> = {
  remove: ['scrap', 'abolish', 'repeal', 'revoke', 'withdraw', 'drop', 'axe', 'end', 'lift', 'cancel', 'rescind', 'ditch', 'lose', 'gone', 'get rid', 'removal', 'revocation', 'abolition', 'withdrawal'],
  council: ['authority', 'authorities', 'la', 'las'],
  government: ['govt', 'gov', 'ministers', 'minister', 'coalition', 'dfe', 'dcsf', 'secretary of state'],
  board: ['ctb', 'ctbs', 'trust board'],
  plan: ['cypp', 'cypps', 'plans'],
  regulations: ['regs', 'regulation', 'secondary legislation'],
  cooperate: ['co-operate', 'coop', 'cooperation', 'co-operation'],
  wellbeing: ['well-being', 'well being'],
  guidance: ['guidelines', 'guideline'],
  require: ['required', 'requirement', 'obliged', 'compulsory', 'mandatory'],
  propose: ['proposal', 'suggest', 'recommend', 'option', 'options', 'idea', 'ideas', 'plan to'],
  schools: ['school', 'head teachers', 'headteachers'],
  share: ['pool', 'pooling', 'pooled'],
  money: ['funding', 'funds', 'fund'],
  ban: ['proscribe', 'proscribing', 'prohibit', 'forbid', 'banning', 'banned'],
  happen: ['place', 'held'],
  problem: ['issue', 'issues', 'barrier', 'barriers', 'obstacle', 'obstacles', 'difficulty', 'difficulties', 'weakness', 'drawback', 'limitation', 'limiting', 'wrong'],
  prefer: ['preferred', 'preference', 'balance', 'rather'],
  role: ['part', 'contribution', 'responsibilities', 'responsibility'],
  link: ['linking', 'linked', 'relate', 'relates', 'relationship', 'informs', 'consistent', 'align', 'aligned'],
  consistent: ['consistency', 'consistently'],
  consult: ['consultation', 'consulted', 'comments', 'views', 'responses', 'respond', 'feedback'],
  early: ['earlier'],
  reason: ['rationale', 'case', 'why'],
  represent: ['representation', 'represented', 'seat', 'sit on', 'member', 'membership', 'place', 'speak for', 'speaks for', 'voice for'],
  deadline: ['by', 'date'],
  children: ['child', 'young people', 'kids'],
  end: ['ended', 'close', 'closed', 'closing', 'finish', 'finished'],
  examine: ['look at', 'look into', 'looking at', 'looking into', 'explore', 'exploring', 'review whether'],
  issue: ['issued', 'publish', 'published', 'release', 'released', 'come out', 'came out'],
  strengthen: ['beef up', 'beefing up', 'bolster', 'toughen', 'reinforce', 'stronger'],
  revise: ['revised', 'update', 'updated', 'rewrite', 'rewritten', 'new version'],
  flexibility: ['freedom', 'freedoms', 'flexible'],
  prescription: ['red tape', 'bureaucracy', 'bureaucratic', 'burden', 'burdens', 'prescriptive'],
  duration: ['how long', 'last for', 'lifespan'],
  delegate: ['hand over', 'handing over', 'delegation', 'delegating'],
  uniformity: ['uniform', 'one size fits all'],
  parliament: ['parliamentary'],
  exempt: ['exemption', 'skip', 'excused', 'let off', 'opt out'],
  define: ['definition', 'defined', 'defines', 'describe', 'describes', 'described', 'description', 'counts as'],
  show: ['shows', 'showed', 'shown', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'demonstrate', 'demonstrates'],
  identify: ['identification', 'spot', 'spotting', 'spotted', 'pick up', 'picking up', 'picked up'],
  additional: ['extra'],
  abandon: ['abandoned', 'dropped', 'drop', 'gave up', 'give up', 'ditched'],
};

/** Words that ask for a list ("which relevant partners are there?"). */
export const LIST_CUES = ['which', 'who', 'whos', 'list', 'what are', 'what were', 'what is the list', 'what was the list', 'name the', 'all the', 'every', 'how many', 'which bodies', 'which organisations'];

/** Words that stand for a subject the user has not named: ask back which one. */
export const STAND_INS = new Set([
  'they', 'theyre', 'them', 'it', 'that', 'this', 'those', 'these', 'one', 'he', 'she', 'its', 'their',
  'organisation', 'organization', 'organisations', 'organizations', 'body', 'bodies', 'agency', 'agencies', 'partner', 'partners', 'service', 'services',
  'team', 'post', 'role', 'thing', 'requirement', 'duty', 'everyone', 'anyone', 'somebody', 'someone', 'org', 'orgs', 'provider', 'providers',
]);
/** Determiners that make a generic word a stand-in ("this organisation", "our partner"). */
export const STAND_IN_DETERMINERS = new Set(['this', 'that', 'these', 'those', 'our', 'my', 'your', 'their', 'the', 'a', 'an', 'its']);

export const HELP_CUES = ['help', 'what can you do', 'what can i ask', 'what do you do', 'how do i use', 'commands', 'menu', 'examples', 'example questions', 'how does this work', 'who are you', 'what are you'];
export const GREETINGS = ['hi', 'hello', 'hey', 'hiya', 'morning', 'good morning', 'good afternoon', 'good evening', 'yo'];
export const THANKS = ['thanks', 'thank you', 'cheers', 'ta', 'thx', 'ty', 'great', 'perfect', 'brilliant', 'lovely', 'ok', 'okay', 'got it', 'nice one', 'much appreciated'];

/** Commands for the other dialogs, by the words that start or mark them. */
export type CommandIntent = 'reminders' | 'obligations' | 'compliance' | 'board-profile';
export const COMMAND_CUES: { intent: CommandIntent; cues: string[] }[] = [
  { intent: 'reminders', cues: ['remind', 'reminder', 'reminders', 'pause reminders', 'resume reminders'] },
  { intent: 'compliance', cues: ['compliance check', 'compliance', 'run a check', 'run the check', 'last check', 'health check'] },
  { intent: 'board-profile', cues: ['set up our board', 'setup our board', 'set up the board', 'board profile', 'our board profile', 'forget our board', 'edit our board', 'show our board', 'update our board', 'forget the board', 'delete our board', 'delete the board', 'remove our board', 'edit the board', 'update the board', 'show the board', 'board details', 'our board details'] },
  { intent: 'obligations', cues: ['obligations', 'obligation summary', 'what must our board do', 'what must the board do', 'what does our board have to do', 'summary as at', 'duties summary', 'our duties', 'statutory duties', 'legal duties', 'what does the board need to do', 'what does our board need to do', 'what does the board have to do', 'what must our board do now', 'what must we do', 'what do we have to do', 'board obligations'] },
];

/**
 * Within a command, what it asks of its feature: the first action named wins; with none, the
 * dialog does its default (show the board profile; post a new compliance check).
 */
export const COMMAND_ACTIONS: Partial<Record<CommandIntent, { action: string; cues: string[] }[]>> = {
  'board-profile': [
    { action: 'forget', cues: ['forget', 'delete', 'remove', 'clear', 'wipe', 'erase'] },
    { action: 'edit', cues: ['set up', 'setup', 'edit', 'update', 'change', 'create', 'new'] },
  ],
  // "last compliance check", "show the previous check": the stored result, not a new check
  compliance: [{ action: 'last', cues: ['last', 'previous', 'latest', 'most recent', 'result', 'results', 'outcome'] }],
};

/** Topics offered when a requirement is asked about with no subject ("is it required?"). */
export const REQUIREMENT_TOPICS = ['board-required', 'cypp-publish', 'dcs-appoint', 'lead-member', 'guidance-in-force'];
/** Topics offered when a change is asked about with no subject ("has it been removed?"). */
export const CHANGE_TOPICS = ['duty-to-cooperate', 'board-required', 'cypp-publish', 'guidance-in-force'];

/** Years that name a law or a document rather than a date: "Children Act 2004", "2005 guidance". */
export const LAW_YEAR = /\b(act|acts)\s+(\(?)(19|20)\d{2}\b\)?|\b(19|20)\d{2}\s+(act|acts|guidance|regulations|regs|white paper|cypp|cypps|plan|plans)\b/gi;

/**
 * What a message must contain for chrono-node to find a date: a digit, a casual date
 * ("today"), a relative one ("last year"), a month or a weekday. A message without one
 * skips chrono's parsers.
 */
export const DATE_CUES =
  /\d|\b(?:now|today|tonight|tomorrow|tmrw?|yesterday|ago|later|last|past|next|this|coming|upcoming|following|within|current(?:ly)?|moment|(?:year|yr|month|mo|week|wk|fortnight|day|hour|hr|minute|min|second|sec|quarter|qtr|decade)s?|morning|afternoon|evening|night|noon|midnight|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b/i;

/** A question about the present: the answer says first that the latest source may be out of date. */
export const NOW_WORDS = /\b(today|now|currently|current|at the moment|this year|these days|presently|at present|nowadays|as things stand|still)\b/i;

/**
 * Words that carry no content of their own in a question: function words, chatter, the
 * words of asking ("what did the note say about"), and names for the sources themselves.
 * Every other word of a question must be understood, or the question is out of scope.
 */
export const QUESTION_WORDS = `a about above according acc actually after again against all along also although am an and any anybody anyone anything
anyway are arent around as ask asked asking at be because been before being below between both briefly bit but by can cant
could couldnt currently did didnt do does doesnt doing done dont during each eg either else er erm even ever every exactly
exact exist exists existed far few fine for from further generally get gets getting give given go going gonna got gotta had
hadnt has hasnt have havent having he hello help her here hey hi him his how however i ie if im in indeed into is isnt it
its itself ive just kind know let lets like likely lot lots made make many may maybe me mean meant means mention
mentioned mentions might mine more most much must mustnt my myself need needed needs neither no nor not nothing now of off
oh ok okay on once one only or other others otherwise ought our ours out over per perhaps please pls point possible possibly
probably q question quick quite rather re really regarding right say said saying says see seem seems shall she should
shouldnt since so some someone something sorry sort still such sure tell telling than thank thanks that thats the their
theirs them then there these they thing things think this those though through thus to told too true truly under until up
upon us use used very via want wanted wants was wasnt way we well were werent what whatever whats when whenever where
whereas whether which while who whole whom whos whose why will with within without wont would wouldnt yeah yes yet you
your yours anymore any more currently today tomorrow yesterday year years date dates day days time times
note notes notice notices paper papers document documents doc docs source sources text dcsf dfe
department departments say says said mention mentions mentioned talk talks talked state states stated describe describes
described explain explains explained set sets wrote write written word words line lines letter because
body bodies organisation organisations organization organizations agency agencies partner partners government governments
people person example examples case cases situation position view views line stance approach back instead late reckon
reckons reckoned trying try tried footing mo moment caught treat treated hook altogether pack wrong tricky big fit fits towards less
latest consider considered involved anyway basically exactly originally straight away true right correct someone
told heard apparently believe understand guess assume presume wonder wondering ask asking asked explain explaining members member
colleagues colleague boss count counts counted tier county shire quick check checking confirm
confirming clarify clarification please thanks cheers hi hello morning afternoon just wanted wants keen remind reminder again
still yet already also too either whether perhaps maybe really simply clearly definitely certainly generally usually typically
currently presently recently lately nowadays today bit lot lots kind sort type types whole entire plus minus versus vs etc ie eg
one two three four five six seven eight nine ten ahead basis docs bits proposal proposals option options idea ideas own
para paras paragraph paragraphs supposed`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Words of obligation: part of asking whether something is required (they are understood
 * when the question is answered from a requirement's timeline), but words a passage must
 * speak to when one answers instead ("is the LSP a *statutory* body?").
 */
export const REQUIREMENT_WORDS = `law laws legal legally legislation statutory statute required require requires requirement requirements requiring
obliged obligation obligations obligatory compulsory mandatory allowed allow allows permitted permit able duty duties must need
needs needed`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Common English words that are never spelling mistakes for a word of the knowledge base,
 * so that "Leeds" stays Leeds and does not become "needs". Being common does not make a
 * word understood: only the knowledge base's own words and QUESTION_WORDS are.
 */
export const COMMON_WORDS = `weather tomorrow today yesterday leeds london sydney manchester birmingham poem poetry autumn winter summer spring song
story joke write writing minute minutes confidential item items agenda meeting meetings chair chairs chaired chairing vote voting
quorum audit audits safeguarding own house housing association associations church churches football city cities town village
restaurant food lunch dinner coffee tea travel train bus car parking money salary pay pension holiday email emails password
login computer laptop printer teams chat channel message messages file files report reports budget budgets cost costs price
prices tax taxes rent rents forecast rain sun hot cold translate translation french german spanish english language languages
recipe cook cooking sport sports news election elections prime minister king queen court courts judge crime hospital doctor
nurse care social worker workers staff employee employees manager managers team people person child children young family
families parent parents school schools college colleges university student students teacher teachers pupil pupils class
lesson lessons exam exams results grade grades public publish health adult adults officer officers chief director directors
annual annually often frequency fund funds funding grant grants inspect inspects inspection inspections ofsted admission
admissions refer referral referrals officer website minutes film films score scores bake plans weekend friday monday tuesday
wednesday thursday saturday sunday`
  .split(/\s+/)
  .filter(Boolean);

/** The words the patterns above are written in: a message's words that are never corrected away. */
export function patternWords(): string[] {
  const sources = [
    ...FORM_PATTERNS.map((f) => f.pattern.source), ANY_CHANGE_CONDITION.source, CONDITION_IF, CONDITION_PASSES, ...CHANGE_PATTERNS.map((p) => p.source),
    WHEN.source, WHY.source, OPEN_START.source, YES_NO_START.source, IMMEDIACY.source, NOW_WORDS.source,
  ];
  return [...new Set(sources.join(' ').replace(/\\[bswd]/g, ' ').split(/[^a-z]+/).filter((w) => w.length >= 3))];
}
