// "obligations", "what must our board do?", "summary as at 1 April 2009": one card with
// every obligation on the date, personalised with the board profile when there is one.
import type { TurnContext } from 'botbuilder';
import { obligationsSummary } from '../knowledge/obligations';
import { button } from '../cards';
import { obligationsCard, obligationsView } from '../cards/board';
import { boardKeyOf } from './boardStore';
import { OneTurnDialog, cardReply, type BoardDeps } from './oneTurn';
import type { Understanding } from '../knowledge/understand/types';

export const OBLIGATIONS_DIALOG = 'obligations';

export class ObligationsDialog extends OneTurnDialog {
  constructor(private readonly deps: BoardDeps) {
    super(OBLIGATIONS_DIALOG);
  }

  protected async handle(context: TurnContext, understanding: Understanding): Promise<void> {
    const profile = await this.deps.store.profile(boardKeyOf(context.activity));
    const summary = obligationsSummary(this.deps.kb, understanding.query?.asAt, profile && { partners: profile.partners, dcsInPost: profile.dcsInPost, leadMemberInPost: profile.leadMemberInPost });
    const actions = [
      button('Compliance check', 'ask', undefined, summary.asAt === this.deps.kb.latest ? 'compliance check' : `compliance check as at ${summary.asAt}`),
      profile ? button('Show our board', 'ask', undefined, 'show our board') : button('Set up our board', 'ask', undefined, 'set up our board'),
    ];
    const view = obligationsView(summary, profile?.boardName, actions);
    await context.sendActivity(cardReply(obligationsCard(view)));
  }
}
