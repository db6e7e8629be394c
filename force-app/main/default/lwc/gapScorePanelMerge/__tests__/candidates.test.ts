import { mapGapSearch } from 'c/gapData';
import { candidateOptions, movesText, survivorCandidates } from '../candidates';
import searchData from '../../gapScorePanel/__tests__/data/gapSearch.json';

jest.mock(
  '@salesforce/label/c.GapScorePanel_Merge_Moves',
  () => ({
    default:
      'Merge {4} into {0}: {1} submissions, {2} accounts and {3} of impacted ARR move to {0}.'
  }),
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
  it('tells candidates apart by area, status, accounts and Id', () => {
    const candidates = survivorCandidates(mapGapSearch(searchData), G1);
    const [option] = candidateOptions(candidates);
    expect(option.value).toBe('a00D0000000g002IAA');
    expect(option.label).toMatch(
      /^SAML SSO logout — .+, .+, 12 accounts \(Id a00D0000000g002IAA\)$/
    );
    expect(
      candidateOptions([{ ...candidates[0], productArea: null, status: 'Open' }])[0].label
    ).toBe('SAML SSO logout — —, Open, 12 accounts (Id a00D0000000g002IAA)');
  });

  it('says what moves to the survivor', () => {
    expect(
      movesText('SAML SSO logout', { submissions: 1234, accounts: 3, arr: 180000.4 }, 'SSO logout')
    ).toBe(
      'Merge SSO logout into SAML SSO logout: 1,234 submissions, 3 accounts and $180,000 of impacted ARR move to SAML SSO logout.'
    );
  });
});
