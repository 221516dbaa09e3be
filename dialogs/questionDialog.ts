// Answers one complete query: asks the knowledge engine, replies with the text and the
// answer card, and keeps the query as the conversation's context for follow-ups.
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog, MessageFactory } from './sdk';
import type { StatePropertyAccessor } from 'botbuilder';
import type { Query } from '../knowledge/types';
import type { KnowledgeEngine } from './engine';
import { answerReply } from './replies';
import { UNKNOWN_SUBJECT } from './copy';

export const QUESTION_DIALOG = 'question';

export interface QuestionOptions {
  query: Query;
}

export class QuestionDialog extends Dialog<QuestionOptions> {
  constructor(
    private readonly engine: KnowledgeEngine,
    private readonly lastQuery: StatePropertyAccessor<Query | undefined>,
  ) {
    super(QUESTION_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: QuestionOptions): Promise<DialogTurnResult> {
    if (!options?.query) throw new Error('QuestionDialog: a query is required');
    let answer;
    try {
      answer = this.engine.answer(options.query);
    } catch (err) {
      // an old card's button (or a forged one) naming a body or topic the sources do not hold
      if (!(err instanceof Error && err.name === 'UnknownSubjectError')) throw err;
      await dc.context.sendActivity(MessageFactory.text(UNKNOWN_SUBJECT));
      return dc.endDialog();
    }
    await dc.context.sendActivity(answerReply(answer, this.engine.answerText(answer)));
    await this.lastQuery.set(dc.context, answer.query ?? options.query);
    return dc.endDialog(answer);
  }
}
