// Ask the knowledge base without Teams:
//   npm run ask -- "must we publish a CYPP?" [--as-at 2008-07-01] [--json]
import { parseArgs } from 'node:util';
import { understand } from './understand';
import { answer } from './engine';
import { loadKnowledgeBase } from './load';
import { answerText } from './present';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'as-at': { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  const text = positionals.join(' ').trim();
  if (values.help || !text) {
    console.log('Usage: npm run ask -- "<question>" [--as-at YYYY-MM-DD] [--json]');
    return text || values.help ? 0 : 2;
  }
  const asAt = values['as-at'];
  if (asAt !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(asAt) || Number.isNaN(Date.parse(asAt)))) {
    console.error(`--as-at must be a date as YYYY-MM-DD, not "${asAt}".`);
    return 2;
  }
  const kb = loadKnowledgeBase();
  const u = understand(kb, text, new Date());
  if (u.intent === 'question' && u.query) {
    const a = answer(kb, asAt ? { ...u.query, asAt } : u.query);
    console.log(values.json ? JSON.stringify(a, null, 2) : `${answerText(a)}\n\n${a.citations.map((c) => `- ${c.label}: “${c.quote}”`).join('\n')}`);
    return 0;
  }
  if (values.json) console.log(JSON.stringify(u, null, 2));
  else if (u.intent === 'clarify') console.log(`${u.prompt}\n${(u.choices ?? []).map((c) => `- ${c.title}`).join('\n')}`);
  else if (u.intent === 'bad-input') console.log(u.message);
  else if (u.intent === 'followup') console.log('That reads as a follow-up: ask the whole question here, e.g. "Were academies relevant partners in 2008?"');
  else console.log('I can’t answer that from the sources I hold. I answer questions on Children’s Trusts law: relevant partners and the duty to cooperate, the CYPP, the Board, the DCS and Lead Member, statutory guidance, pooled budgets.');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
