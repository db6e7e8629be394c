// Likely duplicates of a gap title among candidate gaps: pure, no platform imports, so the flag
// action, the Top 10 tab and Node tests rank with the same rule.
import { NO_SYNONYMS } from './synonyms';
import type { SynonymTable } from './synonyms';
import { coverage, idfWeights } from './similarity';
import type { Weights } from './similarity';
import { tokenize } from './text';

/** A gap as the matcher reads it. */
export interface MatchCandidate {
  id: string;
  name: string;
  summary?: string | null;
}

/** A candidate with its similarity (0–1) to the query. */
export interface ScoredMatch<T extends MatchCandidate> {
  candidate: T;
  score: number;
}

/** The ranked likely duplicates and how many there are in total. */
export interface MatchResult<T extends MatchCandidate> {
  matches: ScoredMatch<T>[];
  total: number;
}

/** Scores at or above this are likely duplicates (chosen on the pair fixture, see its test). */
export const DUPLICATE_THRESHOLD = 0.6;

/** The search box lists gaps at or above this: anything sharing a substantial part of the words. */
export const SEARCH_THRESHOLD = 0.35;

interface Tokens {
  name: string[];
  all: string[];
}

function tokensOf(gap: MatchCandidate, synonyms: SynonymTable): Tokens {
  const name = tokenize(gap.name, synonyms);
  const summary = tokenize(gap.summary, synonyms);
  return { name, all: [...new Set([...name, ...summary])] };
}

/**
 * Similarity of a query title to a gap: the query's words found in the gap's name (or, at 0.8,
 * its summary) and the gap name's words found in the query, averaged; word order never counts.
 */
function scoreTokens(query: string[], gap: Tokens, weight: Weights): number {
  if (query.length === 0 || gap.name.length === 0) return 0;
  const inName = coverage(query, gap.name, weight);
  const inAll = coverage(query, gap.all, weight) * 0.8;
  const back = coverage(gap.name, query, weight);
  return (Math.max(inName, inAll) + back) / 2;
}

/** Similarity (0–1) of two texts under the given synonyms and weights (every word 1 by default). */
export function similarity(
  query: string,
  gap: MatchCandidate,
  synonyms: SynonymTable = NO_SYNONYMS,
  weight: Weights = () => 1
): number {
  return scoreTokens(tokenize(query, synonyms), tokensOf(gap, synonyms), weight);
}

/** Candidates at or above the threshold, most similar first (ties by name), and their total count; rarer words weigh more. */
export function rankMatches<T extends MatchCandidate>(
  query: string,
  candidates: readonly T[],
  synonyms: SynonymTable = NO_SYNONYMS,
  threshold = DUPLICATE_THRESHOLD
): MatchResult<T> {
  const queryTokens = tokenize(query, synonyms);
  const tokens = candidates.map((candidate) => tokensOf(candidate, synonyms));
  const weight = idfWeights([queryTokens, ...tokens.map((t) => t.all)]);
  const matches = candidates
    .map((candidate, i) => ({ candidate, score: scoreTokens(queryTokens, tokens[i], weight) }))
    .filter((match) => match.score >= threshold)
    .sort((a, b) => b.score - a.score || a.candidate.name.localeCompare(b.candidate.name));
  return { matches, total: matches.length };
}

/** A likely duplicate pair among gaps: indexes into the list (first < second) and the score. */
export interface DuplicatePair {
  first: number;
  second: number;
  score: number;
}

/** Word weights from a corpus of gaps (every word of their names and summaries): compute once per data set, reuse across rankings. */
export function corpusWeights(
  corpus: readonly MatchCandidate[],
  synonyms: SynonymTable = NO_SYNONYMS
): Weights {
  return idfWeights(corpus.map((gap) => tokensOf(gap, synonyms).all));
}

/** Every pair of gaps that are likely duplicates of each other (either name matched against the other), most similar first; words weighted by `corpus` (gaps, or weights from corpusWeights). */
export function duplicatePairs(
  gaps: readonly MatchCandidate[],
  synonyms: SynonymTable = NO_SYNONYMS,
  threshold = DUPLICATE_THRESHOLD,
  corpus: readonly MatchCandidate[] | Weights = gaps
): DuplicatePair[] {
  const tokens = gaps.map((gap) => tokensOf(gap, synonyms));
  const weight = typeof corpus === 'function' ? corpus : corpusWeights(corpus, synonyms);
  const pairs: DuplicatePair[] = [];
  for (let i = 0; i < gaps.length; i += 1) {
    for (let j = i + 1; j < gaps.length; j += 1) {
      const score = Math.max(
        scoreTokens(tokens[i].name, tokens[j], weight),
        scoreTokens(tokens[j].name, tokens[i], weight)
      );
      if (score >= threshold) pairs.push({ first: i, second: j, score });
    }
  }
  return pairs.sort((a, b) => b.score - a.score || a.first - b.first);
}

/** The words a broad candidate search looks for (`like %word%`): each significant word and, for a synonym, each of its terms (the longest word of a phrase, as punctuation varies), at most `limit`. */
export function searchWords(
  query: string,
  synonyms: SynonymTable = NO_SYNONYMS,
  limit = 8
): string[] {
  const words: string[] = [];
  for (const token of tokenize(query, synonyms)) {
    const terms = synonyms.termsOf(token);
    for (const term of terms.length ? terms : [token]) {
      const word = term.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
      if (word.length >= 2 && !words.includes(word)) words.push(word);
    }
  }
  return words.slice(0, limit);
}
