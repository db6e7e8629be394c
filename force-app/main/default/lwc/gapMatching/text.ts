// Text to comparable tokens: lower case, punctuation out, synonyms and abbreviations replaced by
// one canonical token, stop words dropped, a light English stemmer so "exports" = "export".
import type { SynonymTable } from './synonyms';

const STOP_WORDS = new Set(
  'a an and are as at be by can for from in into is it its of on or our over the their them this to too up via we when with without need needs want wants should allow allows ability able support supports supported customer customers users user new add please'.split(
    ' '
  )
);

/** Lower case, accents and punctuation removed, words separated by single spaces. */
export function normalizeText(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A light stemmer: plural and common suffixes off ("integrations" → "integration", "syncing" → "sync"). */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** The distinct significant tokens of a text, synonyms replaced by their canonical token. */
export function tokenize(text: string | null | undefined, synonyms: SynonymTable): string[] {
  const words = normalizeText(text).split(' ').filter(Boolean);
  const stems = words.map(stem);
  const tokens: string[] = [];
  let i = 0;
  while (i < words.length) {
    const phrase = synonyms.longestAt(stems, i);
    if (phrase) {
      tokens.push(phrase.canonical);
      i += phrase.length;
      continue;
    }
    const word = words[i];
    const stemmed = stems[i];
    i += 1;
    if (STOP_WORDS.has(word)) continue;
    tokens.push(synonyms.canonicalOf(stemmed) ?? stemmed);
  }
  return [...new Set(tokens)];
}
