// A gap's GitHub link as the sync reads it: owner, repository, kind and number, compared
// without regard to letter case (GitHub owner and repository names are case-insensitive).
import '../../tools/shared/node/nodePlatform';
import { isGitHubIssueUrl } from 'c/gapData';

/** What a GitHub link points at. */
export interface GitHubLink {
  owner: string;
  repo: string;
  kind: 'issues' | 'pull' | 'discussions';
  number: number;
}

/** The parts of a link the GitHub_Issue_URL_Format rule accepts; null for anything else. */
export function parseGitHubLink(url: unknown): GitHubLink | null {
  if (!isGitHubIssueUrl(url)) return null;
  const [, , , owner, repo, kind, number] = url.split('/');
  return { owner, repo, kind: kind as GitHubLink['kind'], number: Number(number) };
}

/** `owner/repo` in lower case: the key two spellings of one repository share. */
export function repoKey(owner: string, repo: string): string {
  return `${owner}/${repo}`.toLowerCase();
}

/**
 * Whether a link names the issue or pull request `number` of `fullName` (`owner/repo`): issues and
 * pull requests share one number space and GitHub redirects /issues/N to /pull/N, so either
 * path matches; discussion links never do (they are not synced).
 */
export function linksTo(link: GitHubLink, fullName: string, number: number): boolean {
  const [owner, repo] = fullName.split('/');
  return (
    link.kind !== 'discussions' &&
    link.number === number &&
    repoKey(link.owner, link.repo) === repoKey(owner ?? '', repo ?? '')
  );
}
