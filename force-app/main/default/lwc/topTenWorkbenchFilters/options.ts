// The filters' picklist options: "All", the picklist's values in their order, then any other
// value found among the ranked gaps (so nothing in the data is unreachable).
import { GAP_STATUSES, PRODUCT_AREAS } from 'c/gapData';
import { isClosedStatus } from 'c/gapRanking';
import { distinctValues } from 'c/rankingView';
import { LABELS } from './labels';

type Gap = { status: string; productArea: string | null };

/** Combobox options: "All" (value '') then each value. */
export function filterOptions(values: readonly string[]): { label: string; value: string }[] {
  return [
    { label: LABELS.FILTER_ALL, value: '' },
    ...values.map((value) => ({ label: value, value }))
  ];
}

/** The picklist's values in their defined order, then any other value found in the rows. */
export function mergeValues(
  known: readonly string[],
  rows: readonly Gap[],
  key: 'status' | 'productArea'
): string[] {
  const extra = distinctValues(rows, key).filter((value) => !known.includes(value));
  return [...known, ...extra];
}

/** Product area filter options: "All", the picklist's values, then any other value in the gaps. */
export function areaOptions(gaps: readonly Gap[] | null | undefined) {
  return filterOptions(mergeValues(PRODUCT_AREAS, gaps ?? [], 'productArea'));
}

/** Status filter options: "All", the open statuses of the picklist, then any other in the gaps. */
export function statusOptions(gaps: readonly Gap[] | null | undefined) {
  const open = GAP_STATUSES.filter((status) => !isClosedStatus(status));
  return filterOptions(mergeValues(open, gaps ?? [], 'status'));
}
