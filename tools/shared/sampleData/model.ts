// The sample data set: record shapes (field names = API names) and the picklist values the
// package metadata defines (a test reads the object XML so the two cannot drift).

export const PRODUCT_AREAS = [
  'Core Platform',
  'Search',
  'Integrations',
  'Security & Compliance',
  'Administration',
  'Analytics & Reporting',
  'AI',
  'Deployment & Infrastructure',
  'Other'
] as const;
export const GAP_STATUSES = [
  'Open',
  'In Review',
  'On Backlog',
  'In Progress',
  'Done',
  "Won't Do",
  'Duplicate'
] as const;
export const CLOSED_GAP_STATUSES: readonly GapStatus[] = ['Done', "Won't Do", 'Duplicate'];
export const LIFECYCLE_STAGES = ['Experimental', 'Beta', 'GA'] as const;
export const SEVERITIES = [
  'P0 - Dealbreaker',
  'P1 - Significant Pain Point',
  'P2 - Nice to Have'
] as const;
export const REVISION_STATUSES = ['Published', 'Superseded'] as const;
export const RANKING_METHOD_VALUES = ['borda', 'rrf', 'pareto', 'score'] as const;
export const OPEN_STAGES = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Perception Analysis',
  'Proposal/Price Quote',
  'Negotiation/Review'
] as const;

export type ProductArea = (typeof PRODUCT_AREAS)[number];
export type GapStatus = (typeof GAP_STATUSES)[number];
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
export type SeverityValue = (typeof SEVERITIES)[number];

export interface UserRow {
  Id: string;
  Name: string;
}
export interface AccountRow {
  Id: string;
  Name: string;
  Strategic_Account__c: boolean;
  TAM__c: number | null;
  OwnerId: string;
}
export interface OpportunityRow {
  Id: string;
  Name: string;
  AccountId: string;
  Amount: number | null;
  StageName: string;
  IsClosed: boolean;
  IsWon: boolean;
  /** YYYY-MM-DD */
  CloseDate: string;
  OwnerId: string;
}
export interface GapRow {
  Id: string;
  Name: string;
  Summary__c: string;
  Description__c: string;
  Product_Area__c: ProductArea;
  Status__c: GapStatus;
  Lifecycle_Stage__c: LifecycleStage;
  GitHub_Issue_URL__c: string | null;
  /** YYYY-MM-DD; set exactly when the status is closed. */
  Resolved_On__c: string | null;
  Duplicate_Of__c: string | null;
  /** ISO 8601 date-time (UTC). */
  CreatedDate: string;
  OwnerId: string;
}
export interface SubmissionRow {
  Id: string;
  Name: string;
  Product_Gap__c: string;
  Account__c: string;
  Opportunity__c: string | null;
  Severity__c: SeverityValue;
  Description__c: string;
  Impact__c: string | null;
  Workaround__c: string | null;
  Submission_Key__c: string;
  CreatedDate: string;
  CreatedById: string;
}
export interface RevisionRow {
  Id: string;
  Name: string;
  Status__c: (typeof REVISION_STATUSES)[number];
  Published_At__c: string;
  Method__c: (typeof RANKING_METHOD_VALUES)[number];
  /** JSON of the weights used, e.g. {"arr":1,"accounts":1,...}. */
  Weights__c: string;
  Notes__c: string;
  Previous_Revision__c: string | null;
  Supersedes_Key__c: string;
  CreatedDate: string;
  CreatedById: string;
}
export interface EntryRow {
  Id: string;
  Name: string;
  Top_Ten_Revision__c: string;
  Product_Gap__c: string;
  Rank__c: number;
  GitHub_Issue_URL__c: string | null;
  Pinned__c: boolean;
  Rationale__c: string;
  Gap_Name__c: string;
  Gap_Status__c: string;
  Product_Area__c: string | null;
  Score__c: number;
  /** Share 0..1 of weight perturbations keeping the gap in the Top 10. */
  Confidence__c: number;
  Impacted_ARR__c: number;
  Open_ARR__c: number;
  Won_ARR__c: number;
  Lost_ARR__c: number;
  Impacted_TAM__c: number;
  Impacted_Accounts__c: number;
  Strategic_Accounts__c: number;
  P0_Accounts__c: number;
  P1_Accounts__c: number;
  P2_Accounts__c: number;
}

/** The whole data set, as written by `cli.ts --out`. */
export interface SampleData {
  seed: number;
  Account: AccountRow[];
  Opportunity: OpportunityRow[];
  User: UserRow[];
  Product_Gap__c: GapRow[];
  Product_Gap_Submission__c: SubmissionRow[];
  Top_Ten_Revision__c: RevisionRow[];
  Top_Ten_Entry__c: EntryRow[];
}

// The submission key and the GitHub link rule are the package's own (gapData), so the sample
// data, the emulator and the screens cannot drift apart.
import '../node/nodePlatform';
export { submissionKey } from 'c/gapData';
export { isGitHubIssueUrl } from 'c/gapData';
