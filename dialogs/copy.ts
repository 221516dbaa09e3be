// The bot's own words (en-GB). Example questions are plain text: a button sends the text
// and the recognizer reads it like anything typed.

export const BOT_NAME = 'Board Assistant';

export const EXAMPLE_QUESTIONS = [
  'Are sixth form colleges relevant partners?',
  'Which bodies are relevant partners?',
  "Does the board have to publish a children and young people's plan?",
  'Was the Learning and Skills Council a relevant partner in 2008?',
  "Has the statutory guidance on children's trusts been withdrawn?",
];

export const ABILITIES = [
  'Which bodies are relevant partners under the duty to cooperate, and which are changing',
  "What the law asks of the Children's Trust Board and the children and young people's plan",
  'Pooled budgets, the Director of Children’s Services and the lead member',
  'How things stood on a given date, for example "in 2008"',
  'Your board\'s obligations on a date ("obligations"), a compliance check during meetings ("compliance check"), and your board\'s profile ("set up our board")',
  'Reminders of board meetings in this chat or channel ("remind us about the board meeting on 12 March at 10:00, 7 days and 1 day before", then "show reminders")',
];

export const SET_UP_BOARD = 'Set up our board';

export const HELP_HEADING = `What ${BOT_NAME} can do`;
export const HELP_INTRO =
  "I can answer questions about what the law asks of a Children's Trust Board and its partners, from the 2008 consultation on strengthening Children's Trusts and the 2010 notice that changed them. Every answer says which date it speaks for and quotes its source.";
/** Where Teams passes the bot only the messages that @mention it, and how to do that. */
export type Scope = 'personal' | 'groupChat' | 'channel';

export const HELP_TIPS: Record<Scope, string> = {
  personal: 'Type "help" at any time.',
  groupChat: `In a group or meeting chat, start your question with @${BOT_NAME}: Teams only passes me the messages that mention me. My card buttons work without it.`,
  channel: `In a channel, start your question with @${BOT_NAME}: Teams only passes me the messages that mention me. My card buttons work without it.`,
};

export const WELCOME_HEADING = `Hello, I'm ${BOT_NAME}`;
export const WELCOME_INTRO =
  "Ask me what the law requires of your Children's Trust Board and its partners, and I'll answer at once with the paragraph it comes from.";

export const GREETING = `Hello! I'm ${BOT_NAME}. I can answer questions about your Children's Trust Board's duties, each with the paragraph it comes from. Ask one, or pick one below.`;

export const YOU_ARE_WELCOME = "You're welcome. I can help with anything else about your board's duties whenever you need me.";

export const FALLBACK_MESSAGE =
  "I can't answer that from the sources I hold. I only know what the 2008 consultation and the 2010 notice say about Children's Trusts, so I'd rather not guess.";
export const FALLBACK_HEADING = 'I can help with:';

/** The fallback's first line when the question used terms the sources do not cover. */
export const notCovered = (terms: string[]): string =>
  `The sources I hold don't cover ${terms.map((t) => `“${t}”`).join(', ')}, so I can't answer that without guessing. I only know what the 2008 consultation note and the 2010 notice say about Children's Trusts.`;

export const NOT_AVAILABLE = "I can't do that here yet. Here is what I can help with.";

export const NO_CONTEXT =
  "I'm not sure what that follows on from. Ask me a whole question, for example: \"Are sixth form colleges relevant partners?\"";

export const UNKNOWN_SUBJECT =
  "That button asks about something I don't hold in my sources (it may be from an old card). Please ask your question in words, for example: \"Are sixth form colleges relevant partners?\"";

export const APOLOGY = "Sorry, something went wrong on my side and I couldn't answer that. Please try again in a moment.";

export const CLARIFY_TAIL = 'Pick one, or ask again in your own words.';

// What a follow-up button sends (and shows as the user's message), and its short title: a
// phone's card fits three short buttons in a row, and the renderer cuts longer ones off.
export const FOLLOW_UP_2008 = 'What about in 2008?';
export const FOLLOW_UP_2008_TITLE = 'In 2008?';
export const FOLLOW_UP_NOW = 'What about now?';
export const FOLLOW_UP_NOW_TITLE = 'Now?';
export const FOLLOW_UP_PARTNERS = 'Which bodies are relevant partners?';
export const FOLLOW_UP_PARTNERS_TITLE = 'All partners';

/** Shown by Teams when a dialog (task module) or a message extension action of this app is asked for: it has none. */
export const NOTHING_TO_OPEN = `${BOT_NAME} has nothing to open here. Ask me a question in the chat instead, or type "help".`;
/** Shown in the message extension pane: this app offers no search. */
export const NO_SEARCH = `${BOT_NAME} has no search here. Ask me a question in the chat instead, or type "help".`;
