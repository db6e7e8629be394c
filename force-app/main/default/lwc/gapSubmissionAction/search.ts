// Search as plain data: the term sent, the matches and which term they answer, so a result that
// arrives for an older term is never shown as the answer to the new one.
import type { GapMatch } from 'c/gapData';
import { gapSearchRequest } from 'c/gapData';
import { formatCount, formatLabel } from 'c/labelFormat';

export interface SearchState {
  /** The trimmed term the search runs for. */
  term: string;
  matches: GapMatch[];
  /** The term the matches answer; null while the search for `term` runs. */
  resultTerm: string | null;
  /** The errors of the last search, or null. */
  errors: unknown;
}

/** Nothing typed: no request, no match. */
export const IDLE_SEARCH: SearchState = { term: '', matches: [], resultTerm: '', errors: null };

/** The state for a (new) term: matches cleared; a term too short to send is answered at once with no match. */
export function withTerm(state: SearchState, term: string): SearchState {
  const trimmed = term.trim();
  if (trimmed === state.term) return state;
  const sent = gapSearchRequest(trimmed) !== null;
  return { term: trimmed, matches: [], resultTerm: sent ? null : trimmed, errors: null };
}

/** The state once the search for the current term answered (errors mean no match). */
export function withResult(state: SearchState, matches: GapMatch[], errors: unknown): SearchState {
  return {
    ...state,
    matches: errors ? [] : matches,
    resultTerm: state.term,
    errors: errors ?? null
  };
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

/** What the polite live region says: searching, the number of matches, no match, or nothing (no search, or an error). */
export function searchStatus(state: SearchState, texts: SearchTexts): string {
  if (state.errors || gapSearchRequest(state.term) === null) return '';
  if (isSearching(state)) return texts.searching;
  if (state.matches.length === 0) return formatLabel(texts.none, state.term);
  return formatCount(texts.one, texts.many, state.matches.length);
}
