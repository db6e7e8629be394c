// The GraphQL documents the sync sends: the same rules as the components' documents (typed
// variables per field, literal input objects, no variables in directives), validated in the
// tests against the schema the Product_Gap_GitHub_Sync permission set sees. Tagged `gql` so that
// the collector of validate:queries and org:check finds them as it finds the components' documents.

import { gql } from '../../tools/shared/gql';

/**
 * Gaps matching `$where` (a LIKE on GitHub_Issue_URL__c such as `%/12`), 200 a page. The filter
 * travels whole as a `Product_Gap__c_Filter` variable: the documentation does not say whether a
 * URL field's `like` takes a String or a Url, and a JSON value converts to either.
 */
export const LINKED_GAPS = gql`
  query GitHubSyncLinkedGaps($where: Product_Gap__c_Filter, $after: String) {
    uiapi {
      query {
        Product_Gap__c(first: 200, after: $after, where: $where, orderBy: { Id: { order: ASC } }) {
          edges {
            node {
              Id
              Name {
                value
              }
              GitHub_Issue_URL__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

/** Entries of the Published Top 10 revision for some gaps. */
export const PUBLISHED_ENTRIES = gql`
  query GitHubSyncPublishedEntries($gapIds: [ID]) {
    uiapi {
      query {
        Top_Ten_Entry__c(
          first: 200
          where: {
            and: [
              { Product_Gap__c: { in: $gapIds } }
              { Top_Ten_Revision__r: { Status__c: { eq: "Published" } } }
            ]
          }
        ) {
          edges {
            node {
              Id
              Product_Gap__c {
                value
              }
            }
          }
        }
      }
    }
  }
`;

/** One record to update: its object and Id. */
export interface SyncRecord {
  object: 'Product_Gap__c' | 'Top_Ten_Entry__c';
  id: string;
}

/** Writes the five GitHub fields of one gap: a literal input object, each field a typed variable. */
export const UPDATE_GAP = gql`
  mutation GitHubSyncGap(
    $id: IdOrRef!
    $state: Picklist
    $closedAt: DateTime
    $milestone: String
    $assignees: String
    $syncedAt: DateTime
  ) {
    uiapi(input: { allOrNone: true }) {
      Product_Gap__cUpdate(
        input: {
          Id: $id
          Product_Gap__c: {
            GitHub_State__c: $state
            GitHub_Closed_At__c: $closedAt
            GitHub_Milestone__c: $milestone
            GitHub_Assignees__c: $assignees
            GitHub_Synced_At__c: $syncedAt
          }
        }
      ) {
        success
      }
    }
  }
`;

/** Writes the same five fields of one published entry. */
export const UPDATE_ENTRY = gql`
  mutation GitHubSyncEntry(
    $id: IdOrRef!
    $state: Picklist
    $closedAt: DateTime
    $milestone: String
    $assignees: String
    $syncedAt: DateTime
  ) {
    uiapi(input: { allOrNone: true }) {
      Top_Ten_Entry__cUpdate(
        input: {
          Id: $id
          Top_Ten_Entry__c: {
            GitHub_State__c: $state
            GitHub_Closed_At__c: $closedAt
            GitHub_Milestone__c: $milestone
            GitHub_Assignees__c: $assignees
            GitHub_Synced_At__c: $syncedAt
          }
        }
      ) {
        success
      }
    }
  }
`;

/** The update document and its operation name for a record. */
export function updateOf(record: SyncRecord): { query: string; operationName: string } {
  return record.object === 'Product_Gap__c'
    ? { query: UPDATE_GAP, operationName: 'GitHubSyncGap' }
    : { query: UPDATE_ENTRY, operationName: 'GitHubSyncEntry' };
}
