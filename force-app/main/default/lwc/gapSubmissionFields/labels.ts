// The flag form fields' words, from Custom Labels so an admin can translate them.
import AREA_PLACEHOLDER from '@salesforce/label/c.GapSubmission_Area_Placeholder';
import COUNTER from '@salesforce/label/c.GapSubmission_Counter';
import DESCRIPTION from '@salesforce/label/c.GapSubmission_Description';
import FIX_ERRORS from '@salesforce/label/c.GapSubmission_Fix_Errors';
import GAP_REQUIRED from '@salesforce/label/c.GapSubmission_Gap_Required';
import GAP_SUMMARY from '@salesforce/label/c.GapSubmission_Gap_Summary';
import GAP_TITLE from '@salesforce/label/c.GapSubmission_Gap_Title';
import IMPACT from '@salesforce/label/c.GapSubmission_Impact';
import PRODUCT_AREA from '@salesforce/label/c.GapSubmission_Product_Area';
import SEVERITY from '@salesforce/label/c.GapSubmission_Severity';
import SEVERITY_P0 from '@salesforce/label/c.GapSubmission_Severity_P0';
import SEVERITY_P1 from '@salesforce/label/c.GapSubmission_Severity_P1';
import SEVERITY_P2 from '@salesforce/label/c.GapSubmission_Severity_P2';
import SEVERITY_REQUIRED from '@salesforce/label/c.GapSubmission_Severity_Required';
import TITLE_REQUIRED from '@salesforce/label/c.GapSubmission_Title_Required';
import TOO_LONG from '@salesforce/label/c.GapSubmission_Too_Long';
import WORKAROUND from '@salesforce/label/c.GapSubmission_Workaround';

export const LABELS = {
  AREA_PLACEHOLDER,
  COUNTER,
  DESCRIPTION,
  FIX_ERRORS,
  GAP_REQUIRED,
  GAP_SUMMARY,
  GAP_TITLE,
  IMPACT,
  PRODUCT_AREA,
  SEVERITY,
  SEVERITY_P0,
  SEVERITY_P1,
  SEVERITY_P2,
  SEVERITY_REQUIRED,
  TITLE_REQUIRED,
  TOO_LONG,
  WORKAROUND
};
