// The sequential ranking load's submission reads (ranking.ts): every page of submissions with
// the parent fields (its request 1 is RANKING_BASE and RANKING_GAPS_PAGE pages gaps, both in
// gapListQueries.ts).
// Plain literals (no interpolation): the schema validator extracts and checks them, and user
// input only ever travels as variables. Field lists repeat on purpose: a document stands alone.
import { gql } from 'lightning/graphql';

/** Sequential ranking load: a page of submissions with their parents' fields (`after` null for the first). */
export const RANKING_SUBMISSIONS_PAGE = gql`
  query RankingSubmissionsPage($pageSize: Int, $upperBound: Int, $after: String) {
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
              Account__r {
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
              Opportunity__r {
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
  }
`;
