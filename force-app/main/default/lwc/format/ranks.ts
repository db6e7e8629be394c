// The one way ranks and ties are written everywhere: "#2", and "#2 (tied)" when others share it.
import RANK from '@salesforce/label/c.Format_Rank';
import RANK_TIED from '@salesforce/label/c.Format_Rank_Tied';
import { formatLabel } from './labels';
import { formatNumber } from './numbers';

/** A place in a ranking (1-based, whole): 2 -> "#2"; tied -> "#2 (tied)". */
export function formatRank(place: number, tied = false): string {
  return formatLabel(tied ? RANK_TIED : RANK, formatNumber(place));
}
