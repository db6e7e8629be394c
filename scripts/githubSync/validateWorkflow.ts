// `npm run validate:workflow`: the shipped workflow template (github/product-gap-sync.yml) against
// GitHub's workflow schema (@action-validator/core, the SchemaStore github-workflow schema compiled
// to WebAssembly, offline), and against the sync script: the same events and actions, Node 20,
// the JWT sign-in with the four documented secrets.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { ISSUE_ACTIONS, PULL_REQUEST_ACTIONS } from './payload';

/** Where the template lives, relative to the repository root. */
export const WORKFLOW_FILE = 'github/product-gap-sync.yml';

/** The repository secrets README "Connect GitHub" tells an admin to add. */
export const SECRETS = ['SF_CLIENT_ID', 'SF_USERNAME', 'SF_JWT_KEY', 'SF_LOGIN_URL'];

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Problems of a workflow text, one line each; empty when it is valid and matches the script. */
export function workflowProblems(text: string): string[] {
  const state = validateWorkflow(text);
  const problems = state.errors.map((e) => {
    const detail = 'detail' in e && e.detail ? `: ${e.detail}` : '';
    const nested = ('states' in e ? (e.states ?? []) : [])
      .flatMap((s) => s.errors.map((n) => ('detail' in n && n.detail) || n.title))
      .slice(0, 3);
    return `schema ${'path' in e ? e.path : ''} ${e.title}${detail}${nested.length ? ` (${nested.join('; ')})` : ''}`;
  });
  if (problems.length) return problems;
  const workflow = parse(text) as Record<string, any>;
  const on = workflow.on ?? {};
  if (!sameSet(on.issues?.types ?? [], ISSUE_ACTIONS)) {
    problems.push(
      `on.issues.types must be ${ISSUE_ACTIONS.join(', ')} (the actions the script handles)`
    );
  }
  if (!sameSet(on.pull_request?.types ?? [], PULL_REQUEST_ACTIONS)) {
    problems.push(
      `on.pull_request.types must be ${PULL_REQUEST_ACTIONS.join(', ')} (the actions the script handles)`
    );
  }
  const steps: Record<string, any>[] = Object.values(workflow.jobs ?? {}).flatMap(
    (job: any) => job.steps ?? []
  );
  const node = steps.find((s) => String(s.uses ?? '').startsWith('actions/setup-node@'));
  if (String(node?.with?.['node-version']) !== '20')
    problems.push('actions/setup-node must use node-version 20');
  const login = steps.find((s) => /\bsf org login jwt\b/.test(String(s.run ?? '')));
  if (!login) problems.push('no step signs in with `sf org login jwt`');
  for (const secret of SECRETS) {
    if (!String(login?.env?.[secret] ?? '').includes(`secrets.${secret}`)) {
      problems.push(`the sign-in step must take ${secret} from secrets.${secret} through env`);
    }
  }
  if (
    !steps.some((s) =>
      /scripts\/githubSync\/cli\.ts --event "\$GITHUB_EVENT_PATH"/.test(String(s.run ?? ''))
    )
  ) {
    problems.push('no step runs scripts/githubSync/cli.ts on $GITHUB_EVENT_PATH');
  }
  return problems;
}

/** CLI: validates the template; exit 1 with one line per problem. */
export function main(root = resolve(__dirname, '..', '..')): number {
  const problems = workflowProblems(readFileSync(resolve(root, WORKFLOW_FILE), 'utf8'));
  for (const p of problems) process.stderr.write(`${WORKFLOW_FILE}: ${p}\n`);
  if (problems.length === 0) process.stdout.write(`${WORKFLOW_FILE}: valid\n`);
  return problems.length ? 1 : 0;
}

if (require.main === module) process.exit(main());
