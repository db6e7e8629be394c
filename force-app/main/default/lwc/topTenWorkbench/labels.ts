// Every string the workbench shows, from Custom Labels so an admin can translate them; the
// children receive what they display from here through properties.
import type { MetricKey, RankingMethod } from 'c/gapRanking';
import TITLE from '@salesforce/label/c.TopTen_Workbench_Title';
import TO_CURATION from '@salesforce/label/c.TopTen_Workbench_To_Curation';
import CURATION_REGION from '@salesforce/label/c.TopTen_Workbench_Curation_Region';
import DUPLICATES_PAIR from '@salesforce/label/c.TopTen_Duplicates_Pair';
import DUPLICATE_MARK from '@salesforce/label/c.TopTen_Duplicate_Mark';
import SYNONYMS from '@salesforce/label/c.GapMatching_Synonyms';
import LOADING from '@salesforce/label/c.TopTen_Workbench_Loading';
import LOADING_PROGRESS from '@salesforce/label/c.TopTen_Workbench_Loading_Progress';
import LOAD_ERROR from '@salesforce/label/c.TopTen_Workbench_Load_Error';
import EMPTY from '@salesforce/label/c.TopTen_Workbench_Empty';
import NO_MATCH from '@salesforce/label/c.TopTen_Workbench_No_Match';
import HIDDEN_ONE from '@salesforce/label/c.TopTen_Workbench_Hidden_One';
import HIDDEN_MANY from '@salesforce/label/c.TopTen_Workbench_Hidden_Many';
import LOAD_INCOMPLETE from '@salesforce/label/c.TopTen_Workbench_Load_Incomplete';
import SUMMARY from '@salesforce/label/c.TopTen_Workbench_Summary';
import METHOD from '@salesforce/label/c.TopTen_Workbench_Method';
import METHOD_BORDA from '@salesforce/label/c.TopTen_Workbench_Method_Borda';
import METHOD_RRF from '@salesforce/label/c.TopTen_Workbench_Method_Rrf';
import METHOD_PARETO from '@salesforce/label/c.TopTen_Workbench_Method_Pareto';
import METHOD_SCORE from '@salesforce/label/c.TopTen_Workbench_Method_Score';
import WEIGHTS from '@salesforce/label/c.TopTen_Workbench_Weights';
import WEIGHTS_ZERO from '@salesforce/label/c.TopTen_Workbench_Weights_Zero';
import RESET from '@salesforce/label/c.TopTen_Workbench_Reset';
import FROM_REVISION from '@salesforce/label/c.TopTen_Workbench_From_Revision';
import FROM_DEFAULTS from '@salesforce/label/c.TopTen_Workbench_From_Defaults';
import SETTINGS_PROBLEM from '@salesforce/label/c.TopTen_Workbench_Settings_Problem';
import METRIC_ARR from '@salesforce/label/c.TopTen_Workbench_Metric_Arr';
import METRIC_ACCOUNTS from '@salesforce/label/c.TopTen_Workbench_Metric_Accounts';
import METRIC_STRATEGIC from '@salesforce/label/c.TopTen_Workbench_Metric_Strategic';
import METRIC_P0 from '@salesforce/label/c.TopTen_Workbench_Metric_P0';
import METRIC_TAM from '@salesforce/label/c.TopTen_Workbench_Metric_Tam';
import METRIC_LOST from '@salesforce/label/c.TopTen_Workbench_Metric_Lost';
import COL_RANK from '@salesforce/label/c.TopTen_Workbench_Col_Rank';
import COL_GAP from '@salesforce/label/c.TopTen_Workbench_Col_Gap';
import COL_ID from '@salesforce/label/c.TopTen_Workbench_Col_Id';
import COL_STATUS from '@salesforce/label/c.TopTen_Workbench_Col_Status';
import COL_AREA from '@salesforce/label/c.TopTen_Workbench_Col_Area';
import COL_SCORE from '@salesforce/label/c.TopTen_Workbench_Col_Score';
import COL_CONFIDENCE from '@salesforce/label/c.TopTen_Workbench_Col_Confidence';
import COL_METRIC_RANK from '@salesforce/label/c.TopTen_Workbench_Col_Metric_Rank';
import COL_EXPLAIN from '@salesforce/label/c.TopTen_Workbench_Col_Explain';
import COL_GITHUB from '@salesforce/label/c.TopTen_Workbench_Col_GitHub';
import COMPUTING from '@salesforce/label/c.TopTen_Workbench_Computing';
import METRIC_RANK_SHORT from '@salesforce/label/c.TopTen_Workbench_Metric_Rank_Short';
import FILTER_AREA from '@salesforce/label/c.TopTen_Workbench_Filter_Area';
import FILTER_STATUS from '@salesforce/label/c.TopTen_Workbench_Filter_Status';
import FILTER_ALL from '@salesforce/label/c.TopTen_Workbench_Filter_All';
import FILTER_FROM from '@salesforce/label/c.TopTen_Workbench_Filter_From';
import FILTER_TO from '@salesforce/label/c.TopTen_Workbench_Filter_To';
import FILTER_SEARCH from '@salesforce/label/c.TopTen_Workbench_Filter_Search';
import FILTERS_NOTE from '@salesforce/label/c.TopTen_Workbench_Filters_Note';
import WINDOW_INVALID from '@salesforce/label/c.TopTen_Workbench_Window_Invalid';
import WINDOW_ALL from '@salesforce/label/c.TopTen_Workbench_Window_All';
import WINDOW_FROM from '@salesforce/label/c.TopTen_Workbench_Window_From';
import WINDOW_TO from '@salesforce/label/c.TopTen_Workbench_Window_To';
import WINDOW_BETWEEN from '@salesforce/label/c.TopTen_Workbench_Window_Between';
import WINDOW_CLEARED from '@salesforce/label/c.TopTen_Workbench_Window_Cleared';
import EXPORT from '@salesforce/label/c.TopTen_Workbench_Export';
import SHOW_MORE from '@salesforce/label/c.TopTen_Workbench_Show_More';
import EXPLAIN from '@salesforce/label/c.TopTen_Workbench_Explain';
import EXPLAIN_SHORT from '@salesforce/label/c.TopTen_Workbench_Explain_Short';
import EXPLAIN_TITLE from '@salesforce/label/c.TopTen_Workbench_Explain_Title';
import EXPLAIN_SHARES from '@salesforce/label/c.TopTen_Workbench_Explain_Shares';
import EXPLAIN_PATH from '@salesforce/label/c.TopTen_Workbench_Explain_Path';
import EXPLAIN_PATH_INTRO from '@salesforce/label/c.TopTen_Workbench_Explain_Path_Intro';
import EXPLAIN_IN from '@salesforce/label/c.TopTen_Workbench_Explain_In';
import EXPLAIN_NONE from '@salesforce/label/c.TopTen_Workbench_Explain_None';
import EXPLAIN_CLOSE from '@salesforce/label/c.TopTen_Workbench_Explain_Close';
import RERANKED from '@salesforce/label/c.TopTen_Workbench_Reranked';

export const LABELS = {
  TO_CURATION,
  CURATION_REGION,
  DUPLICATES_PAIR,
  DUPLICATE_MARK,
  SYNONYMS,
  TITLE,
  LOADING,
  LOADING_PROGRESS,
  LOAD_ERROR,
  EMPTY,
  NO_MATCH,
  HIDDEN_ONE,
  HIDDEN_MANY,
  LOAD_INCOMPLETE,
  SUMMARY,
  METHOD,
  METHOD_BORDA,
  METHOD_RRF,
  METHOD_PARETO,
  METHOD_SCORE,
  WEIGHTS,
  WEIGHTS_ZERO,
  RESET,
  FROM_REVISION,
  FROM_DEFAULTS,
  SETTINGS_PROBLEM,
  METRIC_ARR,
  METRIC_ACCOUNTS,
  METRIC_STRATEGIC,
  METRIC_P0,
  METRIC_TAM,
  METRIC_LOST,
  COL_RANK,
  COL_GAP,
  COL_ID,
  COL_STATUS,
  COL_AREA,
  COL_SCORE,
  COL_CONFIDENCE,
  COL_METRIC_RANK,
  COL_EXPLAIN,
  COL_GITHUB,
  COMPUTING,
  METRIC_RANK_SHORT,
  FILTER_AREA,
  FILTER_STATUS,
  FILTER_ALL,
  FILTER_FROM,
  FILTER_TO,
  FILTER_SEARCH,
  FILTERS_NOTE,
  WINDOW_INVALID,
  WINDOW_ALL,
  WINDOW_FROM,
  WINDOW_TO,
  WINDOW_BETWEEN,
  WINDOW_CLEARED,
  EXPORT,
  SHOW_MORE,
  EXPLAIN,
  EXPLAIN_SHORT,
  EXPLAIN_TITLE,
  EXPLAIN_SHARES,
  EXPLAIN_PATH,
  EXPLAIN_PATH_INTRO,
  EXPLAIN_IN,
  EXPLAIN_NONE,
  EXPLAIN_CLOSE,
  RERANKED
} as const;

/** The name of each metric, as columns, weight controls and explanations show it. */
export const METRIC_LABELS: Readonly<Record<MetricKey, string>> = {
  arr: METRIC_ARR,
  accounts: METRIC_ACCOUNTS,
  strategic: METRIC_STRATEGIC,
  p0: METRIC_P0,
  tam: METRIC_TAM,
  lost: METRIC_LOST
};

/** The name of each ranking method, for the method picker and announcements. */
export const METHOD_LABELS: Readonly<Record<RankingMethod, string>> = {
  borda: METHOD_BORDA,
  rrf: METHOD_RRF,
  pareto: METHOD_PARETO,
  score: METHOD_SCORE
};
