// Every string the merge form shows, from Custom Labels so an admin can translate them.
import OPEN from '@salesforce/label/c.GapScorePanel_Merge_Open';
import OPEN_PAIR from '@salesforce/label/c.GapScorePanel_Merge_Open_Pair';
import HEADING from '@salesforce/label/c.GapScorePanel_Merge_Heading';
import SEARCH from '@salesforce/label/c.GapScorePanel_Merge_Search';
import SEARCH_HINT from '@salesforce/label/c.GapScorePanel_Merge_Search_Hint';
import NO_MATCH from '@salesforce/label/c.GapScorePanel_Merge_No_Match';
import CANDIDATES from '@salesforce/label/c.GapScorePanel_Merge_Candidates';
import CANDIDATE from '@salesforce/label/c.GapScorePanel_Merge_Candidate';
import MOVES from '@salesforce/label/c.GapScorePanel_Merge_Moves';
import CONFIRM from '@salesforce/label/c.GapScorePanel_Merge_Confirm';
import CANCEL from '@salesforce/label/c.GapScorePanel_Merge_Cancel';
import WORKING from '@salesforce/label/c.GapScorePanel_Merge_Working';
import DONE from '@salesforce/label/c.GapScorePanel_Merge_Done';
import REFUSED from '@salesforce/label/c.GapScorePanel_Merge_Refused';
import FAILED from '@salesforce/label/c.GapScorePanel_Merge_Failed';

export const LABELS = {
  OPEN,
  OPEN_PAIR,
  HEADING,
  SEARCH,
  SEARCH_HINT,
  NO_MATCH,
  CANDIDATES,
  CANDIDATE,
  MOVES,
  CONFIRM,
  CANCEL,
  WORKING,
  DONE,
  REFUSED,
  FAILED
} as const;
