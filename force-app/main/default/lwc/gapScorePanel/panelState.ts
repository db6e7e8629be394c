// The panel's own decisions, pure: which state it is in, whether the gap is ranked, and how its
// ranks are found (estimate from the totals, or the exact read when the totals cannot rank).
import { METRICS_NOT_AGGREGATED } from 'c/gapData';
import type { GapDetail, MetricTotals, RevisionView } from 'c/gapData';
import { isClosedStatus } from 'c/gapRanking';
import { errorState } from 'c/ldsErrors';
import { estimateRankingStaged, partialRanking, rankingSettings, totalsCover } from 'c/gapScoring';
import { afterPaint } from 'c/paintTiming';
import type { OwnMetrics, PanelRanking } from 'c/gapScoring';

export type PanelStateName =
  'loading' | 'error' | 'noAccess' | 'notFound' | 'merged' | 'closed' | 'ready';

/** True for a gap that is ranked: read, not merged and not in a closed status. */
export function isOpenGap(detail: GapDetail | null | undefined): boolean {
  const gap = detail?.gap;
  return Boolean(gap && !gap.duplicateOfId && !isClosedStatus(gap.status));
}

/** The panel's state from its detail read, with the flags the template branches on. */
export function panelState(errors: unknown, loaded: boolean, detail: GapDetail | null) {
  let name: PanelStateName;
  const failed = errorState(errors);
  if (failed) name = failed;
  else if (!loaded) name = 'loading';
  else if (!detail) name = 'notFound';
  else if (detail.gap.duplicateOfId) name = 'merged';
  else name = isOpenGap(detail) ? 'ready' : 'closed';
  return {
    name,
    loading: name === 'loading',
    failed: name === 'error' || name === 'noAccess',
    notFound: name === 'notFound',
    merged: name === 'merged',
    closed: name === 'closed',
    open: name === 'ready'
  };
}

export interface EstimateOutcome {
  /** The estimate, its confidence null until `confidence` runs. */
  estimate: PanelRanking | null;
  /** The estimate's confidence, the slow part: to compute after the estimate is painted. */
  confidence: (() => number | null) | null;
  /** The totals lack a weighted metric: the exact read must rank instead. */
  exactFallback: boolean;
  error: unknown;
}

/**
 * How the ranks are found, once the detail and the revision are read (null before). ARR, TAM and
 * lost ARR are sums no documented aggregate gives: a ranking that weighs them asks for the exact
 * read at once (without waiting for the totals) instead of a wrong estimate, and shows meanwhile
 * the places the totals do give (partialRanking; null before the totals or when there are none);
 * otherwise the estimate from the totals, null until they arrive.
 */
export function estimateFor(
  detail: GapDetail | null,
  own: OwnMetrics | null,
  totals: MetricTotals | null,
  revision: { loaded: boolean; value: RevisionView | null }
): EstimateOutcome | null {
  if (!detail || !revision.loaded) return null;
  const settings = rankingSettings(revision.value);
  const gap = { id: detail.gap.id, name: detail.gap.name, ranked: isOpenGap(detail) };
  if (!totalsCover({ missing: METRICS_NOT_AGGREGATED }, settings)) {
    let estimate = null;
    try {
      estimate = totals ? partialRanking(totals, own, gap, settings) : null;
    } catch {
      estimate = null; // the exact read still ranks: nothing partial rather than an error
    }
    return { estimate, confidence: null, exactFallback: true, error: null };
  }
  if (!totals) return null;
  try {
    const { ranking, confidence } = estimateRankingStaged(totals, own, gap, settings);
    return { estimate: ranking, confidence, exactFallback: false, error: null };
  } catch (error) {
    return { estimate: null, confidence: null, exactFallback: false, error };
  }
}

/**
 * Once the outcome's estimate is painted, computes its confidence (hundreds of re-rankings of
 * every gap) and sets `host.estimate` to the estimate with it, unless the host moved on to another.
 */
export function followConfidence(
  outcome: EstimateOutcome,
  host: { estimate: PanelRanking | null }
): void {
  const { estimate, confidence } = outcome;
  if (!estimate || !confidence) return;
  afterPaint(() => {
    if (host.estimate === estimate) host.estimate = { ...estimate, confidence: confidence() };
  });
}

/** The page reference of a Product Gap record. */
export function gapReference(recordId: string) {
  return {
    type: 'standard__recordPage',
    attributes: { recordId, objectApiName: 'Product_Gap__c', actionName: 'view' }
  };
}
