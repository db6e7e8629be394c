// Every string the board's table shows, from Custom Labels so an admin can translate them.
import TABLE_CAPTION from '@salesforce/label/c.TopTen_Board_Table_Caption';
import COL_RANK from '@salesforce/label/c.TopTen_Board_Col_Rank';
import COL_CHANGE from '@salesforce/label/c.TopTen_Board_Col_Change';
import COL_GAP from '@salesforce/label/c.TopTen_Board_Col_Gap';
import COL_ARR from '@salesforce/label/c.TopTen_Board_Col_Arr';
import COL_ACCOUNTS from '@salesforce/label/c.TopTen_Board_Col_Accounts';
import COL_STRATEGIC from '@salesforce/label/c.TopTen_Board_Col_Strategic';
import COL_P0 from '@salesforce/label/c.TopTen_Board_Col_P0';
import COL_CONFIDENCE from '@salesforce/label/c.TopTen_Board_Col_Confidence';
import COL_GITHUB from '@salesforce/label/c.TopTen_Board_Col_GitHub';
import COL_ROADMAP from '@salesforce/label/c.TopTen_Board_Col_Roadmap';
import PINNED from '@salesforce/label/c.TopTen_Board_Pinned';
import PINNED_MEANS from '@salesforce/label/c.TopTen_Board_Pinned_Means';
import RATIONALE from '@salesforce/label/c.TopTen_Board_Rationale';
import MOVE_NEW from '@salesforce/label/c.TopTen_Board_Move_New';
import MOVE_UP from '@salesforce/label/c.TopTen_Board_Move_Up';
import MOVE_DOWN from '@salesforce/label/c.TopTen_Board_Move_Down';
import MOVE_SAME from '@salesforce/label/c.TopTen_Board_Move_Same';
import MOVE_UNKNOWN from '@salesforce/label/c.TopTen_Board_Move_Unknown';
import UNNAMED_GAP from '@salesforce/label/c.TopTen_Board_Unnamed_Gap';
import NOW_STATUS from '@salesforce/label/c.TopTen_Board_Now_Status';
import NOW_MERGED from '@salesforce/label/c.TopTen_Board_Now_Merged';

export const LABELS = {
  TABLE_CAPTION,
  COL_RANK,
  COL_CHANGE,
  COL_GAP,
  COL_ARR,
  COL_ACCOUNTS,
  COL_STRATEGIC,
  COL_P0,
  COL_CONFIDENCE,
  COL_GITHUB,
  COL_ROADMAP,
  PINNED,
  PINNED_MEANS,
  RATIONALE,
  MOVE_NEW,
  MOVE_UP,
  MOVE_DOWN,
  MOVE_SAME,
  MOVE_UNKNOWN,
  UNNAMED_GAP,
  NOW_STATUS,
  NOW_MERGED
} as const;
