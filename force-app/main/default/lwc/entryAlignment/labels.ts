// Every string the alignment shows, from Custom Labels so an admin can translate them.
import STATUS from '@salesforce/label/c.Entry_Alignment_Status';
import NONE from '@salesforce/label/c.Entry_Alignment_None';
import QUARTER from '@salesforce/label/c.Entry_Alignment_Quarter';
import QUARTER_HELP from '@salesforce/label/c.Entry_Alignment_Quarter_Help';
import PM from '@salesforce/label/c.Entry_Alignment_PM';
import NOTE from '@salesforce/label/c.Entry_Alignment_Note';
import EDIT from '@salesforce/label/c.Entry_Alignment_Edit';
import SAVE from '@salesforce/label/c.Entry_Alignment_Save';
import CANCEL from '@salesforce/label/c.Entry_Alignment_Cancel';
import SAVE_ERROR from '@salesforce/label/c.Entry_Alignment_Save_Error';
import SAVED from '@salesforce/label/c.Entry_Alignment_Saved';
import STATUS_NONE from '@salesforce/label/c.Entry_Alignment_Status_None';

export const LABELS = {
  STATUS,
  NONE,
  QUARTER,
  QUARTER_HELP,
  PM,
  NOTE,
  EDIT,
  SAVE,
  CANCEL,
  SAVE_ERROR,
  SAVED,
  STATUS_NONE
};
