import { parseSynonyms } from 'c/gapMatching';
import { topDuplicatePairs, withDuplicateMarks } from '../duplicates';
import type { WorkbenchRow } from '../rows';

const synonyms = parseSynonyms('sso, single sign on');
const TEXTS = { pair: '#{0} {1} and #{2} {3}', mark: 'dup of #{0} {1}' };

function row(rank: number, name: string, accounts = 3): WorkbenchRow {
  const metrics = { arr: 1000 * rank, accounts, strategic: 0, p0: 0, tam: 0, lost: 0 };
  return {
    id: `g${rank}`,
    rank,
    name,
    status: 'Open',
    productArea: 'Integrations',
    githubUrl: null,
    metrics,
    metricRanks: metrics,
    metricPlaces: metrics,
    score: 1 / rank,
    confidence: null,
    submissionCount: rank * 2,
    openArr: null,
    wonArr: null,
    lostArr: null,
    severityAccounts: null
  };
}

const rows = [
  row(1, 'Configurable rate limits in the admin console'),
  row(2, 'Okta SSO for contractors'),
  row(3, 'Dark mode'),
  row(4, 'Configurable rate limits'),
  row(5, 'Single sign-on with Okta'),
  row(11, 'Dark mode for mobile')
];

describe('topDuplicatePairs', () => {
  it('pairs likely duplicates among the Top 10 only, the better-ranked gap surviving', () => {
    const pairs = topDuplicatePairs(rows, synonyms, TEXTS);
    expect(pairs.map((p) => [p.gapId, p.survivor.id]).sort()).toEqual([
      ['g4', 'g1'],
      ['g5', 'g2']
    ]);
    const okta = pairs.find((p) => p.gapId === 'g5')!;
    expect(okta.text).toBe('#2 Okta SSO for contractors and #5 Single sign-on with Okta');
    expect(okta.moves).toEqual({ submissions: 10, accounts: 3, arr: 5000 });
    expect(okta.survivor).toMatchObject({ name: 'Okta SSO for contractors', accountCount: 3 });
  });

  it('finds nothing without rows or without a pair', () => {
    expect(topDuplicatePairs([], synonyms, TEXTS)).toEqual([]);
    expect(topDuplicatePairs([rows[2]], synonyms, TEXTS)).toEqual([]);
  });
});

describe('withDuplicateMarks', () => {
  it('marks both gaps of each pair with the other one, and leaves the rest alone', () => {
    const pairs = topDuplicatePairs(rows, synonyms, TEXTS);
    const marked = withDuplicateMarks(rows, pairs, TEXTS.mark);
    expect(marked.find((r) => r.id === 'g1')!.duplicateText).toBe(
      'dup of #4 Configurable rate limits'
    );
    expect(marked.find((r) => r.id === 'g4')!.duplicateText).toBe(
      'dup of #1 Configurable rate limits in the admin console'
    );
    expect(marked.find((r) => r.id === 'g3')!.duplicateText).toBeUndefined();
    expect(withDuplicateMarks(rows, [], TEXTS.mark)).toBe(rows);
  });
});
