// Every string the board's charts show, from Custom Labels so an admin can translate them.
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
import UNNAMED_GAP from '@salesforce/label/c.TopTen_Board_Unnamed_Gap';

export const LABELS = {
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
  UNNAMED_GAP
} as const;
