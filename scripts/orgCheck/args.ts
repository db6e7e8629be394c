// What `npm run org:check` was asked to do, parsed with node:util parseArgs.
import { parseArgs } from 'node:util';

/** The check's options: which org, which optional steps, where the JSON report goes. */
export interface OrgCheckOptions {
  targetOrg: string | null;
  instanceUrl: string | null;
  accessToken: string | null;
  /** a real deploy instead of the dry run (scratch orgs) */
  deploy: boolean;
  /** run the write scenario (scratch / sandbox orgs only) */
  writes: boolean;
  /** the user vouches that the org is throwaway when it does not say so itself */
  scratchConfirmed: boolean;
  jsonOut: string;
  help: boolean;
}

/** Where the JSON report goes unless --json-out says otherwise. */
export const DEFAULT_JSON_OUT = '.data/org-check/report.json';

export const USAGE = `Usage: npm run org:check -- (--target-org <alias> | --instance-url <url> --access-token <token>) [options]
  --target-org A         an org the sf CLI is logged in to (instance URL and token come from \`sf org display\`)
  --instance-url U       the org's instance URL (with --access-token; the deploy step is then skipped)
  --access-token T       an OAuth access token / session Id for that org
  --deploy               deploy force-app for real instead of the dry run (scratch orgs)
  --writes               run the write scenario and clean up after it (scratch / sandbox orgs only)
  --i-know-this-is-a-scratch-org   allow --writes when the org does not report itself as sandbox / scratch
  --json-out F           where the JSON report is written (default ${DEFAULT_JSON_OUT})
Exit codes: 0 every check passed; 1 a check failed; 2 bad arguments or --writes refused;
  3 org unreachable; 4 access token refused (401); 5 package not deployed; 6 sf CLI failed.`;

/** Parses the CLI's arguments; throws an Error naming the problem. */
export function parseOrgCheckArgs(argv: string[]): OrgCheckOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      'target-org': { type: 'string' },
      'instance-url': { type: 'string' },
      'access-token': { type: 'string' },
      deploy: { type: 'boolean', default: false },
      writes: { type: 'boolean', default: false },
      'i-know-this-is-a-scratch-org': { type: 'boolean', default: false },
      'json-out': { type: 'string', default: DEFAULT_JSON_OUT },
      help: { type: 'boolean', short: 'h', default: false }
    }
  });
  const options: OrgCheckOptions = {
    targetOrg: values['target-org'] ?? null,
    instanceUrl: values['instance-url'] ?? null,
    accessToken: values['access-token'] ?? null,
    deploy: values.deploy === true,
    writes: values.writes === true,
    scratchConfirmed: values['i-know-this-is-a-scratch-org'] === true,
    jsonOut: values['json-out'] as string,
    help: values.help === true
  };
  if (options.help) return options;
  const direct = options.instanceUrl !== null || options.accessToken !== null;
  if (options.targetOrg !== null && direct) {
    throw new Error('Give either --target-org or --instance-url with --access-token, not both');
  }
  if (options.targetOrg === null && !direct) {
    throw new Error(
      'Name the org: --target-org <alias>, or --instance-url <url> --access-token <token>'
    );
  }
  if (direct && (!options.instanceUrl || !options.accessToken)) {
    throw new Error('--instance-url and --access-token go together');
  }
  if (options.instanceUrl !== null && !/^https?:\/\/[^\s/]+/.test(options.instanceUrl)) {
    throw new Error(`--instance-url must be an http(s) URL, got ${options.instanceUrl}`);
  }
  if (options.deploy && options.targetOrg === null) {
    throw new Error('--deploy needs --target-org (the sf CLI deploys to an alias)');
  }
  if (options.scratchConfirmed && !options.writes) {
    throw new Error('--i-know-this-is-a-scratch-org only makes sense with --writes');
  }
  return options;
}
