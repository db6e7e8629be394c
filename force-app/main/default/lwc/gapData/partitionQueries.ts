// The parallel ranking load's reads (see parallelLoad.ts): the gaps with the published revision,
// one aggregate counting submissions per gap (to cut balanced partitions), and one submission
// page per partition. A partition is a half-open range of the parent gap's Id, so the ranges
// cover every submission exactly once whatever the counts said. Submission rows carry their own
// fields and their account's and opportunity's Ids only: customerQueries.ts reads those once. Plain literals, as in
// rankingQueries.ts: the schema validator extracts and checks them; field lists repeat on purpose.
import { gql } from 'lightning/graphql';

/** Parallel load, request 1: open and merged gaps and the current published revision with its entries. */
export const RANKING_BASE = gql`
  query RankingBase($pageSize: Int, $upperBound: Int) {
    uiapi {
      query {
        Product_Gap__c(
          first: $pageSize
          upperBound: $upperBound
          where: {
            or: [
              { Status__c: { nin: ["Done", "Won't Do", "Duplicate"] } }
              { Duplicate_Of__c: { ne: null } }
            ]
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
              GitHub_State__c {
                value
              }
              Summary__c {
                value
              }
            }
          }
        }
        Top_Ten_Revision__c(
          first: 1
          where: { Status__c: { eq: "Published" } }
          orderBy: { Published_At__c: { order: DESC } }
        ) {
          edges {
            node {
              Id
              Status__c {
                value
              }
              Method__c {
                value
              }
              Weights__c {
                value
              }
              Notes__c {
                value
              }
              Published_At__c {
                value
              }
              Supersedes_Key__c {
                value
              }
              Previous_Revision__c {
                value
              }
              CreatedBy {
                Name {
                  value
                }
              }
              Entries__r(first: 10, orderBy: { Rank__c: { order: ASC } }) {
                edges {
                  node {
                    Id
                    Rank__c {
                      value
                    }
                    Product_Gap__c {
                      value
                    }
                    GitHub_Issue_URL__c {
                      value
                    }
                    Pinned__c {
                      value
                    }
                    Rationale__c {
                      value
                    }
                    Gap_Name__c {
                      value
                    }
                    Gap_Status__c {
                      value
                    }
                    Product_Area__c {
                      value
                    }
                    Score__c {
                      value
                    }
                    Confidence__c {
                      value
                    }
                    Impacted_ARR__c {
                      value
                    }
                    Open_ARR__c {
                      value
                    }
                    Won_ARR__c {
                      value
                    }
                    Lost_ARR__c {
                      value
                    }
                    Impacted_TAM__c {
                      value
                    }
                    Impacted_Accounts__c {
                      value
                    }
                    Strategic_Accounts__c {
                      value
                    }
                    P0_Accounts__c {
                      value
                    }
                    P1_Accounts__c {
                      value
                    }
                    P2_Accounts__c {
                      value
                    }
                    Roadmap_Status__c {
                      value
                    }
                    Target_Quarter__c {
                      value
                    }
                    Owning_PM__c {
                      value
                    }
                    Alignment_Note__c {
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
  }
`;

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

/** Partition 1 of N: submissions whose gap Id is below `$to`. */
export const RANKING_PARTITION_BELOW = gql`
  query RankingPartitionBelow($pageSize: Int, $upperBound: Int, $after: String, $to: ID) {
    uiapi {
      query {
        Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after
          where: {
            and: [
              { Product_Gap__c: { lt: $to } }
              {
                Product_Gap__r: {
                  or: [
                    { Status__c: { nin: ["Done", "Won't Do", "Duplicate"] } }
                    { Duplicate_Of__c: { ne: null } }
                  ]
                }
              }
            ]
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

/** A middle partition: submissions whose gap Id is at least `$from` and below `$to`. */
export const RANKING_PARTITION_BETWEEN = gql`
  query RankingPartitionBetween(
    $pageSize: Int
    $upperBound: Int
    $after: String
    $from: ID
    $to: ID
  ) {
    uiapi {
      query {
        Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after
          where: {
            and: [
              { Product_Gap__c: { gte: $from, lt: $to } }
              {
                Product_Gap__r: {
                  or: [
                    { Status__c: { nin: ["Done", "Won't Do", "Duplicate"] } }
                    { Duplicate_Of__c: { ne: null } }
                  ]
                }
              }
            ]
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

/** Partition N of N: submissions whose gap Id is at least `$from`. */
export const RANKING_PARTITION_FROM = gql`
  query RankingPartitionFrom($pageSize: Int, $upperBound: Int, $after: String, $from: ID) {
    uiapi {
      query {
        Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after
          where: {
            and: [
              { Product_Gap__c: { gte: $from } }
              {
                Product_Gap__r: {
                  or: [
                    { Status__c: { nin: ["Done", "Won't Do", "Duplicate"] } }
                    { Duplicate_Of__c: { ne: null } }
                  ]
                }
              }
            ]
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
