import { contextText, objectOf } from '../present';

describe('present', () => {
  it('says nothing about the customer before it is known', () => {
    expect(contextText(null)).toBe('');
    expect(
      contextText({
        accountId: null,
        accountName: null,
        opportunityId: '006D000000OppA1IAJ',
        opportunityName: 'X'
      })
    ).toBe('');
    expect(
      contextText({
        accountId: '001D000000IqhSLIAZ',
        accountName: 'Acme',
        opportunityId: null,
        opportunityName: null
      })
    ).toBe('For Acme');
  });

  it('knows the object from the record Id when a flow passes only the Id', () => {
    expect(objectOf('001D000000IqhSLIAZ', undefined)).toBe('Account');
    expect(objectOf('006D000000OppA1IAJ', undefined)).toBe('Opportunity');
    expect(objectOf('006D000000OppA1IAJ', 'Account')).toBe('Account');
    expect(objectOf('a00D0000008oWP8IAM', undefined)).toBeUndefined();
    expect(objectOf(undefined, undefined)).toBeUndefined();
  });
});
