import { mapCustomerSubmissions, mapRevisions } from 'c/gapData';
import type { ReadData } from 'c/gapData';
import { customerGapRows, hiddenParentCount, ranksOf } from '../rows';
import submissionsData from './data/customerSubmissions.json';
import revisionData from './data/topTenRevision.json';

const TEXTS = {
  gapHidden: 'hidden gap',
  rank: '{0}',
  rankMerged: 'merged {0}',
  notRanked: 'not ranked',
  editFor: 'Edit {0}',
  withdrawFor: 'Withdraw {0}',
  withdrawConfirm: 'Withdraw {0}?',
  newSeverity: 'Severity for {0}'
};
const USER = '005D000000Usr01IAB';

describe('customer gap rows', () => {
  const submissions = mapCustomerSubmissions(submissionsData as ReadData, USER);
  const [revision] = mapRevisions(revisionData as ReadData);

  it('ranks only by the Published revision, by case-safe gap Id', () => {
    expect([...ranksOf(revision)]).toEqual([['a00D0000008oWP8IAM', 3]]);
    expect(ranksOf({ ...revision, status: 'Superseded' }).size).toBe(0);
    expect(ranksOf(null).size).toBe(0);
    const fifteen = {
      ...revision,
      entries: [{ ...revision.entries[0], gapId: 'a00D0000008oWP8' }]
    };
    expect(ranksOf(fifteen).get('a00D0000008oWP8IAM')).toBe(3);
  });

  it('shows the rank, or the rank of the gap a merged gap counts for, or not ranked', () => {
    const rows = customerGapRows(submissions, ranksOf(revision), TEXTS);
    expect(rows.map((row) => [row.gapName, row.rankText, row.rank])).toEqual([
      ['SAML single logout', '#3', 3],
      ['SAML logout for Okta', 'merged #3', 3],
      ['SAML attribute mapping', 'not ranked', null]
    ]);
  });

  it('keeps only real GitHub issue links, and lets users change only their own submissions', () => {
    const rows = customerGapRows(submissions, new Map(), TEXTS);
    expect(rows.map((row) => row.githubUrl)).toEqual([
      'https://github.com/acme/platform/issues/42',
      null,
      null
    ]);
    expect(rows.map((row) => row.editable)).toEqual([true, false, false]);
    expect(rows[0]).toMatchObject({
      severity: 'P0 - Dealbreaker',
      status: 'In Progress',
      opportunityName: 'Acme renewal',
      editLabel: 'Edit SAML single logout',
      confirmText: 'Withdraw SAML single logout?'
    });
  });

  it('names a gap the user cannot see instead of leaving it blank', () => {
    const [first] = submissions;
    const [row] = customerGapRows([{ ...first, gapName: null }], new Map(), TEXTS);
    expect(row.gapName).toBe('hidden gap');
  });

  it('counts submissions whose account or opportunity the user cannot see', () => {
    expect(hiddenParentCount(submissions)).toBe(1);
    const [first] = submissions;
    expect(hiddenParentCount([{ ...first, accountName: null }])).toBe(1);
    expect(hiddenParentCount([{ ...first, opportunityId: null, opportunityName: null }])).toBe(0);
    expect(hiddenParentCount([])).toBe(0);
  });
});
