// The board profile, one per team, group chat or personal chat: "set up our board" (or the
// welcome card's button) opens a form; "show our board" shows it; "forget our board" asks
// first, then deletes it. A form or a confirmation opened before someone else's change is
// refused (its version no longer matches), so nobody overwrites a colleague's edit unseen.
import type { TurnContext } from 'botbuilder';
import { MessageFactory } from './sdk';
import type { Body } from '../knowledge/types';
import { button } from '../cards';
import { boardForgetCard, boardFormCard, boardProfileCard, type BoardProfileView } from '../cards/board';
import { boardFormFrom } from './values';
import { boardKeyOf, isETagConflict, type BoardProfile } from './boardStore';
import { OneTurnDialog, cardAction, cardReply, whoIn, type BoardDeps } from './oneTurn';
import { whenInWords } from '../reminders/time';
import type { Understanding } from '../knowledge/understand/types';

export const BOARD_PROFILE_DIALOG = 'board-profile';
/** The version a form for a board with no profile yet carries. */
const NEW = 'new';

const STALE =
  'This form is out of date: the board profile has changed since it was opened, so I saved nothing. Here is the profile as it is now; choose Edit to change it.';

export class BoardProfileDialog extends OneTurnDialog {
  private readonly bodies: Map<string, Body>;

  constructor(private readonly deps: BoardDeps) {
    super(BOARD_PROFILE_DIALOG);
    this.bodies = new Map(deps.kb.bodies.map((b) => [b.id, b]));
  }

  protected async handle(context: TurnContext, understanding: Understanding): Promise<void> {
    const a = context.activity;
    const board = boardKeyOf(a);
    const current = await this.deps.store.profile(board);
    const asked = cardAction(a, 'board') ?? understanding.action ?? 'show';
    // nothing to show yet: the form to make one
    const action = asked === 'show' && !current ? 'edit' : asked;
    const version = current?.eTag ?? NEW;
    switch (action) {
      case 'edit':
        await context.sendActivity(cardReply(this.form(current, version)));
        return;
      case 'show':
        await this.show(context, current!, '');
        return;
      case 'save':
        return this.save(context, board, current);
      case 'cancel':
        await context.sendActivity(MessageFactory.text('No changes made to the board profile.'));
        return;
      case 'forget':
        if (!current) {
          await context.sendActivity(MessageFactory.text('There is no board profile here to forget.'));
          return;
        }
        await context.sendActivity(
          cardReply(
            boardForgetCard({
              heading: 'Forget this board?',
              question: `This deletes the profile of ${current.boardName} and its compliance check results for everyone in this conversation. Reminders are not affected.`,
              actions: [
                { title: 'Yes, forget it', style: 'destructive', data: { board: 'forget-confirmed', version } },
                { title: 'Keep it', style: 'default', data: { board: 'keep' } },
              ],
            }),
          ),
        );
        return;
      case 'forget-confirmed': {
        const stated = (a.value as { version?: unknown }).version;
        if (!current) {
          await context.sendActivity(MessageFactory.text('That board profile has already been deleted.'));
          return;
        }
        if (stated !== version) {
          await this.show(context, current, 'The profile has changed since you were asked, so I kept it. Ask “forget our board” again if you still want it gone.');
          return;
        }
        await this.deps.store.forget(board);
        await context.sendActivity(MessageFactory.text(`Done: I’ve forgotten ${current.boardName}’s profile and its compliance checks. Say “set up our board” to start again.`));
        return;
      }
      case 'keep':
        await context.sendActivity(MessageFactory.text('Kept: nothing was deleted.'));
        return;
      default:
        await context.sendActivity(MessageFactory.text('I don’t recognise that button, so nothing was changed. Say “show our board” to see the profile.'));
    }
  }

  private async save(context: TurnContext, board: string, current: (BoardProfile & { eTag?: string }) | undefined): Promise<void> {
    const parsed = boardFormFrom(context.activity.value, new Set(this.bodies.keys()));
    if (!parsed.ok) {
      await context.sendActivity(MessageFactory.text(parsed.message));
      return;
    }
    const { version, ...fields } = parsed.value;
    if (version !== (current?.eTag ?? NEW)) {
      if (current) await this.show(context, current, STALE);
      else await context.sendActivity(MessageFactory.text('This form is out of date: the board profile it edited has been deleted, so I saved nothing. Say “set up our board” to start again.'));
      return;
    }
    const now = this.deps.now?.() ?? new Date();
    const profile: BoardProfile = { ...fields, updatedBy: whoIn(context.activity), updatedAt: now.toISOString() };
    try {
      await this.deps.store.saveProfile(board, profile, current?.eTag);
    } catch (err) {
      if (!isETagConflict(err)) throw err;
      const latest = await this.deps.store.profile(board);
      if (latest) await this.show(context, latest, STALE);
      return;
    }
    await this.show(context, profile, 'Saved. The obligations summary and the compliance check now use this profile.');
  }

  private async show(context: TurnContext, profile: BoardProfile & { eTag?: string }, note: string): Promise<void> {
    const yesNo = (v: boolean) => (v ? 'Yes' : 'No');
    const partners = profile.partners.map((id) => this.bodies.get(id)?.name).filter((n): n is string => Boolean(n));
    const view: BoardProfileView = {
      heading: profile.boardName,
      note,
      facts: [
        { title: 'Local authority', value: profile.laName },
        { title: 'Director of Children’s Services in post', value: yesNo(profile.dcsInPost) },
        { title: 'Lead Member designated', value: yesNo(profile.leadMemberInPost) },
        { title: 'Meets', value: profile.meetingPattern || 'Not given' },
        { title: 'Compliance check offered at meeting start', value: yesNo(profile.offerCheckAtMeetingStart) },
      ],
      partners: partners.length ? partners.map((text) => ({ text })) : [{ text: 'None chosen yet' }],
      updatedLine: `Last changed by ${profile.updatedBy} on ${whenInWords(Date.parse(profile.updatedAt), this.deps.timeZone)}.`,
      actions: [
        { title: 'Edit', data: { board: 'edit' } },
        { title: 'Obligations', data: button('Obligations', 'ask', undefined, 'obligations').data },
        { title: 'Forget', style: 'destructive', data: { board: 'forget' } },
      ],
    };
    await context.sendActivity(cardReply(boardProfileCard(view)));
  }

  private form(current: BoardProfile | undefined, version: string) {
    return boardFormCard({
      heading: current ? `Edit ${current.boardName}` : 'Set up your board',
      intro: current
        ? 'Only people in this conversation see this profile. Choose the partners that sit on or cooperate with your board.'
        : 'Tell me about your board, and I’ll tailor the obligations summary and the compliance check to it. Only people in this conversation see this profile.',
      laName: current?.laName ?? '',
      boardName: current?.boardName ?? '',
      partners: (current?.partners ?? []).join(','),
      partnerChoices: this.deps.kb.bodies.map((b) => ({ title: b.name, value: b.id })),
      dcsInPost: String(current?.dcsInPost ?? false),
      leadMemberInPost: String(current?.leadMemberInPost ?? false),
      meetingPattern: current?.meetingPattern ?? '',
      offerCheckAtMeetingStart: String(current?.offerCheckAtMeetingStart ?? false),
      saveData: { board: 'save', version },
      cancelData: { board: 'cancel' },
    });
  }
}
