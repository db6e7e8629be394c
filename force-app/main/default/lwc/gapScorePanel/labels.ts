// The strings the panel itself shows, from Custom Labels so an admin can translate them; each
// section child imports its own.
import TITLE from '@salesforce/label/c.GapScorePanel_Title';
import LOADING from '@salesforce/label/c.GapScorePanel_Loading';
import LOAD_ERROR from '@salesforce/label/c.GapScorePanel_Load_Error';
import NOT_FOUND from '@salesforce/label/c.GapScorePanel_Not_Found';
import CLOSED from '@salesforce/label/c.GapScorePanel_Closed';
import MERGED from '@salesforce/label/c.GapScorePanel_Merged';
import MERGED_LINK from '@salesforce/label/c.GapScorePanel_Merged_Link';
import MERGED_FROM from '@salesforce/label/c.GapScorePanel_Merged_From';
import HIDDEN_ONE from '@salesforce/label/c.GapScorePanel_Hidden_One';
import HIDDEN_MANY from '@salesforce/label/c.GapScorePanel_Hidden_Many';

export const LABELS = {
  TITLE,
  LOADING,
  LOAD_ERROR,
  NOT_FOUND,
  CLOSED,
  MERGED,
  MERGED_LINK,
  MERGED_FROM,
  HIDDEN_ONE,
  HIDDEN_MANY
} as const;
