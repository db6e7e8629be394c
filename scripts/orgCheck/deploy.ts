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

/** Runs the deploy (or dry run) for `alias`; skipped when the org was given by URL and token. */
export function deployStep(alias: string | null, realDeploy: boolean, cwd: string): CheckRow {
  const name = realDeploy ? 'deploy force-app' : 'deploy dry run (validation)';
  if (!alias) {
    return {
      step: 'deploy',
      name,
      outcome: 'skipped',
      detail: 'the sf CLI deploys to an alias: run with --target-org to validate the deploy'
    };
  }
  const run = spawnSync('npx', deployArgs(alias, realDeploy), { cwd, encoding: 'utf8' });
  let result: {
    status?: number;
    message?: string;
    result?: { numberComponentsDeployed?: number; details?: { componentFailures?: unknown } };
  } = {};
  try {
    result = JSON.parse(run.stdout || '{}');
  } catch {
    result = {};
  }
  if (run.status === 0) {
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
    : (result.message ?? run.stderr ?? 'sf failed').trim().split('\n')[0];
  return {
    step: 'deploy',
    name,
    outcome: 'fail',
    detail,
    fix: 'Fix the components the org refuses (see `sf project deploy report`), then run the check again.'
  };
}
