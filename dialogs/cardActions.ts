// Card buttons of the board's features carry their feature in the value ({ board: 'save' },
// { compliance: 'run' }): those go to their dialog whatever the message's text says.
import type { Activity, RecognizerResult } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { Recognizer } from './sdk';
import type { Intent, Understanding } from '../knowledge/understand/types';

const CARD_FEATURES: Record<string, Intent> = { board: 'board-profile', compliance: 'compliance', obligations: 'obligations' };

export class CardActionRecognizer extends Recognizer {
  constructor(private readonly inner: Recognizer) {
    super();
  }

  override async recognize(dc: DialogContext, activity: Partial<Activity>, telemetryProperties?: Record<string, string>, telemetryMetrics?: Record<string, number>): Promise<RecognizerResult> {
    const value = activity.value as Record<string, unknown> | undefined;
    const feature = value && typeof value === 'object' ? Object.keys(CARD_FEATURES).find((k) => typeof value[k] === 'string') : undefined;
    if (feature) {
      const intent = CARD_FEATURES[feature];
      const understanding: Understanding = { intent, confidence: 1 };
      return { text: activity.text ?? '', intents: { [intent]: { score: 1 } }, entities: {}, understanding } as RecognizerResult;
    }
    return this.inner.recognize(dc, activity, telemetryProperties, telemetryMetrics);
  }
}
