// The ranking load's reads of accounts and opportunities: each once, in their own paged reads,
// instead of with every submission that names them, a page of each in one request. A semi-join (`Id: { inq: ... }`, GraphQL API
// "Semi-Join and Anti-Join Filters") keeps them to the records some submission names; its
// subquery has no filter of its own (`{}`), the documented form, so accounts of closed gaps'
// submissions come too and the join in parallelLoad.ts leaves them out. Plain literals: the
// schema validator extracts and checks them.
import { gql } from 'lightning/graphql';

/**
 * The accounts and the opportunities some submission names, a page of each in one request (one
 * connection for both chains): `$after` pages the accounts, `$afterOpportunity` the opportunities;
 * a read one is asked for what lies after its last record, which is nothing.
 */
export const RANKING_CUSTOMERS = gql`
  query RankingCustomers(
    $pageSize: Int
    $upperBound: Int
    $after: String
    $afterOpportunity: String
  ) {
    uiapi {
      query {
        Account(
          first: $pageSize
          upperBound: $upperBound
          after: $after
          where: { Id: { inq: { Product_Gap_Submission__c: {}, ApiName: "Account__c" } } }
          orderBy: { Id: { order: ASC } }
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
              Strategic_Account__c {
                value
              }
              TAM__c {
                value
              }
            }
          }
        }
        Opportunity(
          first: $pageSize
          upperBound: $upperBound
          after: $afterOpportunity
          where: { Id: { inq: { Product_Gap_Submission__c: {}, ApiName: "Opportunity__c" } } }
          orderBy: { Id: { order: ASC } }
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
              Amount {
                value
              }
              IsClosed {
                value
              }
              IsWon {
                value
              }
            }
          }
        }
      }
    }
  }
`;
