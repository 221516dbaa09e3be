/// <reference path="./wink-porter2-stemmer.d.ts" />
// Words: a message and the sources are compared word by word after the same normalising,
// plural folding and stemming (Porter2, wink-porter2-stemmer), so "scrapping", "scrapped"
// and "scrap" meet, and "academies" meets "academy".
import stemWord from 'wink-porter2-stemmer';

/** Lower case, plain apostrophes gone, punctuation to spaces: "Children’s Trust-Board?" -> "childrens trust board". */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/[’‘`´']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folds plurals so "colleges", "academies" and "academys" meet "college" and "academy". */
export function fold(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && word.endsWith('ys')) return word.slice(0, -1);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

const foldedPhrases = new Map<string, string>();
/** A phrase normalised and folded word by word: the key it is looked up by (phrases are few: each is folded once). */
export function foldPhrase(phrase: string): string {
  let f = foldedPhrases.get(phrase);
  if (f === undefined) {
    f = normalise(phrase).split(' ').filter(Boolean).map(fold).join(' ');
    if (foldedPhrases.size < 50_000) foldedPhrases.set(phrase, f);
  }
  return f;
}

const stems = new Map<string, string>();
/** The word's stem; words are few, so each is stemmed once. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /\d/.test(word) ? word : stemWord(word);
    if (stems.size < 50_000) stems.set(word, s);
  }
  return s;
}

const textStems = new Map<string, readonly string[]>();
/** The stems of a text's words; the texts of answers come from the knowledge base and repeat, so each is read once. */
export function stemsOf(text: string): readonly string[] {
  let s = textStems.get(text);
  if (s === undefined) {
    s = normalise(text).split(' ').filter(Boolean).map(stem);
    if (textStems.size < 20_000) textStems.set(text, s);
  }
  return s;
}

/** The runs of 1..`max` words starting at word `i`, shortest first ("sixth", "sixth form"...). */
export function runsFrom(words: readonly string[], i: number, max: number): string[] {
  const runs: string[] = [];
  let run = '';
  for (let n = 0; n < max && i + n < words.length; n++) runs.push((run = n === 0 ? words[i]! : `${run} ${words[i + n]}`));
  return runs;
}

export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch !== b[i] ? [i] : []));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}
