// Cursor paging as a pure state machine: the screen's wire handler feeds each page in and
// reads back the cursor for the next request, the rows so far and the progress.
import type { Connection } from './fields';
import { nodesOf } from './fields';

/** Page size for every paged read: the UI API maximum per page (and within 200..2000 for upperBound). */
export const PAGE_SIZE = 2000;
/**
 * Upper bound on records for every paged read: past 4,000 records the UI API requires
 * `upperBound`, and the wire adapter expects it constant across the pages of a collection.
 */
export const UPPER_BOUND = 100000;

export interface PageState<Row> {
  rows: Row[];
  /** Total the server reported (totalCount), or null before the first page / when not sent. */
  total: number | null;
  /** Cursor for the next page; null when done. */
  cursor: string | null;
  /** True when there is nothing more to request. */
  done: boolean;
  /** Pages accepted so far. */
  pages: number;
  /** True when the connection came back null (object not readable) or paging stalled. */
  incomplete: boolean;
}

/** A fresh paging state: no rows, not done. */
export function startPaging<Row>(): PageState<Row> {
  return { rows: [], total: null, cursor: null, done: false, pages: 0, incomplete: false };
}

/**
 * Accepts one page: appends mapped rows and returns the next state; done when the server says
 * there is no next page, when the connection is missing, or when the cursor does not advance.
 */
export function acceptPage<TNode, Row>(
  state: PageState<Row>,
  connection: Connection<TNode> | null | undefined,
  mapNode: (node: TNode) => Row
): PageState<Row> {
  if (state.done) return state;
  if (!connection) {
    return { ...state, cursor: null, done: true, pages: state.pages + 1, incomplete: true };
  }
  const rows = state.rows.concat(nodesOf(connection).map(mapNode));
  const total = typeof connection.totalCount === 'number' ? connection.totalCount : state.total;
  const endCursor = connection.pageInfo?.endCursor ?? null;
  const more = connection.pageInfo?.hasNextPage === true;
  const stalled = more && (endCursor === null || endCursor === state.cursor);
  return {
    rows,
    total,
    cursor: more && !stalled ? endCursor : null,
    done: !more || stalled,
    pages: state.pages + 1,
    incomplete: stalled
  };
}

/** Loaded / total for a progress bar; fraction is 1 when done, in [0, 1) while loading. */
export function pageProgress(state: PageState<unknown>): {
  loaded: number;
  total: number | null;
  fraction: number;
} {
  const loaded = state.rows.length;
  if (state.done) return { loaded, total: state.total ?? loaded, fraction: 1 };
  const total = state.total;
  const fraction = total && total > 0 ? Math.min(loaded / total, 0.999) : 0;
  return { loaded, total, fraction };
}
