// The real knowledge side, wired for the dialogs: the knowledge base is read once at
// start-up (as the build compiled it, while the data is unchanged); the engine and the
// understanding are pure functions of it.
import { loadCompiledKnowledgeBase } from '../knowledge/load';
import { answer } from '../knowledge/engine';
import { mergeFollowUp } from '../knowledge/understand';
import { BoardRecognizer } from '../dialogs/recognizer';
import type { Knowledge } from './app';

export function loadKnowledge(dir?: string): Knowledge {
  const kb = loadCompiledKnowledgeBase(dir);
  return {
    kb,
    engine: {
      answer: (query) => answer(kb, query),
      mergeFollowUp,
    },
    recognizer: new BoardRecognizer(kb),
  };
}
