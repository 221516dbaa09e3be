// Answers one complete query: asks the knowledge engine, replies with the answer card
// (one message, its first line the verdict), and keeps the query as the conversation's context for follow-ups. It takes
// one turn and waits for nothing, so it is a step of the main dialog, not a dialog of its
// own: pushing and popping one cost six more downlevelled SDK calls a turn (issue 8).
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Query } from '../knowledge/types';
import { MessageFactory } from './sdk';
import type { KnowledgeEngine } from './engine';
import { answerReply } from './replies';
import { UNKNOWN_SUBJECT } from './copy';

export class Questions {
  constructor(
    private readonly engine: KnowledgeEngine,
    private readonly lastQuery: StatePropertyAccessor<Query | undefined>,
  ) {}

  async answer(context: TurnContext, query: Query): Promise<void> {
    let answer;
    try {
      answer = this.engine.answer(query);
    } catch (err) {
      // an old card's button (or a forged one) naming a body or topic the sources do not hold
      if (!(err instanceof Error && err.name === 'UnknownSubjectError')) throw err;
      await context.sendActivity(MessageFactory.text(UNKNOWN_SUBJECT));
      return;
    }
    await context.sendActivity(answerReply(answer));
    await this.lastQuery.set(context, answer.query ?? query);
  }
}
