// Every string the board's departures show, from Custom Labels so an admin can translate them.
import DEPARTURES from '@salesforce/label/c.TopTen_Board_Departures';
import DEPARTURES_NONE from '@salesforce/label/c.TopTen_Board_Departures_None';
import DEPARTURE_WAS from '@salesforce/label/c.TopTen_Board_Departure_Was';
import REASON_DONE from '@salesforce/label/c.TopTen_Board_Reason_Done';
import REASON_WONT_DO from '@salesforce/label/c.TopTen_Board_Reason_Wont_Do';
import REASON_MERGED from '@salesforce/label/c.TopTen_Board_Reason_Merged';
import REASON_MERGED_INTO from '@salesforce/label/c.TopTen_Board_Reason_Merged_Into';
import REASON_OUTRANKED from '@salesforce/label/c.TopTen_Board_Reason_Outranked';
import REASON_REMOVED from '@salesforce/label/c.TopTen_Board_Reason_Removed';
import REASON_REMOVED_BECAUSE from '@salesforce/label/c.TopTen_Board_Reason_Removed_Because';
import REASON_NOT_RECORDED from '@salesforce/label/c.TopTen_Board_Reason_Not_Recorded';
import NOT_RECORDED_NOTE from '@salesforce/label/c.TopTen_Board_Departures_Not_Recorded';
import UNNAMED_GAP from '@salesforce/label/c.TopTen_Board_Unnamed_Gap';

export const LABELS = {
  DEPARTURES,
  DEPARTURES_NONE,
  DEPARTURE_WAS,
  REASON_DONE,
  REASON_WONT_DO,
  REASON_MERGED,
  REASON_MERGED_INTO,
  REASON_OUTRANKED,
  REASON_REMOVED,
  REASON_REMOVED_BECAUSE,
  REASON_NOT_RECORDED,
  NOT_RECORDED_NOTE,
  UNNAMED_GAP
} as const;
