// What a GitHub link and its synced state look like next to a gap or entry: the kind of link
// (issue, pull request, discussion), the state badge, and the "resolved on GitHub, gap still
// open" mark. Pure: no lightning imports.
import { isGitHubIssueUrl } from 'c/gapData';
import { isClosedStatus } from 'c/gapRanking';

export type GitHubLinkKind = 'issue' | 'pull' | 'discussion';

/** GitHub states that mean the work is done on GitHub's side. */
const RESOLVED_STATES = new Set(['Closed - Completed', 'Merged']);

/** The kind of a valid GitHub link, or null for anything else (bad, look-alike or missing). */
export function githubLinkKind(url: unknown): GitHubLinkKind | null {
  if (!isGitHubIssueUrl(url)) return null;
  const segment = url.split('/')[5];
  return segment === 'pull' ? 'pull' : segment === 'issues' ? 'issue' : 'discussion';
}

/** The issue, pull request or discussion number of a valid GitHub link ("123"), or null. */
export function githubLinkNumber(url: unknown): string | null {
  if (!isGitHubIssueUrl(url)) return null;
  const number = url.split('/')[6] ?? '';
  return /^[0-9]+$/.test(number) ? number : null;
}

/** Badge tone of a synced state: success when resolved, inverse when closed otherwise, plain when open. */
export function stateTone(state: string): 'success' | 'inverse' | 'default' {
  if (RESOLVED_STATES.has(state)) return 'success';
  return state === 'Open' ? 'default' : 'inverse';
}

/**
 * True when the issue was closed as completed (or the pull request merged) while the gap's own
 * status is still open; false without a gap status (a reader who cannot see the gap).
 */
export function resolvedButOpen(
  state: string | null | undefined,
  gapStatus: string | null | undefined
): boolean {
  if (!state || !RESOLVED_STATES.has(state)) return false;
  if (typeof gapStatus !== 'string' || gapStatus.trim() === '') return false;
  return !isClosedStatus(gapStatus);
}
