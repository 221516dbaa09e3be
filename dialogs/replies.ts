// Builds the reply activities from the knowledge engine's answer and the recognizer's
// choices. One message per reply: Teams shows an activity carrying both text and a card as
// two messages, so a reply is a card alone (whose first TextBlock carries the verdict or the
// direct answer: the chat list preview shows it) or short text alone.
import type { Activity, CardAction, ConversationAccount } from 'botbuilder';
import { ActionTypes, MessageFactory } from './sdk';
import type { Answer, Query } from '../knowledge/types';
import type { Choice } from '../knowledge/understand/types';
import {
  ASK_EXAMPLE,
  answerCard,
  answerView,
  button,
  clarifyCard,
  fallbackCard,
  helpCard,
  questionChoices,
  welcomeCard,
  type Button,
  type CardAttachment,
  type HelpView,
} from '../cards';
import * as copy from './copy';

/** Teams shows at most this many suggested actions; the card lists every choice. */
const SUGGESTED_ACTIONS_SHOWN = 3;

/** A one-message reply: the card alone, its own first TextBlock is what the chat list shows. */
export const cardOnly = (card: CardAttachment): Partial<Activity> => MessageFactory.attachment(card);

/** Follow-up buttons for an answer: another date, and the list of partners. */
export function followUpsFor(answer: Answer): Button[] {
  const q = answer.query;
  const out: Button[] = [];
  if (q.asAt || q.asAtText) {
    // the same question without the date: carried as the query itself
    const now: Query = { ...q };
    delete now.asAt;
    delete now.asAtText;
    out.push(button(copy.FOLLOW_UP_NOW_TITLE, 'ask', now, copy.FOLLOW_UP_NOW));
  } else {
    out.push(button(copy.FOLLOW_UP_2008_TITLE, 'ask', undefined, copy.FOLLOW_UP_2008));
  }
  if (q.kind !== 'body-list') out.push(button(copy.FOLLOW_UP_PARTNERS_TITLE, 'ask', undefined, copy.FOLLOW_UP_PARTNERS));
  return out;
}

export function answerReply(answer: Answer): Partial<Activity> {
  return cardOnly(answerCard(answerView(answer, followUpsFor(answer))));
}

export function clarifyReply(prompt: string | undefined, choices: Choice[]): Partial<Activity> {
  const question = (prompt ?? 'Which one do you mean?').trim();
  const asked = /\?\s*$/.test(question) ? question : `${question.replace(/[.:]\s*$/, '')}?`;
  const queries: Record<string, Query> = {};
  choices.forEach((c, i) => (queries[String(i + 1)] = c.query));
  const reply = cardOnly(
    clarifyCard({ prompt: asked, choices: choices.map((c, i) => ({ title: c.title, value: String(i + 1) })), answerData: { action: 'clarify', queries } }),
  );
  // The likeliest choices as suggested actions where the client shows them (personal and
  // group chats); the card lists them all. imBack: the title comes back as the user's message.
  reply.suggestedActions = {
    to: [],
    actions: choices.slice(0, SUGGESTED_ACTIONS_SHOWN).map((c): CardAction => ({ type: ActionTypes.ImBack, title: c.title, value: c.title })),
  };
  return reply;
}

/** Where the conversation is: Teams passes the bot only the messages that @mention it in group chats and channels. */
export function scopeOf(conversation: Partial<ConversationAccount> | undefined): copy.Scope {
  const type = conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat' || (type !== 'personal' && conversation?.isGroup)) return 'groupChat';
  return 'personal';
}

function helpView(scope: copy.Scope, heading: string, intro: string, actions: Button[] = []): HelpView {
  return {
    heading,
    intro,
    abilities: copy.ABILITIES.map((text) => ({ text })),
    tip: copy.HELP_TIPS[scope],
    examples: questionChoices(copy.EXAMPLE_QUESTIONS),
    askData: { ...ASK_EXAMPLE },
    actions,
  };
}

export function helpReply(scope: copy.Scope, intro: string = copy.HELP_INTRO): Partial<Activity> {
  return cardOnly(helpCard(helpView(scope, copy.HELP_HEADING, intro)));
}

export function welcomeReply(scope: copy.Scope): Partial<Activity> {
  const setUp = button(copy.SET_UP_BOARD, 'ask', undefined, copy.SET_UP_BOARD.toLowerCase());
  return cardOnly(welcomeCard(helpView(scope, copy.WELCOME_HEADING, copy.WELCOME_INTRO, [setUp])));
}

/** The honest fallback; with the terms the sources do not cover, it names them. */
export function fallbackReply(unknownTerms: string[] = []): Partial<Activity> {
  return cardOnly(
    fallbackCard({
      message: unknownTerms.length ? copy.notCovered(unknownTerms) : copy.FALLBACK_MESSAGE,
      canHelpHeading: copy.FALLBACK_HEADING,
      abilities: copy.ABILITIES.map((text) => ({ text })),
      examples: questionChoices(copy.EXAMPLE_QUESTIONS.slice(0, 3)),
      askData: { ...ASK_EXAMPLE },
    }),
  );
}
