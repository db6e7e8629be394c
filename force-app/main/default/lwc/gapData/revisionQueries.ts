// Reads of published Top 10 revisions.
// Plain literals (no interpolation): the schema validator extracts and checks them, and user
// input only ever travels as variables. Field lists repeat on purpose: a document stands alone.
import { gql } from 'lightning/graphql';

/** Top 10 revisions, newest first, each with its publisher and its entries (snapshot fields). */
export const TOP_TEN_REVISIONS = gql`
  query TopTenRevisions($first: Int) {
    uiapi {
      query {
        Top_Ten_Revision__c(first: $first, orderBy: { Published_At__c: { order: DESC } }) {
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
              Departures__c {
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
                    GitHub_State__c {
                      value
                    }
                    GitHub_Milestone__c {
                      value
                    }
                    GitHub_Synced_At__c {
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
                    Owning_PM__r {
                      Name {
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
  }
`;

/** One Top 10 revision by Id, with its publisher and entries. */
export const TOP_TEN_REVISION = gql`
  query TopTenRevision($revisionId: ID) {
    uiapi {
      query {
        Top_Ten_Revision__c(first: 1, where: { Id: { eq: $revisionId } }) {
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
              Departures__c {
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
                    GitHub_State__c {
                      value
                    }
                    GitHub_Milestone__c {
                      value
                    }
                    GitHub_Synced_At__c {
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
                    Owning_PM__r {
                      Name {
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
  }
`;

/** The revision holding a Supersedes_Key__c: who won a publish race, and when. */
export const REVISION_BY_SUPERSEDES_KEY = gql`
  query RevisionBySupersedesKey($key: String) {
    uiapi {
      query {
        Top_Ten_Revision__c(first: 1, where: { Supersedes_Key__c: { eq: $key } }) {
          edges {
            node {
              Id
              Published_At__c {
                value
              }
              CreatedBy {
                Name {
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
