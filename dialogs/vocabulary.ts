// The language of the questions, as data: how people ask whether a body is a partner, ask
// for a list, refer back, or ask for help. The law itself (bodies, topics and their cue words)
// comes from the knowledge base; nothing here knows what any source says.

/** Phrases that make a message a question about the duty to cooperate / relevant partners. */
export const PARTNER_PREDICATES = [
  'relevant partner', 'statutory partner', 'duty to cooperate', 'duty to co operate', 'cooperate', 'co operate',
  'co op', 'cooperation', 'covered', 'section 10', 's10', 'bound by', 'under the duty', 'partner', 'in scope',
];

/** Words that ask for a list ("which relevant partners are there?"). */
export const LIST_CUES = ['which', 'who', 'list', 'what are', 'name the', 'all the', 'every', 'how many'];

/** The kinds of yes/no question, by the words that mark them; the first that matches wins. */
export const FORM_CUES: { form: 'removal' | 'stay' | 'proposed'; cues: string[] }[] = [
  { form: 'removal', cues: ['remove', 'removed', 'removal', 'lose', 'losing', 'taken off', 'take off', 'come off', 'taken out', 'dropped', 'drop', 'scrap', 'scrapped', 'no longer', 'repeal', 'repealed', 'abolish', 'abolished'] },
  { form: 'stay', cues: ['stay', 'remain', 'continue', 'keep', 'still be', 'going forward', 'in future', 'survive', 'carry on'] },
  { form: 'proposed', cues: ['propose', 'proposed', 'proposal', 'suggest', 'suggested', 'recommend', 'recommended'] },
];

/** Asking what a source says about something. */
export const ABOUT_CUES = ['say about', 'says about', 'said about', 'tell me about', 'what about', 'how about', 'info on', 'information on', 'anything on', 'anything about', 'mention', 'what did', 'what does'];

/** Words that stand for a body the user has not named. */
export const STAND_INS = new Set([
  'they', 'them', 'it', 'that', 'this', 'those', 'these', 'that one', 'this one', 'one', 'we', 'us', 'you', 'he', 'she',
  'our organisation', 'my organisation', 'our organization', 'my organization', 'organisation', 'organization',
  'our body', 'this body', 'that body', 'body', 'bodies', 'our service', 'my service', 'our team', 'my team', 'our agency', 'agency', 'them all', 'all of them',
  'our partner', 'our partners', 'partners', 'everyone', 'anyone', 'somebody', 'someone', 'this organisation', 'that organisation',
]);

export const HELP_CUES = ['help', 'what can you do', 'what can i ask', 'what do you do', 'how do i use', 'commands', 'menu', 'examples', 'example questions', 'how does this work', 'who are you', 'what are you'];
export const GREETINGS = ['hi', 'hello', 'hey', 'hiya', 'morning', 'good morning', 'good afternoon', 'good evening', 'thanks', 'thank you', 'cheers', 'ta', 'ok', 'okay', 'great', 'yo'];

/** Commands for the other dialogs, by the words that start or mark them. */
export type CommandIntent = 'reminders' | 'obligations' | 'compliance' | 'board-profile';
export const COMMAND_CUES: { intent: CommandIntent; cues: string[] }[] = [
  { intent: 'reminders', cues: ['remind', 'reminder', 'reminders', 'pause reminders', 'resume reminders'] },
  { intent: 'compliance', cues: ['compliance check', 'compliance', 'run a check', 'run the check', 'last check', 'health check'] },
  { intent: 'board-profile', cues: ['set up our board', 'setup our board', 'set up the board', 'board profile', 'our board profile', 'forget our board', 'edit our board', 'show our board', 'update our board', 'forget the board', 'delete our board', 'delete the board', 'remove our board', 'edit the board', 'update the board', 'show the board', 'board details', 'our board details'] },
  { intent: 'obligations', cues: ['obligations', 'obligation summary', 'what must our board do', 'what must the board do', 'what does our board have to do', 'summary as at', 'duties summary', 'our duties', 'statutory duties', 'legal duties', 'what does the board need to do', 'what does our board need to do', 'what must we do', 'what do we have to do', 'board obligations'] },
];

/** Topics offered when a requirement is asked about with no subject ("is it required?"). */
export const REQUIREMENT_TOPICS = ['board-required', 'cypp-publish', 'dcs-appoint', 'lead-member', 'guidance-in-force'];
export const REQUIREMENT_CUES = ['required', 'requirement', 'legal requirement', 'must we', 'have to', 'mandatory', 'compulsory', 'statutory', 'obliged', 'need to'];

/** Years that name a law or a document rather than a date: "Children Act 2004", "2005 guidance". */
export const LAW_YEAR = /\b(act|acts)\s+(19|20)\d{2}\b|\b(19|20)\d{2}\s+(act|acts|guidance|regulations|regs|white paper)\b/gi;

/**
 * What a message must contain for chrono-node to find a date `dateIn` would use: a digit (a
 * year, a day), a casual date ("today", "yesterday"), a relative one ("last year", "this
 * month", "two years ago"), a month or a weekday. Most questions contain none, and a message
 * without one skips chrono's ~40 parsers (about 0.2 ms a message: issue 8's profile).
 * test/recognizer.test.ts checks that chrono finds no usable date in a message without one.
 */
export const DATE_CUES =
  /\d|\b(?:now|today|tonight|tomorrow|tmrw?|yesterday|ago|later|last|past|next|this|coming|upcoming|following|within|current(?:ly)?|moment|(?:year|yr|month|mo|week|wk|fortnight|day|hour|hr|minute|min|second|sec|quarter|qtr|decade)s?|morning|afternoon|evening|night|noon|midnight|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b/i;

/**
 * Common English words: never "corrected" into a word of the knowledge base, so that
 * "Leeds" stays Leeds and does not become "needs".
 */
export const COMMON_WORDS = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he her here
hers him his how i if in into is it its just me more most my no nor not now of off on once only or other our out over own
same she should so some such than that the their them then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yes please thanks thank hello sorry
quick question q tell know think need want like get got make made take give say said still really actually maybe okay just
time weather tomorrow today yesterday week month year years day days morning afternoon evening night leeds london sydney
poem poetry autumn winter summer spring song story joke write writing minute minutes confidential item items agenda meeting
meetings chair chairs vote voting quorum audit audits safeguarding own house housing association associations church football
city cities town village restaurant food lunch dinner coffee tea travel train bus car parking money salary pay pension holiday
email emails password login computer laptop printer teams chat channel message messages file files document documents report
reports paper papers budget budgets spend spending cost costs price prices tax council taxes rent rents weather forecast
rain sun hot cold translate translation french german spanish english language languages recipe cook cooking sport sports
news election elections prime minister minister ministers king queen government parliament bill bills law laws legal lawyer
court courts judge police crime hospital doctor nurse nhs health care social worker workers staff employee employees manager
managers team teams people person child children young family families parent parents school schools college colleges
university student students teacher teachers pupil pupils class lesson lessons exam exams results grade grades
`.split(/\s+/).filter(Boolean);

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
