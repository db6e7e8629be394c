// Every write the package makes, one executeMutation request each. Plain literals, no
// interpolation: record data travels only as variables, including `@{alias}` references.
import { gql } from 'lightning/graphql';

/** Creates one submission (with its key) and returns its Id. */
export const CREATE_SUBMISSION = gql`
  mutation CreateSubmission($input: Product_Gap_Submission__cCreateInput!) {
    uiapi(input: { allOrNone: true }) {
      Product_Gap_Submission__cCreate(input: $input) {
        Record {
          Id
          Submission_Key__c {
            value
          }
        }
      }
    }
  }
`;

/** Updates severity / description / impact / workaround of one submission. */
export const UPDATE_SUBMISSION = gql`
  mutation UpdateSubmission($input: Product_Gap_Submission__cUpdateInput!) {
    uiapi(input: { allOrNone: true }) {
      Product_Gap_Submission__cUpdate(input: $input) {
        success
      }
    }
  }
`;

/** Withdraws (deletes) one submission. */
export const DELETE_SUBMISSION = gql`
  mutation DeleteSubmission($input: RecordDeleteInput!) {
    uiapi(input: { allOrNone: true }) {
      Product_Gap_Submission__cDelete(input: $input) {
        Id
      }
    }
  }
`;

/** Creates one gap. */
export const CREATE_GAP = gql`
  mutation CreateGap($input: Product_Gap__cCreateInput!) {
    uiapi(input: { allOrNone: true }) {
      Product_Gap__cCreate(input: $input) {
        Record {
          Id
          Name {
            value
          }
        }
      }
    }
  }
`;

/**
 * Creates a gap and its first submission in one transaction; the submission's Product_Gap__c
 * is `@{gap}` (the Id of the gap created by the operation aliased `gap`).
 */
export const CREATE_GAP_WITH_SUBMISSION = gql`
  mutation CreateGapWithSubmission(
    $gap: Product_Gap__cCreateInput!
    $submission: Product_Gap_Submission__cCreateInput!
  ) {
    uiapi(input: { allOrNone: true }) {
      gap: Product_Gap__cCreate(input: $gap) {
        Record {
          Id
          Name {
            value
          }
        }
      }
      submission: Product_Gap_Submission__cCreate(input: $submission) {
        Record {
          Id
          Submission_Key__c {
            value
          }
        }
      }
    }
  }
`;

/** Merges a gap into a survivor: Duplicate_Of__c and a closed Status__c in one update. */
export const MERGE_GAP = gql`
  mutation MergeGap($input: Product_Gap__cUpdateInput!) {
    uiapi(input: { allOrNone: true }) {
      Product_Gap__cUpdate(input: $input) {
        success
      }
    }
  }
`;

/**
 * The Top 10 publish, all or nothing: create the revision, its 1..10 entries (each
 * Top_Ten_Revision__c = `@{revision}`), and mark the previous revision Superseded.
 * Entry slots past the list's length and the supersede of a FIRST publish are switched off
 * with @include; their variables still carry a well-typed placeholder because every declared
 * non-null variable is coerced before execution.
 */
export const PUBLISH_TOP_TEN = gql`
  mutation PublishTopTen(
    $revision: Top_Ten_Revision__cCreateInput!
    $entry1: Top_Ten_Entry__cCreateInput!
    $entry2: Top_Ten_Entry__cCreateInput!
    $entry3: Top_Ten_Entry__cCreateInput!
    $entry4: Top_Ten_Entry__cCreateInput!
    $entry5: Top_Ten_Entry__cCreateInput!
    $entry6: Top_Ten_Entry__cCreateInput!
    $entry7: Top_Ten_Entry__cCreateInput!
    $entry8: Top_Ten_Entry__cCreateInput!
    $entry9: Top_Ten_Entry__cCreateInput!
    $entry10: Top_Ten_Entry__cCreateInput!
    $withEntry2: Boolean!
    $withEntry3: Boolean!
    $withEntry4: Boolean!
    $withEntry5: Boolean!
    $withEntry6: Boolean!
    $withEntry7: Boolean!
    $withEntry8: Boolean!
    $withEntry9: Boolean!
    $withEntry10: Boolean!
    $previous: Top_Ten_Revision__cUpdateInput!
    $supersede: Boolean!
  ) {
    uiapi(input: { allOrNone: true }) {
      revision: Top_Ten_Revision__cCreate(input: $revision) {
        Record {
          Id
          Published_At__c {
            value
          }
        }
      }
      entry1: Top_Ten_Entry__cCreate(input: $entry1) {
        Record {
          Id
        }
      }
      entry2: Top_Ten_Entry__cCreate(input: $entry2) @include(if: $withEntry2) {
        Record {
          Id
        }
      }
      entry3: Top_Ten_Entry__cCreate(input: $entry3) @include(if: $withEntry3) {
        Record {
          Id
        }
      }
      entry4: Top_Ten_Entry__cCreate(input: $entry4) @include(if: $withEntry4) {
        Record {
          Id
        }
      }
      entry5: Top_Ten_Entry__cCreate(input: $entry5) @include(if: $withEntry5) {
        Record {
          Id
        }
      }
      entry6: Top_Ten_Entry__cCreate(input: $entry6) @include(if: $withEntry6) {
        Record {
          Id
        }
      }
      entry7: Top_Ten_Entry__cCreate(input: $entry7) @include(if: $withEntry7) {
        Record {
          Id
        }
      }
      entry8: Top_Ten_Entry__cCreate(input: $entry8) @include(if: $withEntry8) {
        Record {
          Id
        }
      }
      entry9: Top_Ten_Entry__cCreate(input: $entry9) @include(if: $withEntry9) {
        Record {
          Id
        }
      }
      entry10: Top_Ten_Entry__cCreate(input: $entry10) @include(if: $withEntry10) {
        Record {
          Id
        }
      }
      supersede: Top_Ten_Revision__cUpdate(input: $previous) @include(if: $supersede) {
        success
      }
    }
  }
`;
