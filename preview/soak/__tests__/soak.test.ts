/** @jest-environment node */
// The soak, small: 5 Submitters and the TPM for 3 s through the preview server; every
// invariant must hold. Also the CLI's argument handling.
jest.mock('lightning/graphql', () =>
  jest.requireActual('../../../tools/shared/node/lightningGraphql')
);
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseSoakArgs } from '../args';
import { soakReport } from '../report';
import { runSoak } from '../run';

jest.setTimeout(60_000);

describe('soak, 5 users for 3 s', () => {
  it('loses nothing, doubles nothing, refuses every deliberate duplicate and stale publish', async () => {
    const options = { users: 5, seconds: 3, port: 0, seed: 7, maxActions: 100_000 };
    const result = await runSoak(options);
    const report = soakReport(options, result);
    expect(result.violations).toEqual([]);
    expect(result.ledger.errorSamples).toEqual([]);
    const { submissions, publishes } = result.ledger;
    expect(submissions.created).toBeGreaterThan(0);
    expect(submissions.refused).toBeGreaterThanOrEqual(submissions.deliberate);
    // One fresh, one stale and one race round at least: the stale one and the race's loser refused.
    expect(publishes.races).toBeGreaterThanOrEqual(1);
    expect(publishes.refused).toBeGreaterThanOrEqual(2);
    expect(publishes.created).toBe(
      result.after.Top_Ten_Revision__c - result.before.Top_Ten_Revision__c
    );
    expect(report).toContain('violations: 0');
  });
});

describe('soak arguments', () => {
  it('defaults to 20 users for 20 s and reads each option', () => {
    expect(parseSoakArgs([])).toEqual({
      users: 20,
      seconds: 20,
      port: 0,
      seed: 1,
      maxActions: 100_000
    });
    expect(parseSoakArgs(['--users', '5', '--seconds', '3', '--port', '8123'])).toMatchObject({
      users: 5,
      seconds: 3,
      port: 8123
    });
  });

  it.each([
    [['--users', '0'], /--users takes a whole number from 1 to 200, got 0/],
    [['--seconds', '2.5'], /--seconds takes a whole number/],
    [['--port', '70000'], /--port takes a whole number from 0 to 65535/],
    [['--fast'], /Unknown option --fast/]
  ])('refuses %j', (argv, message) => {
    expect(() => parseSoakArgs(argv)).toThrow(message);
  });

  it('exits 2 with the usage on bad arguments, without starting anything', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '..', 'soak.ts'), '--users', 'many'],
      {
        encoding: 'utf8'
      }
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Usage: npx tsx preview\/soak\/soak.ts/);
    expect(run.stdout).toBe('');
  });
});
