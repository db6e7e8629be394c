/** @jest-environment node */
import { MAX_URL_LENGTH, isGitHubIssueUrl } from 'c/gapData';

describe('isGitHubIssueUrl', () => {
  it.each([
    'https://github.com/acme/platform/issues/42',
    'https://github.com/acme/platform/pull/7',
    'https://github.com/acme-inc/my.repo_name-2/discussions/1001'
  ])('accepts %s', (url) => {
    expect(isGitHubIssueUrl(url)).toBe(true);
  });

  it.each([
    // eslint-disable-next-line no-script-url -- the dangerous input under test
    ['javascript scheme', 'javascript:alert(1)//https://github.com/a/b/issues/1'],
    ['http', 'http://github.com/acme/platform/issues/42'],
    ['look-alike host', 'https://github.com.evil.io/acme/platform/issues/42'],
    ['other host', 'https://gitlab.com/acme/platform/issues/42'],
    ['userinfo trick', 'https://github.com@evil.io/acme/platform/issues/42'],
    ['sub-domain', 'https://www.github.com/acme/platform/issues/42'],
    ['extra path', 'https://github.com/acme/platform/issues/42/files'],
    ['query string', 'https://github.com/acme/platform/issues/42?x=1'],
    ['fragment', 'https://github.com/acme/platform/issues/42#top'],
    ['trailing slash', 'https://github.com/acme/platform/issues/42/'],
    ['other section', 'https://github.com/acme/platform/wiki/42'],
    ['issue zero', 'https://github.com/acme/platform/issues/0'],
    ['no number', 'https://github.com/acme/platform/issues/'],
    ['leading space', ' https://github.com/acme/platform/issues/42'],
    ['newline', 'https://github.com/acme/platform/issues/42\nhttps://evil.io'],
    ['empty', ''],
    ['over-long', `https://github.com/acme/${'r'.repeat(MAX_URL_LENGTH)}/issues/1`]
  ])('rejects %s', (_label, url) => {
    expect(isGitHubIssueUrl(url)).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isGitHubIssueUrl(null)).toBe(false);
    expect(isGitHubIssueUrl(undefined)).toBe(false);
    expect(isGitHubIssueUrl(42)).toBe(false);
  });
});
