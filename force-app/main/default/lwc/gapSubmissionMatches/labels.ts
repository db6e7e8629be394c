// The match list's words, from Custom Labels so an admin can translate them.
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
  OPEN_EXISTING
};
