// The parallel ranking load's submission reads (see parallelLoad.ts; its request 1, RANKING_BASE,
// is in gapListQueries.ts): one aggregate counting submissions per gap (to cut balanced ranges of
// the parent gap's Id, read by submissionRangeQueries.ts), and the one-range read over every
// submission for an org that refuses the aggregate or the ranges. Submission rows carry their own fields and their account's and opportunity's Ids only:
// customerQueries.ts reads those once. Plain literals: the schema validator extracts and checks
// them; field lists repeat on purpose.
import { gql } from 'lightning/graphql';

/**
 * Parallel load, request 2 (beside request 1): submissions of open and merged gaps counted per
 * gap, in gap Id order; the counts only balance the partitions.
 */
export const RANKING_SUBMISSION_COUNTS = gql`
  query RankingSubmissionCounts($groups: Int) {
    uiapi {
      aggregate {
        Product_Gap_Submission__c(
          first: $groups
          groupBy: { Product_Gap__c: { group: true } }
          where: {
            Product_Gap__r: {
              or: [
                { Status__c: { nin: ["Done", "Won't Do", "Duplicate"] } }
                { Duplicate_Of__c: { ne: null } }
              ]
            }
          }
          orderBy: { Product_Gap__c: { order: ASC } }
        ) {
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              aggregate {
                Product_Gap__c {
                  value
                }
                Id {
                  count {
                    value
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** One range over every submission (the fallback when the aggregate or a range filter is refused). */
export const RANKING_PARTITION_ALL = gql`
  query RankingPartitionAll($pageSize: Int, $upperBound: Int, $after: String) {
    uiapi {
      query {
        Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after
          where: {
            Product_Gap__r: {
              or: [
                { Status__c: { nin: ["Done", "Won't Do", "Duplicate"] } }
                { Duplicate_Of__c: { ne: null } }
              ]
            }
          }
          orderBy: { CreatedDate: { order: ASC } }
        ) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              Id
              Product_Gap__c {
                value
              }
              Account__c {
                value
              }
              Opportunity__c {
                value
              }
              Severity__c {
                value
              }
              CreatedDate {
                value
              }
            }
          }
        }
      }
    }
  }
`;
