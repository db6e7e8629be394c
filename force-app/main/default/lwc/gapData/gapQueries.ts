// Reads of one gap (score panel) and gap search.
// Plain literals (no interpolation): the schema validator extracts and checks them, and user
// input only ever travels as variables. Field lists repeat on purpose: a document stands alone.
import { gql } from 'lightning/graphql';

/**
 * One gap for the score panel in one request: the gap and the gaps merged into it, its
 * submissions (merged duplicates' included, with totalCount), and its entry in the published
 * Top 10. No aggregate: it is the read the record page waits on before it shows the gap, and the
 * open-gap count and distinct counts come from the ranking reads.
 */
export const GAP_DETAIL = gql`
  query GapDetail($gapId: ID, $pageSize: Int, $upperBound: Int) {
    uiapi {
      query {
        Product_Gap__c(first: 1, where: { Id: { eq: $gapId } }) {
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
              Lifecycle_Stage__c {
                value
              }
              Resolved_On__c {
                value
              }
              Merged_Duplicates__r(first: 200) {
                edges {
                  node {
                    Id
                    Name {
                      value
                    }
                    Status__c {
                      value
                    }
                  }
                }
              }
            }
          }
        }
        Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          where: {
            or: [
              { Product_Gap__c: { eq: $gapId } }
              { Product_Gap__r: { Duplicate_Of__c: { eq: $gapId } } }
            ]
          }
          orderBy: { CreatedDate: { order: DESC } }
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
        Top_Ten_Entry__c(
          first: 1
          where: {
            and: [
              { Product_Gap__c: { eq: $gapId } }
              { Top_Ten_Revision__r: { Status__c: { eq: "Published" } } }
            ]
          }
        ) {
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
            }
          }
        }
      }
    }
  }
`;

/** The next page of one gap's submissions (same filter, order and bounds as GapDetail). */
export const GAP_SUBMISSIONS_PAGE = gql`
  query GapSubmissionsPage($gapId: ID, $pageSize: Int, $upperBound: Int, $after: String) {
    uiapi {
      query {
        Product_Gap_Submission__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after
          where: {
            or: [
              { Product_Gap__c: { eq: $gapId } }
              { Product_Gap__r: { Duplicate_Of__c: { eq: $gapId } } }
            ]
          }
          orderBy: { CreatedDate: { order: DESC } }
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

/**
 * Gap search in one request: gaps matching $where (Name or Summary__c like the term), and per gap
 * the number of distinct accounts that already asked (aggregate grouped by gap, $submissionWhere).
 * The filters travel as whole filter-typed variables: the documentation does not say whether
 * `like` on a Text Area takes a String or a TextArea, and a JSON string coerces to either.
 */
export const GAP_SEARCH = gql`
  query GapSearch(
    $where: Product_Gap__c_Filter
    $submissionWhere: Product_Gap_Submission__c_Filter
    $first: Int
  ) {
    uiapi {
      query {
        Product_Gap__c(first: $first, where: $where, orderBy: { Name: { order: ASC } }) {
          totalCount
          edges {
            node {
              Id
              Name {
                value
              }
              Summary__c {
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
              Duplicate_Of__r {
                Name {
                  value
                }
              }
              GitHub_Issue_URL__c {
                value
              }
            }
          }
        }
      }
      aggregate {
        Product_Gap_Submission__c(
          first: 2000
          groupBy: { Product_Gap__c: { group: true } }
          where: $submissionWhere
        ) {
          edges {
            node {
              aggregate {
                Product_Gap__c {
                  value
                }
                Account__c {
                  countDistinct {
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
