// Every write the package makes except the Top 10 publish (generated: publishFirstDocuments.ts,
// publishNextDocuments.ts), one executeMutation request each. Static documents: the input
// object is written in the document, every user value is its own variable typed as the field is
// in the UI API schema, and an `@{alias}` reference is a literal of the document text.
import { gql } from 'lightning/graphql';

/** Creates one submission (with its key) and returns its Id. */
export const CREATE_SUBMISSION = gql`
  mutation CreateSubmission(
    $Product_Gap__c: IdOrRef!
    $Account__c: IdOrRef!
    $Opportunity__c: IdOrRef
    $Severity__c: Picklist!
    $Description__c: LongTextArea
    $Impact__c: LongTextArea
    $Workaround__c: LongTextArea
    $Submission_Key__c: String
  ) {
    uiapi(input: { allOrNone: true }) {
      Product_Gap_Submission__cCreate(
        input: {
          Product_Gap_Submission__c: {
            Product_Gap__c: $Product_Gap__c
            Account__c: $Account__c
            Opportunity__c: $Opportunity__c
            Severity__c: $Severity__c
            Description__c: $Description__c
            Impact__c: $Impact__c
            Workaround__c: $Workaround__c
            Submission_Key__c: $Submission_Key__c
          }
        }
      ) {
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

/**
 * Updates severity / description / impact / workaround of one submission. A variable left out of
 * the request leaves its field out of the input object (GraphQL input coercion), so only the
 * details sent change.
 */
export const UPDATE_SUBMISSION = gql`
  mutation UpdateSubmission(
    $Id: IdOrRef!
    $Severity__c: Picklist
    $Description__c: LongTextArea
    $Impact__c: LongTextArea
    $Workaround__c: LongTextArea
  ) {
    uiapi(input: { allOrNone: true }) {
      Product_Gap_Submission__cUpdate(
        input: {
          Id: $Id
          Product_Gap_Submission__c: {
            Severity__c: $Severity__c
            Description__c: $Description__c
            Impact__c: $Impact__c
            Workaround__c: $Workaround__c
          }
        }
      ) {
        success
      }
    }
  }
`;

/** Withdraws (deletes) one submission. */
export const DELETE_SUBMISSION = gql`
  mutation DeleteSubmission($Id: IdOrRef!) {
    uiapi(input: { allOrNone: true }) {
      Product_Gap_Submission__cDelete(input: { Id: $Id }) {
        Id
      }
    }
  }
`;

/** Creates one gap. */
export const CREATE_GAP = gql`
  mutation CreateGap(
    $Name: String!
    $Summary__c: TextArea
    $Description__c: LongTextArea
    $Product_Area__c: Picklist
  ) {
    uiapi(input: { allOrNone: true }) {
      Product_Gap__cCreate(
        input: {
          Product_Gap__c: {
            Name: $Name
            Summary__c: $Summary__c
            Description__c: $Description__c
            Product_Area__c: $Product_Area__c
          }
        }
      ) {
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
 * is `@{gap}` (the Id of the gap created by the operation aliased `gap`), written in the text.
 * Submission_Key__c is not sent: the gap Id does not exist before the request runs; the
 * before-save flow fills the key and the validation rule checks it.
 */
export const CREATE_GAP_WITH_SUBMISSION = gql`
  mutation CreateGapWithSubmission(
    $gap_Name: String!
    $gap_Summary__c: TextArea
    $gap_Description__c: LongTextArea
    $gap_Product_Area__c: Picklist
    $submission_Account__c: IdOrRef!
    $submission_Opportunity__c: IdOrRef
    $submission_Severity__c: Picklist!
    $submission_Description__c: LongTextArea
    $submission_Impact__c: LongTextArea
    $submission_Workaround__c: LongTextArea
  ) {
    uiapi(input: { allOrNone: true }) {
      gap: Product_Gap__cCreate(
        input: {
          Product_Gap__c: {
            Name: $gap_Name
            Summary__c: $gap_Summary__c
            Description__c: $gap_Description__c
            Product_Area__c: $gap_Product_Area__c
          }
        }
      ) {
        Record {
          Id
          Name {
            value
          }
        }
      }
      submission: Product_Gap_Submission__cCreate(
        input: {
          Product_Gap_Submission__c: {
            Product_Gap__c: "@{gap}"
            Account__c: $submission_Account__c
            Opportunity__c: $submission_Opportunity__c
            Severity__c: $submission_Severity__c
            Description__c: $submission_Description__c
            Impact__c: $submission_Impact__c
            Workaround__c: $submission_Workaround__c
          }
        }
      ) {
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
  mutation MergeGap($Id: IdOrRef!, $Duplicate_Of__c: IdOrRef!, $Status__c: Picklist!) {
    uiapi(input: { allOrNone: true }) {
      Product_Gap__cUpdate(
        input: {
          Id: $Id
          Product_Gap__c: { Duplicate_Of__c: $Duplicate_Of__c, Status__c: $Status__c }
        }
      ) {
        success
      }
    }
  }
`;
