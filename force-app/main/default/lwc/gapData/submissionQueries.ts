// Reads of a customer's submissions, and of one submission by its key.
// Plain literals (no interpolation): the schema validator extracts and checks them, and user
// input only ever travels as variables. Field lists repeat on purpose: a document stands alone.
import { gql } from 'lightning/graphql';

/** A customer's submissions by Account Id, newest first, with the gap's status and link. */
export const SUBMISSIONS_BY_ACCOUNT = gql`
  query SubmissionsByAccount($accountId: ID, $pageSize: Int) {
    uiapi {
      query {
        Product_Gap_Submission__c(
          first: $pageSize
          where: { Account__c: { eq: $accountId } }
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

/** A customer's submissions by Opportunity Id, newest first, with the gap's status and link. */
export const SUBMISSIONS_BY_OPPORTUNITY = gql`
  query SubmissionsByOpportunity($opportunityId: ID, $pageSize: Int) {
    uiapi {
      query {
        Product_Gap_Submission__c(
          first: $pageSize
          where: { Opportunity__c: { eq: $opportunityId } }
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
