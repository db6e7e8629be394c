// The gap search's words, from Custom Labels so an admin can translate them.
import SEARCH from '@salesforce/label/c.GapSubmission_Search';
import SEARCH_HINT from '@salesforce/label/c.GapSubmission_Search_Hint';
import SEARCHING from '@salesforce/label/c.GapSubmission_Searching';
import SEARCH_ERROR from '@salesforce/label/c.GapSubmission_Search_Error';
import NO_MATCH from '@salesforce/label/c.GapSubmission_No_Match';
import MATCH_ONE from '@salesforce/label/c.GapSubmission_Match_One';
import MATCH_MANY from '@salesforce/label/c.GapSubmission_Match_Many';
import SYNONYMS from '@salesforce/label/c.GapMatching_Synonyms';
import DUPLICATES_TITLE from '@salesforce/label/c.GapSubmission_Duplicates_Title';
import DUPLICATES_BODY from '@salesforce/label/c.GapSubmission_Duplicates_Body';
import SELECTED_GAP from '@salesforce/label/c.GapSubmission_Selected_Gap';

export const LABELS = {
  SEARCH,
  SEARCH_HINT,
  SEARCHING,
  SEARCH_ERROR,
  NO_MATCH,
  MATCH_ONE,
  MATCH_MANY,
  SYNONYMS,
  DUPLICATES_TITLE,
  DUPLICATES_BODY,
  SELECTED_GAP
};
