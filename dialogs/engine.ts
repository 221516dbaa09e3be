// What the dialogs need from the knowledge side, passed in rather than imported, so that
// dialogs are tested with a stand-in and wired to the real engine in bot/knowledge.ts.
import type { Answer, Query } from '../knowledge/types';

export interface KnowledgeEngine {
  /** knowledge/engine.ts `answer(kb, query)`, with the knowledge base bound. */
  answer(query: Query): Answer;
  /** dialogs/recognizer.ts `mergeFollowUp(last, partial)`. */
  mergeFollowUp(last: Query, partial: Query): Query;
}
