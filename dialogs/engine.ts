// What the dialogs need from the knowledge side, passed in rather than imported, so that
// dialogs are tested with a stand-in and wired to the real engine in bot/knowledge.ts.
import type { Answer, Query } from '../knowledge/types';

export interface KnowledgeEngine {
  /** knowledge/engine.ts `answer(kb, query)`, with the knowledge base bound. */
  answer(query: Query): Answer;
  /** knowledge/present.ts `answerText(answer)`: the reply's text, verdict first. */
  answerText(answer: Answer): string;
  /** dialogs/recognizer.ts `mergeFollowUp(last, partial)`. */
  mergeFollowUp(last: Query, partial: Query): Query;
}
