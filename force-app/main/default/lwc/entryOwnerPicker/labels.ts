// Every string the owning PM picker shows, from Custom Labels so an admin can translate them.
import PM from '@salesforce/label/c.Entry_Alignment_PM';
import SEARCH from '@salesforce/label/c.Entry_Alignment_PM_Search';
import HINT from '@salesforce/label/c.Entry_Alignment_PM_Hint';
import SEARCHING from '@salesforce/label/c.Entry_Alignment_PM_Searching';
import NO_MATCH from '@salesforce/label/c.Entry_Alignment_PM_No_Match';
import NO_ACCESS from '@salesforce/label/c.Entry_Alignment_PM_No_Access';
import FAILED from '@salesforce/label/c.Entry_Alignment_PM_Failed';
import COUNT from '@salesforce/label/c.Entry_Alignment_PM_Count';
import MORE from '@salesforce/label/c.Entry_Alignment_PM_More';
import RESULTS from '@salesforce/label/c.Entry_Alignment_PM_Results';
import CLEAR from '@salesforce/label/c.Entry_Alignment_PM_Clear';
import NONE from '@salesforce/label/c.Entry_Alignment_PM_None';

export const LABELS = {
  PM,
  SEARCH,
  HINT,
  SEARCHING,
  NO_MATCH,
  NO_ACCESS,
  FAILED,
  COUNT,
  MORE,
  RESULTS,
  CLEAR,
  NONE
} as const;
