// The ranking table's texts (Custom Labels).
import CAPTION from '@salesforce/label/c.TopTen_Workbench_Title';
import COL_RANK from '@salesforce/label/c.TopTen_Workbench_Col_Rank';
import COL_GAP from '@salesforce/label/c.TopTen_Workbench_Col_Gap';
import COL_SCORE from '@salesforce/label/c.TopTen_Workbench_Col_Score';
import COL_CONFIDENCE from '@salesforce/label/c.TopTen_Workbench_Col_Confidence';
import EXPLAIN from '@salesforce/label/c.TopTen_Workbench_Explain';
import EXPLAIN_SHORT from '@salesforce/label/c.TopTen_Workbench_Explain_Short';
import COMPUTING from '@salesforce/label/c.TopTen_Workbench_Computing';
import SHOW_MORE from '@salesforce/label/c.TopTen_Workbench_Show_More';
import SHOW_METRIC_RANKS from '@salesforce/label/c.TopTen_Workbench_Show_Metric_Ranks';
import CONFIDENCE_HELP from '@salesforce/label/c.TopTen_Workbench_Confidence_Help';

export const LABELS = {
  CAPTION,
  COL_RANK,
  COL_GAP,
  COL_SCORE,
  COL_CONFIDENCE,
  EXPLAIN,
  EXPLAIN_SHORT,
  COMPUTING,
  SHOW_MORE,
  SHOW_METRIC_RANKS,
  CONFIDENCE_HELP
} as const;
