// What the person chose to look at — filters, date window, sort — as one immutable value, and
// the memo that derives the visible rows from it only when the rows or the choice change.
import { defaultDirection, filterRows, isSortKey, sortRows } from './rows';
import type { SortDirection, SortKey, WorkbenchRow } from './rows';
import type { DateWindow } from './session';

export interface ViewState {
  productArea: string;
  status: string;
  search: string;
  /** yyyy-mm-dd or null. */
  from: string | null;
  to: string | null;
  sortKey: SortKey;
  sortDirection: SortDirection;
}

export const INITIAL_VIEW: Readonly<ViewState> = Object.freeze({
  productArea: '',
  status: '',
  search: '',
  from: null,
  to: null,
  sortKey: 'rank',
  sortDirection: 'asc'
});

const FILTER_NAMES = new Set(['productArea', 'status', 'search', 'from', 'to']);

/**
 * The state with one filter changed (productArea, status, search, from, to; an empty date is no
 * bound); `windowChanged` says the metrics must be recomputed. An unknown name changes nothing.
 */
export function applyFilter(
  state: ViewState,
  name: string,
  value: unknown
): { state: ViewState; windowChanged: boolean } {
  if (!FILTER_NAMES.has(name)) return { state, windowChanged: false };
  const text = typeof value === 'string' ? value : '';
  if (name === 'from' || name === 'to') {
    const bound = text.trim() === '' ? null : text.trim();
    return { state: { ...state, [name]: bound }, windowChanged: bound !== state[name] };
  }
  return { state: { ...state, [name]: text }, windowChanged: false };
}

/** Sorting by a column: a new column starts in its natural direction, the same column flips. */
export function toggleSort(state: ViewState, key: unknown): ViewState {
  if (!isSortKey(key)) return state;
  if (key === state.sortKey) {
    return { ...state, sortDirection: state.sortDirection === 'asc' ? 'desc' : 'asc' };
  }
  return { ...state, sortKey: key, sortDirection: defaultDirection(key) };
}

/** The submission date window of the state. */
export function windowOf(state: ViewState): DateWindow {
  return { from: state.from, to: state.to };
}

/** True when both dates are set and the start is after the end (ISO dates compare as text). */
export function windowInverted(state: ViewState): boolean {
  return state.from !== null && state.to !== null && state.from > state.to;
}

/** The rows to show: filtered by area, status and name, then sorted (ties by overall rank). */
export function visibleRows(rows: readonly WorkbenchRow[], state: ViewState): WorkbenchRow[] {
  return sortRows(filterRows(rows, state), state.sortKey, state.sortDirection);
}
