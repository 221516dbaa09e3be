// The recognizer for botbuilder-dialogs: a thin wrapper that hands the message to the pure
// understanding (knowledge/understand) and carries its result on the RecognizerResult.
import type { DialogContext } from 'botbuilder-dialogs';
import { Recognizer } from './sdk';
import type { Activity, RecognizerResult } from 'botbuilder';
import type { KnowledgeBase } from '../knowledge/types';
import { understand } from '../knowledge/understand';
import type { Understanding } from '../knowledge/understand/types';

export class BoardRecognizer extends Recognizer {
  constructor(private readonly kb: KnowledgeBase, private readonly clock: () => Date = () => new Date()) {
    super();
  }

  override async recognize(_dc: DialogContext, activity: Partial<Activity>): Promise<RecognizerResult & { understanding: Understanding }> {
    const text = activity.text ?? '';
    const now = activity.timestamp ? new Date(activity.timestamp) : this.clock();
    const understanding = understand(this.kb, text, Number.isNaN(now.getTime()) ? this.clock() : now);
    return {
      text,
      intents: { [understanding.intent]: { score: understanding.confidence } },
      entities: {
        ...(understanding.query?.bodyId ? { body: [understanding.query.bodyId] } : {}),
        ...(understanding.query?.topicId ? { topic: [understanding.query.topicId] } : {}),
        ...(understanding.query?.asAt ? { date: [understanding.query.asAt] } : {}),
      },
      understanding,
    };
  }
}
