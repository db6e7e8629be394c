// Search as plain data: the term sent, the matches and which term they answer, so a result that
// arrives for an older term is never shown as the answer to the new one. The request fetches
// candidates broadly (any significant word or synonym); the matcher ranks them in the browser.
import type { GapMatch, ReadData, ReadRequest } from 'c/gapData';
import { MIN_SEARCH_LENGTH, gapCandidatesRequest, mapGapSearch } from 'c/gapData';
import { DUPLICATE_THRESHOLD, NO_SYNONYMS, SEARCH_THRESHOLD } from 'c/gapMatching';
import { rankMatches, searchWords } from 'c/gapMatching';
import type { SynonymTable } from 'c/gapMatching';
import { formatCount, formatLabel } from 'c/format';

export interface SearchState {
  /** The trimmed term the search runs for. */
  term: string;
  /** Every match, most similar first (the list shows the first few). */
  matches: GapMatch[];
  /** The term the matches answer; null while the search for `term` runs. */
  resultTerm: string | null;
  /** The errors of the last search, or null. */
  errors: unknown;
}

/** How the matcher ranks: the admin's synonyms and the lowest similarity listed. */
export interface MatchRule {
  synonyms: SynonymTable;
  threshold: number;
}

/** Search-box rule without synonyms (tests, and before the label is read). */
export const PLAIN_RULE: MatchRule = { synonyms: NO_SYNONYMS, threshold: SEARCH_THRESHOLD };

/** Nothing typed: no request, no match. */
export const IDLE_SEARCH: SearchState = { term: '', matches: [], resultTerm: '', errors: null };

/** The broad candidate request for a term; null for a term too short to send or without a significant word. */
export function candidateRequest(
  term: string | null | undefined,
  synonyms: SynonymTable = NO_SYNONYMS
): ReadRequest | null {
  const trimmed = (term ?? '').trim();
  if (trimmed.length < MIN_SEARCH_LENGTH) return null;
  return gapCandidatesRequest(searchWords(trimmed, synonyms));
}

/** The state for a (new) term: matches cleared; a term too short to send is answered at once with no match. */
export function withTerm(
  state: SearchState,
  term: string,
  synonyms: SynonymTable = NO_SYNONYMS
): SearchState {
  const trimmed = term.trim();
  if (trimmed === state.term) return state;
  const sent = candidateRequest(trimmed, synonyms) !== null;
  return { term: trimmed, matches: [], resultTerm: sent ? null : trimmed, errors: null };
}

/** The state once the candidates for the current term arrived: ranked by the rule (errors mean no match). */
export function withResult(
  state: SearchState,
  candidates: GapMatch[],
  errors: unknown,
  rule: MatchRule = PLAIN_RULE
): SearchState {
  const ranked = errors
    ? []
    : rankMatches(state.term, candidates, rule.synonyms, rule.threshold).matches.map(
        (match) => match.candidate
      );
  return { ...state, matches: ranked, resultTerm: state.term, errors: errors ?? null };
}

/** The state once the search wire emits: its errors, or the candidates ranked for the mode ('new': a title's likely duplicates); null when it emitted nothing. */
export function withSearchResult(
  state: SearchState,
  result: { data?: ReadData; errors?: unknown[] } | undefined,
  mode: 'existing' | 'new',
  synonyms: SynonymTable
): SearchState | null {
  if (result?.errors?.length) return withResult(state, [], result.errors);
  if (!result?.data) return null;
  const threshold = mode === 'new' ? DUPLICATE_THRESHOLD : SEARCH_THRESHOLD;
  return withResult(state, mapGapSearch(result.data), null, { synonyms, threshold });
}

/** True while the request for the current term has not answered. */
export function isSearching(state: SearchState): boolean {
  return state.resultTerm === null;
}

/** Sentences for the search status: searching, no match ({0} = term), one / many ({0} = count). */
export interface SearchTexts {
  searching: string;
  none: string;
  one: string;
  many: string;
}

/** What the polite live region says: searching, the total number of matches, no match, or nothing (no search, or an error). */
export function searchStatus(state: SearchState, texts: SearchTexts): string {
  if (state.errors || state.term.length < MIN_SEARCH_LENGTH) return '';
  if (isSearching(state)) return texts.searching;
  if (state.matches.length === 0) return formatLabel(texts.none, state.term);
  return formatCount(texts.one, texts.many, state.matches.length);
}
