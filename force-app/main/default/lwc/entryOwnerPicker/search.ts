// What the owning PM picker says about a search: a hint before enough is typed, searching, the
// matches, no match, or no access (a plain sentence, never the platform's error). Pure.
import { USER_SEARCH_LIMIT, mapUserSearch, userSearchVariables } from 'c/gapData';
import type { UserOption } from 'c/gapData';
import { classifyErrors } from 'c/ldsErrors';
import { formatLabel, formatNumber } from 'c/format';
import { LABELS } from './labels';

/** hint | searching | results | noMatch | noAccess | failed. */
export type SearchState = 'hint' | 'searching' | 'results' | 'noMatch' | 'noAccess' | 'failed';

export interface SearchView {
  state: SearchState;
  users: UserOption[];
  /** The sentence shown under the search box (and announced). */
  message: string;
}

/** The view of a search for `term` given the wire's latest result for `resultKey` (the pattern it answered). */
export function searchView(
  term: string,
  result: { pattern: string; data?: unknown; errors?: unknown } | null
): SearchView {
  const variables = userSearchVariables(term);
  if (!variables) return { state: 'hint', users: [], message: LABELS.HINT };
  if (!result || result.pattern !== variables.pattern) {
    return { state: 'searching', users: [], message: LABELS.SEARCHING };
  }
  if (Array.isArray(result.errors) && result.errors.length > 0) {
    const noAccess = classifyErrors(result.errors) === 'noAccess';
    return {
      state: noAccess ? 'noAccess' : 'failed',
      users: [],
      message: noAccess ? LABELS.NO_ACCESS : LABELS.FAILED
    };
  }
  const { users, more } = mapUserSearch(result.data);
  if (users.length === 0) {
    return { state: 'noMatch', users, message: formatLabel(LABELS.NO_MATCH, term.trim()) };
  }
  const message = more
    ? formatLabel(LABELS.MORE, formatNumber(USER_SEARCH_LIMIT))
    : formatLabel(LABELS.COUNT, formatNumber(users.length));
  return { state: 'results', users, message };
}
