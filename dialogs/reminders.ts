// The reminders dialog: schedule ("remind us about ..."), confirm with a card (Save /
// Change / Cancel), "show reminders", "cancel the 12 March reminder" (or the Cancel button
// on the list card), "pause reminders", "resume reminders". Every action applies to the
// conversation the activity came from, so only that conversation's members (the people the
// Bot Connector delivers its messages from) see or change its reminders.
//
// The main dialog asks `tryHandle` first; it returns false for anything not about reminders.
import type { Activity, RecognizerResult, TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog, MessageFactory, Recognizer } from './sdk';
import type { Understanding } from '../knowledge/understand/types';
import { baseConversationId, referenceOf } from '../bot/conversations';
import { ADAPTIVE_CARD } from '../cards';
import { confirmCard, confirmView, doneCard, doneView, listCard, listView, type DoneState } from '../reminders/cards';
import { recogniseReminderCommand } from '../reminders/parse';
import { ReminderError, type RemindersService } from '../reminders/service';
import { offsetsInWords, meetingInWords, whenInWords } from '../reminders/time';
import { validateDraft } from '../reminders/validate';
import { silentLogger, type ConversationRef, type Draft, type Logger, type Schedule } from '../reminders/types';

export interface ReminderTurnHandler {
  /** Handles the turn if it is about reminders; false otherwise (nothing was sent). */
  tryHandle(context: TurnContext): Promise<boolean>;
}

const EXAMPLES =
  'For example: “remind us about the board meeting on 12 March 2027 at 10:00, 7 days and 1 day before”, or “board meets every second Tuesday at 14:00, remind us the day before”.';

/** One message: the card alone (Teams shows text beside a card as a second message, and refuses an update carrying both). */
function card(content: Record<string, unknown>) {
  return MessageFactory.attachment({ contentType: ADAPTIVE_CARD, content });
}

function stripMentions(text: string): string {
  return text.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/\s+/g, ' ').trim();
}

function names(list: Schedule[]): string {
  return list.map((s) => `${s.meeting.title} (${meetingInWords(s.meeting)})`).join('; ');
}

export const REMINDERS_DIALOG = 'reminders';

/** Is this activity about reminders (a reminder card's button, or a reminder command)? */
export function isReminderActivity(activity: Partial<Activity>): boolean {
  const value = activity.value as Record<string, unknown> | undefined;
  if (value && typeof value === 'object' && typeof value.reminders === 'string') return true;
  return recogniseReminderCommand(stripMentions(activity.text ?? '')) !== null;
}

/**
 * Puts reminder requests and reminder card buttons on the `reminders` intent before the
 * knowledge recognizer sees them; everything else goes to `inner` unchanged.
 */
export class RemindersRecognizer extends Recognizer {
  constructor(private readonly inner: Recognizer) {
    super();
  }

  override async recognize(dc: DialogContext, activity: Partial<Activity>, telemetryProperties?: Record<string, string>, telemetryMetrics?: Record<string, number>): Promise<RecognizerResult> {
    if (isReminderActivity(activity)) {
      const understanding: Understanding = { intent: 'reminders', confidence: 1 };
      return { text: activity.text ?? '', intents: { reminders: { score: 1 } }, entities: {}, understanding } as RecognizerResult;
    }
    return this.inner.recognize(dc, activity, telemetryProperties, telemetryMetrics);
  }
}

/** The dialog the main dialog begins for the `reminders` intent: one turn, then it ends. */
export class RemindersDialog extends Dialog implements ReminderTurnHandler {
  constructor(
    private readonly service: RemindersService,
    private readonly logger: Logger = silentLogger,
  ) {
    super(REMINDERS_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (!(await this.tryHandle(dc.context))) {
      await dc.context.sendActivity(MessageFactory.text(`I can remind this conversation of board meetings. ${EXAMPLES} You can also say “show reminders”, “cancel the 12 March reminder”, “pause reminders” or “resume reminders”.`));
    }
    return dc.endDialog();
  }

  async tryHandle(context: TurnContext): Promise<boolean> {
    const a = context.activity;
    if (a.type !== 'message' || !a.conversation?.id) return false;
    const value = a.value as Record<string, unknown> | undefined;
    if (value && typeof value === 'object' && typeof value.reminders === 'string') {
      await this.onAction(context, value);
      return true;
    }
    const text = stripMentions(a.text ?? '');
    const cmd = recogniseReminderCommand(text);
    if (!cmd) return false;
    const conversationId = baseConversationId(a.conversation.id);
    switch (cmd.kind) {
      case 'schedule':
        await this.preview(context, cmd.text);
        return true;
      case 'list':
        await this.showList(context, conversationId);
        return true;
      case 'cancel':
        await this.cancelByText(context, conversationId, cmd.selector);
        return true;
      case 'pause':
        await this.pause(context, conversationId);
        return true;
      case 'resume':
        await this.resume(context, conversationId);
        return true;
    }
  }

  /** Shows the confirmation card; false when the request could not be read (the user was told why). */
  private async preview(context: TurnContext, text: string): Promise<boolean> {
    const result = this.service.preview(text);
    if (!result.ok) {
      await context.sendActivity(MessageFactory.text(`${result.error}${/For example|Try /.test(result.error) ? '' : ` ${EXAMPLES}`}`));
      return false;
    }
    const view = confirmView(result.draft, this.service.now());
    await context.sendActivity(card(confirmCard(view)));
    return true;
  }

  /**
   * Replaces the confirmation card the button was pressed on (Teams gives its id as the
   * activity's replyToId) by its answered state, without buttons: the card alone, as Teams
   * refuses an update carrying text and a card ("resulted into multiple skype activities").
   * True when the card now says the outcome; otherwise the caller says it in a message (Save
   * is idempotent by draft id, so a card left live does no harm).
   */
  private async settleCard(context: TurnContext, draft: Draft | undefined, state: DoneState): Promise<boolean> {
    const id = context.activity.replyToId;
    if (!id || !draft) return false;
    const view = doneView(draft, state, this.service.now());
    try {
      await context.updateActivity({ ...card(doneCard(view)), id, conversation: context.activity.conversation });
      return true;
    } catch (err) {
      this.logger.warn({ event: 'reminder-card-update-failed', err: (err as Error)?.message ?? String(err) }, 'reminders: could not update the confirmation card');
      return false;
    }
  }

  private async onAction(context: TurnContext, value: Record<string, unknown>): Promise<void> {
    const a = context.activity;
    const conversationId = baseConversationId(a.conversation.id);
    switch (value.reminders) {
      case 'save': {
        const draft = validateDraft(value.draft);
        if (!draft) {
          await context.sendActivity(MessageFactory.text(`I could not read that reminder, so nothing was saved. Please ask again. ${EXAMPLES}`));
          return;
        }
        try {
          const { schedule: s, created } = await this.service.save(draft, {
            conversationId,
            ref: referenceOf(a) as ConversationRef,
            user: { id: a.from?.id, name: a.from?.name },
          });
          // a new save settles its card, which then says it all: one message per answer
          const settled = await this.settleCard(context, draft, 'saved');
          if (created && settled) return;
          const next = s.nextDue !== null ? ` The ${created ? 'first' : 'next'} reminder is on ${whenInWords(s.nextDue, s.meeting.zone)}.` : '';
          const what = `the ${s.meeting.title.toLowerCase()} (${meetingInWords(s.meeting)}) ${offsetsInWords(s.offsets)}`;
          await context.sendActivity(
            MessageFactory.text(
              created
                ? `Saved: I will remind this conversation about ${what}.${next} Say “show reminders” to see or cancel them.`
                : `That reminder is already saved, so nothing new was added: ${what}.${next} Say “show reminders” to see or cancel it.`,
            ),
          );
        } catch (err) {
          if (err instanceof ReminderError) await context.sendActivity(MessageFactory.text(err.message));
          else throw err;
        }
        return;
      }
      case 'change': {
        const text = typeof value.reminderText === 'string' ? stripMentions(value.reminderText) : '';
        if (!text) {
          await context.sendActivity(MessageFactory.text(`Tell me the reminder again with the change. ${EXAMPLES}`));
          return;
        }
        const draft = validateDraft(value.draft);
        if (draft && (await this.answeredAlready(context, conversationId, draft))) return;
        if (await this.preview(context, /\bremind/i.test(text) ? text : `remind us ${text}`)) await this.settleCard(context, draft, 'changed');
        return;
      }
      case 'discard': {
        const draft = validateDraft(value.draft);
        if (draft && (await this.answeredAlready(context, conversationId, draft))) return;
        if (!(await this.settleCard(context, draft, 'cancelled'))) await context.sendActivity(MessageFactory.text('Cancelled: nothing was saved.'));
        return;
      }
      case 'cancel': {
        const id = typeof value.id === 'string' ? value.id : '';
        const { cancelled } = await this.service.cancel(conversationId, { id });
        await context.sendActivity(
          MessageFactory.text(cancelled.length ? `Cancelled: ${names(cancelled)}.` : 'That reminder is not in this conversation, or it was already cancelled.'),
        );
        return;
      }
      case 'pause':
        await this.pause(context, conversationId);
        return;
      case 'resume':
        await this.resume(context, conversationId);
        return;
      default:
        await context.sendActivity(MessageFactory.text('I did not understand that button. Say “show reminders” to see this conversation’s reminders.'));
    }
  }

  /** Change or Cancel pressed on a card whose draft was saved already: say so instead. */
  private async answeredAlready(context: TurnContext, conversationId: string, draft: Draft): Promise<boolean> {
    const state = await this.service.draftState(conversationId, draft.id);
    if (state === 'new') return false;
    if (state === 'saved') await this.settleCard(context, draft, 'saved');
    await context.sendActivity(
      MessageFactory.text(
        state === 'saved'
          ? 'That card is out of date: the reminder on it was saved already. Say “show reminders” to see it, or “cancel …” to remove it.'
          : 'That card is out of date: the reminder on it was saved and has since been cancelled. Ask again if you want a new one.',
      ),
    );
    return true;
  }

  private async showList(context: TurnContext, conversationId: string, intro?: string): Promise<void> {
    const all = await this.service.list(conversationId);
    const view = listView(all);
    if (!all.length && !intro) await context.sendActivity(MessageFactory.text('There are no reminders in this conversation.'));
    else await context.sendActivity(card(listCard({ ...view, heading: intro ?? view.heading })));
  }

  private async cancelByText(context: TurnContext, conversationId: string, selector: string): Promise<void> {
    const { cancelled, candidates } = await this.service.cancel(conversationId, { text: selector });
    if (cancelled.length) {
      await context.sendActivity(MessageFactory.text(`Cancelled: ${names(cancelled)}.`));
      return;
    }
    if (!candidates.length) {
      await context.sendActivity(MessageFactory.text('There are no reminders in this conversation to cancel.'));
      return;
    }
    const intro = selector
      ? `I could not find a reminder for “${selector}” here. Choose Cancel on the one you mean:`
      : 'Which reminder should I cancel? Choose Cancel on the one you mean (or say “cancel all reminders”):';
    await this.showList(context, conversationId, intro);
  }

  private async pause(context: TurnContext, conversationId: string): Promise<void> {
    const paused = await this.service.pause(conversationId);
    await context.sendActivity(
      MessageFactory.text(
        paused.length
          ? `Paused ${paused.length === 1 ? 'the reminder' : `${paused.length} reminders`} in this conversation: ${names(paused)}. Nothing is sent until you say “resume reminders”.`
          : 'There are no active reminders here to pause.',
      ),
    );
  }

  private async resume(context: TurnContext, conversationId: string): Promise<void> {
    const resumed = await this.service.resume(conversationId, referenceOf(context.activity) as ConversationRef);
    if (!resumed.length) {
      await context.sendActivity(MessageFactory.text('There are no paused reminders here to resume.'));
      return;
    }
    const next = resumed
      .filter((s) => s.nextDue !== null)
      .map((s) => `${s.meeting.title}: next reminder ${whenInWords(s.nextDue!, s.meeting.zone)}`)
      .join('; ');
    await context.sendActivity(
      MessageFactory.text(`Resumed ${resumed.length === 1 ? 'the reminder' : `${resumed.length} reminders`}. Reminders that fell due while paused are not sent.${next ? ` ${next}.` : ''}`),
    );
  }
}
