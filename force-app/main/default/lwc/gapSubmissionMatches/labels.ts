// The search results' words, from Custom Labels so an admin can translate them.
import ACCOUNTS_NONE from '@salesforce/label/c.GapSubmission_Accounts_None';
import ACCOUNTS_ONE from '@salesforce/label/c.GapSubmission_Accounts_One';
import ACCOUNTS_MANY from '@salesforce/label/c.GapSubmission_Accounts_Many';
import CHOOSE_FOR from '@salesforce/label/c.GapSubmission_Choose_For';
import MERGED_INTO from '@salesforce/label/c.GapSubmission_Merged_Into';
import USE_SURVIVOR from '@salesforce/label/c.GapSubmission_Use_Survivor';
import STATUS from '@salesforce/label/c.GapSubmission_Status';
import PRODUCT_AREA from '@salesforce/label/c.GapSubmission_Product_Area';
import CHOOSE from '@salesforce/label/c.GapSubmission_Choose';
import CHOSEN from '@salesforce/label/c.GapSubmission_Chosen';
import CLOSED_BADGE from '@salesforce/label/c.GapSubmission_Closed_Badge';
import USE_SURVIVOR_SHORT from '@salesforce/label/c.GapSubmission_Use_Survivor_Short';
import ALREADY_ROW from '@salesforce/label/c.GapSubmission_Already_Row';
import OPEN_EXISTING from '@salesforce/label/c.GapSubmission_Open_Existing';
import SEARCH_ERROR from '@salesforce/label/c.GapSubmission_Search_Error';
import DUPLICATES_TITLE from '@salesforce/label/c.GapSubmission_Duplicates_Title';
import DUPLICATES_BODY from '@salesforce/label/c.GapSubmission_Duplicates_Body';

export const LABELS = {
  ACCOUNTS_NONE,
  ACCOUNTS_ONE,
  ACCOUNTS_MANY,
  CHOOSE_FOR,
  MERGED_INTO,
  USE_SURVIVOR,
  STATUS,
  PRODUCT_AREA,
  CHOOSE,
  CHOSEN,
  CLOSED_BADGE,
  USE_SURVIVOR_SHORT,
  ALREADY_ROW,
  OPEN_EXISTING,
  SEARCH_ERROR,
  DUPLICATES_TITLE,
  DUPLICATES_BODY
};

/** Sentences built into each row. */
export const ROW_TEXTS = {
  none: LABELS.ACCOUNTS_NONE,
  one: LABELS.ACCOUNTS_ONE,
  many: LABELS.ACCOUNTS_MANY,
  chooseFor: LABELS.CHOOSE_FOR,
  mergedInto: LABELS.MERGED_INTO,
  useSurvivor: LABELS.USE_SURVIVOR
};
