/** @jest-environment node */
// Step 1 of the org check: the sf CLI's deploy dry run (or a real deploy with --deploy), read
// from sf's --json answer. sf itself needs an org, so these tests answer for it.
import { deployArgs, deployStep, type SfRun } from '../deploy';

const answer =
  (run: SfRun, calls: string[][] = []) =>
  (args: string[]): SfRun => {
    calls.push(args);
    return run;
  };

describe('org check step 1: deploy validation', () => {
  it('validates with --dry-run unless --deploy asks for a real deploy, always to the alias', () => {
    expect(deployArgs('scratch', false).join(' ')).toBe(
      'sf project deploy start --dry-run --source-dir force-app --target-org scratch --wait 30 --json'
    );
    expect(deployArgs('scratch', true)).not.toContain('--dry-run');
  });

  it('is skipped, saying why, when the org was given by URL and token', () => {
    const calls: string[][] = [];
    const row = deployStep(null, false, '.', answer({ status: 0, stdout: '', stderr: '' }, calls));
    expect(row).toMatchObject({ step: 'deploy', outcome: 'skipped' });
    expect(row.detail).toMatch(/--target-org/);
    expect(calls).toEqual([]);
  });

  it('passes with the number of components sf validated', () => {
    const calls: string[][] = [];
    const stdout = JSON.stringify({ status: 0, result: { numberComponentsDeployed: 212 } });
    const row = deployStep('dev', false, '.', answer({ status: 0, stdout, stderr: '' }, calls));
    expect(row).toEqual({
      step: 'deploy',
      name: 'deploy dry run (validation)',
      outcome: 'pass',
      detail: '212 component(s) validated'
    });
    expect(calls[0]).toContain('--dry-run');
  });

  it('fails naming the components the org refuses (one or many), with the fix', () => {
    const failure = {
      fullName: 'Product_Gap_Submission__c.My_Submissions',
      problem: 'Invalid scope:Mine, not allowed'
    };
    const one = JSON.stringify({ status: 1, result: { details: { componentFailures: failure } } });
    const row = deployStep('dev', false, '.', answer({ status: 1, stdout: one, stderr: '' }));
    expect(row).toMatchObject({
      outcome: 'fail',
      detail: 'Product_Gap_Submission__c.My_Submissions: Invalid scope:Mine, not allowed'
    });
    expect(row.fix).toMatch(/sf project deploy report/);
    const many = JSON.stringify({
      status: 1,
      result: { details: { componentFailures: Array(7).fill(failure) } }
    });
    const five = deployStep('dev', true, '.', answer({ status: 1, stdout: many, stderr: '' }));
    expect(five.name).toBe('deploy force-app');
    expect(five.detail.split('; ')).toHaveLength(5);
  });

  it("fails with sf's own first line when there is no component list, or its stderr when the output is not JSON", () => {
    const message = JSON.stringify({ status: 1, message: 'No org configuration found\nmore' });
    expect(
      deployStep('dev', false, '.', answer({ status: 1, stdout: message, stderr: '' })).detail
    ).toBe('No org configuration found');
    expect(
      deployStep('dev', false, '.', answer({ status: 1, stdout: 'not json', stderr: 'sf: boom\n' }))
        .detail
    ).toBe('sf: boom');
    expect(
      deployStep('dev', false, '.', answer({ status: null, stdout: '', stderr: '' })).detail
    ).toBe('sf failed');
  });
});
