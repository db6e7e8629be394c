// The overall-rank section's strings, from Custom Labels. Method names are the Top 10 tab's.
import type { RankingMethod } from 'c/gapRanking';
import OVERALL from '@salesforce/label/c.GapScorePanel_Overall';
import NOT_RANKED from '@salesforce/label/c.GapScorePanel_Not_Ranked';
import SOURCE_ESTIMATE from '@salesforce/label/c.GapScorePanel_Source_Estimate';
import SOURCE_ESTIMATE_DEFAULTS from '@salesforce/label/c.GapScorePanel_Source_Estimate_Defaults';
import SOURCE_LIVE from '@salesforce/label/c.GapScorePanel_Source_Live';
import SOURCE_LIVE_DEFAULTS from '@salesforce/label/c.GapScorePanel_Source_Live_Defaults';
import TRUNCATED from '@salesforce/label/c.GapScorePanel_Truncated';
import EXACT_FALLBACK from '@salesforce/label/c.GapScorePanel_Exact_Fallback';
import EXACT_FALLBACK_REFUSED from '@salesforce/label/c.GapScorePanel_Exact_Fallback_Refused';
import CONFIDENCE from '@salesforce/label/c.GapScorePanel_Confidence';
import RERANK from '@salesforce/label/c.GapScorePanel_Rerank';
import RERANK_PROGRESS from '@salesforce/label/c.GapScorePanel_Rerank_Progress';
import RERANK_STARTING from '@salesforce/label/c.GapScorePanel_Rerank_Starting';
import RERANK_ERROR from '@salesforce/label/c.GapScorePanel_Rerank_Error';
import RANKS_ERROR from '@salesforce/label/c.GapScorePanel_Ranks_Error';
import RANKS_LOADING from '@salesforce/label/c.GapScorePanel_Ranks_Loading';
import LOAD_STARTING from '@salesforce/label/c.TopTen_Workbench_Loading';
import LOAD_PROGRESS from '@salesforce/label/c.TopTen_Workbench_Loading_Progress';
import OVERALL_PENDING from '@salesforce/label/c.GapScorePanel_Overall_Pending';
import SOURCE_PARTIAL from '@salesforce/label/c.GapScorePanel_Source_Partial';
import ANNOUNCE_PARTIAL from '@salesforce/label/c.GapScorePanel_Announce_Partial';
import ANNOUNCE_ESTIMATE from '@salesforce/label/c.GapScorePanel_Announce_Estimate';
import ANNOUNCE_LIVE from '@salesforce/label/c.GapScorePanel_Announce_Live';
import METHOD_BORDA from '@salesforce/label/c.TopTen_Workbench_Method_Borda';
import METHOD_RRF from '@salesforce/label/c.TopTen_Workbench_Method_Rrf';
import METHOD_PARETO from '@salesforce/label/c.TopTen_Workbench_Method_Pareto';
import METHOD_SCORE from '@salesforce/label/c.TopTen_Workbench_Method_Score';

export const LABELS = {
  OVERALL,
  NOT_RANKED,
  SOURCE_ESTIMATE,
  SOURCE_ESTIMATE_DEFAULTS,
  SOURCE_LIVE,
  SOURCE_LIVE_DEFAULTS,
  TRUNCATED,
  EXACT_FALLBACK,
  EXACT_FALLBACK_REFUSED,
  CONFIDENCE,
  RERANK,
  RERANK_PROGRESS,
  RERANK_STARTING,
  RERANK_ERROR,
  RANKS_ERROR,
  RANKS_LOADING,
  LOAD_STARTING,
  LOAD_PROGRESS,
  OVERALL_PENDING,
  SOURCE_PARTIAL,
  ANNOUNCE_PARTIAL,
  ANNOUNCE_ESTIMATE,
  ANNOUNCE_LIVE
} as const;

/** The name of each ranking method. */
export const METHOD_LABELS: Readonly<Record<RankingMethod, string>> = {
  borda: METHOD_BORDA,
  rrf: METHOD_RRF,
  pareto: METHOD_PARETO,
  score: METHOD_SCORE
};
