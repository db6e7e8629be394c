// The "resolved on GitHub" offer's strings, from Custom Labels.
import OFFER from '@salesforce/label/c.GapScorePanel_Resolved_Offer';
import SET_DONE from '@salesforce/label/c.GapScorePanel_Set_Done';
import SET_DONE_NAMED from '@salesforce/label/c.GapScorePanel_Set_Done_Named';
import CONFIRM from '@salesforce/label/c.GapScorePanel_Set_Done_Confirm';
import CONFIRM_YES from '@salesforce/label/c.GapScorePanel_Set_Done_Yes';
import CANCEL from '@salesforce/label/c.GapScorePanel_Set_Done_Cancel';
import WORKING from '@salesforce/label/c.GapScorePanel_Set_Done_Working';
import SUCCESS from '@salesforce/label/c.GapScorePanel_Set_Done_Success';
import REFUSED from '@salesforce/label/c.GapScorePanel_Set_Done_Refused';
import ERROR from '@salesforce/label/c.GapScorePanel_Set_Done_Error';

export const LABELS = {
  OFFER,
  SET_DONE,
  SET_DONE_NAMED,
  CONFIRM,
  CONFIRM_YES,
  CANCEL,
  WORKING,
  SUCCESS,
  REFUSED,
  ERROR
} as const;
