// Reads of a customer's submissions, and of one submission by its key.
// Plain literals (no interpolation): the schema validator extracts and checks them, and user
// input only ever travels as variables. A document stands alone: a fragment is shared only
// between the operations of one document.
import { gql } from 'lightning/graphql';

/**
 * A customer's submissions matching `$where` (by Account or Opportunity Id, built by the request
 * builder), newest first, with the gap's status and link.
 */
export const CUSTOMER_SUBMISSIONS = gql`
  query CustomerSubmissions($where: Product_Gap_Submission__c_Filter, $pageSize: Int) {
    uiapi {
      query {
        Product_Gap_Submission__c(
          first: $pageSize
          where: $where
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
              Product_Gap__r {
                Name {
                  value
                }
                Status__c {
                  value
                }
                Product_Area__c {
                  value
                }
                GitHub_Issue_URL__c {
                  value
                }
                GitHub_State__c {
                  value
                }
                Duplicate_Of__c {
                  value
                }
              }
              Account__c {
                value
              }
              Account__r {
                Name {
                  value
                }
              }
              Opportunity__c {
                value
              }
              Opportunity__r {
                Name {
                  value
                }
                Amount {
                  value
                }
              }
              Severity__c {
                value
              }
              Description__c {
                value
              }
              Impact__c {
                value
              }
              Workaround__c {
                value
              }
              Submission_Key__c {
                value
              }
              CreatedDate {
                value
              }
              CreatedById {
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

/** One submission by its unique key: the one a duplicate create collided with. */
export const SUBMISSION_BY_KEY = gql`
  query SubmissionByKey($key: String) {
    uiapi {
      query {
        Product_Gap_Submission__c(first: 1, where: { Submission_Key__c: { eq: $key } }) {
          edges {
            node {
              Id
              Product_Gap__c {
                value
              }
              Product_Gap__r {
                Name {
                  value
                }
                Status__c {
                  value
                }
                Product_Area__c {
                  value
                }
                GitHub_Issue_URL__c {
                  value
                }
                GitHub_State__c {
                  value
                }
                Duplicate_Of__c {
                  value
                }
              }
              Account__c {
                value
              }
              Account__r {
                Name {
                  value
                }
              }
              Opportunity__c {
                value
              }
              Opportunity__r {
                Name {
                  value
                }
                Amount {
                  value
                }
              }
              Severity__c {
                value
              }
              Description__c {
                value
              }
              Impact__c {
                value
              }
              Workaround__c {
                value
              }
              Submission_Key__c {
                value
              }
              CreatedDate {
                value
              }
              CreatedById {
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
