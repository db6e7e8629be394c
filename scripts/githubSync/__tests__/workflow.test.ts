/** @jest-environment node */
// The shipped workflow template passes GitHub's workflow schema and matches the sync script;
// the old (wrong) forms each fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKFLOW_FILE, workflowProblems } from '../validateWorkflow';

const template = readFileSync(join(__dirname, '..', '..', '..', WORKFLOW_FILE), 'utf8');

describe('github/product-gap-sync.yml', () => {
  it('is valid and matches the script', () => {
    expect(workflowProblems(template)).toEqual([]);
  });

  it('is not an active workflow of this repository', () => {
    expect(WORKFLOW_FILE.startsWith('.github/')).toBe(false);
  });

  it.each([
    ['a misspelt key', template.replace('runs-on:', 'run-on:'), /^schema \/jobs\/sync/],
    ['an unknown event', template.replace('  workflow_dispatch:', '  issue:'), /^schema \/on/],
    [
      'an action the script does not handle',
      template.replace('demilestoned, assigned', 'demilestoned, labeled, assigned'),
      /^on\.issues\.types must be/
    ],
    [
      'a pull_request action missing',
      template.replace('types: [opened, closed, reopened]', 'types: [opened, closed]'),
      /^on\.pull_request\.types must be/
    ],
    ['another Node', template.replace('node-version: 20', 'node-version: 18'), /node-version 20/],
    [
      'a secret inline in the script instead of env',
      template.replace('SF_JWT_KEY: ${{ secrets.SF_JWT_KEY }}', 'SF_JWT_KEY: ""'),
      /SF_JWT_KEY from secrets\.SF_JWT_KEY/
    ],
    [
      'no JWT sign-in',
      template.replace('sf org login jwt', 'sf org login web'),
      /no step signs in with `sf org login jwt`/
    ]
  ])('refuses %s', (_what, text, problem) => {
    expect(text).not.toBe(template);
    expect(workflowProblems(text)).toEqual(
      expect.arrayContaining([expect.stringMatching(problem)])
    );
  });
});
