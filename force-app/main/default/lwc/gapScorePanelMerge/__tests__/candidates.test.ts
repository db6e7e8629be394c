import { mapGapSearch } from 'c/gapData';
import { candidateOptions, movesText, survivorCandidates } from '../candidates';
import searchData from '../../gapScorePanel/__tests__/data/gapSearch.json';

jest.mock(
  '@salesforce/label/c.GapScorePanel_Merge_Candidate',
  () => ({ default: '{0} ({1} accounts)' }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/label/c.GapScorePanel_Merge_Moves',
  () => ({ default: 'Moves to {0}: {1} submissions, {2} accounts and {3} of impacted ARR.' }),
  { virtual: true }
);

const G1 = 'a00D0000000g001IAA';

describe('survivorCandidates', () => {
  it('drops the gap itself (any Id form), closed gaps and merged gaps', () => {
    const matches = mapGapSearch(searchData);
    expect(matches).toHaveLength(3);
    expect(survivorCandidates(matches, G1.slice(0, 15)).map((match) => match.name)).toEqual([
      'SAML SSO logout'
    ]);
    const merged = matches.map((match) => ({ ...match, duplicateOfId: 'a00D0000000g005IAA' }));
    expect(survivorCandidates(merged, G1)).toEqual([]);
  });
});

describe('sentences', () => {
  it('labels each candidate with its account count', () => {
    const candidates = survivorCandidates(mapGapSearch(searchData), G1);
    expect(candidateOptions(candidates)).toEqual([
      { label: 'SAML SSO logout (12 accounts)', value: 'a00D0000000g002IAA' }
    ]);
  });

  it('says what moves to the survivor', () => {
    expect(movesText('SAML SSO logout', { submissions: 1234, accounts: 3, arr: 180000.4 })).toBe(
      'Moves to SAML SSO logout: 1,234 submissions, 3 accounts and $180,000 of impacted ARR.'
    );
  });
});
