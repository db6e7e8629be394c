import type { GapMatch } from 'c/gapData';
import { parseSynonyms } from 'c/gapMatching';
import {
  IDLE_SEARCH,
  candidateRequest,
  isSearching,
  searchStatus,
  withResult,
  withTerm
} from '../search';

const TEXTS = {
  searching: 'searching',
  none: 'nothing for {0}',
  one: '{0} match',
  many: '{0} matches'
};
const MATCH = { id: 'a00D0000008oWP8IAM', name: 'SAML single logout', accountCount: 7 } as GapMatch;

describe('search state', () => {
  it('says nothing before 2 characters, and answers such a term at once with no match', () => {
    const state = withTerm(IDLE_SEARCH, ' s ');
    expect(state).toEqual({ term: 's', matches: [], resultTerm: 's', errors: null });
    expect(isSearching(state)).toBe(false);
    expect(searchStatus(state, TEXTS)).toBe('');
  });

  it('searches a new term, then shows its matches', () => {
    const searching = withTerm(IDLE_SEARCH, 'saml ');
    expect(isSearching(searching)).toBe(true);
    expect(searchStatus(searching, TEXTS)).toBe('searching');
    const found = withResult(searching, [MATCH, MATCH], null);
    expect(found.resultTerm).toBe('saml');
    expect(searchStatus(found, TEXTS)).toBe('2 matches');
    expect(searchStatus(withResult(searching, [MATCH], null), TEXTS)).toBe('1 match');
    expect(searchStatus(withResult(searching, [], null), TEXTS)).toBe('nothing for saml');
  });

  it('keeps the state for the same term and clears the matches for another one', () => {
    const found = withResult(withTerm(IDLE_SEARCH, 'saml'), [MATCH], null);
    expect(withTerm(found, ' saml')).toBe(found);
    expect(withTerm(found, 'okta')).toEqual({
      term: 'okta',
      matches: [],
      resultTerm: null,
      errors: null
    });
  });

  it('drops the matches and the status on an error', () => {
    const failed = withResult(withTerm(IDLE_SEARCH, 'saml'), [MATCH], [{ message: 'boom' }]);
    expect(failed.matches).toEqual([]);
    expect(failed.errors).toEqual([{ message: 'boom' }]);
    expect(searchStatus(failed, TEXTS)).toBe('');
  });
});

describe('broad candidates ranked in the browser', () => {
  const synonyms = parseSynonyms('sso, single sign on');
  const gap = (id: string, name: string) => ({ ...MATCH, id, name }) as GapMatch;

  it('asks for any significant word or synonym term, not the phrase', () => {
    const request = candidateRequest('Okta SSO for contractors', synonyms)!;
    const patterns = (request.variables.where as { or: Record<string, { like: string }>[] }).or
      .map((clause) => Object.values(clause)[0].like)
      .filter((_, i) => i % 2 === 0);
    expect(patterns).toEqual(['%okta%', '%sso%', '%single%', '%contractor%']);
    expect(request.variables.first).toBe(500);
    expect(candidateRequest('x', synonyms)).toBeNull();
    expect(candidateRequest('the and', synonyms)).toBeNull();
  });

  it('finds words in any order and says the total, not the page', () => {
    const candidates = Array.from({ length: 61 }, (_, i) =>
      gap(`g${i}`, i % 2 ? 'Bidirectional Jira sync' : 'Sync Jira bidirectional')
    ).concat([gap('other', 'Dark mode')]);
    const found = withResult(withTerm(IDLE_SEARCH, 'Jira bidirectional sync'), candidates, null);
    expect(found.matches).toHaveLength(61);
    expect(searchStatus(found, TEXTS)).toBe('61 matches');
  });

  it('ranks by similarity under the given rule', () => {
    const found = withResult(
      withTerm(IDLE_SEARCH, 'Single sign-on with Okta', synonyms),
      [gap('a', 'Okta SCIM provisioning'), gap('b', 'Okta SSO for contractors')],
      null,
      { synonyms, threshold: 0.6 }
    );
    expect(found.matches.map((match) => match.id)).toEqual(['b']);
  });
});
