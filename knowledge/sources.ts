// Splits a source's extracted text into citable units (numbered paragraphs or headed
// sections) and repairs the PDF damage the source's description names. Pure: text in,
// units out.
import type { SourceMeta, SourceUnit } from './types';

const BULLET_MARK = /\s+ll\s*$/; // the extraction left "ll" where a bullet stood
const BULLET = '• ';

/** Text compared whitespace-, line-break- and quote-style-insensitively. */
export function comparable(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/•/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops blank lines and page furniture; trims each line. */
function contentLines(meta: SourceMeta, text: string): string[] {
  const furniture = meta.furniture.map((p) => new RegExp(p));
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !furniture.some((re) => re.test(l)));
}

/**
 * If lines[i..j] are exactly one of `phrases` (line breaks aside), returns the phrase and
 * the index after it. Side headings and boxes always occupy whole lines.
 */
function wholeLinesMatch(lines: string[], i: number, phrases: string[]): { phrase: string; next: number } | undefined {
  for (const phrase of phrases) {
    const want = comparable(phrase);
    let got = '';
    for (let j = i; j < lines.length && got.length < want.length; j++) {
      got = comparable(got + ' ' + lines[j]);
      if (got === want) return { phrase, next: j + 1 };
      if (!want.startsWith(got)) break;
    }
  }
  return undefined;
}

/** Joins hard-wrapped lines into prose: bullets on their own lines, hyphenated breaks closed. */
function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    let line = raw;
    let bullet = false;
    if (BULLET_MARK.test(line)) {
      line = line.replace(BULLET_MARK, '');
      bullet = true;
    }
    if (bullet) out = out.trimEnd() + (out ? '\n' : '') + BULLET + line;
    else if (/[A-Za-z]-$/.test(out) && /^[a-z]/.test(line)) out += line;
    else out += (out && !out.endsWith('\n') ? ' ' : '') + line;
  }
  return out.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
}

function splitNumbered(meta: SourceMeta, lines: string[]): SourceUnit[] {
  const count = meta.paragraphs ?? 0;
  const interruptions = meta.interruptions ?? [];
  const chapterOf = (n: number) => [...(meta.chapters ?? [])].reverse().find((c) => n >= c.from)?.title;
  const units: { n: number; heading?: string; lines: string[] }[] = [];
  let heading: string | undefined;
  let pendingHeading: string | undefined;
  for (let i = 0; i < lines.length; ) {
    const cut = wholeLinesMatch(lines, i, interruptions);
    if (cut) { i = cut.next; continue; }
    const head = wholeLinesMatch(lines, i, meta.headings);
    if (head) { pendingHeading = head.phrase; i = head.next; continue; }
    const line = lines[i++];
    const next = units.length + 1;
    // The number sits at the end of a paragraph's first line, or mid-line: "achieved 3. within".
    const marker = new RegExp(`(^|\\s)${next}\\.(\\s|$)`);
    if (next <= count && marker.test(line)) {
      const prev = units[units.length - 1];
      if (pendingHeading || (prev && chapterOf(prev.n) !== chapterOf(next))) heading = pendingHeading;
      pendingHeading = undefined;
      units.push({ n: next, heading, lines: [line.replace(marker, ' ').trim()] });
    } else if (units.length) {
      units[units.length - 1].lines.push(line);
    }
  }
  return units.map((u) => ({
    source: meta.id,
    ref: String(u.n),
    heading: u.heading,
    chapter: chapterOf(u.n),
    text: joinLines(u.lines),
  }));
}

function splitHeaded(meta: SourceMeta, lines: string[]): SourceUnit[] {
  const units: SourceUnit[] = [];
  let current: SourceUnit | undefined = meta.introduction
    ? { source: meta.id, ref: meta.introduction, heading: meta.introduction, text: '' }
    : undefined;
  const flush = () => { if (current && current.text) units.push({ ...current, text: current.text.trim() }); };
  for (const line of lines) {
    const heading = meta.headings.find((h) => comparable(h) === comparable(line));
    if (heading) {
      flush();
      current = { source: meta.id, ref: heading, heading, text: '' };
    } else if (current) {
      const item = line.replace(/^•\s*/, BULLET);
      current.text += (current.text ? '\n' : '') + item;
    }
  }
  flush();
  return units;
}

/** Splits a source's text into its citable units. */
export function splitSource(meta: SourceMeta, text: string): SourceUnit[] {
  const lines = contentLines(meta, text);
  return meta.structure === 'numbered' ? splitNumbered(meta, lines) : splitHeaded(meta, lines);
}

/**
 * True if a quote stands in the text of its units: whitespace, line breaks and quote marks
 * aside, with "…" standing for words left out (the parts must appear in order).
 */
export function quoteStandsIn(unitTexts: string[], quote: string): boolean {
  if (!unitTexts.length) return false;
  const hay = comparable(unitTexts.join(' '));
  let from = 0;
  for (const part of quote.split('…').map(comparable).filter(Boolean)) {
    const at = hay.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
