// Every string the board itself shows (its children have their own), from Custom Labels so an admin can translate them.
import TITLE from '@salesforce/label/c.TopTen_Board_Title';
import LOADING from '@salesforce/label/c.TopTen_Board_Loading';
import LOAD_ERROR from '@salesforce/label/c.TopTen_Board_Load_Error';
import EMPTY from '@salesforce/label/c.TopTen_Board_Empty';
import REVISION from '@salesforce/label/c.TopTen_Board_Revision';
import REVISION_OPTION from '@salesforce/label/c.TopTen_Board_Revision_Option';
import REVISION_CURRENT from '@salesforce/label/c.TopTen_Board_Revision_Current';
import PUBLISHED_BY from '@salesforce/label/c.TopTen_Board_Published_By';
import PUBLISHED_ON from '@salesforce/label/c.TopTen_Board_Published_On';
import PUBLISHER_UNKNOWN from '@salesforce/label/c.TopTen_Board_Publisher_Unknown';
import SUPERSEDED from '@salesforce/label/c.TopTen_Board_Superseded';
import NOTES from '@salesforce/label/c.TopTen_Board_Notes';
import SHOWING from '@salesforce/label/c.TopTen_Board_Showing';
import FIRST_REVISION from '@salesforce/label/c.TopTen_Board_First_Revision';
import PREVIOUS_MISSING from '@salesforce/label/c.TopTen_Board_Previous_Missing';
import PREVIOUS_LOADING from '@salesforce/label/c.TopTen_Board_Previous_Loading';
import CHARTS from '@salesforce/label/c.TopTen_Board_Charts';

export const LABELS = {
  TITLE,
  LOADING,
  LOAD_ERROR,
  EMPTY,
  REVISION,
  REVISION_OPTION,
  REVISION_CURRENT,
  PUBLISHED_BY,
  PUBLISHED_ON,
  PUBLISHER_UNKNOWN,
  SUPERSEDED,
  NOTES,
  SHOWING,
  FIRST_REVISION,
  PREVIOUS_MISSING,
  PREVIOUS_LOADING,
  CHARTS
} as const;
