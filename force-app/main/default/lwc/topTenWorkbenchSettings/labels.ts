// The method and weight controls' texts (Custom Labels).
import type { RankingMethod } from 'c/gapRanking';
import METHOD from '@salesforce/label/c.TopTen_Workbench_Method';
import WEIGHTS from '@salesforce/label/c.TopTen_Workbench_Weights';
import RESET from '@salesforce/label/c.TopTen_Workbench_Reset';
import FROM_REVISION from '@salesforce/label/c.TopTen_Workbench_From_Revision';
import FROM_DEFAULTS from '@salesforce/label/c.TopTen_Workbench_From_Defaults';
import SETTINGS_PROBLEM from '@salesforce/label/c.TopTen_Workbench_Settings_Problem';
import CONFIDENCE_HELP from '@salesforce/label/c.TopTen_Workbench_Confidence_Help';
import BORDA_HELP from '@salesforce/label/c.TopTen_Workbench_Method_Borda_Help';
import RRF_HELP from '@salesforce/label/c.TopTen_Workbench_Method_Rrf_Help';
import PARETO_HELP from '@salesforce/label/c.TopTen_Workbench_Method_Pareto_Help';
import SCORE_HELP from '@salesforce/label/c.TopTen_Workbench_Method_Score_Help';

export const LABELS = {
  METHOD,
  WEIGHTS,
  RESET,
  FROM_REVISION,
  FROM_DEFAULTS,
  SETTINGS_PROBLEM,
  CONFIDENCE_HELP
} as const;

/** One sentence per ranking method, shown under the picker; Pareto's says what weights do. */
export const METHOD_HELP: Readonly<Record<RankingMethod, string>> = {
  borda: BORDA_HELP,
  rrf: RRF_HELP,
  pareto: PARETO_HELP,
  score: SCORE_HELP
};
