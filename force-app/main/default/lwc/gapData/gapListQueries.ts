// Reads that page gaps for the ranking: the parallel load's request 1 (open and merged gaps with
// the current published revision and its entries) and the next page of gaps when there are more
// than 2,000. Plain literals: the schema validator extracts and checks them; field lists repeat
// on purpose, a document stands alone.
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

/** Ranking, only when there are more than one page of gaps: the next page of gaps. */
export const RANKING_GAPS_PAGE = gql`
  query RankingGapsPage($pageSize: Int, $upperBound: Int, $after: String) {
    uiapi {
      query {
        Product_Gap__c(
          first: $pageSize
          upperBound: $upperBound
          after: $after
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
      }
    }
  }
`;
