// `--backfill`: every gap linked to an issue or pull request of one repository is synced once,
// reading each issue from GitHub's REST API (`GET /repos/{owner}/{repo}/issues/{number}`, which
// answers for pull requests too, with `pull_request.merged_at`).
import type { OrgClient } from '../orgCheck/orgClient';
import { repoKey } from './links';
import { issueFields, SyncRefused } from './state';
import { linkedGaps, matchGaps, writeTarget, type LinkedGap } from './sync';

/** GitHub's REST API base. */
export const GITHUB_API = 'https://api.github.com';

/** What a backfill did: numbers written, and the issues it could not read. */
export interface BackfillOutcome {
  issues: number;
  gapIds: string[];
  entryIds: string[];
  failures: string[];
}

/** Reads one issue (or pull request) from the REST API; throws SyncRefused on any non-200 answer. */
export async function fetchIssue(
  fullName: string,
  number: number,
  token: string,
  fetchImpl: typeof fetch = fetch
): Promise<Record<string, unknown>> {
  const response = await fetchImpl(`${GITHUB_API}/repos/${fullName}/issues/${number}`, {
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      'x-github-api-version': '2022-11-28'
    }
  });
  if (!response.ok) {
    throw new SyncRefused(`GitHub answered HTTP ${response.status} for ${fullName}#${number}`);
  }
  return (await response.json()) as Record<string, unknown>;
}

/** Syncs every gap linked to `fullName` once; gaps of other repositories and discussions are left alone. */
export async function backfill(
  client: OrgClient,
  fullName: string,
  token: string,
  options: { fetch?: typeof fetch; now?: Date; log?: (line: string) => void } = {}
): Promise<BackfillOutcome> {
  const log = options.log ?? (() => {});
  const gaps = await linkedGaps(client, 'https://github.com/%');
  const numbers = new Map<number, LinkedGap[]>();
  for (const gap of gaps) {
    if (!gap.link) continue;
    if (repoKey(gap.link.owner, gap.link.repo) !== fullName.toLowerCase()) continue;
    if (gap.link.kind === 'discussions') {
      log(`left alone: gap ${gap.id} ${gap.url} (discussion link: not synced)`);
      continue;
    }
    numbers.set(gap.link.number, [...(numbers.get(gap.link.number) ?? []), gap]);
  }
  const outcome: BackfillOutcome = { issues: 0, gapIds: [], entryIds: [], failures: [] };
  for (const [number, candidates] of [...numbers].sort((a, b) => a[0] - b[0])) {
    const { matched } = matchGaps(candidates, fullName, number);
    try {
      const issue = await fetchIssue(fullName, number, token, options.fetch);
      const fields = issueFields(issue, `${fullName}#${number}`);
      const written = await writeTarget(client, matched, fields, options.now ?? new Date());
      outcome.issues += 1;
      outcome.gapIds.push(...written.gapIds);
      outcome.entryIds.push(...written.entryIds);
      log(
        `${fullName}#${number}: ${fields.state} written to ${written.gapIds.length} gap(s) and ${written.entryIds.length} published entr${written.entryIds.length === 1 ? 'y' : 'ies'}`
      );
    } catch (error) {
      if (!(error instanceof SyncRefused)) throw error;
      outcome.failures.push(error.message);
      log(`not synced: ${error.message}`);
    }
  }
  return outcome;
}
