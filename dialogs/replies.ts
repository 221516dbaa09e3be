// Builds the reply activities from the knowledge engine's answer and the recognizer's
// choices. One message per reply: the text (readable on its own, citations included) and
// an Adaptive Card showing the same thing.
import type { Activity, CardAction } from 'botbuilder';
import { ActionTypes, MessageFactory } from './sdk';
import type { Answer, Query } from '../knowledge/types';
import type { Choice } from '../knowledge/understand/types';
import {
  answerCard,
  answerView,
  button,
  clarifyCard,
  fallbackCard,
  helpCard,
  welcomeCard,
  type Button,
  type HelpView,
} from '../cards';
import * as copy from './copy';

/** Follow-up buttons for an answer: another date, and the list of partners. */
export function followUpsFor(answer: Answer): Button[] {
  const q = answer.query;
  const out: Button[] = [];
  if (q.asAt || q.asAtText) {
    // the same question without the date: carried as the query itself
    const now: Query = { ...q };
    delete now.asAt;
    delete now.asAtText;
    out.push(button(copy.FOLLOW_UP_NOW, 'ask', now));
  } else {
    out.push(button(copy.FOLLOW_UP_2008));
  }
  if (q.kind !== 'body-list') out.push(button(copy.FOLLOW_UP_PARTNERS));
  return out;
}

export function answerReply(answer: Answer, text: string): Partial<Activity> {
  const card = answerCard(answerView(answer, followUpsFor(answer)));
  return MessageFactory.attachment(card, text);
}

export function clarifyReply(prompt: string | undefined, choices: Choice[]): Partial<Activity> {
  const question = (prompt ?? 'Which one do you mean?').trim();
  const asked = /\?\s*$/.test(question) ? question : `${question.replace(/[.:]\s*$/, '')}?`;
  const buttons = choices.map((c) => button(c.title, 'clarify', c.query));
  const reply = MessageFactory.attachment(clarifyCard({ prompt: asked, choices: buttons }), `${asked} ${copy.CLARIFY_TAIL}`);
  // Suggested actions where the client shows them (personal and group chats); the card's
  // buttons everywhere else. imBack: the title comes back as the user's message.
  reply.suggestedActions = {
    to: [],
    actions: choices.map((c): CardAction => ({ type: ActionTypes.ImBack, title: c.title, value: c.title })),
  };
  return reply;
}

function helpView(heading: string, intro: string, first: Button[] = []): HelpView {
  return {
    heading,
    intro,
    abilities: copy.ABILITIES.map((text) => ({ text })),
    tip: copy.HELP_TIP_CHANNEL,
    examples: [...first, ...copy.EXAMPLE_QUESTIONS.map((q) => button(q))],
  };
}

export function helpReply(text: string = copy.HELP_INTRO): Partial<Activity> {
  return MessageFactory.attachment(helpCard(helpView(copy.HELP_HEADING, copy.HELP_INTRO)), text);
}

export function welcomeReply(): Partial<Activity> {
  const setUp = button(copy.SET_UP_BOARD, 'ask', undefined, copy.SET_UP_BOARD.toLowerCase());
  return MessageFactory.attachment(welcomeCard(helpView(copy.WELCOME_HEADING, copy.WELCOME_INTRO, [setUp])), `${copy.WELCOME_HEADING}. ${copy.WELCOME_INTRO}`);
}

/** The honest fallback; with the terms the sources do not cover, it names them. */
export function fallbackReply(unknownTerms: string[] = []): Partial<Activity> {
  const message = unknownTerms.length ? copy.notCovered(unknownTerms) : copy.FALLBACK_MESSAGE;
  const card = fallbackCard({
    message,
    canHelpHeading: copy.FALLBACK_HEADING,
    abilities: copy.ABILITIES.map((text) => ({ text })),
    examples: copy.EXAMPLE_QUESTIONS.slice(0, 3).map((q) => button(q)),
  });
  const text = `${message}\n\n${copy.FALLBACK_HEADING}\n${copy.ABILITIES.map((a) => `- ${a}`).join('\n')}`;
  return MessageFactory.attachment(card, text);
}
