// The gap search's words, from Custom Labels so an admin can translate them.
import SEARCH from '@salesforce/label/c.GapSubmission_Search';
import SEARCH_HINT from '@salesforce/label/c.GapSubmission_Search_Hint';
import SEARCHING from '@salesforce/label/c.GapSubmission_Searching';
import NO_MATCH from '@salesforce/label/c.GapSubmission_No_Match';
import MATCH_ONE from '@salesforce/label/c.GapSubmission_Match_One';
import MATCH_MANY from '@salesforce/label/c.GapSubmission_Match_Many';
import SYNONYMS from '@salesforce/label/c.GapMatching_Synonyms';
import SELECTED_GAP from '@salesforce/label/c.GapSubmission_Selected_Gap';

export const LABELS = {
  SEARCH,
  SEARCH_HINT,
  SEARCHING,
  NO_MATCH,
  MATCH_ONE,
  MATCH_MANY,
  SYNONYMS,
  SELECTED_GAP
};

/** The search status sentences: searching, no match ({0} = term), one / many ({0} = count). */
export const SEARCH_TEXTS = {
  searching: LABELS.SEARCHING,
  none: LABELS.NO_MATCH,
  one: LABELS.MATCH_ONE,
  many: LABELS.MATCH_MANY
};
