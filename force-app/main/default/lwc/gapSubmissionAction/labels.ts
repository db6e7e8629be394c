// Every string the quick action shows, from Custom Labels so an admin can translate them.
import TITLE from '@salesforce/label/c.GapSubmission_Title';
import FOR_ACCOUNT from '@salesforce/label/c.GapSubmission_For_Account';
import FOR_OPPORTUNITY from '@salesforce/label/c.GapSubmission_For_Opportunity';
import LOADING from '@salesforce/label/c.GapSubmission_Loading';
import CONTEXT_ERROR from '@salesforce/label/c.GapSubmission_Context_Error';
import NO_ACCOUNT from '@salesforce/label/c.GapSubmission_No_Account';
import UNSUPPORTED_RECORD from '@salesforce/label/c.GapSubmission_Unsupported_Record';
import MODE from '@salesforce/label/c.GapSubmission_Mode';
import MODE_EXISTING from '@salesforce/label/c.GapSubmission_Mode_Existing';
import MODE_NEW from '@salesforce/label/c.GapSubmission_Mode_New';
import SEARCH from '@salesforce/label/c.GapSubmission_Search';
import SEARCH_HINT from '@salesforce/label/c.GapSubmission_Search_Hint';
import SEARCHING from '@salesforce/label/c.GapSubmission_Searching';
import SEARCH_ERROR from '@salesforce/label/c.GapSubmission_Search_Error';
import NO_MATCH from '@salesforce/label/c.GapSubmission_No_Match';
import MATCH_ONE from '@salesforce/label/c.GapSubmission_Match_One';
import MATCH_MANY from '@salesforce/label/c.GapSubmission_Match_Many';
import ACCOUNTS_NONE from '@salesforce/label/c.GapSubmission_Accounts_None';
import ACCOUNTS_ONE from '@salesforce/label/c.GapSubmission_Accounts_One';
import ACCOUNTS_MANY from '@salesforce/label/c.GapSubmission_Accounts_Many';
import STATUS from '@salesforce/label/c.GapSubmission_Status';
import PRODUCT_AREA from '@salesforce/label/c.GapSubmission_Product_Area';
import MERGED from '@salesforce/label/c.GapSubmission_Merged';
import MERGED_INTO from '@salesforce/label/c.GapSubmission_Merged_Into';
import USE_SURVIVOR from '@salesforce/label/c.GapSubmission_Use_Survivor';
import USE_SURVIVOR_SHORT from '@salesforce/label/c.GapSubmission_Use_Survivor_Short';
import CLOSED_BADGE from '@salesforce/label/c.GapSubmission_Closed_Badge';
import ALREADY_ROW from '@salesforce/label/c.GapSubmission_Already_Row';
import SYNONYMS from '@salesforce/label/c.GapMatching_Synonyms';
import CHOOSE from '@salesforce/label/c.GapSubmission_Choose';
import CHOSEN from '@salesforce/label/c.GapSubmission_Chosen';
import CHOOSE_FOR from '@salesforce/label/c.GapSubmission_Choose_For';
import SELECTED_GAP from '@salesforce/label/c.GapSubmission_Selected_Gap';
import GAP_REQUIRED from '@salesforce/label/c.GapSubmission_Gap_Required';
import GAP_TITLE from '@salesforce/label/c.GapSubmission_Gap_Title';
import GAP_SUMMARY from '@salesforce/label/c.GapSubmission_Gap_Summary';
import AREA_PLACEHOLDER from '@salesforce/label/c.GapSubmission_Area_Placeholder';
import TITLE_REQUIRED from '@salesforce/label/c.GapSubmission_Title_Required';
import DUPLICATES_TITLE from '@salesforce/label/c.GapSubmission_Duplicates_Title';
import DUPLICATES_BODY from '@salesforce/label/c.GapSubmission_Duplicates_Body';
import CHECKING_DUPLICATES from '@salesforce/label/c.GapSubmission_Checking_Duplicates';
import SEVERITY from '@salesforce/label/c.GapSubmission_Severity';
import SEVERITY_P0 from '@salesforce/label/c.GapSubmission_Severity_P0';
import SEVERITY_P1 from '@salesforce/label/c.GapSubmission_Severity_P1';
import SEVERITY_P2 from '@salesforce/label/c.GapSubmission_Severity_P2';
import SEVERITY_REQUIRED from '@salesforce/label/c.GapSubmission_Severity_Required';
import DESCRIPTION from '@salesforce/label/c.GapSubmission_Description';
import IMPACT from '@salesforce/label/c.GapSubmission_Impact';
import WORKAROUND from '@salesforce/label/c.GapSubmission_Workaround';
import COUNTER from '@salesforce/label/c.GapSubmission_Counter';
import TOO_LONG from '@salesforce/label/c.GapSubmission_Too_Long';
import FIX_ERRORS from '@salesforce/label/c.GapSubmission_Fix_Errors';
import SAVE from '@salesforce/label/c.GapSubmission_Save';
import SAVING from '@salesforce/label/c.GapSubmission_Saving';
import CANCEL from '@salesforce/label/c.GapSubmission_Cancel';
import SUCCESS_TITLE from '@salesforce/label/c.GapSubmission_Success_Title';
import SUCCESS_MESSAGE from '@salesforce/label/c.GapSubmission_Success_Message';
import ALREADY_TITLE from '@salesforce/label/c.GapSubmission_Already_Title';
import ALREADY_BODY from '@salesforce/label/c.GapSubmission_Already_Body';
import ALREADY_DETAILS from '@salesforce/label/c.GapSubmission_Already_Details';
import OPEN_EXISTING from '@salesforce/label/c.GapSubmission_Open_Existing';
import SAVE_ERROR from '@salesforce/label/c.GapSubmission_Save_Error';
import NO_ACCESS from '@salesforce/label/c.GapSubmission_No_Access';

/** Every string of the component, by use. */
export const LABELS = {
  TITLE,
  FOR_ACCOUNT,
  FOR_OPPORTUNITY,
  LOADING,
  CONTEXT_ERROR,
  NO_ACCOUNT,
  UNSUPPORTED_RECORD,
  MODE,
  MODE_EXISTING,
  MODE_NEW,
  SEARCH,
  SEARCH_HINT,
  SEARCHING,
  SEARCH_ERROR,
  NO_MATCH,
  MATCH_ONE,
  MATCH_MANY,
  ACCOUNTS_NONE,
  ACCOUNTS_ONE,
  ACCOUNTS_MANY,
  STATUS,
  PRODUCT_AREA,
  MERGED,
  MERGED_INTO,
  USE_SURVIVOR,
  USE_SURVIVOR_SHORT,
  CLOSED_BADGE,
  ALREADY_ROW,
  SYNONYMS,
  CHOOSE,
  CHOSEN,
  CHOOSE_FOR,
  SELECTED_GAP,
  GAP_REQUIRED,
  GAP_TITLE,
  GAP_SUMMARY,
  AREA_PLACEHOLDER,
  TITLE_REQUIRED,
  DUPLICATES_TITLE,
  DUPLICATES_BODY,
  CHECKING_DUPLICATES,
  SEVERITY,
  SEVERITY_P0,
  SEVERITY_P1,
  SEVERITY_P2,
  SEVERITY_REQUIRED,
  DESCRIPTION,
  IMPACT,
  WORKAROUND,
  COUNTER,
  TOO_LONG,
  FIX_ERRORS,
  SAVE,
  SAVING,
  CANCEL,
  SUCCESS_TITLE,
  SUCCESS_MESSAGE,
  ALREADY_TITLE,
  ALREADY_BODY,
  ALREADY_DETAILS,
  OPEN_EXISTING,
  SAVE_ERROR,
  NO_ACCESS
};
