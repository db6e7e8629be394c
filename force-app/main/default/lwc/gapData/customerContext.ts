// The quick action's one extra read: the customer it flags for. On an Opportunity the account
// comes from the opportunity (AccountId); on an Account it is the record itself, read for its name.
import { gql } from 'lightning/graphql';
import type { Field } from './fields';
import { nodesOf, text } from './fields';
import type { ReadRequest } from './ranking';
import { isRecordId } from './recordIds';

/** One opportunity with its account: the customer a submission from an Opportunity is for. */
export const FLAG_CONTEXT_OPPORTUNITY = gql`
  query FlagContextOpportunity($recordId: ID) {
    uiapi {
      query {
        Opportunity(first: 1, where: { Id: { eq: $recordId } }) {
          edges {
            node {
              Id
              Name {
                value
              }
              AccountId {
                value
              }
              Account {
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

/** One account, for its name: the customer a submission from an Account is for. */
export const FLAG_CONTEXT_ACCOUNT = gql`
  query FlagContextAccount($recordId: ID) {
    uiapi {
      query {
        Account(first: 1, where: { Id: { eq: $recordId } }) {
          edges {
            node {
              Id
              Name {
                value
              }
            }
          }
        }
      }
    }
  }
`;

/** The customer a new submission is for. */
export interface FlagContext {
  accountId: string | null;
  accountName: string | null;
  opportunityId: string | null;
  opportunityName: string | null;
}

interface ContextNode {
  Id: string;
  Name?: Field<string>;
  AccountId?: Field<string>;
  Account?: { Name?: Field<string> } | null;
}

interface ContextData {
  uiapi?: {
    query?: {
      Opportunity?: { edges?: ({ node?: ContextNode | null } | null)[] | null } | null;
      Account?: { edges?: ({ node?: ContextNode | null } | null)[] | null } | null;
    } | null;
  } | null;
}

/** The object a record Id belongs to: objectApiName when given, else the key prefix (001 / 006); null otherwise. */
export function flagContextObject(
  recordId: string | null | undefined,
  objectApiName?: string | null
): 'Account' | 'Opportunity' | null {
  if (!isRecordId(recordId)) return null;
  if (objectApiName === 'Account' || objectApiName === 'Opportunity') return objectApiName;
  if (objectApiName) return null;
  if (recordId.startsWith('006')) return 'Opportunity';
  if (recordId.startsWith('001')) return 'Account';
  return null;
}

/** The read that names the customer of an Account or Opportunity record; null for any other record or a bad Id. */
export function flagContextRequest(
  recordId: string | null | undefined,
  objectApiName?: string | null
): ReadRequest | null {
  const object = flagContextObject(recordId, objectApiName);
  if (object === 'Opportunity') {
    return {
      operationName: 'FlagContextOpportunity',
      query: FLAG_CONTEXT_OPPORTUNITY,
      variables: { recordId }
    };
  }
  if (object === 'Account') {
    return {
      operationName: 'FlagContextAccount',
      query: FLAG_CONTEXT_ACCOUNT,
      variables: { recordId }
    };
  }
  return null;
}

/** Maps a FlagContext* response; null when the record is not there or not visible. An opportunity without account keeps accountId null. */
export function mapFlagContext(data: unknown): FlagContext | null {
  const query = (data as ContextData | null | undefined)?.uiapi?.query;
  const [opportunity] = nodesOf(query?.Opportunity);
  if (opportunity) {
    const accountId = text(opportunity.AccountId);
    return {
      accountId: isRecordId(accountId) ? accountId : null,
      accountName: text(opportunity.Account?.Name),
      opportunityId: opportunity.Id,
      opportunityName: text(opportunity.Name)
    };
  }
  const [account] = nodesOf(query?.Account);
  if (account) {
    return {
      accountId: account.Id,
      accountName: text(account.Name),
      opportunityId: null,
      opportunityName: null
    };
  }
  return null;
}
