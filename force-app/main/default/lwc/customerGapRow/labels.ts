// A customer gap row's words, from Custom Labels so an admin can translate them.
import SEVERITY from '@salesforce/label/c.CustomerGaps_Severity';
import STATUS from '@salesforce/label/c.CustomerGaps_Status';
import OPPORTUNITY from '@salesforce/label/c.CustomerGaps_Opportunity';
import FLAGGED_ON from '@salesforce/label/c.CustomerGaps_Flagged_On';
import YOURS from '@salesforce/label/c.CustomerGaps_Yours';
import EDIT from '@salesforce/label/c.CustomerGaps_Edit';
import SAVE from '@salesforce/label/c.CustomerGaps_Save';
import CANCEL from '@salesforce/label/c.CustomerGaps_Cancel';
import WITHDRAW from '@salesforce/label/c.CustomerGaps_Withdraw';
import WITHDRAW_KEEP from '@salesforce/label/c.CustomerGaps_Withdraw_Keep';

export const LABELS = {
  SEVERITY,
  STATUS,
  OPPORTUNITY,
  FLAGGED_ON,
  YOURS,
  EDIT,
  SAVE,
  CANCEL,
  WITHDRAW,
  WITHDRAW_KEEP
};
