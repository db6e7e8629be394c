// The submissions table's strings, from Custom Labels.
import HEADING from '@salesforce/label/c.GapScorePanel_Submissions_Heading';
import NONE from '@salesforce/label/c.GapScorePanel_Submissions_None';
import MORE from '@salesforce/label/c.GapScorePanel_Submissions_More';
import COL_ACCOUNT from '@salesforce/label/c.GapScorePanel_Col_Account';
import COL_OPPORTUNITY from '@salesforce/label/c.GapScorePanel_Col_Opportunity';
import COL_SEVERITY from '@salesforce/label/c.GapScorePanel_Col_Severity';
import COL_AMOUNT from '@salesforce/label/c.GapScorePanel_Col_Amount';
import NOT_VISIBLE from '@salesforce/label/c.GapScorePanel_Not_Visible';

export const LABELS = {
  HEADING,
  NONE,
  MORE,
  COL_ACCOUNT,
  COL_OPPORTUNITY,
  COL_SEVERITY,
  COL_AMOUNT,
  NOT_VISIBLE
} as const;
