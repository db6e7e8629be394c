/** @jest-environment node */
import { flagContextObject, flagContextRequest, mapFlagContext } from 'c/gapData';

const ACCOUNT = '001D000000IqhSLIAZ';
const OPPORTUNITY = '006D000000OppA1IAJ';

describe('flag context', () => {
  it('tells the object from objectApiName, else from the key prefix', () => {
    expect(flagContextObject(OPPORTUNITY, 'Opportunity')).toBe('Opportunity');
    expect(flagContextObject(ACCOUNT, 'Account')).toBe('Account');
    expect(flagContextObject(OPPORTUNITY)).toBe('Opportunity');
    expect(flagContextObject(ACCOUNT, null)).toBe('Account');
    expect(flagContextObject('a00D0000008oWP8IAM')).toBeNull();
    expect(flagContextObject(ACCOUNT, 'Contact')).toBeNull();
    expect(flagContextObject('not an id', 'Account')).toBeNull();
    expect(flagContextObject(undefined, 'Account')).toBeNull();
  });

  it('reads the opportunity with its account, or the account, by Id as a variable', () => {
    expect(flagContextRequest(OPPORTUNITY, 'Opportunity')).toMatchObject({
      operationName: 'FlagContextOpportunity',
      variables: { recordId: OPPORTUNITY }
    });
    expect(flagContextRequest(ACCOUNT, 'Account')).toMatchObject({
      operationName: 'FlagContextAccount',
      variables: { recordId: ACCOUNT }
    });
    expect(flagContextRequest("001' OR 1=1", 'Account')).toBeNull();
    expect(flagContextRequest(null)).toBeNull();
  });

  it('maps an opportunity to its account and itself', () => {
    const data = {
      uiapi: {
        query: {
          Opportunity: {
            edges: [
              {
                node: {
                  Id: OPPORTUNITY,
                  Name: { value: 'Acme renewal' },
                  AccountId: { value: ACCOUNT },
                  Account: { Name: { value: 'Acme Corp' } }
                }
              }
            ]
          }
        }
      }
    };
    expect(mapFlagContext(data)).toEqual({
      accountId: ACCOUNT,
      accountName: 'Acme Corp',
      opportunityId: OPPORTUNITY,
      opportunityName: 'Acme renewal'
    });
  });

  it('keeps an opportunity without a (valid) account, with accountId null', () => {
    const data = {
      uiapi: {
        query: {
          Opportunity: {
            edges: [
              {
                node: {
                  Id: OPPORTUNITY,
                  Name: { value: 'Orphan' },
                  AccountId: { value: null },
                  Account: null
                }
              }
            ]
          }
        }
      }
    };
    expect(mapFlagContext(data)).toMatchObject({ accountId: null, opportunityId: OPPORTUNITY });
  });

  it('maps an account, and returns null for a record that is not there', () => {
    const account = {
      uiapi: {
        query: { Account: { edges: [{ node: { Id: ACCOUNT, Name: { value: 'Acme Corp' } } }] } }
      }
    };
    expect(mapFlagContext(account)).toEqual({
      accountId: ACCOUNT,
      accountName: 'Acme Corp',
      opportunityId: null,
      opportunityName: null
    });
    expect(mapFlagContext({ uiapi: { query: { Account: { edges: [] } } } })).toBeNull();
    expect(mapFlagContext(null)).toBeNull();
    expect(mapFlagContext({ uiapi: null })).toBeNull();
  });
});
