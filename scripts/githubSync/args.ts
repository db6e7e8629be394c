// What `npm run github:sync` was asked to do, parsed with node:util parseArgs; the org options
// are org:check's own.
import { parseArgs } from 'node:util';
import {
  ORG_TARGET_OPTIONS,
  ORG_TARGET_USAGE,
  orgTargetFrom,
  type OrgTarget
} from '../orgCheck/orgTarget';
import type { EventName } from './payload';

/** The sync's options: the org, and either an event payload or a backfill of one repository. */
export interface GitHubSyncOptions extends OrgTarget {
  event: string | null;
  eventName: EventName | null;
  backfill: boolean;
  /** `owner/repo` for --backfill (default: GITHUB_REPOSITORY) */
  repo: string | null;
  help: boolean;
}

export const USAGE = `Usage: npm run github:sync -- (--event <payload.json> [--event-name issues|pull_request] | --backfill [--repo owner/repo]) (--target-org <alias> | --instance-url <url> --access-token <token>)
  --event F              a GitHub webhook payload (in Actions: $GITHUB_EVENT_PATH)
  --event-name E         issues or pull_request (in Actions: \${{ github.event_name }}); guessed from the payload when absent
  --backfill             sync every gap linked to the repository once, reading GitHub's REST API with GITHUB_TOKEN
  --repo R               the repository to backfill (default: GITHUB_REPOSITORY)
${ORG_TARGET_USAGE}
Exit codes: 0 synced (or nothing linked); 1 the org refused a read or write, or a backfill could not read an issue;
  2 bad arguments or a refused payload (nothing written); 3 org unreachable; 4 access token refused (401); 6 sf CLI failed.`;

/** Parses the CLI's arguments (env supplies GITHUB_REPOSITORY); throws an Error naming the problem. */
export function parseGitHubSyncArgs(
  argv: string[],
  env: Record<string, string | undefined> = process.env
): GitHubSyncOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      ...ORG_TARGET_OPTIONS,
      event: { type: 'string' },
      'event-name': { type: 'string' },
      backfill: { type: 'boolean', default: false },
      repo: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    }
  });
  if (values.help) {
    return {
      targetOrg: null,
      instanceUrl: null,
      accessToken: null,
      event: null,
      eventName: null,
      backfill: false,
      repo: null,
      help: true
    };
  }
  const target = orgTargetFrom(values);
  const eventName = values['event-name'] ?? null;
  if (eventName !== null && eventName !== 'issues' && eventName !== 'pull_request') {
    throw new Error(`--event-name must be issues or pull_request, got ${eventName}`);
  }
  const backfill = values.backfill === true;
  const event = values.event ?? null;
  if (backfill === (event !== null)) {
    throw new Error('Give either --event <payload.json> or --backfill');
  }
  if (!backfill && values.repo !== undefined) throw new Error('--repo goes with --backfill');
  const repo = backfill ? (values.repo ?? env.GITHUB_REPOSITORY ?? null) : null;
  if (backfill && (!repo || !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repo))) {
    throw new Error('--backfill needs the repository as --repo owner/repo (or GITHUB_REPOSITORY)');
  }
  return { ...target, event, eventName, backfill, repo, help: false };
}
