// The compliance check: "compliance check" posts a checklist card prefilled from the board
// profile; its Run button is a Universal Action (Action.Execute), handled by the bot's
// adaptive card invoke handler, which replaces the card with the result for everyone in
// the conversation. Each run is kept with who ran it and when; "last compliance check"
// shows it again. A card that was already run, is too old, or carries values the bot never
// offered is refused with a clear message, and nothing changes.
import { randomUUID } from 'node:crypto';
import { MessageFactory, type AdaptiveCardInvokeResponse, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { checkCompliance, obligationsSummary } from '../knowledge/obligations';
import { asAtOf, formatDate } from '../knowledge/engine';
import type { Check } from '../knowledge/types';
import { ADAPTIVE_CARD, button, type CardAttachment } from '../cards';
import { complianceCheckCard, complianceResultCard, complianceResultView, complianceText } from '../cards/board';
import { CHECK_INPUT, checkSubmissionFrom } from './values';
import { boardKeyOf, isETagConflict, type BoardProfile, type ComplianceRun } from './boardStore';
import { OneTurnDialog, cardAction, cardReply, says, whenInWords, whoIn, type BoardDeps } from './oneTurn';
import { COMPLIANCE_LAST_CUES } from './vocabulary';
import type { Understanding } from './understanding';

export const COMPLIANCE_DIALOG = 'compliance';
/** The Action.Execute verb of the check card's Run button. */
export const RUN_VERB = 'compliance.run';

/** What running a check card comes to: the result card, or why nothing was run. */
type Outcome = { card: CardAttachment; text: string; fresh: boolean } | { refused: string };

export class ComplianceDialog extends OneTurnDialog {
  private readonly bodyIds: ReadonlySet<string>;
  private readonly yesIds: string[];

  constructor(private readonly deps: BoardDeps & { logger?: Logger }) {
    super(COMPLIANCE_DIALOG);
    this.bodyIds = new Set(deps.kb.bodies.map((b) => b.id));
    this.yesIds = deps.kb.checks.filter((c) => c.kind === 'yes-no').map((c) => c.id);
  }

  protected async handle(context: TurnContext, understanding: Understanding): Promise<void> {
    const a = context.activity;
    // a client without Universal Actions sends the Run button as a plain submit
    if (cardAction(a, 'compliance') === 'run') {
      const outcome = await this.run(context, a.value);
      await context.sendActivity('refused' in outcome ? MessageFactory.text(outcome.refused) : cardReply(outcome.card, outcome.text));
      return;
    }
    if (says(a.text, COMPLIANCE_LAST_CUES)) return this.showLast(context);
    await this.offer(context, understanding.query?.asAt);
  }

  /** Universal Action: runs the card's check and answers with the card that replaces it. */
  async execute(context: TurnContext, data: unknown): Promise<AdaptiveCardInvokeResponse> {
    const outcome = await this.run(context, data);
    if ('refused' in outcome) return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: outcome.refused as unknown as Record<string, unknown> };
    if (outcome.fresh) await this.replaceForEveryone(context, outcome.card);
    return { statusCode: 200, type: ADAPTIVE_CARD, value: outcome.card.content };
  }

  /** Posts a new check card (as at `asAt`, default the latest source), prefilled from the profile. */
  async offer(context: TurnContext, asAt?: string, text?: string): Promise<void> {
    const board = boardKeyOf(context.activity);
    const { date } = asAtOf(this.deps.kb, asAt);
    const profile = await this.deps.store.profile(board);
    const checkId = randomUUID();
    await this.update(board, (record) => {
      record.pending.push({ checkId, asAt: date, createdAt: this.now().toISOString() });
    });
    const partners = obligationsSummary(this.deps.kb, date).partners;
    const card = complianceCheckCard({
      title: profile ? `${profile.boardName}: compliance check` : 'Compliance check',
      asAtLine: `Against the law as at ${formatDate(date)}`,
      intro: profile
        ? 'Prefilled from your board profile. Tick what is true today, then choose Run the check: the result replaces this card for everyone here.'
        : 'Tick what is true today, then choose Run the check: the result replaces this card for everyone here. Set up your board (“set up our board”) and I will prefill this next time.',
      questions: this.deps.kb.checks.filter((c) => c.kind === 'yes-no').map((c) => ({ id: `${CHECK_INPUT}${c.id}`, title: c.ask, value: String(this.prefill(c.prefill, profile)) })),
      cooperationLabel: this.ask('partners'),
      cooperatingWith: partners.filter((p) => profile?.partners.includes(p.bodyId)).map((p) => p.bodyId).join(','),
      partnerChoices: partners.map((p) => ({ title: p.name, value: p.bodyId })),
      poolingLabel: this.ask('pooling'),
      poolsWith: '',
      poolChoices: this.deps.kb.bodies.map((b) => ({ title: b.name, value: b.id })),
      runData: { compliance: 'run', checkId, asAt: date },
    });
    await context.sendActivity(cardReply(card, text ?? `Compliance check against the law as at ${formatDate(date)}: tick what is true, then choose Run the check.`));
  }

  private async showLast(context: TurnContext): Promise<void> {
    const board = boardKeyOf(context.activity);
    const { last } = await this.deps.store.checks(board);
    if (!last) {
      await context.sendActivity(MessageFactory.text('No compliance check has been run in this conversation yet. Say “compliance check” to run one.'));
      return;
    }
    const profile = await this.deps.store.profile(board);
    const { card, text } = this.resultCard(last, profile);
    await context.sendActivity(cardReply(card, text));
  }

  private async run(context: TurnContext, data: unknown): Promise<Outcome> {
    const parsed = checkSubmissionFrom(data, this.bodyIds, this.yesIds);
    if (!parsed.ok) return { refused: parsed.message };
    const { checkId, asAt, yes, cooperatingWith, poolsWith } = parsed.value;
    const board = boardKeyOf(context.activity);
    const profile = await this.deps.store.profile(board);
    for (let attempt = 0; ; attempt++) {
      const record = await this.deps.store.checks(board);
      if (record.last?.checkId === checkId) {
        const { card, text } = this.resultCard(record.last, profile, `This check was already run by ${record.last.by}; here is its result. Nothing was changed.`);
        return { card, text, fresh: false };
      }
      const pending = record.pending.find((p) => p.checkId === checkId);
      if (!pending || pending.asAt !== asAt)
        return { refused: 'This check card is out of date or was not made in this conversation, so I ran nothing. Say “compliance check” for a fresh one.' };
      const answers = { yes, cooperatingWith, poolsWith };
      const run: ComplianceRun = { checkId, asAt, answers, result: checkCompliance(this.deps.kb, answers, asAt), by: whoIn(context.activity), at: this.now().toISOString() };
      record.last = run;
      record.pending = record.pending.filter((p) => p.checkId !== checkId);
      try {
        await this.deps.store.saveChecks(board, record);
      } catch (err) {
        // someone else ran a check at the same moment: read again and decide afresh
        if (isETagConflict(err) && attempt < 3) continue;
        throw err;
      }
      return { ...this.resultCard(run, profile), fresh: true };
    }
  }

  private resultCard(run: ComplianceRun, profile: BoardProfile | undefined, notice?: string) {
    const view = complianceResultView(run.result, { boardName: profile?.boardName, by: run.by, at: whenInWords(new Date(run.at), this.deps.timeZone), notice }, [
      button('Run a new check', 'ask', undefined, 'compliance check'),
      button('Obligations summary', 'ask', undefined, run.asAt === this.deps.kb.latest ? 'obligations' : `obligations as at ${run.asAt}`),
    ]);
    return { card: complianceResultCard(view), text: complianceText(view) };
  }

  /** The result replaces the check card for everyone (Teams gives the card's id as replyToId). */
  private async replaceForEveryone(context: TurnContext, card: CardAttachment): Promise<void> {
    const id = context.activity.replyToId;
    if (!id) return;
    try {
      await context.updateActivity({ type: 'message', id, conversation: context.activity.conversation, attachments: [card] });
    } catch (err) {
      // the person who ran it still sees the result (the invoke response); log for the rest
      this.deps.logger?.warn({ event: 'compliance-card-update-failed', err: (err as Error)?.message ?? String(err) }, 'compliance: could not update the check card');
    }
  }

  private async update(board: string, change: (record: Awaited<ReturnType<BoardDeps['store']['checks']>>) => void): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const record = await this.deps.store.checks(board);
      change(record);
      try {
        return await this.deps.store.saveChecks(board, record);
      } catch (err) {
        if (!isETagConflict(err) || attempt >= 3) throw err;
      }
    }
  }

  private prefill(field: Check['prefill'], profile: BoardProfile | undefined): boolean {
    if (!profile || !field) return false;
    return field === 'hasProfile' ? true : profile[field];
  }

  private ask(kind: 'partners' | 'pooling'): string {
    return this.deps.kb.checks.find((c) => c.kind === kind)?.ask ?? '';
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
