// Every string the customer panel shows, from Custom Labels so an admin can translate them.
import TITLE from '@salesforce/label/c.CustomerGaps_Title';
import LOADING from '@salesforce/label/c.CustomerGaps_Loading';
import LOAD_ERROR from '@salesforce/label/c.CustomerGaps_Load_Error';
import EMPTY from '@salesforce/label/c.CustomerGaps_Empty';
import COUNT_ONE from '@salesforce/label/c.CustomerGaps_Count_One';
import COUNT_MANY from '@salesforce/label/c.CustomerGaps_Count_Many';
import MORE from '@salesforce/label/c.CustomerGaps_More';
import HIDDEN_ONE from '@salesforce/label/c.CustomerGaps_Hidden_One';
import HIDDEN_MANY from '@salesforce/label/c.CustomerGaps_Hidden_Many';
import GAP_HIDDEN from '@salesforce/label/c.CustomerGaps_Gap_Hidden';
import SEVERITY from '@salesforce/label/c.CustomerGaps_Severity';
import STATUS from '@salesforce/label/c.CustomerGaps_Status';
import OPPORTUNITY from '@salesforce/label/c.CustomerGaps_Opportunity';
import FLAGGED_BY from '@salesforce/label/c.CustomerGaps_Flagged_By';
import FLAGGED_ON from '@salesforce/label/c.CustomerGaps_Flagged_On';
import YOURS from '@salesforce/label/c.CustomerGaps_Yours';
import RANK from '@salesforce/label/c.CustomerGaps_Rank';
import RANK_MERGED from '@salesforce/label/c.CustomerGaps_Rank_Merged';
import NOT_RANKED from '@salesforce/label/c.CustomerGaps_Not_Ranked';
import EDIT from '@salesforce/label/c.CustomerGaps_Edit';
import EDIT_FOR from '@salesforce/label/c.CustomerGaps_Edit_For';
import NEW_SEVERITY from '@salesforce/label/c.CustomerGaps_New_Severity';
import SAVE from '@salesforce/label/c.CustomerGaps_Save';
import CANCEL from '@salesforce/label/c.CustomerGaps_Cancel';
import WITHDRAW from '@salesforce/label/c.CustomerGaps_Withdraw';
import WITHDRAW_FOR from '@salesforce/label/c.CustomerGaps_Withdraw_For';
import WITHDRAW_CONFIRM from '@salesforce/label/c.CustomerGaps_Withdraw_Confirm';
import WITHDRAW_KEEP from '@salesforce/label/c.CustomerGaps_Withdraw_Keep';
import SAVED from '@salesforce/label/c.CustomerGaps_Saved';
import WITHDRAWN from '@salesforce/label/c.CustomerGaps_Withdrawn';
import WRITE_ERROR from '@salesforce/label/c.CustomerGaps_Write_Error';
import DUPLICATE_NAMED from '@salesforce/label/c.CustomerGaps_Duplicate_Named';
import DUPLICATE_UNNAMED from '@salesforce/label/c.CustomerGaps_Duplicate_Unnamed';

/** Every string of the component, by use. */
export const LABELS = {
  TITLE,
  LOADING,
  LOAD_ERROR,
  EMPTY,
  COUNT_ONE,
  COUNT_MANY,
  MORE,
  HIDDEN_ONE,
  HIDDEN_MANY,
  GAP_HIDDEN,
  SEVERITY,
  STATUS,
  OPPORTUNITY,
  FLAGGED_BY,
  FLAGGED_ON,
  YOURS,
  RANK,
  RANK_MERGED,
  NOT_RANKED,
  EDIT,
  EDIT_FOR,
  NEW_SEVERITY,
  SAVE,
  CANCEL,
  WITHDRAW,
  WITHDRAW_FOR,
  WITHDRAW_CONFIRM,
  WITHDRAW_KEEP,
  SAVED,
  WITHDRAWN,
  WRITE_ERROR,
  DUPLICATE_NAMED,
  DUPLICATE_UNNAMED
};

/** Sentences built into each row. */
export const ROW_TEXTS = {
  gapHidden: LABELS.GAP_HIDDEN,
  rank: LABELS.RANK,
  rankMerged: LABELS.RANK_MERGED,
  notRanked: LABELS.NOT_RANKED,
  editFor: LABELS.EDIT_FOR,
  withdrawFor: LABELS.WITHDRAW_FOR,
  withdrawConfirm: LABELS.WITHDRAW_CONFIRM,
  newSeverity: LABELS.NEW_SEVERITY
};

/** The refused-duplicate sentences, with and without the gap's name. */
export const DUPLICATE_TEXTS = { named: LABELS.DUPLICATE_NAMED, unnamed: LABELS.DUPLICATE_UNNAMED };
