// The parallel ranking load's submission reads after the counts (see parallelLoad.ts): six
// ranges of the parent gap's Id per request, as aliased subqueries r0..r5 of one document ("Each
// GraphQL query can contain up to 10 subqueries"; each subquery up to 2,000 records), each with
// its own `after` cursor, so one latency round reads up to 12,000 submissions per request. A
// range is half-open [from, to); the outside range of RANKING_RANGES_OUTER holds what lies below
// the first counted gap or from the last one on, so the ranges cover every Id whatever the counts
// said. A range with nothing (more) to read gets from = to, which matches no record. The fields
// come under one-letter aliases (g: Product_Gap__c, a: Account__c, o: Opportunity__c,
// s: Severity__c, c: CreatedDate), a fifth less to transfer (about 55 of 270 bytes a row);
// submissionRanges.ts reads either name. Plain literals: the schema validator extracts and
// checks them; field lists repeat on purpose.
import { gql } from 'lightning/graphql';

/** Six submission ranges: r0..r5 read `[from<i>, to<i>)` from `after<i>` on. */
export const RANKING_RANGES = gql`
  query RankingRanges(
    $pageSize: Int
    $upperBound: Int
    $after0: String
    $from0: ID
    $to0: ID
    $after1: String
    $from1: ID
    $to1: ID
    $after2: String
    $from2: ID
    $to2: ID
    $after3: String
    $from3: ID
    $to3: ID
    $after4: String
    $from4: ID
    $to4: ID
    $after5: String
    $from5: ID
    $to5: ID
  ) {
    uiapi {
      query {
        r0: Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after0
          where: {
            and: [
              { Product_Gap__c: { gte: $from0, lt: $to0 } }
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
              g: Product_Gap__c {
                value
              }
              a: Account__c {
                value
              }
              o: Opportunity__c {
                value
              }
              s: Severity__c {
                value
              }
              c: CreatedDate {
                value
              }
            }
          }
        }
        r1: Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after1
          where: {
            and: [
              { Product_Gap__c: { gte: $from1, lt: $to1 } }
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
              g: Product_Gap__c {
                value
              }
              a: Account__c {
                value
              }
              o: Opportunity__c {
                value
              }
              s: Severity__c {
                value
              }
              c: CreatedDate {
                value
              }
            }
          }
        }
        r2: Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after2
          where: {
            and: [
              { Product_Gap__c: { gte: $from2, lt: $to2 } }
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
              g: Product_Gap__c {
                value
              }
              a: Account__c {
                value
              }
              o: Opportunity__c {
                value
              }
              s: Severity__c {
                value
              }
              c: CreatedDate {
                value
              }
            }
          }
        }
        r3: Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after3
          where: {
            and: [
              { Product_Gap__c: { gte: $from3, lt: $to3 } }
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
              g: Product_Gap__c {
                value
              }
              a: Account__c {
                value
              }
              o: Opportunity__c {
                value
              }
              s: Severity__c {
                value
              }
              c: CreatedDate {
                value
              }
            }
          }
        }
        r4: Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after4
          where: {
            and: [
              { Product_Gap__c: { gte: $from4, lt: $to4 } }
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
              g: Product_Gap__c {
                value
              }
              a: Account__c {
                value
              }
              o: Opportunity__c {
                value
              }
              s: Severity__c {
                value
              }
              c: CreatedDate {
                value
              }
            }
          }
        }
        r5: Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after5
          where: {
            and: [
              { Product_Gap__c: { gte: $from5, lt: $to5 } }
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
              g: Product_Gap__c {
                value
              }
              a: Account__c {
                value
              }
              o: Opportunity__c {
                value
              }
              s: Severity__c {
                value
              }
              c: CreatedDate {
                value
              }
            }
          }
        }
      }
    }
  }
`;

/**
 * The first request's ranges: r0 reads the submissions outside `[low, high)`, r1..r5 read
 * `[from<i>, to<i>)`; each from its own `after<i>` on.
 */
export const RANKING_RANGES_OUTER = gql`
  query RankingRangesOuter(
    $pageSize: Int
    $upperBound: Int
    $after0: String
    $low: ID
    $high: ID
    $after1: String
    $from1: ID
    $to1: ID
    $after2: String
    $from2: ID
    $to2: ID
    $after3: String
    $from3: ID
    $to3: ID
    $after4: String
    $from4: ID
    $to4: ID
    $after5: String
    $from5: ID
    $to5: ID
  ) {
    uiapi {
      query {
        r0: Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after0
          where: {
            and: [
              { or: [{ Product_Gap__c: { lt: $low } }, { Product_Gap__c: { gte: $high } }] }
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
              g: Product_Gap__c {
                value
              }
              a: Account__c {
                value
              }
              o: Opportunity__c {
                value
              }
              s: Severity__c {
                value
              }
              c: CreatedDate {
                value
              }
            }
          }
        }
        r1: Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after1
          where: {
            and: [
              { Product_Gap__c: { gte: $from1, lt: $to1 } }
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
              g: Product_Gap__c {
                value
              }
              a: Account__c {
                value
              }
              o: Opportunity__c {
                value
              }
              s: Severity__c {
                value
              }
              c: CreatedDate {
                value
              }
            }
          }
        }
        r2: Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after2
          where: {
            and: [
              { Product_Gap__c: { gte: $from2, lt: $to2 } }
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
              g: Product_Gap__c {
                value
              }
              a: Account__c {
                value
              }
              o: Opportunity__c {
                value
              }
              s: Severity__c {
                value
              }
              c: CreatedDate {
                value
              }
            }
          }
        }
        r3: Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after3
          where: {
            and: [
              { Product_Gap__c: { gte: $from3, lt: $to3 } }
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
              g: Product_Gap__c {
                value
              }
              a: Account__c {
                value
              }
              o: Opportunity__c {
                value
              }
              s: Severity__c {
                value
              }
              c: CreatedDate {
                value
              }
            }
          }
        }
        r4: Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after4
          where: {
            and: [
              { Product_Gap__c: { gte: $from4, lt: $to4 } }
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
              g: Product_Gap__c {
                value
              }
              a: Account__c {
                value
              }
              o: Opportunity__c {
                value
              }
              s: Severity__c {
                value
              }
              c: CreatedDate {
                value
              }
            }
          }
        }
        r5: Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after5
          where: {
            and: [
              { Product_Gap__c: { gte: $from5, lt: $to5 } }
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
              g: Product_Gap__c {
                value
              }
              a: Account__c {
                value
              }
              o: Opportunity__c {
                value
              }
              s: Severity__c {
                value
              }
              c: CreatedDate {
                value
              }
            }
          }
        }
      }
    }
  }
`;
