// What `npm run org:check` was asked to do, parsed with node:util parseArgs.
import { parseArgs } from 'node:util';
import { ORG_TARGET_OPTIONS, ORG_TARGET_USAGE, orgTargetFrom, type OrgTarget } from './orgTarget';

/** The check's options: which org, which optional steps, where the JSON report goes. */
export interface OrgCheckOptions extends OrgTarget {
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
${ORG_TARGET_USAGE} (the deploy step needs --target-org)
  --deploy               deploy force-app for real instead of the dry run (scratch orgs)
  --writes               run the write scenario and clean up after it (scratch / sandbox orgs only)
  --i-know-this-is-a-scratch-org   allow --writes when the org does not report itself as sandbox / scratch
  --json-out F           where the JSON report is written (default ${DEFAULT_JSON_OUT})
Exit codes: 0 every check passed; 1 a check failed (--writes refused in an org that is not a sandbox or scratch org is one); 2 bad arguments;
  3 org unreachable; 4 access token refused (401); 5 package not deployed; 6 sf CLI failed.`;

/** Parses the CLI's arguments; throws an Error naming the problem. */
export function parseOrgCheckArgs(argv: string[]): OrgCheckOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      ...ORG_TARGET_OPTIONS,
      deploy: { type: 'boolean', default: false },
      writes: { type: 'boolean', default: false },
      'i-know-this-is-a-scratch-org': { type: 'boolean', default: false },
      'json-out': { type: 'string', default: DEFAULT_JSON_OUT },
      help: { type: 'boolean', short: 'h', default: false }
    }
  });
  const help = values.help === true;
  const options: OrgCheckOptions = {
    ...(help ? { targetOrg: null, instanceUrl: null, accessToken: null } : orgTargetFrom(values)),
    deploy: values.deploy === true,
    writes: values.writes === true,
    scratchConfirmed: values['i-know-this-is-a-scratch-org'] === true,
    jsonOut: values['json-out'] as string,
    help
  };
  if (options.help) return options;
  if (options.deploy && options.targetOrg === null) {
    throw new Error('--deploy needs --target-org (the sf CLI deploys to an alias)');
  }
  if (options.scratchConfirmed && !options.writes) {
    throw new Error('--i-know-this-is-a-scratch-org only makes sense with --writes');
  }
  return options;
}
