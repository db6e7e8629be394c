// What the Top 10 tab's children read of one ranking. It is a class instance on purpose: LWC hands
// class instances to child components as they are, while plain objects and arrays reach a child
// through its read-only proxy; inside Lightning Web Security each read through that proxy also
// crosses the sandbox boundary, which made every re-rank of 2,000 gaps take seconds.
import type { GapMetrics, RankingModel } from 'c/gapRanking';
import type { WorkbenchRow } from './rows';

/** One ranking as the ranking table, the filters and curation read it; immutable. */
export class RankingFeed {
  constructor(
    /** The ranked rows in ranking order, with confidence once it is known (curation's `gaps`). */
    readonly gaps: readonly WorkbenchRow[],
    /** Metric details of every ranked gap (ARR split, severity counts, status, area). */
    readonly details: readonly GapMetrics[],
    /** The engine's model the explanations are computed from; null before the first ranking. */
    readonly model: RankingModel | null
  ) {}
}

/** The feed of a snapshot's rows and ranked view (empty before the first ranking). */
export function rankingFeed(
  rows: readonly WorkbenchRow[],
  ranked: { details: readonly GapMetrics[]; model: RankingModel } | null
): RankingFeed {
  return new RankingFeed(rows, ranked?.details ?? [], ranked?.model ?? null);
}
