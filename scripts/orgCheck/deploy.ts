// Step a: deploy validation through the sf CLI (a dry run, or a real deploy with --deploy).
import { spawnSync } from 'node:child_process';
import type { CheckRow } from './report';

/** The sf arguments of the deploy step. */
export function deployArgs(alias: string, realDeploy: boolean): string[] {
  return [
    'sf',
    'project',
    'deploy',
    'start',
    ...(realDeploy ? [] : ['--dry-run']),
    '--source-dir',
    'force-app',
    '--target-org',
    alias,
    '--wait',
    '30',
    '--json'
  ];
}

/** What the deploy step needs of a finished `npx sf ...` process. */
export interface SfRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npx <args>` in `cwd` and waits for it. */
function runSf(args: string[], cwd: string): SfRun {
  return spawnSync('npx', args, { cwd, encoding: 'utf8' });
}

/** Runs the deploy (or dry run) for `alias`; skipped when the org was given by URL and token. `run` starts sf (tests pass their own). */
export function deployStep(
  alias: string | null,
  realDeploy: boolean,
  cwd: string,
  run: (args: string[], cwd: string) => SfRun = runSf
): CheckRow {
  const name = realDeploy ? 'deploy force-app' : 'deploy dry run (validation)';
  if (!alias) {
    return {
      step: 'deploy',
      name,
      outcome: 'skipped',
      detail: 'the sf CLI deploys to an alias: run with --target-org to validate the deploy'
    };
  }
  const sf = run(deployArgs(alias, realDeploy), cwd);
  let result: {
    status?: number;
    message?: string;
    result?: { numberComponentsDeployed?: number; details?: { componentFailures?: unknown } };
  } = {};
  try {
    result = JSON.parse(sf.stdout || '{}');
  } catch {
    result = {};
  }
  if (sf.status === 0) {
    const n = result.result?.numberComponentsDeployed;
    return {
      step: 'deploy',
      name,
      outcome: 'pass',
      detail: `${n ?? 'all'} component(s) ${realDeploy ? 'deployed' : 'validated'}`
    };
  }
  const failures = result.result?.details?.componentFailures;
  const list = (Array.isArray(failures) ? failures : failures ? [failures] : []) as {
    fullName?: string;
    problem?: string;
  }[];
  const detail = list.length
    ? list
        .slice(0, 5)
        .map((f) => `${f.fullName}: ${f.problem}`)
        .join('; ')
    : (result.message || sf.stderr || 'sf failed').trim().split('\n')[0];
  return {
    step: 'deploy',
    name,
    outcome: 'fail',
    detail,
    fix: 'Fix the components the org refuses (see `sf project deploy report`), then run the check again.'
  };
}
