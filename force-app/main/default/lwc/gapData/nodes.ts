// The shapes of the UI API GraphQL records the documents in queries.ts select, as they arrive
// (every field optional: a field the user cannot read, or a hidden parent, comes back null).
import type { Connection, Field } from './fields';

export interface GapNode {
  Id: string;
  Name?: Field<string>;
  Status__c?: Field<string>;
  Product_Area__c?: Field<string>;
  Duplicate_Of__c?: Field<string>;
  /** The survivor of a merged gap (read by the gap search). */
  Duplicate_Of__r?: { Name?: Field<string> } | null;
  GitHub_Issue_URL__c?: Field<string>;
  GitHub_State__c?: Field<string>;
  Summary__c?: Field<string>;
  Lifecycle_Stage__c?: Field<string>;
  Resolved_On__c?: Field<string>;
  Merged_Duplicates__r?: Connection<GapNode> | null;
}

export interface AccountParent {
  Name?: Field<string>;
  Strategic_Account__c?: Field<boolean>;
  TAM__c?: Field<number>;
}

export interface OpportunityParent {
  Name?: Field<string>;
  Amount?: Field<number>;
  IsClosed?: Field<boolean>;
  IsWon?: Field<boolean>;
}

/** An account as the ranking load reads it on its own (customerQueries.ts). */
export interface AccountNode extends AccountParent {
  Id: string;
}

/** An opportunity as the ranking load reads it on its own (customerQueries.ts). */
export interface OpportunityNode extends OpportunityParent {
  Id: string;
}

export interface SubmissionNode {
  Id: string;
  Product_Gap__c?: Field<string>;
  Product_Gap__r?: GapNode | Omit<GapNode, 'Id'> | null;
  Account__c?: Field<string>;
  Account__r?: AccountParent | null;
  Opportunity__c?: Field<string>;
  Opportunity__r?: OpportunityParent | null;
  Severity__c?: Field<string>;
  Description__c?: Field<string>;
  Impact__c?: Field<string>;
  Workaround__c?: Field<string>;
  Submission_Key__c?: Field<string>;
  CreatedDate?: Field<string>;
  CreatedById?: Field<string>;
  CreatedBy?: { Name?: Field<string> } | null;
}

export interface EntryNode {
  Id: string;
  Rank__c?: Field<number>;
  Product_Gap__c?: Field<string>;
  GitHub_Issue_URL__c?: Field<string>;
  Pinned__c?: Field<boolean>;
  Rationale__c?: Field<string>;
  Gap_Name__c?: Field<string>;
  Gap_Status__c?: Field<string>;
  Product_Area__c?: Field<string>;
  Score__c?: Field<number>;
  Confidence__c?: Field<number>;
  Impacted_ARR__c?: Field<number>;
  Open_ARR__c?: Field<number>;
  Won_ARR__c?: Field<number>;
  Lost_ARR__c?: Field<number>;
  Impacted_TAM__c?: Field<number>;
  Impacted_Accounts__c?: Field<number>;
  Strategic_Accounts__c?: Field<number>;
  P0_Accounts__c?: Field<number>;
  P1_Accounts__c?: Field<number>;
  P2_Accounts__c?: Field<number>;
  GitHub_State__c?: Field<string>;
  GitHub_Milestone__c?: Field<string>;
  GitHub_Synced_At__c?: Field<string>;
  Roadmap_Status__c?: Field<string>;
  Target_Quarter__c?: Field<string>;
  Owning_PM__c?: Field<string>;
  Owning_PM__r?: { Name?: Field<string> } | null;
  Alignment_Note__c?: Field<string>;
}

export interface RevisionNode {
  Id: string;
  Status__c?: Field<string>;
  Method__c?: Field<string>;
  Weights__c?: Field<string>;
  Notes__c?: Field<string>;
  Departures__c?: Field<string>;
  Published_At__c?: Field<string>;
  Supersedes_Key__c?: Field<string>;
  Previous_Revision__c?: Field<string>;
  CreatedBy?: { Name?: Field<string> } | null;
  Entries__r?: Connection<EntryNode> | null;
}

/** `uiapi.query` of a response: one connection per object the document selects. */
export interface RecordQuery {
  Product_Gap__c?: Connection<GapNode> | null;
  Product_Gap_Submission__c?: Connection<SubmissionNode> | null;
  Top_Ten_Revision__c?: Connection<RevisionNode> | null;
  Top_Ten_Entry__c?: Connection<EntryNode> | null;
  Account?: Connection<AccountNode> | null;
  Opportunity?: Connection<OpportunityNode> | null;
}

/** One aggregate row: `node.aggregate` with the functions the document asks for. */
export interface AggregateNode {
  aggregate?: Record<
    string,
    { value?: unknown; count?: Field; countDistinct?: Field } | null
  > | null;
}

/** The `data` of a read: `{ uiapi: { query, aggregate } }`. */
export interface ReadData {
  uiapi?: {
    query?: RecordQuery | null;
    aggregate?: Record<string, Connection<AggregateNode> | null> | null;
  } | null;
}
