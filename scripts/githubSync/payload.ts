// Reads a GitHub webhook payload (`issues` or `pull_request`) into what the sync writes, refusing
// any payload that is not one of the events the workflow subscribes to or is not shaped as
// GitHub documents it.
import { parseGitHubLink } from './links';
import { issueFields, pullRequestFields, SyncRefused, type GitHubFields } from './state';

/** The `issues` actions the workflow subscribes to. */
export const ISSUE_ACTIONS = [
  'opened',
  'closed',
  'reopened',
  'milestoned',
  'demilestoned',
  'assigned',
  'unassigned'
] as const;

/** The `pull_request` actions the workflow subscribes to. */
export const PULL_REQUEST_ACTIONS = ['opened', 'closed', 'reopened'] as const;

/** The events the sync handles. */
export type EventName = 'issues' | 'pull_request';

/** One issue or pull request and the fields to write for it. */
export interface SyncTarget {
  /** `owner/repo` as the payload spells it */
  fullName: string;
  number: number;
  /** for log lines: `owner/repo#12 (issues closed)` */
  label: string;
  fields: GitHubFields;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The event of a payload without --event-name: `pull_request` when it carries one, else `issues`. */
export function guessEventName(payload: unknown): EventName | null {
  if (!isObject(payload)) return null;
  if (isObject(payload.pull_request) && payload.issue === undefined) return 'pull_request';
  if (isObject(payload.issue)) return 'issues';
  return null;
}

function repositoryOf(payload: Json): string {
  const repo = payload.repository;
  const fullName = isObject(repo) ? repo.full_name : undefined;
  if (typeof fullName !== 'string' || !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(fullName)) {
    throw new SyncRefused('the payload has no repository.full_name of the form owner/repo');
  }
  return fullName;
}

function itemOf(payload: Json, key: 'issue' | 'pull_request', fullName: string): Json {
  const item = payload[key];
  if (!isObject(item)) throw new SyncRefused(`the payload has no ${key} object`);
  if (!Number.isInteger(item.number) || (item.number as number) < 1) {
    throw new SyncRefused(
      `${key}.number is ${JSON.stringify(item.number)}, not a positive integer`
    );
  }
  const link = parseGitHubLink(item.html_url);
  if (
    !link ||
    link.number !== item.number ||
    `${link.owner}/${link.repo}`.toLowerCase() !== fullName.toLowerCase()
  ) {
    throw new SyncRefused(
      `${key}.html_url ${JSON.stringify(item.html_url)} is not ${fullName} #${String(item.number)} on github.com`
    );
  }
  return item;
}

/** Reads a payload of `eventName` (guessed when null); throws SyncRefused with the reason. */
export function readEvent(eventName: EventName | null, payload: unknown): SyncTarget {
  if (!isObject(payload)) throw new SyncRefused('the payload is not a JSON object');
  const event = eventName ?? guessEventName(payload);
  if (event !== 'issues' && event !== 'pull_request') {
    throw new SyncRefused('the payload is neither an issues nor a pull_request event');
  }
  const action = payload.action;
  const allowed: readonly string[] = event === 'issues' ? ISSUE_ACTIONS : PULL_REQUEST_ACTIONS;
  if (typeof action !== 'string' || !allowed.includes(action)) {
    throw new SyncRefused(
      `${event} action ${JSON.stringify(action)} is not one the sync handles (${allowed.join(', ')})`
    );
  }
  const fullName = repositoryOf(payload);
  const key = event === 'issues' ? 'issue' : 'pull_request';
  const item = itemOf(payload, key, fullName);
  const fields = event === 'issues' ? issueFields(item, key) : pullRequestFields(item, key);
  if (action === 'closed' && fields.state === 'Open') {
    throw new SyncRefused(`${event} closed, but ${key}.state is open`);
  }
  if ((action === 'opened' || action === 'reopened') && fields.state !== 'Open') {
    throw new SyncRefused(`${event} ${action}, but ${key}.state is closed`);
  }
  const number = item.number as number;
  return { fullName, number, label: `${fullName}#${number} (${event} ${action})`, fields };
}
