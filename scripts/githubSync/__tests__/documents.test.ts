/** @jest-environment node */
// The sync's documents against the schema each permission set sees, its command line, and the
// state mapping of GitHub's fields.
import { validationErrorsAs as errorsAs } from '../../../tools/shared/schema/validateAs';
import { parseGitHubSyncArgs } from '../args';
import { LINKED_GAPS, PUBLISHED_ENTRIES, UPDATE_ENTRY, UPDATE_GAP } from '../documents';
import { linksTo, parseGitHubLink } from '../links';
import { issueFields, pullRequestFields } from '../state';

describe("the sync's GraphQL documents", () => {
  it.each([
    ['GitHubSyncLinkedGaps', LINKED_GAPS],
    ['GitHubSyncPublishedEntries', PUBLISHED_ENTRIES],
    ['GitHubSyncGap', UPDATE_GAP],
    ['GitHubSyncEntry', UPDATE_ENTRY]
  ])(
    '%s is valid for Product_Gap_GitHub_Sync and uses no variable in a directive',
    (_, document) => {
      expect(errorsAs('Product_Gap_GitHub_Sync', document)).toEqual([]);
      expect(document).not.toMatch(/@(include|skip)\(if: \$/);
    }
  );

  it.each([
    'Product_Gap_Manager',
    'Product_Gap_TPM',
    'Product_Gap_Submitter',
    'Product_Gap_Viewer'
  ])('%s cannot send the updates: only the sync edits the GitHub fields', (permissionSet) => {
    expect(errorsAs(permissionSet, UPDATE_GAP).join(' ')).toMatch(
      /is not defined by type|Cannot query field|no mutations at all/
    );
    expect(errorsAs(permissionSet, UPDATE_ENTRY).join(' ')).toMatch(
      /is not defined by type|Cannot query field|no mutations at all/
    );
  });

  it('the Viewer reads the GitHub fields of entries, not of gaps', () => {
    const entry = `query { uiapi { query { Top_Ten_Entry__c { edges { node { GitHub_State__c { value } GitHub_Closed_At__c { value } GitHub_Milestone__c { value } GitHub_Assignees__c { value } GitHub_Synced_At__c { value } } } } } } }`;
    expect(errorsAs('Product_Gap_Viewer', entry)).toEqual([]);
    expect(
      errorsAs('Product_Gap_Viewer', entry.replace('Top_Ten_Entry__c', 'Product_Gap__c'))
    ).not.toEqual([]);
    expect(
      errorsAs('Product_Gap_Manager', entry.replace('Top_Ten_Entry__c', 'Product_Gap__c'))
    ).toEqual([]);
  });
});

describe('links', () => {
  it('matches an issue or pull link of the repository in any letter case, never a discussion or another repository', () => {
    const link = (url: string) => parseGitHubLink(url)!;
    expect(linksTo(link('https://github.com/ACME/Widgets/issues/7'), 'acme/widgets', 7)).toBe(true);
    expect(linksTo(link('https://github.com/acme/widgets/pull/7'), 'acme/widgets', 7)).toBe(true);
    expect(linksTo(link('https://github.com/acme/widgets/discussions/7'), 'acme/widgets', 7)).toBe(
      false
    );
    expect(linksTo(link('https://github.com/acme/gadgets/issues/7'), 'acme/widgets', 7)).toBe(
      false
    );
    expect(linksTo(link('https://github.com/acme/widgets/issues/17'), 'acme/widgets', 7)).toBe(
      false
    );
    expect(parseGitHubLink('http://github.com/acme/widgets/issues/7')).toBeNull();
    expect(parseGitHubLink('https://github.com/acme/widgets/issues/7#issuecomment-1')).toBeNull();
  });
});

describe('state mapping', () => {
  const closed = {
    state: 'closed',
    closed_at: '2026-01-02T03:04:05Z',
    assignees: [],
    milestone: null
  };
  it('an issue closed as a pull request is Merged when merged_at is set', () => {
    expect(
      issueFields({ ...closed, pull_request: { merged_at: '2026-01-02T00:00:00Z' } }).state
    ).toBe('Merged');
    expect(issueFields({ ...closed, pull_request: { merged_at: null } }).state).toBe('Closed');
  });
  it('cuts assignees and milestone to the 255-character fields', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ login: `engineer-${i}` }));
    const fields = issueFields({
      state: 'open',
      assignees: many,
      milestone: { title: 'm'.repeat(300) }
    });
    expect(fields.assignees).toHaveLength(255);
    expect(fields.milestone).toHaveLength(255);
  });
  it.each([
    [{ ...closed, state: 'merged' }, /state is "merged"/],
    [{ ...closed, merged: false, closed_at: 'yesterday' }, /closed_at is not a date-time/],
    [{ ...closed, assignees: ['octocat'] }, /assignees is not a list of users/],
    [{ ...closed, merged: 'yes' }, /merged is "yes"/]
  ])('refuses %j', (pr, message) => {
    expect(() => pullRequestFields(pr)).toThrow(message);
  });
});

describe('github:sync command line', () => {
  const org = ['--instance-url', 'https://acme.my.salesforce.com', '--access-token', 't'];
  it.each([
    [['--event', 'e.json'], /Name the org/],
    [[...org], /either --event <payload.json> or --backfill/],
    [[...org, '--event', 'e.json', '--backfill'], /either --event <payload.json> or --backfill/],
    [[...org, '--event', 'e.json', '--event-name', 'push'], /must be issues or pull_request/],
    [[...org, '--backfill'], /--backfill needs the repository/],
    [[...org, '--backfill', '--repo', 'not a repo'], /--backfill needs the repository/],
    [[...org, '--event', 'e.json', '--repo', 'a/b'], /--repo goes with --backfill/],
    [
      ['--target-org', 'ci', '--instance-url', 'https://x.my.salesforce.com', '--event', 'e.json'],
      /not both/
    ]
  ])('refuses %j', (argv, message) => {
    expect(() => parseGitHubSyncArgs(argv, {})).toThrow(message);
  });

  it('takes the alias, the payload and its event name, or the repository to backfill from GITHUB_REPOSITORY', () => {
    expect(
      parseGitHubSyncArgs(['--target-org', 'ci', '--event', 'e.json', '--event-name', 'issues'], {})
    ).toMatchObject({
      targetOrg: 'ci',
      event: 'e.json',
      eventName: 'issues',
      backfill: false
    });
    expect(
      parseGitHubSyncArgs([...org, '--backfill'], { GITHUB_REPOSITORY: 'acme/widgets' })
    ).toMatchObject({
      backfill: true,
      repo: 'acme/widgets'
    });
  });
});
