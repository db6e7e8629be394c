// What the current ranking rests on, in words, for the publish confirmation: the window, the
// method's label, the active weights, and the counts; and whether the data behind it is partial.
import { METRIC_KEYS } from 'c/gapRanking';
import type { RankingMethod, Weights } from 'c/gapRanking';
import { formatDay, formatDecimal, formatLabel } from 'c/format';
import { LABELS, METHOD_LABELS, METRIC_LABELS } from './labels';
import type { ViewState } from './view';

/** The basis handed to curation (same shape as topTenCuration's PublishBasis). */
export interface PublishBasisView {
  window: string;
  method: string;
  weights: string;
  gapCount: number;
  submissionCount: number;
  partialReason: string | null;
}

/** The date window in words; an empty bound is open. */
export function windowText(state: Pick<ViewState, 'from' | 'to'>): string {
  const from = state.from || '';
  const to = state.to || '';
  if (from && to) return formatLabel(LABELS.WINDOW_BETWEEN, formatDay(from), formatDay(to));
  if (from) return formatLabel(LABELS.WINDOW_FROM, formatDay(from));
  if (to) return formatLabel(LABELS.WINDOW_TO, formatDay(to));
  return LABELS.WINDOW_ALL;
}

/** The active weights (above 0) as "Label value", in metric order. */
export function weightsText(weights: Weights): string {
  return METRIC_KEYS.filter((key) => weights[key] > 0)
    .map((key) => `${METRIC_LABELS[key]} ${formatDecimal(weights[key], 2)}`)
    .join(', ');
}

/** The basis of a ranking: window, method label, weights, counts, and the partial-data reason. */
export function publishBasis(
  state: Pick<ViewState, 'from' | 'to'>,
  method: RankingMethod,
  weights: Weights,
  gapCount: number,
  submissionCount: number,
  partialReason: string | null
): PublishBasisView {
  return {
    window: windowText(state),
    method: METHOD_LABELS[method],
    weights: weightsText(weights),
    gapCount,
    submissionCount,
    partialReason
  };
}
