// The path section's strings, from Custom Labels. Metric names are the Top 10 tab's labels.
import type { MetricKey } from 'c/gapRanking';
import HEADING from '@salesforce/label/c.GapScorePanel_Path_Heading';
import INTRO from '@salesforce/label/c.GapScorePanel_Path_Intro';
import NONE from '@salesforce/label/c.GapScorePanel_Path_None';
import IN from '@salesforce/label/c.GapScorePanel_Path_In';
import METRIC_ARR from '@salesforce/label/c.TopTen_Workbench_Metric_Arr';
import METRIC_ACCOUNTS from '@salesforce/label/c.TopTen_Workbench_Metric_Accounts';
import METRIC_STRATEGIC from '@salesforce/label/c.TopTen_Workbench_Metric_Strategic';
import METRIC_P0 from '@salesforce/label/c.TopTen_Workbench_Metric_P0';
import METRIC_TAM from '@salesforce/label/c.TopTen_Workbench_Metric_Tam';
import METRIC_LOST from '@salesforce/label/c.TopTen_Workbench_Metric_Lost';

export const LABELS = { HEADING, INTRO, NONE, IN } as const;

/** The name of each metric. */
export const METRIC_LABELS: Readonly<Record<MetricKey, string>> = {
  arr: METRIC_ARR,
  accounts: METRIC_ACCOUNTS,
  strategic: METRIC_STRATEGIC,
  p0: METRIC_P0,
  tam: METRIC_TAM,
  lost: METRIC_LOST
};
