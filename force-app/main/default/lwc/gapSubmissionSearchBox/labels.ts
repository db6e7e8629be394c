// The gap search box's words, from Custom Labels so an admin can translate them.
import SEARCH from '@salesforce/label/c.GapSubmission_Search';
import SEARCH_HINT from '@salesforce/label/c.GapSubmission_Search_Hint';

export const LABELS = { SEARCH, SEARCH_HINT };
