// The filters' texts (Custom Labels).
import FILTER_AREA from '@salesforce/label/c.TopTen_Workbench_Filter_Area';
import FILTER_STATUS from '@salesforce/label/c.TopTen_Workbench_Filter_Status';
import FILTER_ALL from '@salesforce/label/c.TopTen_Workbench_Filter_All';
import FILTER_FROM from '@salesforce/label/c.TopTen_Workbench_Filter_From';
import FILTER_TO from '@salesforce/label/c.TopTen_Workbench_Filter_To';
import FILTER_SEARCH from '@salesforce/label/c.TopTen_Workbench_Filter_Search';
import FILTERS_NOTE from '@salesforce/label/c.TopTen_Workbench_Filters_Note';

export const LABELS = {
  FILTER_AREA,
  FILTER_STATUS,
  FILTER_ALL,
  FILTER_FROM,
  FILTER_TO,
  FILTER_SEARCH,
  FILTERS_NOTE
} as const;
