// Every answer the engine can give to a yes/no question: the verdict must agree with the
// answer's own first statement. A "No" whose sentence says the thing holds, or a "Yes" whose
// sentence says it does not, is the worst reply the bot can give; this walks all of them.
import { answer } from '../knowledge/engine';
import { loadKnowledgeBase } from '../knowledge/load';
import type { Answer, Query, QuestionForm } from '../knowledge/types';

const kb = loadKnowledgeBase();

const FORMS: QuestionForm[] = ['is', 'removed', 'removing', 'stays', 'adding', 'proposed'];
const DATES = [undefined, '2008-03-01', '2008-07-02', '2009-06-01', '2010-10-31', '2026-11-30'];
const CONDITIONS = [undefined, 'announced', ...kb.means.map((m) => m.id)];

/** The answer's own statement: its first clause, after the note on how old the sources are. */
function statement(a: Answer): string {
  const own = a.headline.replace(/^My latest source is [^;]*; this is the position on that date\. /, '');
  return own.split(/;|:|\. |, and |, but |, though /)[0]!;
}

const NEGATIVE = /\b(?:not|no|nothing|never|none|neither|cannot|only|no longer)\b/i;
const GONE = /\b(?:gone|removed|revoked|withdrawn|removal|removing|no longer|remove)\b/i;

/** What each verdict's statement must say, by the form of the question. */
function agrees(form: QuestionForm, a: Answer): string | undefined {
  const s = statement(a);
  const gone = form === 'removed' || form === 'removing';
  switch (a.verdict) {
    case 'Yes':
      if (form === 'proposed') return /propos/i.test(a.headline) ? undefined : `Yes, but the statement says nothing was proposed: "${s}"`;
      if (gone ? !GONE.test(s) : NEGATIVE.test(s)) return `Yes, but the statement says otherwise: "${s}"`;
      return undefined;
    case 'No':
      if (!NEGATIVE.test(s) && !GONE.test(s) && !(gone && /\b(?:still|stays|remains|continues?)\b/.test(s)) && !(form === 'adding' && /\balready\b/.test(s)))
        return `No, but the statement does not deny it: "${s}"`;
      return undefined;
    case 'Not yet':
      return /\b(?:not|no|still|yet)\b/i.test(s) ? undefined : `Not yet, but the statement does not say so: "${s}"`;
    case 'Not listed':
      return /\bnot\b/i.test(s) ? undefined : `Not listed, but the statement does not say so: "${s}"`;
    case 'Proposed':
      return /propos/i.test(a.headline) ? undefined : `Proposed, but the statement does not say so: "${s}"`;
    default:
      return undefined;
  }
}

function everyQuery(): Query[] {
  const out: Query[] = [];
  for (const form of FORMS)
    for (const asAt of DATES)
      for (const condition of CONDITIONS) {
        const dated = { form, ...(asAt ? { asAt } : {}), ...(condition ? { condition } : {}) };
        for (const b of kb.bodies) out.push({ kind: 'body-status', bodyId: b.id, ...dated });
        for (const t of kb.topics) {
          out.push({ kind: 'topic', topicId: t.id, ...dated });
          if (t.perBody) for (const b of kb.bodies) out.push({ kind: 'topic', topicId: t.id, bodyId: b.id, ...dated });
        }
        out.push({ kind: 'body-status', unknownBody: 'housing associations', ...dated });
      }
  return out;
}

describe('the verdict agrees with the answer’s own statement', () => {
  const queries = everyQuery();

  test(`every generated answer (${queries.length} queries)`, () => {
    const disagreements = queries.flatMap((q) => {
      const a = answer(kb, q);
      // a question of permission is answered as it stands, whatever its form
      const form = kb.topics.find((t) => t.id === q.topicId)?.permission ? 'is' : q.form ?? 'is';
      const problem = agrees(form, a);
      return problem ? [`${JSON.stringify(q)} -> ${problem}`] : [];
    });
    expect(disagreements).toEqual([]);
    expect(queries.length).toBeGreaterThan(5000);
  });

  // "can we scrap our board?": Yes says the requirement is gone or going; No says it still holds
  test('may a requirement be given up: the verdict turned, the sentence with it', () => {
    const disagreements = kb.topics
      .filter((t) => t.kind === 'yes-no' && !t.permission && !t.perBody)
      .flatMap((t) => DATES.flatMap((asAt) => CONDITIONS.map((condition) => ({ kind: 'topic' as const, topicId: t.id, givingUp: true, ...(asAt ? { asAt } : {}), ...(condition ? { condition } : {}) }))))
      .flatMap((q) => {
        const a = answer(kb, q);
        const s = statement(a);
        if (a.verdict === 'Yes' && !NEGATIVE.test(s) && !GONE.test(s) && !/^Once /.test(s)) return [`${JSON.stringify(q)} -> Yes, but the statement says it still holds: "${s}"`];
        if (a.verdict === 'No' && (NEGATIVE.test(s) || GONE.test(s))) return [`${JSON.stringify(q)} -> No, but the statement says it is gone: "${s}"`];
        if (a.verdict && a.verdict !== 'Yes' && a.verdict !== 'No') return [`${JSON.stringify(q)} -> ${a.verdict} is no answer to "may we give it up?"`];
        return [];
      });
    expect(disagreements).toEqual([]);
  });

  test('the check itself catches a verdict that contradicts its sentence', () => {
    const forged: Answer = { ...answer(kb, { kind: 'body-status', bodyId: 'police' }), verdict: 'No' };
    expect(agrees('is', forged)).toMatch(/does not deny/);
    const gone: Answer = { ...answer(kb, { kind: 'topic', topicId: 'dcs-appoint', form: 'removing' }), verdict: 'Yes' };
    expect(agrees('removing', gone)).toMatch(/says otherwise/);
  });

  test('a question the answer cannot settle gets no verdict at all', () => {
    for (const q of everyQuery().filter((x) => x.asAt === '2009-06-01' && x.bodyId === 'jobcentre-plus' && x.kind === 'body-status')) {
      expect(answer(kb, q).verdict).toBeUndefined();
    }
  });
});
