// The explanation's texts (Custom Labels).
import TITLE from '@salesforce/label/c.TopTen_Workbench_Explain_Title';
import SHARES from '@salesforce/label/c.TopTen_Workbench_Explain_Shares';
import PATH from '@salesforce/label/c.TopTen_Workbench_Explain_Path';
import PATH_INTRO from '@salesforce/label/c.TopTen_Workbench_Explain_Path_Intro';
import IN_TOP from '@salesforce/label/c.TopTen_Workbench_Explain_In';
import NONE_LISTED from '@salesforce/label/c.TopTen_Workbench_Explain_None_Listed';
import NONE_ANY from '@salesforce/label/c.TopTen_Workbench_Explain_None_Any';
import NEAREST from '@salesforce/label/c.TopTen_Workbench_Explain_Nearest';
import NEAREST_EVEN from '@salesforce/label/c.TopTen_Workbench_Explain_Nearest_Even';
import CLOSE from '@salesforce/label/c.TopTen_Workbench_Explain_Close';

export const LABELS = {
  TITLE,
  SHARES,
  PATH,
  PATH_INTRO,
  IN_TOP,
  NONE_LISTED,
  NONE_ANY,
  NEAREST,
  NEAREST_EVEN,
  CLOSE
} as const;
