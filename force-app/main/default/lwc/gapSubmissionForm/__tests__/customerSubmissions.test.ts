import { duplicateMessage, submissionsRequestFor } from 'c/gapSubmissionForm';
import type { CustomerSubmission, DuplicateSubmission } from 'c/gapData';

const TEXTS = { named: '{0} flagged {1} on {2}', unnamed: 'A duplicate exists' };
const ACCOUNT = '001D000000IqhSLIAZ';
const OPPORTUNITY = '006D000000OppA1IAJ';

describe('submissionsRequestFor', () => {
  it('reads by opportunity on an Opportunity page and by account on an Account page', () => {
    expect(submissionsRequestFor(OPPORTUNITY, 'Opportunity')!.variables).toMatchObject({
      where: { Opportunity__c: { eq: OPPORTUNITY } }
    });
    expect(submissionsRequestFor(ACCOUNT, undefined)!.variables).toMatchObject({
      where: { Account__c: { eq: ACCOUNT } }
    });
  });

  it('reads nothing on another record, or without a valid Id', () => {
    expect(submissionsRequestFor('a00D0000008oWP8IAM', 'Product_Gap__c')).toBeNull();
    expect(submissionsRequestFor('not-an-id', 'Account')).toBeNull();
    expect(submissionsRequestFor(undefined, undefined)).toBeNull();
  });
});

describe('duplicateMessage', () => {
  const outcome = {
    submissionId: 's1',
    key: null,
    existing: null
  } as unknown as DuplicateSubmission;
  it('names the other submission from the outcome, with a dash for what is hidden', () => {
    const existing = {
      createdByName: 'Lee Park',
      gapName: null,
      opportunityName: null,
      accountName: 'Acme'
    };
    expect(duplicateMessage({ ...outcome, existing } as never, [], TEXTS)).toBe(
      'Lee Park flagged — on Acme'
    );
  });
  it('says a duplicate exists when the other one is unknown', () => {
    expect(duplicateMessage(outcome, [] as CustomerSubmission[], TEXTS)).toBe('A duplicate exists');
  });
});
