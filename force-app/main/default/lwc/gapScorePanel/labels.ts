// Every string the score panel shows, from Custom Labels so an admin can translate them. Metric
// and method names are the Top 10 tab's labels, so both screens name them alike.
import type { MetricKey, RankingMethod } from 'c/gapRanking';
import TITLE from '@salesforce/label/c.GapScorePanel_Title';
import LOADING from '@salesforce/label/c.GapScorePanel_Loading';
import LOAD_ERROR from '@salesforce/label/c.GapScorePanel_Load_Error';
import NOT_FOUND from '@salesforce/label/c.GapScorePanel_Not_Found';
import CLOSED from '@salesforce/label/c.GapScorePanel_Closed';
import MERGED from '@salesforce/label/c.GapScorePanel_Merged';
import MERGED_LINK from '@salesforce/label/c.GapScorePanel_Merged_Link';
import MERGED_FROM from '@salesforce/label/c.GapScorePanel_Merged_From';
import HIDDEN_ONE from '@salesforce/label/c.GapScorePanel_Hidden_One';
import HIDDEN_MANY from '@salesforce/label/c.GapScorePanel_Hidden_Many';
import METRICS_HEADING from '@salesforce/label/c.GapScorePanel_Metrics_Heading';
import METRIC_RANK from '@salesforce/label/c.GapScorePanel_Metric_Rank';
import METRIC_RANK_TIED from '@salesforce/label/c.GapScorePanel_Metric_Rank_Tied';
import PHRASE_ARR from '@salesforce/label/c.GapScorePanel_Phrase_Arr';
import PHRASE_ACCOUNTS from '@salesforce/label/c.GapScorePanel_Phrase_Accounts';
import PHRASE_STRATEGIC from '@salesforce/label/c.GapScorePanel_Phrase_Strategic';
import PHRASE_P0 from '@salesforce/label/c.GapScorePanel_Phrase_P0';
import PHRASE_TAM from '@salesforce/label/c.GapScorePanel_Phrase_Tam';
import PHRASE_LOST from '@salesforce/label/c.GapScorePanel_Phrase_Lost';
import OVERALL from '@salesforce/label/c.GapScorePanel_Overall';
import NOT_RANKED from '@salesforce/label/c.GapScorePanel_Not_Ranked';
import SOURCE_ESTIMATE from '@salesforce/label/c.GapScorePanel_Source_Estimate';
import SOURCE_ESTIMATE_DEFAULTS from '@salesforce/label/c.GapScorePanel_Source_Estimate_Defaults';
import SOURCE_LIVE from '@salesforce/label/c.GapScorePanel_Source_Live';
import SOURCE_LIVE_DEFAULTS from '@salesforce/label/c.GapScorePanel_Source_Live_Defaults';
import TRUNCATED from '@salesforce/label/c.GapScorePanel_Truncated';
import EXACT_FALLBACK from '@salesforce/label/c.GapScorePanel_Exact_Fallback';
import CONFIDENCE from '@salesforce/label/c.GapScorePanel_Confidence';
import PUBLISHED_IN from '@salesforce/label/c.GapScorePanel_Published_In';
import PUBLISHED_OUT from '@salesforce/label/c.GapScorePanel_Published_Out';
import PUBLISHED_NONE from '@salesforce/label/c.GapScorePanel_Published_None';
import PUBLISHED_CONFIDENCE from '@salesforce/label/c.GapScorePanel_Published_Confidence';
import PUBLISHED_HEADING from '@salesforce/label/c.GapScorePanel_Published_Heading';
import PATH_HEADING from '@salesforce/label/c.GapScorePanel_Path_Heading';
import PATH_INTRO from '@salesforce/label/c.GapScorePanel_Path_Intro';
import PATH_NONE from '@salesforce/label/c.GapScorePanel_Path_None';
import PATH_IN from '@salesforce/label/c.GapScorePanel_Path_In';
import ARR_HEADING from '@salesforce/label/c.GapScorePanel_Arr_Heading';
import ARR_OPEN from '@salesforce/label/c.GapScorePanel_Arr_Open';
import ARR_WON from '@salesforce/label/c.GapScorePanel_Arr_Won';
import ARR_LOST from '@salesforce/label/c.GapScorePanel_Arr_Lost';
import STRATEGIC_HEADING from '@salesforce/label/c.GapScorePanel_Strategic_Heading';
import STRATEGIC_NONE from '@salesforce/label/c.GapScorePanel_Strategic_None';
import SUBMISSIONS_HEADING from '@salesforce/label/c.GapScorePanel_Submissions_Heading';
import SUBMISSIONS_NONE from '@salesforce/label/c.GapScorePanel_Submissions_None';
import SUBMISSIONS_MORE from '@salesforce/label/c.GapScorePanel_Submissions_More';
import COL_ACCOUNT from '@salesforce/label/c.GapScorePanel_Col_Account';
import COL_OPPORTUNITY from '@salesforce/label/c.GapScorePanel_Col_Opportunity';
import COL_SEVERITY from '@salesforce/label/c.GapScorePanel_Col_Severity';
import COL_AMOUNT from '@salesforce/label/c.GapScorePanel_Col_Amount';
import NOT_VISIBLE from '@salesforce/label/c.GapScorePanel_Not_Visible';
import RERANK from '@salesforce/label/c.GapScorePanel_Rerank';
import RERANK_PROGRESS from '@salesforce/label/c.GapScorePanel_Rerank_Progress';
import RERANK_STARTING from '@salesforce/label/c.GapScorePanel_Rerank_Starting';
import RERANK_ERROR from '@salesforce/label/c.GapScorePanel_Rerank_Error';
import RANKS_ERROR from '@salesforce/label/c.GapScorePanel_Ranks_Error';
import RANKS_LOADING from '@salesforce/label/c.GapScorePanel_Ranks_Loading';
import METRIC_ARR from '@salesforce/label/c.TopTen_Workbench_Metric_Arr';
import METRIC_ACCOUNTS from '@salesforce/label/c.TopTen_Workbench_Metric_Accounts';
import METRIC_STRATEGIC from '@salesforce/label/c.TopTen_Workbench_Metric_Strategic';
import METRIC_P0 from '@salesforce/label/c.TopTen_Workbench_Metric_P0';
import METRIC_TAM from '@salesforce/label/c.TopTen_Workbench_Metric_Tam';
import METRIC_LOST from '@salesforce/label/c.TopTen_Workbench_Metric_Lost';
import METHOD_BORDA from '@salesforce/label/c.TopTen_Workbench_Method_Borda';
import METHOD_RRF from '@salesforce/label/c.TopTen_Workbench_Method_Rrf';
import METHOD_PARETO from '@salesforce/label/c.TopTen_Workbench_Method_Pareto';
import METHOD_SCORE from '@salesforce/label/c.TopTen_Workbench_Method_Score';

export const LABELS = {
  TITLE,
  LOADING,
  LOAD_ERROR,
  NOT_FOUND,
  CLOSED,
  MERGED,
  MERGED_LINK,
  MERGED_FROM,
  HIDDEN_ONE,
  HIDDEN_MANY,
  METRICS_HEADING,
  METRIC_RANK,
  METRIC_RANK_TIED,
  PHRASE_ARR,
  PHRASE_ACCOUNTS,
  PHRASE_STRATEGIC,
  PHRASE_P0,
  PHRASE_TAM,
  PHRASE_LOST,
  OVERALL,
  NOT_RANKED,
  SOURCE_ESTIMATE,
  SOURCE_ESTIMATE_DEFAULTS,
  SOURCE_LIVE,
  SOURCE_LIVE_DEFAULTS,
  TRUNCATED,
  EXACT_FALLBACK,
  CONFIDENCE,
  PUBLISHED_IN,
  PUBLISHED_OUT,
  PUBLISHED_NONE,
  PUBLISHED_CONFIDENCE,
  PUBLISHED_HEADING,
  PATH_HEADING,
  PATH_INTRO,
  PATH_NONE,
  PATH_IN,
  ARR_HEADING,
  ARR_OPEN,
  ARR_WON,
  ARR_LOST,
  STRATEGIC_HEADING,
  STRATEGIC_NONE,
  SUBMISSIONS_HEADING,
  SUBMISSIONS_NONE,
  SUBMISSIONS_MORE,
  COL_ACCOUNT,
  COL_OPPORTUNITY,
  COL_SEVERITY,
  COL_AMOUNT,
  NOT_VISIBLE,
  RERANK,
  RERANK_PROGRESS,
  RERANK_STARTING,
  RERANK_ERROR,
  RANKS_ERROR,
  RANKS_LOADING
} as const;

/** The name of each metric. */
export const METRIC_LABELS: Readonly<Record<MetricKey, string>> = {
  arr: METRIC_ARR,
  accounts: METRIC_ACCOUNTS,
  strategic: METRIC_STRATEGIC,
  p0: METRIC_P0,
  tam: METRIC_TAM,
  lost: METRIC_LOST
};

/** How a metric reads after a rank: "#3 of 142 by ARR". */
export const METRIC_PHRASES: Readonly<Record<MetricKey, string>> = {
  arr: PHRASE_ARR,
  accounts: PHRASE_ACCOUNTS,
  strategic: PHRASE_STRATEGIC,
  p0: PHRASE_P0,
  tam: PHRASE_TAM,
  lost: PHRASE_LOST
};

/** The name of each ranking method. */
export const METHOD_LABELS: Readonly<Record<RankingMethod, string>> = {
  borda: METHOD_BORDA,
  rrf: METHOD_RRF,
  pareto: METHOD_PARETO,
  score: METHOD_SCORE
};
