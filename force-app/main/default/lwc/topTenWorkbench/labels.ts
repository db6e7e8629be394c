// Every string the workbench shows, from Custom Labels so an admin can translate them; the
// children own their own labels.
import TITLE from '@salesforce/label/c.TopTen_Workbench_Title';
import TO_CURATION from '@salesforce/label/c.TopTen_Workbench_To_Curation';
import CURATION_REGION from '@salesforce/label/c.TopTen_Workbench_Curation_Region';
import LOADING from '@salesforce/label/c.TopTen_Workbench_Loading';
import LOADING_PROGRESS from '@salesforce/label/c.TopTen_Workbench_Loading_Progress';
import LOAD_ERROR from '@salesforce/label/c.TopTen_Workbench_Load_Error';
import EMPTY from '@salesforce/label/c.TopTen_Workbench_Empty';
import NO_MATCH from '@salesforce/label/c.TopTen_Workbench_No_Match';
import HIDDEN_ONE from '@salesforce/label/c.TopTen_Workbench_Hidden_One';
import HIDDEN_MANY from '@salesforce/label/c.TopTen_Workbench_Hidden_Many';
import LOAD_INCOMPLETE from '@salesforce/label/c.TopTen_Workbench_Load_Incomplete';
import SUMMARY from '@salesforce/label/c.TopTen_Workbench_Summary';
import COL_RANK from '@salesforce/label/c.TopTen_Workbench_Col_Rank';
import COL_GAP from '@salesforce/label/c.TopTen_Workbench_Col_Gap';
import COL_ID from '@salesforce/label/c.TopTen_Workbench_Col_Id';
import COL_STATUS from '@salesforce/label/c.TopTen_Workbench_Col_Status';
import COL_AREA from '@salesforce/label/c.TopTen_Workbench_Col_Area';
import COL_SCORE from '@salesforce/label/c.TopTen_Workbench_Col_Score';
import COL_CONFIDENCE from '@salesforce/label/c.TopTen_Workbench_Col_Confidence';
import COL_METRIC_RANK from '@salesforce/label/c.TopTen_Workbench_Col_Metric_Rank';
import COL_GITHUB from '@salesforce/label/c.TopTen_Workbench_Col_GitHub';
import WINDOW_CLEARED from '@salesforce/label/c.TopTen_Workbench_Window_Cleared';
import EXPORT from '@salesforce/label/c.TopTen_Workbench_Export';

export const LABELS = {
  TO_CURATION,
  CURATION_REGION,
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
  COL_RANK,
  COL_GAP,
  COL_ID,
  COL_STATUS,
  COL_AREA,
  COL_SCORE,
  COL_CONFIDENCE,
  COL_METRIC_RANK,
  COL_GITHUB,
  WINDOW_CLEARED,
  EXPORT
} as const;
