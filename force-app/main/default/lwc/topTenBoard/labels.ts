// Every string the board shows, from Custom Labels so an admin can translate them.
import TITLE from '@salesforce/label/c.TopTen_Board_Title';
import LOADING from '@salesforce/label/c.TopTen_Board_Loading';
import LOAD_ERROR from '@salesforce/label/c.TopTen_Board_Load_Error';
import EMPTY from '@salesforce/label/c.TopTen_Board_Empty';
import REVISION from '@salesforce/label/c.TopTen_Board_Revision';
import REVISION_OPTION from '@salesforce/label/c.TopTen_Board_Revision_Option';
import REVISION_CURRENT from '@salesforce/label/c.TopTen_Board_Revision_Current';
import PUBLISHED_BY from '@salesforce/label/c.TopTen_Board_Published_By';
import PUBLISHED_ON from '@salesforce/label/c.TopTen_Board_Published_On';
import PUBLISHER_UNKNOWN from '@salesforce/label/c.TopTen_Board_Publisher_Unknown';
import SUPERSEDED from '@salesforce/label/c.TopTen_Board_Superseded';
import NOTES from '@salesforce/label/c.TopTen_Board_Notes';
import SHOWING from '@salesforce/label/c.TopTen_Board_Showing';
import TABLE_CAPTION from '@salesforce/label/c.TopTen_Board_Table_Caption';
import COL_RANK from '@salesforce/label/c.TopTen_Board_Col_Rank';
import COL_CHANGE from '@salesforce/label/c.TopTen_Board_Col_Change';
import COL_GAP from '@salesforce/label/c.TopTen_Board_Col_Gap';
import COL_STATUS from '@salesforce/label/c.TopTen_Board_Col_Status';
import COL_AREA from '@salesforce/label/c.TopTen_Board_Col_Area';
import COL_ARR from '@salesforce/label/c.TopTen_Board_Col_Arr';
import COL_ACCOUNTS from '@salesforce/label/c.TopTen_Board_Col_Accounts';
import COL_STRATEGIC from '@salesforce/label/c.TopTen_Board_Col_Strategic';
import COL_P0 from '@salesforce/label/c.TopTen_Board_Col_P0';
import COL_CONFIDENCE from '@salesforce/label/c.TopTen_Board_Col_Confidence';
import COL_GITHUB from '@salesforce/label/c.TopTen_Board_Col_GitHub';
import COL_ROADMAP from '@salesforce/label/c.TopTen_Board_Col_Roadmap';
import GITHUB_TEXT from '@salesforce/label/c.TopTen_Board_GitHub_Text';
import PINNED from '@salesforce/label/c.TopTen_Board_Pinned';
import MOVE_NEW from '@salesforce/label/c.TopTen_Board_Move_New';
import MOVE_UP from '@salesforce/label/c.TopTen_Board_Move_Up';
import MOVE_DOWN from '@salesforce/label/c.TopTen_Board_Move_Down';
import MOVE_SAME from '@salesforce/label/c.TopTen_Board_Move_Same';
import MOVE_UNKNOWN from '@salesforce/label/c.TopTen_Board_Move_Unknown';
import FIRST_REVISION from '@salesforce/label/c.TopTen_Board_First_Revision';
import PREVIOUS_MISSING from '@salesforce/label/c.TopTen_Board_Previous_Missing';
import PREVIOUS_LOADING from '@salesforce/label/c.TopTen_Board_Previous_Loading';
import DEPARTURES from '@salesforce/label/c.TopTen_Board_Departures';
import DEPARTURES_NONE from '@salesforce/label/c.TopTen_Board_Departures_None';
import DEPARTURE_WAS from '@salesforce/label/c.TopTen_Board_Departure_Was';
import REASON_RESOLVED from '@salesforce/label/c.TopTen_Board_Reason_Resolved';
import REASON_MERGED from '@salesforce/label/c.TopTen_Board_Reason_Merged';
import REASON_OUTRANKED from '@salesforce/label/c.TopTen_Board_Reason_Outranked';
import REASON_NOT_VISIBLE from '@salesforce/label/c.TopTen_Board_Reason_Not_Visible';
import REASON_CHECKING from '@salesforce/label/c.TopTen_Board_Reason_Checking';
import UNNAMED_GAP from '@salesforce/label/c.TopTen_Board_Unnamed_Gap';
import CHARTS from '@salesforce/label/c.TopTen_Board_Charts';
import CHART_ARR_TITLE from '@salesforce/label/c.TopTen_Board_Chart_Arr_Title';
import CHART_ARR_SUMMARY from '@salesforce/label/c.TopTen_Board_Chart_Arr_Summary';
import CHART_SEVERITY_TITLE from '@salesforce/label/c.TopTen_Board_Chart_Severity_Title';
import CHART_SEVERITY_SUMMARY from '@salesforce/label/c.TopTen_Board_Chart_Severity_Summary';
import SERIES_OPEN from '@salesforce/label/c.TopTen_Board_Series_Open';
import SERIES_WON from '@salesforce/label/c.TopTen_Board_Series_Won';
import SERIES_LOST from '@salesforce/label/c.TopTen_Board_Series_Lost';
import SERIES_P0 from '@salesforce/label/c.TopTen_Board_Series_P0';
import SERIES_P1 from '@salesforce/label/c.TopTen_Board_Series_P1';
import SERIES_P2 from '@salesforce/label/c.TopTen_Board_Series_P2';
import CHART_GAP from '@salesforce/label/c.TopTen_Board_Chart_Gap';
import CHART_TOTAL from '@salesforce/label/c.TopTen_Board_Chart_Total';
import NOW_STATUS from '@salesforce/label/c.TopTen_Board_Now_Status';
import NOW_MERGED from '@salesforce/label/c.TopTen_Board_Now_Merged';

export const LABELS = {
  TITLE,
  LOADING,
  LOAD_ERROR,
  EMPTY,
  REVISION,
  REVISION_OPTION,
  REVISION_CURRENT,
  PUBLISHED_BY,
  PUBLISHED_ON,
  PUBLISHER_UNKNOWN,
  SUPERSEDED,
  NOTES,
  SHOWING,
  TABLE_CAPTION,
  COL_RANK,
  COL_CHANGE,
  COL_GAP,
  COL_STATUS,
  COL_AREA,
  COL_ARR,
  COL_ACCOUNTS,
  COL_STRATEGIC,
  COL_P0,
  COL_CONFIDENCE,
  COL_GITHUB,
  COL_ROADMAP,
  GITHUB_TEXT,
  PINNED,
  MOVE_NEW,
  MOVE_UP,
  MOVE_DOWN,
  MOVE_SAME,
  MOVE_UNKNOWN,
  FIRST_REVISION,
  PREVIOUS_MISSING,
  PREVIOUS_LOADING,
  DEPARTURES,
  DEPARTURES_NONE,
  DEPARTURE_WAS,
  REASON_RESOLVED,
  REASON_MERGED,
  REASON_OUTRANKED,
  REASON_NOT_VISIBLE,
  REASON_CHECKING,
  UNNAMED_GAP,
  CHARTS,
  CHART_ARR_TITLE,
  CHART_ARR_SUMMARY,
  CHART_SEVERITY_TITLE,
  CHART_SEVERITY_SUMMARY,
  SERIES_OPEN,
  SERIES_WON,
  SERIES_LOST,
  SERIES_P0,
  SERIES_P1,
  SERIES_P2,
  CHART_GAP,
  CHART_TOTAL,
  NOW_STATUS,
  NOW_MERGED
} as const;
