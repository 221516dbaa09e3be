// The largest card the knowledge base allows stays well under Teams' limit on a bot message
// (about 28 KB, the whole activity): a board that pools with every body and cooperates with
// none (a gap per partner and per pooled body), on each date the sources speak for, with the
// profile's board name at its longest; the obligations summary and the check card likewise.
import { loadKnowledgeBase } from '../knowledge/load';
import { checkCompliance, obligationsSummary, partnersOn } from '../knowledge/obligations';
import { answer } from '../knowledge/engine';
import { answerCard, answerView, button, type CardAttachment } from '../cards';
import { complianceCheckCard, complianceResultCard, complianceResultView, obligationsCard, obligationsView } from '../cards/board';
import { followUpsFor } from '../dialogs/replies';

const kb = loadKnowledgeBase();
/** Teams' limit on a message is about 28 KB; "well under" leaves room for the activity around the card. */
const TEAMS_LIMIT = 28 * 1024;
const BUDGET = 20 * 1024;
const LONG_NAME = 'A'.repeat(120); // the board form's maxLength
const DATES = ['2008-01-01', kb.sources[0]!.date, '2009-04-01', kb.latest];

/** The size of the activity Teams gets: the card as the one attachment of a message. */
const bytes = (card: CardAttachment): number =>
  Buffer.byteLength(JSON.stringify({ type: 'message', attachments: [card], replyToId: 'f:1234567890', conversation: { id: '19:x'.padEnd(80, 'x') } }));

const sizes: Record<string, number> = {};

test('the compliance result in the worst case (every gap the checklist can give)', () => {
  const actions = [button('Run a new check', 'ask', undefined, 'compliance check'), button('Obligations summary', 'ask', undefined, 'obligations')];
  for (const date of DATES) {
    for (const cooperatingWith of [[], partnersOn(kb, date).partners.map((p) => p.body.id)]) {
      const yes = Object.fromEntries(kb.checks.map((c) => [c.id, false]));
      const result = checkCompliance(kb, { yes, cooperatingWith, poolsWith: kb.bodies.map((b) => b.id) }, date);
      const card = complianceResultCard(complianceResultView(result, { boardName: LONG_NAME, by: 'B'.repeat(100), at: 'Wednesday 30 September 2026 at 23:59', notice: 'This check was already run by someone with a long name; here is its result. Nothing was changed.' }, actions));
      const size = bytes(card);
      sizes[`compliance-result ${date}${cooperatingWith.length ? '' : ', no partners'}`] = size;
      expect(size).toBeLessThan(BUDGET);
    }
  }
});

test('the obligations summary, the check card and the longest answer', () => {
  for (const date of DATES) {
    const summary = obligationsSummary(kb, date, { partners: kb.bodies.map((b) => b.id).slice(0, 13), dcsInPost: false, leadMemberInPost: false });
    const card = obligationsCard(obligationsView(summary, LONG_NAME, [button('Compliance check'), button('Show our board')]));
    sizes[`obligations ${date}`] = bytes(card);
    const partners = partnersOn(kb, date).partners.map((p) => p.body);
    const check = complianceCheckCard({
      lead: `“${'M'.repeat(200)}” has started.`,
      title: `${LONG_NAME}: compliance check`,
      asAtLine: `Against the law as at ${date}`,
      intro: 'Prefilled from your board profile. Tick what is true today, then choose Run the check: the result replaces this card for everyone here.',
      questions: kb.checks.filter((c) => c.kind === 'yes-no').map((c) => ({ id: `check-${c.id}`, title: c.ask, value: 'true' })),
      cooperationLabel: 'The authority has cooperation arrangements with',
      cooperatingWith: partners.map((b) => b.id).join(','),
      partnerChoices: partners.map((b) => ({ title: b.name, value: b.id })),
      poolingLabel: 'The board pools budgets or shares resources with',
      poolsWith: kb.bodies.map((b) => b.id).join(','),
      poolChoices: kb.bodies.map((b) => ({ title: b.name, value: b.id })),
      runData: { compliance: 'run', checkId: '00000000-0000-4000-8000-000000000000', asAt: date },
    });
    sizes[`compliance-check ${date}`] = bytes(check);
  }
  // every answer the engine gives about a body or a topic, on each date: the largest of them
  let largest = 0;
  for (const date of DATES) {
    const queries = [
      { kind: 'body-list' as const, asAt: date },
      ...kb.bodies.map((b) => ({ kind: 'body-status' as const, bodyId: b.id, asAt: date })),
      ...kb.topics.map((t) => ({ kind: 'topic' as const, topicId: t.id, asAt: date })),
    ];
    for (const q of queries) {
      let a;
      try {
        a = answer(kb, q);
      } catch {
        continue; // a topic that needs a body
      }
      largest = Math.max(largest, bytes(answerCard(answerView(a, followUpsFor(a)))));
    }
  }
  sizes['answer (largest)'] = largest;
  for (const [name, size] of Object.entries(sizes)) expect([name, size < BUDGET]).toEqual([name, true]);
  console.log(`card sizes in bytes (budget ${BUDGET}, Teams ${TEAMS_LIMIT}): ${JSON.stringify(sizes)}`);
});
