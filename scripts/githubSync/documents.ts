// The GraphQL documents the sync sends: the same rules as the components' documents (typed
// variables per field, literal input objects, no variables in directives), validated in the
// tests against the schema the Product_Gap_GitHub_Sync permission set sees.

/** Gaps whose GitHub link ends in `$suffix` (a LIKE pattern such as `%/12`), 200 a page. */
export const LINKED_GAPS = `query GitHubSyncLinkedGaps($pattern: String, $after: String) {
  uiapi {
    query {
      Product_Gap__c(
        first: 200
        after: $after
        where: { GitHub_Issue_URL__c: { like: $pattern } }
        orderBy: { Id: { order: ASC } }
      ) {
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
}`;

/** Entries of the Published Top 10 revision for some gaps. */
export const PUBLISHED_ENTRIES = `query GitHubSyncPublishedEntries($gapIds: [ID]) {
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
}`;

/** One record to update: its object and Id. */
export interface SyncRecord {
  object: 'Product_Gap__c' | 'Top_Ten_Entry__c';
  id: string;
}

/** Records per mutation request (each request is one all-or-none transaction). */
export const RECORDS_PER_REQUEST = 10;

/**
 * One all-or-none mutation writing the same five GitHub values to every record: a literal input
 * object per record, each field bound to a typed variable, one `$rN` Id variable per record.
 */
export function updateDocument(records: SyncRecord[]): string {
  const ids = records.map((_, i) => `$r${i}: IdOrRef!`).join(' ');
  const updates = records
    .map(
      (r, i) => `    r${i}: ${r.object}Update(
      input: {
        Id: $r${i}
        ${r.object}: {
          GitHub_State__c: $state
          GitHub_Closed_At__c: $closedAt
          GitHub_Milestone__c: $milestone
          GitHub_Assignees__c: $assignees
          GitHub_Synced_At__c: $syncedAt
        }
      }
    ) {
      success
    }`
    )
    .join('\n');
  return `mutation GitHubSyncUpdate(${ids} $state: Picklist $closedAt: DateTime $milestone: String $assignees: String $syncedAt: DateTime) {
  uiapi(input: { allOrNone: true }) {
${updates}
  }
}`;
}
