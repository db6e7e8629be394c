// The labels the ranking view model speaks in: metric and method names, date windows, duplicate
// sentences and the re-rank announcement. The screens import their own texts.
import type { MetricKey, RankingMethod } from 'c/gapRanking';
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
import WINDOW_ALL from '@salesforce/label/c.TopTen_Workbench_Window_All';
import WINDOW_FROM from '@salesforce/label/c.TopTen_Workbench_Window_From';
import WINDOW_TO from '@salesforce/label/c.TopTen_Workbench_Window_To';
import WINDOW_BETWEEN from '@salesforce/label/c.TopTen_Workbench_Window_Between';
import WINDOW_INVALID from '@salesforce/label/c.TopTen_Workbench_Window_Invalid';
import WEIGHTS_ZERO from '@salesforce/label/c.TopTen_Workbench_Weights_Zero';
import DUPLICATES_PAIR from '@salesforce/label/c.TopTen_Duplicates_Pair';
import DUPLICATE_MARK from '@salesforce/label/c.TopTen_Duplicate_Mark';
import SYNONYMS from '@salesforce/label/c.GapMatching_Synonyms';
import RERANKED from '@salesforce/label/c.TopTen_Workbench_Reranked';

export const LABELS = {
  WINDOW_ALL,
  WINDOW_FROM,
  WINDOW_TO,
  WINDOW_BETWEEN,
  WINDOW_INVALID,
  WEIGHTS_ZERO,
  DUPLICATES_PAIR,
  DUPLICATE_MARK,
  SYNONYMS,
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
