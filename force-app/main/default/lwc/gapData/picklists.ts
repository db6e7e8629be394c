// Picklist values exactly as the object metadata defines them (PRODUCT.md "Data model").

/** Severity__c values of Product_Gap_Submission__c. */
export const SEVERITIES: readonly string[] = [
  'P0 - Dealbreaker',
  'P1 - Significant Pain Point',
  'P2 - Nice to Have'
];

/** Product_Area__c values of Product_Gap__c. */
export const PRODUCT_AREAS: readonly string[] = [
  'Core Platform',
  'Search',
  'Integrations',
  'Security & Compliance',
  'Administration',
  'Analytics & Reporting',
  'AI',
  'Deployment & Infrastructure',
  'Other'
];

/** Status__c values of Product_Gap__c; the last three are closed (isClosedStatus). */
export const GAP_STATUSES: readonly string[] = [
  'Open',
  'In Review',
  'On Backlog',
  'In Progress',
  'Done',
  "Won't Do",
  'Duplicate'
];

/**
 * The status a merged gap takes: Duplicate, its own value, so reports never count a merge as
 * Won't Do (a decision not to build) nor as Done (something shipped).
 */
export const MERGED_STATUS = 'Duplicate';
