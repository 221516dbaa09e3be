// A dialog that answers in one turn and ends: the board profile, the obligations summary
// and the compliance check. The main dialog begins it with the turn's understanding.
import type { Activity, TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog, MessageFactory } from './sdk';
import type { KnowledgeBase } from '../knowledge/types';
import type { CardAttachment } from '../cards';
import type { Understanding } from '../knowledge/understand/types';
import type { BoardStore } from './boardStore';

/** What the board's dialogs share: the knowledge base, the store, and a clock for "when". */
export interface BoardDeps {
  kb: KnowledgeBase;
  store: BoardStore;
  now?: () => Date;
  /** The boards' time zone (REMINDER_TIME_ZONE), for "run on … at 10:15". */
  timeZone: string;
}

export abstract class OneTurnDialog extends Dialog {
  protected abstract handle(context: TurnContext, understanding: Understanding): Promise<void>;

  override async beginDialog(dc: DialogContext, options?: { understanding?: Understanding }): Promise<DialogTurnResult> {
    await this.handle(dc.context, options?.understanding ?? { intent: 'none', confidence: 0 });
    return dc.endDialog();
  }
}

/** One message: the card alone (Teams shows text beside a card as a second message). */
export const cardReply = (card: CardAttachment): Partial<Activity> => MessageFactory.attachment(card);

/** Who pressed the button or sent the message, as Teams names them. */
export const whoIn = (activity: Partial<Activity>): string => activity.from?.name?.trim() || 'someone in this conversation';

/** The card value's action for a feature (`{ board: 'save' }` -> 'save'), if any. */
export function cardAction(activity: Partial<Activity>, key: string): string | undefined {
  const value = activity.value as Record<string, unknown> | undefined;
  const action = value && typeof value === 'object' ? value[key] : undefined;
  return typeof action === 'string' ? action : undefined;
}
