// The compliance check: "compliance check" posts a checklist card prefilled from the board
// profile; its Run button is a Universal Action (Action.Execute), handled by the bot's
// adaptive card invoke handler, which replaces the card with the result for everyone in
// the conversation. Each run is kept with who ran it and when; "last compliance check"
// shows it again. A card that was already run, is too old, or carries values the bot never
// offered is refused with a clear message, and nothing changes.
import { randomUUID } from 'node:crypto';
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { MessageFactory } from './sdk';
import type { Logger } from 'pino';
import { checkCompliance, partnersOn } from '../knowledge/obligations';
import { asAtOf } from '../knowledge/engine';
import { formatDate } from '../knowledge/dates';
import type { Check } from '../knowledge/types';
import { ADAPTIVE_CARD, button, type CardAttachment } from '../cards';
import { complianceCheckCard, complianceResultCard, complianceResultView } from '../cards/board';
import { CHECK_INPUT, checkSubmissionFrom } from './values';
import { boardKeyOf, isETagConflict, type BoardProfile, type ChecksRecord, type ComplianceRun } from './boardStore';
import { OneTurnDialog, cardAction, cardReply, whoIn, type BoardDeps } from './oneTurn';
import { whenInWords } from '../reminders/time';
import type { Understanding } from '../knowledge/understand/types';

export const COMPLIANCE_DIALOG = 'compliance';
/** The Action.Execute verb of the check card's Run button. */
export const RUN_VERB = 'compliance.run';

/** What running a check card comes to: the result card, or why nothing was run. */
type Outcome = { card: CardAttachment; fresh: boolean } | { refused: string };

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
      await context.sendActivity('refused' in outcome ? MessageFactory.text(outcome.refused) : cardReply(outcome.card));
      return;
    }
    if (understanding.action === 'last') return this.showLast(context);
    await this.offer(context, { asAt: understanding.query?.asAt });
  }

  /** Universal Action: runs the card's check and answers with the card that replaces it. */
  async execute(context: TurnContext, data: unknown): Promise<AdaptiveCardInvokeResponse> {
    const outcome = await this.run(context, data);
    if ('refused' in outcome) return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: outcome.refused as unknown as Record<string, unknown> };
    if (outcome.fresh) await this.replaceForEveryone(context, outcome.card);
    return { statusCode: 200, type: ADAPTIVE_CARD, value: outcome.card.content };
  }

  /**
   * Posts a new check card (as at `asAt`, default the latest source), prefilled from the
   * board's profile (read here unless the caller already has it).
   */
  async offer(context: TurnContext, options: { asAt?: string; lead?: string; profile?: BoardProfile } = {}): Promise<void> {
    const board = boardKeyOf(context.activity);
    const { date } = asAtOf(this.deps.kb, options.asAt);
    const profile = options.profile ?? (await this.deps.store.profile(board));
    const checkId = randomUUID();
    await this.withChecks(board, (record) => {
      record.pending.push({ checkId, asAt: date, createdAt: this.now().toISOString() });
      return { result: undefined, changed: true };
    });
    const partners = partnersOn(this.deps.kb, date).partners.map((p) => p.body);
    const card = complianceCheckCard({
      lead: options.lead ?? '',
      title: profile ? `${profile.boardName}: compliance check` : 'Compliance check',
      asAtLine: `Against the law as at ${formatDate(date)}`,
      intro: profile
        ? 'Prefilled from your board profile. Tick what is true today, then choose Run the check: the result replaces this card for everyone here.'
        : 'Tick what is true today, then choose Run the check: the result replaces this card for everyone here. Set up your board (“set up our board”) and I will prefill this next time.',
      questions: this.deps.kb.checks.filter((c) => c.kind === 'yes-no').map((c) => ({ id: `${CHECK_INPUT}${c.id}`, title: c.ask, value: String(this.prefill(c.prefill, profile)) })),
      cooperationLabel: this.ask('partners'),
      cooperatingWith: partners.filter((b) => profile?.partners.includes(b.id)).map((b) => b.id).join(','),
      partnerChoices: partners.map((b) => ({ title: b.name, value: b.id })),
      poolingLabel: this.ask('pooling'),
      poolsWith: '',
      poolChoices: this.deps.kb.bodies.map((b) => ({ title: b.name, value: b.id })),
      runData: { compliance: 'run', checkId, asAt: date },
    });
    await context.sendActivity(cardReply(card));
  }

  private async showLast(context: TurnContext): Promise<void> {
    const board = boardKeyOf(context.activity);
    const { last } = await this.deps.store.checks(board);
    if (!last) {
      await context.sendActivity(MessageFactory.text('No compliance check has been run in this conversation yet. Say “compliance check” to run one.'));
      return;
    }
    const profile = await this.deps.store.profile(board);
    await context.sendActivity(cardReply(this.resultCard(last, profile)));
  }

  private async run(context: TurnContext, data: unknown): Promise<Outcome> {
    const parsed = checkSubmissionFrom(data, this.bodyIds, this.yesIds);
    if (!parsed.ok) return { refused: parsed.message };
    const { checkId, asAt, yes, cooperatingWith, poolsWith } = parsed.value;
    const board = boardKeyOf(context.activity);
    const profile = await this.deps.store.profile(board);
    return this.withChecks(board, (record): { result: Outcome; changed: boolean } => {
      if (record.last?.checkId === checkId) {
        const card = this.resultCard(record.last, profile, `This check was already run by ${record.last.by}; here is its result. Nothing was changed.`);
        return { result: { card, fresh: false }, changed: false };
      }
      const pending = record.pending.find((p) => p.checkId === checkId);
      if (!pending || pending.asAt !== asAt)
        return { result: { refused: 'This check card is out of date or was not made in this conversation, so I ran nothing. Say “compliance check” for a fresh one.' }, changed: false };
      const answers = { yes, cooperatingWith, poolsWith };
      const run: ComplianceRun = { checkId, asAt, answers, result: checkCompliance(this.deps.kb, answers, asAt), by: whoIn(context.activity), at: this.now().toISOString() };
      record.last = run;
      record.pending = record.pending.filter((p) => p.checkId !== checkId);
      return { result: { card: this.resultCard(run, profile), fresh: true }, changed: true };
    });
  }

  private resultCard(run: ComplianceRun, profile: BoardProfile | undefined, notice?: string): CardAttachment {
    const view = complianceResultView(run.result, { boardName: profile?.boardName, by: run.by, at: whenInWords(Date.parse(run.at), this.deps.timeZone), notice }, [
      button('Run a new check', 'ask', undefined, 'compliance check'),
      button('Obligations summary', 'ask', undefined, run.asAt === this.deps.kb.latest ? 'obligations' : `obligations as at ${run.asAt}`),
    ]);
    return complianceResultCard(view);
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

  /**
   * Reads the board's checks, lets `decide` change them, and writes them back with the eTag
   * they were read with. Losing a race (someone ran or posted a check at the same moment)
   * reads again and decides afresh.
   */
  private async withChecks<T>(board: string, decide: (record: ChecksRecord & { eTag?: string }) => { result: T; changed: boolean }): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const record = await this.deps.store.checks(board);
      const { result, changed } = decide(record);
      if (!changed) return result;
      try {
        await this.deps.store.saveChecks(board, record);
        return result;
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
