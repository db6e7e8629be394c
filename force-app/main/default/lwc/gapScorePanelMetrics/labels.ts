// The metrics section's strings, from Custom Labels. Metric names are the Top 10 tab's labels.
import type { MetricKey } from 'c/gapRanking';
import HEADING from '@salesforce/label/c.GapScorePanel_Metrics_Heading';
import METRIC_RANK from '@salesforce/label/c.GapScorePanel_Metric_Rank';
import METRIC_RANK_TOTALS from '@salesforce/label/c.GapScorePanel_Metric_Rank_Totals';
import METRIC_RANK_PENDING from '@salesforce/label/c.GapScorePanel_Metric_Rank_Pending';
import METRIC_RANK_UNCERTAIN from '@salesforce/label/c.GapScorePanel_Metric_Rank_Totals_Uncertain';
import METRIC_RANK_DROP_TO from '@salesforce/label/c.GapScorePanel_Metric_Rank_Totals_Drop_To';
import PHRASE_ARR from '@salesforce/label/c.GapScorePanel_Phrase_Arr';
import PHRASE_ACCOUNTS from '@salesforce/label/c.GapScorePanel_Phrase_Accounts';
import PHRASE_STRATEGIC from '@salesforce/label/c.GapScorePanel_Phrase_Strategic';
import PHRASE_P0 from '@salesforce/label/c.GapScorePanel_Phrase_P0';
import PHRASE_TAM from '@salesforce/label/c.GapScorePanel_Phrase_Tam';
import PHRASE_LOST from '@salesforce/label/c.GapScorePanel_Phrase_Lost';
import METRIC_ARR from '@salesforce/label/c.TopTen_Workbench_Metric_Arr';
import METRIC_ACCOUNTS from '@salesforce/label/c.TopTen_Workbench_Metric_Accounts';
import METRIC_STRATEGIC from '@salesforce/label/c.TopTen_Workbench_Metric_Strategic';
import METRIC_P0 from '@salesforce/label/c.TopTen_Workbench_Metric_P0';
import METRIC_TAM from '@salesforce/label/c.TopTen_Workbench_Metric_Tam';
import METRIC_LOST from '@salesforce/label/c.TopTen_Workbench_Metric_Lost';

export const LABELS = {
  HEADING,
  METRIC_RANK,
  METRIC_RANK_TOTALS,
  METRIC_RANK_UNCERTAIN,
  METRIC_RANK_DROP_TO,
  METRIC_RANK_PENDING
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
