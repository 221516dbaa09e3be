// The answer as reply text: verdict first, then one sentence; the detail; what is changing;
// the date it speaks for; and the sources, readable. Markdown that Teams and a terminal both show.
import { paraLabel } from './engine';
import { formatDate } from './dates';
import type { Answer, CitationView } from './types';

/**
 * Sources in order, each once, a numbered source's paragraphs together:
 * "DCSF 2008, paras 21, 23; DfE 2010 notice (Duty to cooperate)".
 */
export function sourceLabels(citations: CitationView[]): string {
  const paras = new Map<string, { name: string; paras: Set<number> }>();
  const labels: string[] = [];
  for (const c of citations) {
    if (c.paras) {
      const name = c.label.slice(0, c.label.indexOf(','));
      if (!paras.has(c.source)) { paras.set(c.source, { name, paras: new Set() }); labels.push(`#${c.source}`); }
      c.paras.forEach((n) => paras.get(c.source)!.paras.add(n));
    } else if (!labels.includes(c.label)) labels.push(c.label);
  }
  return labels
    .map((l) => {
      const group = l.startsWith('#') ? paras.get(l.slice(1)) : undefined;
      return group ? `${group.name}, ${paraLabel([...group.paras])}` : l;
    })
    .join('; ');
}

/** The first line: the verdict and one sentence, or the direct answer to an open question. */
export function firstLine(answer: Answer): string {
  return answer.verdict ? `**${answer.verdict}.** ${answer.headline}` : answer.headline;
}

export function answerText(answer: Answer): string {
  const lines = [firstLine(answer)];
  if (answer.dateNote) lines.push(answer.dateNote);
  lines.push(...answer.explanation);
  if (answer.changes.length) lines.push(`**What is changing:** ${answer.changes.map((c) => c.text).join(' ')}`);
  lines.push(`_As at ${formatDate(answer.asAt)}._`);
  if (answer.citations.length) lines.push(`**Sources:** ${sourceLabels(answer.citations)}`);
  return lines.join('\n\n');
}
