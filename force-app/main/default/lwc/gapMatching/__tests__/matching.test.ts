import {
  DUPLICATE_THRESHOLD,
  NO_SYNONYMS,
  corpusWeights,
  coverage,
  duplicatePairs,
  editDistance,
  idfWeights,
  normalizeText,
  parseSynonyms,
  rankMatches,
  searchWords,
  similarity,
  stem,
  tokenSimilarity,
  tokenize
} from 'c/gapMatching';

const synonyms = parseSynonyms('sso, single sign on; bidirectional, two way; k8s, kubernetes');

describe('text', () => {
  it('normalizes accents, case and punctuation', () => {
    expect(normalizeText('  Café—SSO/SAML!! ')).toBe('cafe sso saml');
    expect(normalizeText(null)).toBe('');
  });
  it('stems plurals and suffixes, not short words or numbers', () => {
    expect(stem('integrations')).toBe('integration');
    expect(stem('policies')).toBe('policy');
    expect(stem('syncing')).toBe('sync');
    expect(stem('boxes')).toBe('box');
    expect(stem('access')).toBe('access');
    expect(stem('sso')).toBe('sso');
    expect(stem('s3s')).toBe('s3s');
  });
  it('replaces synonym phrases and words by the canonical token and drops stop words', () => {
    expect(tokenize('Single sign-on with Okta', synonyms)).toEqual(['sso', 'okta']);
    expect(tokenize('Two-way sync for the K8s operator', synonyms)).toEqual([
      'bidirectional',
      'sync',
      'k8s',
      'operator'
    ]);
    expect(tokenize('', synonyms)).toEqual([]);
  });
});

describe('synonyms', () => {
  it('ignores blank groups, single terms and empty terms', () => {
    const table = parseSynonyms(' ; lonely ; , ,\n a, ,b ');
    expect(table.canonicalOf('lonely')).toBeNull();
    expect(table.canonicalOf('b')).toBe('a');
    expect(table.termsOf('a')).toEqual(['a', 'b']);
    expect(NO_SYNONYMS.longestAt(['single', 'sign'], 0)).toBeNull();
  });
  it('finds the longest phrase at a position', () => {
    expect(synonyms.longestAt(['single', 'sign', 'on', 'x'], 0)).toEqual({
      canonical: 'sso',
      length: 3
    });
    expect(synonyms.longestAt(['single', 'sign'], 0)).toBeNull();
  });
});

describe('similarity', () => {
  it('measures edit distance with swaps and stops early', () => {
    expect(editDistance('sync', 'sync', 1)).toBe(0);
    expect(editDistance('bidirectonal', 'bidirectional', 2)).toBe(1);
    expect(editDistance('form', 'from', 1)).toBe(1);
    expect(editDistance('okta', 'jira', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
  it('grades tokens: same, typo, prefix, different', () => {
    expect(tokenSimilarity('jira', 'jira')).toBe(1);
    expect(tokenSimilarity('integraton', 'integration')).toBe(0.85);
    expect(tokenSimilarity('provision', 'provisioning')).toBe(0.8);
    expect(tokenSimilarity('sso', 'ssl')).toBe(0);
    expect(tokenSimilarity('s3', 's4')).toBe(0);
    expect(tokenSimilarity('ms_team', 'ms_teams')).toBe(0);
  });
  it('weights rare tokens more, and everything 1 without a corpus', () => {
    const weight = idfWeights([['jira', 'sync'], ['sync'], ['sync']]);
    expect(weight('jira')).toBeGreaterThan(weight('sync'));
    expect(idfWeights([])('x')).toBe(1);
    expect(coverage([], ['a'], weight)).toBe(0);
  });
  it('ignores word order and reads the summary', () => {
    expect(
      similarity('Jira bidirectional sync', { id: '1', name: 'Bidirectional Jira sync' })
    ).toBe(1);
    expect(
      similarity('Okta', { id: '1', name: 'Identity login', summary: 'Login through Okta' })
    ).toBeGreaterThan(similarity('Okta', { id: '1', name: 'Identity login' }));
    expect(similarity('', { id: '1', name: 'x' })).toBe(0);
  });
});

describe('rankMatches', () => {
  const gaps = Array.from({ length: 61 }, (_, i) => ({
    id: `g${i}`,
    name: i % 2 ? `Jira bidirectional sync ${i}` : `Bidirectional Jira sync`
  })).concat([{ id: 'x', name: 'Dark mode' }]);

  it('counts every match, not just a page, most similar first', () => {
    const result = rankMatches('jira two-way sync', gaps, synonyms);
    expect(result.total).toBe(61);
    expect(result.matches).toHaveLength(61);
    expect(result.matches[0].score).toBeGreaterThanOrEqual(result.matches[60].score);
    expect(result.matches.some((m) => m.candidate.id === 'x')).toBe(false);
  });
  it('finds nothing for an empty query or no candidates', () => {
    expect(rankMatches('', gaps).total).toBe(0);
    expect(rankMatches('jira', []).total).toBe(0);
  });
});

describe('duplicatePairs', () => {
  it('pairs gaps that duplicate each other, most similar first', () => {
    const pairs = duplicatePairs(
      [
        { id: 'a', name: 'Okta SSO for contractors' },
        { id: 'b', name: 'Dark mode' },
        { id: 'c', name: 'Single sign-on with Okta' }
      ],
      synonyms
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ first: 0, second: 2 });
    expect(pairs[0].score).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
  });

  it('takes precomputed corpus weights and gives the same pairs', () => {
    const gaps = [
      { id: 'a', name: 'Okta SSO for contractors' },
      { id: 'c', name: 'Single sign-on with Okta' }
    ];
    const corpus = [...gaps, { id: 'd', name: 'Okta SCIM provisioning', summary: 'Okta groups' }];
    const weight = corpusWeights(corpus, synonyms);
    expect(weight('sso')).toBeGreaterThan(weight('okta'));
    expect(duplicatePairs(gaps, synonyms, DUPLICATE_THRESHOLD, weight)).toEqual(
      duplicatePairs(gaps, synonyms, DUPLICATE_THRESHOLD, corpus)
    );
  });
});

describe('searchWords', () => {
  it('gives each significant word and every synonym term, capped', () => {
    expect(searchWords('Okta SSO for contractors', synonyms)).toEqual([
      'okta',
      'sso',
      'single',
      'contractor'
    ]);
    expect(searchWords('a b c d e f g h i j', NO_SYNONYMS, 3)).toHaveLength(0);
    expect(searchWords('alpha beta gamma delta', NO_SYNONYMS, 2)).toEqual(['alpha', 'beta']);
  });
});
