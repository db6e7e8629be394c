/** @jest-environment node */
// The GitHub sync against the preview org, acting as the Product_Gap_GitHub_Sync permission set,
// with GitHub's own example webhook payloads (@octokit/webhooks-examples): the right gaps and
// published entries are written, everything else is left as it was, bad payloads write nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webhookExamples from '@octokit/webhooks-examples';
import { orgClient, type OrgClient } from '../../orgCheck/orgClient';
// eslint-disable-next-line local/import-direction -- an end-to-end test of this tool against a throwaway preview org
import { startPreviewOrg } from '../../../preview/server/previewOrg';
import { main } from '../cli';

jest.setTimeout(60_000);

type Json = Record<string, any>;
const SYNC = 'Product_Gap_GitHub_Sync';
const NOW = new Date('2026-12-07T04:00:00.000Z');
const REPO_URL = 'https://github.com/Codertocat/Hello-World';

/** A recorded example payload of `event`/`action` (deep copy), optionally reshaped. */
function example(
  event: string,
  action: string,
  change: (p: Json) => void = () => {},
  onPullRequest = false
): Json {
  const group = (webhookExamples as unknown as { name: string; examples: Json[] }[]).find(
    (e) => e.name === event
  )!;
  const found = group.examples.find(
    (p) => p.action === action && (event !== 'issues' || !p.issue.pull_request === !onPullRequest)
  )!;
  const copy = JSON.parse(JSON.stringify(found));
  change(copy);
  return copy;
}

/** The recorded `issues` payloads have no `closed` one: the `reopened` one, closed as GitHub sends it. */
const issueClosed = (reason: string | null, number = 1) =>
  example('issues', 'reopened', (p) => {
    p.action = 'closed';
    p.issue.number = number;
    p.issue.html_url = `${REPO_URL}/issues/${number}`;
    p.issue.state = 'closed';
    p.issue.state_reason = reason;
    p.issue.closed_at = '2026-12-06T10:00:00Z';
    p.issue.milestone = { title: 'v2.0', number: 3 };
    p.issue.assignees = [{ login: 'Codertocat' }, { login: 'octocat' }];
  });

const FIELDS = [
  'GitHub_State__c',
  'GitHub_Closed_At__c',
  'GitHub_Milestone__c',
  'GitHub_Assignees__c',
  'GitHub_Synced_At__c'
];
const selection = FIELDS.map((f) => `${f} { value }`).join(' ');

describe('github:sync against the preview org', () => {
  let org: Awaited<ReturnType<typeof startPreviewOrg>>;
  let admin: OrgClient;
  let dir: string;
  const gap: Record<string, string> = {};
  let publishedEntryOf: Record<string, string> = {};
  const lines: string[] = [];

  const graphql = async (client: OrgClient, query: string, variables = {}) => {
    const response = await client.graphql({ query, variables });
    if (response.errors?.length) throw new Error(response.errors.map((e) => e.message).join('; '));
    return response.data as Json;
  };

  /** Every gap's and every entry's GitHub fields, as the admin reads them. */
  async function snapshot(): Promise<Record<string, Json>> {
    const data = await graphql(
      admin,
      `query { uiapi { query {
        Product_Gap__c(first: 200) { edges { node { Id ${selection} } } }
        Top_Ten_Entry__c(first: 200) { edges { node { Id ${selection} } } }
      } } }`
    );
    const out: Record<string, Json> = {};
    for (const object of ['Product_Gap__c', 'Top_Ten_Entry__c']) {
      for (const { node } of data.uiapi.query[object].edges) {
        out[node.Id] = Object.fromEntries(FIELDS.map((f) => [f, node[f].value]));
      }
    }
    return out;
  }

  async function link(id: string, url: string) {
    await graphql(
      admin,
      `
        mutation ($input: Product_Gap__cUpdateInput!) {
          uiapi {
            Product_Gap__cUpdate(input: $input) {
              success
            }
          }
        }
      `,
      { input: { Id: id, Product_Gap__c: { GitHub_Issue_URL__c: url } } }
    );
  }

  /** Runs the CLI as the sync permission set on a payload; returns the exit code. */
  async function sync(payload: unknown, extra: string[] = [], token = SYNC): Promise<number> {
    const file = join(dir, `payload-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
    lines.length = 0;
    return main(['--instance-url', org.url, '--access-token', token, '--event', file, ...extra], {
      now: NOW,
      log: (line) => lines.push(line)
    });
  }

  beforeAll(async () => {
    org = await startPreviewOrg();
    admin = orgClient({ instanceUrl: org.url, accessToken: 'preview', alias: null });
    dir = mkdtempSync(join(tmpdir(), 'github-sync-'));
    const data = await graphql(
      admin,
      `
        query {
          uiapi {
            query {
              Top_Ten_Entry__c(
                first: 200
                where: { Top_Ten_Revision__r: { Status__c: { eq: "Published" } } }
              ) {
                edges {
                  node {
                    Id
                    Product_Gap__c {
                      value
                    }
                  }
                }
              }
              Product_Gap__c(first: 200, orderBy: { Id: { order: ASC } }) {
                edges {
                  node {
                    Id
                  }
                }
              }
            }
          }
        }
      `
    );
    publishedEntryOf = Object.fromEntries(
      data.uiapi.query.Top_Ten_Entry__c.edges.map((e: Json) => [
        e.node.Product_Gap__c.value,
        e.node.Id
      ])
    );
    const listed = Object.keys(publishedEntryOf);
    const unlisted = data.uiapi.query.Product_Gap__c.edges
      .map((e: Json) => e.node.Id)
      .filter((id: string) => !publishedEntryOf[id]);
    if (listed.length < 3 || unlisted.length < 2) {
      throw new Error('the preview org needs 3 gaps in the Published Top 10 and 2 outside it');
    }
    [gap.exact, gap.otherCase, gap.pull] = listed;
    [gap.otherRepo, gap.discussion] = unlisted;
    await link(gap.exact, `${REPO_URL}/issues/1`);
    await link(gap.otherCase, 'https://github.com/codertocat/HELLO-WORLD/issues/1');
    await link(gap.pull, `${REPO_URL}/pull/2`);
    await link(gap.otherRepo, 'https://github.com/other-org/Hello-World/issues/1');
    await link(gap.discussion, `${REPO_URL}/discussions/1`);
  });

  afterAll(async () => {
    await org.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an issue closed as completed updates both gaps linked to it (one in other letter case) and their published entries, nothing else', async () => {
    const before = await snapshot();
    expect(await sync(issueClosed('completed'), ['--event-name', 'issues'])).toBe(0);
    const after = await snapshot();
    const written = {
      GitHub_State__c: 'Closed - Completed',
      GitHub_Closed_At__c: '2026-12-06T10:00:00.000Z',
      GitHub_Milestone__c: 'v2.0',
      GitHub_Assignees__c: 'Codertocat, octocat',
      GitHub_Synced_At__c: NOW.toISOString()
    };
    const changed = Object.keys(after).filter(
      (id) => JSON.stringify(after[id]) !== JSON.stringify(before[id])
    );
    const expected = [gap.exact, gap.otherCase].flatMap((id) => [id, publishedEntryOf[id]]);
    expect(changed.sort()).toEqual(expected.sort());
    for (const id of expected) expect(after[id]).toEqual(written);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/other-org\/Hello-World\/issues\/1 \(another repository\)/),
        expect.stringMatching(/discussions\/1 \(discussion link: not synced\)/),
        'github:sync: Codertocat/Hello-World#1 (issues closed): Closed - Completed written to 2 gap(s) and 2 published entries'
      ])
    );
  });

  it.each([
    ['not_planned', 'Closed - Not Planned'],
    ['duplicate', 'Closed - Duplicate'],
    [null, 'Closed - Completed']
  ])('maps state_reason %j to %s', async (reason, state) => {
    expect(await sync(issueClosed(reason))).toBe(0);
    expect((await snapshot())[gap.exact].GitHub_State__c).toBe(state);
  });

  it('a reopened issue is Open again, with no close date', async () => {
    expect(await sync(example('issues', 'reopened'))).toBe(0);
    expect((await snapshot())[publishedEntryOf[gap.otherCase]]).toMatchObject({
      GitHub_State__c: 'Open',
      GitHub_Closed_At__c: null
    });
  });

  it('an issue no gap links to writes nothing', async () => {
    const before = await snapshot();
    expect(await sync(issueClosed('completed', 999))).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(lines.at(-1)).toBe(
      'github:sync: Codertocat/Hello-World#999 (issues closed): no gap links to it; nothing written'
    );
  });

  it('a merged pull request marks its gap and entry Merged; one closed unmerged is Closed', async () => {
    const merged = example('pull_request', 'closed', (p) => {
      p.pull_request.merged = true;
      p.pull_request.merged_at = '2026-12-05T08:30:00Z';
    });
    expect(await sync(merged, ['--event-name', 'pull_request'])).toBe(0);
    let after = await snapshot();
    for (const id of [gap.pull, publishedEntryOf[gap.pull]]) {
      expect(after[id]).toMatchObject({
        GitHub_State__c: 'Merged',
        GitHub_Closed_At__c: '2026-12-05T08:30:00.000Z'
      });
    }
    expect(await sync(example('pull_request', 'closed'))).toBe(0);
    after = await snapshot();
    expect(after[gap.pull]).toMatchObject({
      GitHub_State__c: 'Closed',
      GitHub_Closed_At__c: '2019-05-15T15:21:18.000Z'
    });
  });

  it('an issues event on a pull request (milestoned) writes its gap, Open with the milestone', async () => {
    const milestoned = example(
      'issues',
      'milestoned',
      (p) => (p.issue.milestone = { title: 'Sprint 7' }),
      true
    );
    expect(await sync(milestoned)).toBe(0);
    expect((await snapshot())[gap.pull]).toMatchObject({
      GitHub_State__c: 'Open',
      GitHub_Milestone__c: 'Sprint 7'
    });
  });

  it.each([
    ['not JSON', '{"action": "closed"'],
    ['an array', '[]'],
    ['an action the sync does not handle', example('issues', 'labeled')],
    ['a pull_request action the sync does not handle', example('pull_request', 'synchronize')],
    ['no repository', { ...issueClosed('completed'), repository: undefined }],
    ['an unknown close reason', issueClosed('wont_fix')],
    ['a link to another host', issueClosed('completed', 1)],
    [
      'a closed event with an open issue',
      example('issues', 'reopened', (p) => (p.action = 'closed'))
    ],
    ['an issue without a number', example('issues', 'opened', (p) => delete p.issue.number)],
    [
      'a pull request without merged',
      example('pull_request', 'closed', (p) => delete p.pull_request.merged)
    ]
  ])('refuses a payload with %s and writes nothing', async (what, payload) => {
    if (what === 'a link to another host') {
      (payload as Json).issue.html_url =
        'https://github.example.com/Codertocat/Hello-World/issues/1';
    }
    const before = await snapshot();
    expect(await sync(payload)).toBe(2);
    expect(await snapshot()).toEqual(before);
    expect(lines.at(-1)).toMatch(/^github:sync: refused: .+; nothing was written$/);
  });

  it('refuses an event name that does not match the payload', async () => {
    const before = await snapshot();
    expect(await sync(example('pull_request', 'opened'), ['--event-name', 'issues'])).toBe(2);
    expect(lines.at(-1)).toBe(
      'github:sync: refused: the payload has no issue object; nothing was written'
    );
    expect(await snapshot()).toEqual(before);
  });

  it('another permission set cannot write the GitHub fields: nothing is written, exit 1', async () => {
    const before = await snapshot();
    expect(await sync(issueClosed('not_planned'), [], 'Product_Gap_Manager')).toBe(1);
    expect(lines.at(-1)).toMatch(/^github:sync: the org refused the update of Product_Gap__c /);
    expect(await snapshot()).toEqual(before);
  });

  describe('the sync permission set', () => {
    const asSync = () => orgClient({ instanceUrl: org.url, accessToken: SYNC, alias: null });
    const errorsOf = async (query: string, variables: Json = {}) =>
      (await asSync().graphql({ query, variables })).errors?.map((e) => e.message) ?? [];

    it.each([
      [
        'edit a gap status',
        `mutation { uiapi { Product_Gap__cUpdate(input: { Id: "ID", Product_Gap__c: { Status__c: "Done" } }) { success } } }`
      ],
      [
        'edit a gap link',
        `mutation { uiapi { Product_Gap__cUpdate(input: { Id: "ID", Product_Gap__c: { GitHub_Issue_URL__c: "https://github.com/a/b/issues/1" } }) { success } } }`
      ],
      [
        'create a gap',
        `mutation { uiapi { Product_Gap__cCreate(input: { Product_Gap__c: { Name: "x" } }) { Record { Id } } } }`
      ],
      ['delete a gap', `mutation { uiapi { Product_Gap__cDelete(input: { Id: "ID" }) { Id } } }`],
      [
        'edit an entry score',
        `mutation { uiapi { Top_Ten_Entry__cUpdate(input: { Id: "ID", Top_Ten_Entry__c: { Score__c: 1 } }) { success } } }`
      ],
      [
        'edit a revision',
        `mutation { uiapi { Top_Ten_Revision__cUpdate(input: { Id: "ID", Top_Ten_Revision__c: { Status__c: "Superseded" } }) { success } } }`
      ],
      [
        'read submissions',
        `query { uiapi { query { Product_Gap_Submission__c { edges { node { Id } } } } } }`
      ],
      [
        'read a gap description',
        `query { uiapi { query { Product_Gap__c { edges { node { Description__c { value } } } } } } }`
      ]
    ])('cannot %s', async (_what, query) => {
      const before = await snapshot();
      const errors = await errorsOf(query.replace(/"ID"/, JSON.stringify(gap.exact)));
      expect(errors).toEqual([
        expect.stringMatching(/^Validation error \(\w+\) : Field '\w+' in type '\w+' is undefined$/)
      ]);
      expect(await snapshot()).toEqual(before);
    });
  });

  it('--backfill syncs every gap linked to the repository from the REST API, leaving other repositories and discussions alone', async () => {
    const asked: string[] = [];
    const github: typeof fetch = async (input, init) => {
      asked.push(`${String(input)} ${(init?.headers as Json)?.authorization}`);
      const number = Number(String(input).split('/').pop());
      const issue =
        number === 1
          ? issueClosed('not_planned').issue
          : {
              ...example('pull_request', 'closed').pull_request,
              state: 'closed',
              pull_request: { merged_at: '2026-12-01T00:00:00Z' }
            };
      return new Response(JSON.stringify(issue), { status: 200 });
    };
    lines.length = 0;
    const code = await main(
      [
        '--instance-url',
        org.url,
        '--access-token',
        SYNC,
        '--backfill',
        '--repo',
        'Codertocat/Hello-World'
      ],
      {
        now: NOW,
        env: { GITHUB_TOKEN: 'ghs_test' },
        githubFetch: github,
        log: (l) => lines.push(l)
      }
    );
    expect(code).toBe(0);
    expect(asked).toEqual([
      'https://api.github.com/repos/Codertocat/Hello-World/issues/1 Bearer ghs_test',
      'https://api.github.com/repos/Codertocat/Hello-World/issues/2 Bearer ghs_test'
    ]);
    const after = await snapshot();
    expect(after[gap.otherCase].GitHub_State__c).toBe('Closed - Not Planned');
    expect(after[gap.pull]).toMatchObject({
      GitHub_State__c: 'Merged',
      GitHub_Closed_At__c: '2026-12-01T00:00:00.000Z'
    });
    expect(after[gap.otherRepo].GitHub_Synced_At__c).toBeNull();
    expect(after[gap.discussion].GitHub_Synced_At__c).toBeNull();
    expect(lines.at(-1)).toBe(
      'github:sync: backfill of Codertocat/Hello-World: 2 issue(s), 3 gap(s), 3 entries written, 0 not read'
    );
  });

  it('--backfill reports an issue GitHub does not answer for and exits 1', async () => {
    const github: typeof fetch = async () =>
      new Response('{"message":"Not Found"}', { status: 404 });
    lines.length = 0;
    const code = await main(['--instance-url', org.url, '--access-token', SYNC, '--backfill'], {
      env: { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'Codertocat/Hello-World' },
      githubFetch: github,
      log: (l) => lines.push(l)
    });
    expect(code).toBe(1);
    expect(lines).toContain(
      'github:sync: not synced: GitHub answered HTTP 404 for Codertocat/Hello-World#1'
    );
  });
});
