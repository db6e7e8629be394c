// Curation's one extra read: how the gaps of the published Top 10 stand now. The ranking load
// reads open and merged gaps only, so a published gap since marked Done or Won't Do is absent
// from it; this request names those gaps by Id so the screen can mark them resolved.
import { gql } from 'lightning/graphql';
import { nodesOf } from './fields';
import type { GapNode, ReadData } from './nodes';
import { mapGap } from './records';
import type { GapView } from './records';
import { isRecordId } from './recordIds';

/** The current records of the gaps named by $gapIds (at most 10: one published list). */
export const CURATION_ENTRY_GAPS = gql`
  query CurationEntryGaps($gapIds: [ID]) {
    uiapi {
      query {
        Product_Gap__c(first: 10, where: { Id: { in: $gapIds } }) {
          edges {
            node {
              Id
              Name {
                value
              }
              Status__c {
                value
              }
              Product_Area__c {
                value
              }
              Duplicate_Of__c {
                value
              }
              GitHub_Issue_URL__c {
                value
              }
              Summary__c {
                value
              }
            }
          }
        }
      }
    }
  }
`;

/** Variables for CurationEntryGaps: the distinct record Ids among gapIds (first 10); null when none. */
export function curationEntryGapsVariables(
  gapIds: readonly (string | null | undefined)[]
): { gapIds: string[] } | null {
  const ids = [...new Set(gapIds.filter((id): id is string => isRecordId(id)))].slice(0, 10);
  return ids.length > 0 ? { gapIds: ids } : null;
}

/** The gaps of a CurationEntryGaps response, mapped once; [] for a missing connection. */
export function mapCurationEntryGaps(data: ReadData | null | undefined): GapView[] {
  const connection = data?.uiapi?.query?.Product_Gap__c;
  return nodesOf<GapNode>(connection).map(mapGap);
}
