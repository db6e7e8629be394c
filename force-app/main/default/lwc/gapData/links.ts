// A GitHub link is only ever an issue, pull request or discussion on github.com over https:
// the same pattern as the GitHub_Issue_URL_Format validation rules, so a link the screens
// accept is one the org accepts, and nothing else (javascript:, look-alike hosts) is rendered.

const GITHUB_ISSUE_URL =
  /^https:\/\/github[.]com\/[A-Za-z0-9-]+\/[A-Za-z0-9._-]+\/(issues|pull|discussions)\/[1-9][0-9]*$/;

/** The URL field length: a longer text cannot be stored, so it is never a valid link. */
export const MAX_URL_LENGTH = 255;

/** True only for `https://github.com/<owner>/<repo>/(issues|pull|discussions)/<number>` of at most 255 characters. */
export function isGitHubIssueUrl(url: unknown): url is string {
  return typeof url === 'string' && url.length <= MAX_URL_LENGTH && GITHUB_ISSUE_URL.test(url);
}

/** The page reference NavigationMixin opens for a product gap's record page. */
export function gapRecordPage(recordId: string): {
  type: 'standard__recordPage';
  attributes: { recordId: string; objectApiName: 'Product_Gap__c'; actionName: 'view' };
} {
  return {
    type: 'standard__recordPage',
    attributes: { recordId, objectApiName: 'Product_Gap__c', actionName: 'view' }
  };
}
