// How the evaluation grades a reply: what a person sees in it (the text, every string of a
// card), the first line they read, the verdict it starts with, and the citations it gives.
// ---- what a person sees ----

export const VERDICTS = ['Not yet', 'Not listed', 'Proposed', 'Yes', 'No'];
const VISIBLE_KEYS = new Set(['text', 'title', 'value', 'subtitle', 'label', 'altText', 'fallbackText', 'placeholder']);

/** Every string a person could read in the replies. */
export function visibleText(activities) {
  const out = [];
  const walk = (node, key) => {
    if (typeof node === 'string') { if (VISIBLE_KEYS.has(key)) out.push(node); return; }
    if (Array.isArray(node)) { for (const x of node) walk(x, key); return; }
    if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  for (const a of activities) {
    if (a.text) out.push(a.text);
    for (const att of a.attachments ?? []) walk(att.content, null);
    for (const s of a.suggestedActions?.actions ?? []) out.push(s.title ?? s.value ?? '');
  }
  return out.join('\n');
}

function firstTextBlock(el) {
  if (!el || typeof el !== 'object') return '';
  if (Array.isArray(el)) { for (const x of el) { const t = firstTextBlock(x); if (t) return t; } return ''; }
  if (el.type === 'TextBlock' && typeof el.text === 'string' && el.text.trim()) return el.text;
  if (el.type === 'RichTextBlock') {
    const t = (el.inlines ?? []).map((i) => (typeof i === 'string' ? i : i.text ?? '')).join('');
    if (t.trim()) return t;
  }
  return firstTextBlock(el.body) || firstTextBlock(el.items) || firstTextBlock(el.columns);
}

/** The first line a person reads: the reply's text, or a card-only reply's first TextBlock. */
export function firstLine(activities) {
  const msg = activities.find((a) => a.type === 'message' && (a.text || a.attachments?.length));
  const card = msg?.attachments?.find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  const raw = msg?.text || firstTextBlock(card) || '';
  return raw.replace(/<[^>]+>/g, '').replace(/[*_]/g, '').trim().split('\n')[0];
}

/** The verdict a line starts with, if any. */
export function verdictOf(line) {
  const start = line.replace(/^\W+/, '');
  return VERDICTS.find((v) => new RegExp(`^${v}\\b`, 'i').test(start));
}

const has = (hay, needle) => hay.toLowerCase().includes(needle.toLowerCase());
export function cites(text, wanted) {
  const [source, para] = wanted.split(':');
  const sourceOk = source === 'dfe' ? /DfE|Department for Education/.test(text) : /DCSF|Department for Children, Schools and Families/.test(text);
  if (!sourceOk || !para) return sourceOk;
  return new RegExp(`(para(graph)?s?\\.?|¶)\\s*(\\d+\\s*[,–-]\\s*)*${para}\\b`, 'i').test(text);
}
const CITES_ANY = /DCSF 20\d\d|DfE 20\d\d|\bparas? \d/;
const asksBack = (activities) => activities.some((a) => (a.suggestedActions?.actions?.length ?? 0) > 1
  || /Input\.ChoiceSet|"actions"\s*:\s*\[\s*\{[^]*\}\s*,\s*\{/.test(JSON.stringify(a.attachments ?? [])));
const HONEST = /not covered|don.t cover|do not cover|don.t know|do not know|can.t|cannot|couldn.t|not sure|outside|try asking|I can answer|I can help|no answer/i;

/**
 * Grades one case. `wrongVerdict`: a verdict outside the accepted ones (or on a question
 * that needed asking back); `answeredOutOfScope`: a verdict or citation for a question the
 * sources do not answer.
 */
export function grade(c, activities) {
  const problems = [];
  if (!activities.length) return { problems: ['no reply'] };
  const text = visibleText(activities).split(c.q).join(' ');
  const first = firstLine(activities);
  const given = verdictOf(first);
  let wrongVerdict = false;
  let answeredOutOfScope = false;
  if (text.includes('${')) problems.push('unexpanded template');
  if (c.kind === 'answer') {
    if (c.verdict?.length) {
      if (!given) problems.push(`no verdict in "${first.slice(0, 70)}"`);
      else if (!c.verdict.some((v) => v.toLowerCase() === given.toLowerCase())) {
        wrongVerdict = true;
        problems.push(`WRONG VERDICT "${first.slice(0, 70)}" (wanted ${c.verdict.join('/')})`);
      }
    }
    for (const group of c.all ?? []) if (!group.some((p) => has(text, p))) problems.push(`missing one of [${group.join(' | ')}]`);
    for (const p of c.none ?? []) if (has(text, p)) problems.push(`must not say "${p}"`);
    for (const x of c.cite ?? []) if (!cites(text, x)) problems.push(`does not cite ${x}`);
  } else if (c.kind === 'clarify') {
    if (given) { wrongVerdict = true; problems.push(`WRONG VERDICT "${first.slice(0, 70)}" instead of asking`); }
    if (!asksBack(activities)) problems.push('did not ask back with choices');
  } else if (c.kind === 'fallback') {
    if (given) { answeredOutOfScope = true; problems.push(`OUT OF SCOPE ANSWERED with "${first.slice(0, 70)}"`); }
    else if (CITES_ANY.test(text)) { answeredOutOfScope = true; problems.push(`OUT OF SCOPE ANSWERED with a citation: "${first.slice(0, 70)}"`); }
    if (!HONEST.test(text)) problems.push('no honest fallback message');
  }
  return { problems, wrongVerdict, answeredOutOfScope };
}

