// The GitHub fields the sync writes, computed from an issue or pull request as GitHub's webhook
// payloads and REST API describe it; anything unexpected is refused, never guessed.

/** GitHub_State__c values (one restricted picklist for issue and pull-request links). */
export const GITHUB_STATES = [
  'Open',
  'Closed - Completed',
  'Closed - Not Planned',
  'Closed - Duplicate',
  'Merged',
  'Closed'
] as const;

/** One GitHub_State__c value. */
export type GitHubState = (typeof GITHUB_STATES)[number];

/** The values written to the five GitHub fields (Synced At is the time of the write). */
export interface GitHubFields {
  state: GitHubState;
  closedAt: string | null;
  milestone: string | null;
  assignees: string | null;
}

/** A payload or API answer the sync will not act on; the message is the log line. */
export class SyncRefused extends Error {}

/** Text fields are 255 characters long. */
export const TEXT_LENGTH = 255;

const ISSUE_CLOSE_REASONS: Record<string, GitHubState> = {
  completed: 'Closed - Completed',
  not_planned: 'Closed - Not Planned',
  duplicate: 'Closed - Duplicate'
};

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function timestamp(value: unknown, what: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new SyncRefused(`${what} is not a date-time: ${JSON.stringify(value)}`);
  }
  return new Date(value).toISOString();
}

function milestoneOf(item: Json, what: string): string | null {
  const milestone = item.milestone;
  if (milestone === null || milestone === undefined) return null;
  if (!isObject(milestone) || typeof milestone.title !== 'string') {
    throw new SyncRefused(`${what}.milestone has no title`);
  }
  return milestone.title.slice(0, TEXT_LENGTH) || null;
}

function assigneesOf(item: Json, what: string): string | null {
  const list = item.assignees ?? [];
  if (!Array.isArray(list) || list.some((a) => !isObject(a) || typeof a.login !== 'string')) {
    throw new SyncRefused(`${what}.assignees is not a list of users with a login`);
  }
  const logins = (list as { login: string }[]).map((a) => a.login);
  return logins.length ? logins.join(', ').slice(0, TEXT_LENGTH) : null;
}

function openOrClosed(item: Json, what: string): 'open' | 'closed' {
  if (item.state !== 'open' && item.state !== 'closed') {
    throw new SyncRefused(`${what}.state is ${JSON.stringify(item.state)}, not open or closed`);
  }
  return item.state;
}

/**
 * Fields of an issue (webhook `issue` or REST issue). A closed issue's `state_reason` gives the
 * close reason (null on issues closed before reasons existed: GitHub shows them as completed);
 * an issue that is a pull request (`pull_request` present) is Merged when `pull_request.merged_at`
 * is set, else Closed.
 */
export function issueFields(issue: Json, what = 'issue'): GitHubFields {
  const state = openOrClosed(issue, what);
  const pull = issue.pull_request;
  const base = { milestone: milestoneOf(issue, what), assignees: assigneesOf(issue, what) };
  if (state === 'open') return { ...base, state: 'Open', closedAt: null };
  const closedAt = timestamp(issue.closed_at, `${what}.closed_at`);
  if (isObject(pull)) {
    const mergedAt = timestamp(pull.merged_at, `${what}.pull_request.merged_at`);
    return mergedAt
      ? { ...base, state: 'Merged', closedAt: mergedAt }
      : { ...base, state: 'Closed', closedAt };
  }
  const reason = issue.state_reason ?? 'completed';
  const mapped = typeof reason === 'string' ? ISSUE_CLOSE_REASONS[reason] : undefined;
  if (!mapped) {
    throw new SyncRefused(
      `${what}.state_reason ${JSON.stringify(reason)} is not completed, not_planned or duplicate`
    );
  }
  return { ...base, state: mapped, closedAt };
}

/** Fields of a pull request (webhook `pull_request`): closed is Merged when `merged` is true. */
export function pullRequestFields(pr: Json, what = 'pull_request'): GitHubFields {
  const state = openOrClosed(pr, what);
  const base = { milestone: milestoneOf(pr, what), assignees: assigneesOf(pr, what) };
  if (state === 'open') return { ...base, state: 'Open', closedAt: null };
  if (typeof pr.merged !== 'boolean') {
    throw new SyncRefused(`${what}.merged is ${JSON.stringify(pr.merged)}, not true or false`);
  }
  return pr.merged
    ? {
        ...base,
        state: 'Merged',
        closedAt: timestamp(pr.merged_at ?? pr.closed_at, `${what}.merged_at`)
      }
    : { ...base, state: 'Closed', closedAt: timestamp(pr.closed_at, `${what}.closed_at`) };
}
