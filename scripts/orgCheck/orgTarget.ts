// Which org a command talks to, shared by `org:check` and `github:sync`: an sf CLI alias
// (--target-org) or an instance URL with an access token, checked the same way for both.
import { connectionFromSf, type OrgConnection } from './orgClient';

/** The org as the command line named it: an alias, or URL and token. */
export interface OrgTarget {
  targetOrg: string | null;
  instanceUrl: string | null;
  accessToken: string | null;
}

/** The node:util parseArgs options naming the org. */
export const ORG_TARGET_OPTIONS = {
  'target-org': { type: 'string' },
  'instance-url': { type: 'string' },
  'access-token': { type: 'string' }
} as const;

/** The usage lines of the org options. */
export const ORG_TARGET_USAGE = `  --target-org A         an org the sf CLI is logged in to (instance URL and token come from \`sf org display\`)
  --instance-url U       the org's instance URL (with --access-token)
  --access-token T       an OAuth access token / session Id for that org`;

/** The org named by parsed option values; throws an Error naming what is missing or contradictory. */
export function orgTargetFrom(values: {
  'target-org'?: string;
  'instance-url'?: string;
  'access-token'?: string;
}): OrgTarget {
  const target: OrgTarget = {
    targetOrg: values['target-org'] ?? null,
    instanceUrl: values['instance-url'] ?? null,
    accessToken: values['access-token'] ?? null
  };
  const direct = target.instanceUrl !== null || target.accessToken !== null;
  if (target.targetOrg !== null && direct) {
    throw new Error('Give either --target-org or --instance-url with --access-token, not both');
  }
  if (target.targetOrg === null && !direct) {
    throw new Error(
      'Name the org: --target-org <alias>, or --instance-url <url> --access-token <token>'
    );
  }
  if (direct && (!target.instanceUrl || !target.accessToken)) {
    throw new Error('--instance-url and --access-token go together');
  }
  if (target.instanceUrl !== null && !/^https?:\/\/[^\s/]+/.test(target.instanceUrl)) {
    throw new Error(`--instance-url must be an http(s) URL, got ${target.instanceUrl}`);
  }
  return target;
}

/** The connection of a target: `sf org display` for an alias, else the URL and token as given. */
export function connectionForTarget(target: OrgTarget, cwd: string): OrgConnection {
  return target.targetOrg
    ? connectionFromSf(target.targetOrg, cwd)
    : { instanceUrl: target.instanceUrl!, accessToken: target.accessToken!, alias: null };
}
