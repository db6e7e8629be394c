/** @jest-environment node */
// The org acceptance check against the preview org (steps b-d, writes on: it is throwaway), and
// its clear answers for an unreachable org, a refused token and an org without the package.
jest.mock('lightning/graphql', () =>
  jest.requireActual('../../../tools/shared/node/lightningGraphql')
);
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { parseOrgCheckArgs, type OrgCheckOptions } from '../args';
import { sfMessageLine } from '../orgClient';
import { formatTable } from '../report';
import { runOrgCheck } from '../run';
// eslint-disable-next-line local/import-direction -- an end-to-end test of this tool against a throwaway preview org
import { startPreviewOrg } from '../../../preview/server/previewOrg';

jest.setTimeout(60_000);

const ROOT = resolve(__dirname, '..', '..', '..');

const options = (instanceUrl: string, extra: string[] = []): OrgCheckOptions =>
  parseOrgCheckArgs(['--instance-url', instanceUrl, '--access-token', 'preview', ...extra]);

function listen(server: Server): Promise<string> {
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    )
  );
}

describe('org check against the preview org', () => {
  let org: Awaited<ReturnType<typeof startPreviewOrg>>;
  beforeAll(async () => {
    org = await startPreviewOrg();
  });
  afterAll(() => org.stop());

  it('passes the schema diff, every read, the write scenario and the checklist, and leaves the org as it was', async () => {
    const before = org.emulator.counts();
    const report = await runOrgCheck(options(org.url, ['--writes']), { root: ROOT });
    const failed = report.rows.filter((r) => r.outcome === 'fail');
    expect(failed).toEqual([]);
    expect(report.exitCode).toBe(0);
    const names = report.rows.map((r) => `${r.step}: ${r.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'deploy: deploy dry run (validation)',
        'documents: read GapSearch',
        'writes: create gap with submission',
        'writes: edit submission',
        'writes: withdraw submission',
        'writes: create 8 more gaps for a full Top 10',
        'writes: next publish (10 entries)',
        'writes: stale publish refused',
        'writes: entry alignment edit',
        'writes: set gap Done',
        'writes: GitHub sync write',
        'writes: merge gap',
        'writes: cleanup',
        'checklist: Flow Product_Gap_Submission_Key is active',
        'checklist: Flow Product_Gap_Notify_Submitters is active',
        'checklist: Flow Top_Ten_Revision_Notify_Submitters is active',
        'checklist: Notification type Product_Gap_Update exists',
        'documents: read GitHubSyncLinkedGaps',
        'documents: read GitHubSyncPublishedEntries',
        'checklist: Permission set Product_Gap_GitHub_Sync is present',
        "checklist: Permission set Product_Gap_GitHub_Sync grants the sync's field access",
        'checklist: Permission set Product_Gap_GitHub_Sync is assigned'
      ])
    );
    expect(report.rows.find((r) => r.step === 'deploy')?.outcome).toBe('skipped');
    expect(report.rows.filter((r) => r.step === 'schema')).toEqual([
      expect.objectContaining({ outcome: 'pass' })
    ]);
    expect(org.emulator.counts()).toEqual(before);
    expect(formatTable(report.rows).at(-1)).toMatch(/^\d+ passed, 0 failed/);
    // The largest document the workbench sends (10 entries) reaches the org, with the 2-entry ones.
    const unsent = report.rows.find((r) => r.name.endsWith('not in the scenario'))?.detail ?? '';
    for (const sent of [
      'PublishTopTenNext10',
      'PublishTopTenNext2',
      'PublishTopTenFirst2',
      'UpdateEntryAlignment',
      'SetGapStatus'
    ])
      expect(unsent).not.toContain(`${sent} (`);
    expect(unsent).toContain('PublishTopTenNext9 (');
  });

  it('refuses --writes when the org does not say it is a sandbox or scratch org, and writes nothing', async () => {
    const before = org.emulator.counts();
    const production: typeof fetch = async (input, init) => {
      if (String(input).includes('FROM%20Organization')) {
        return new Response(
          JSON.stringify({
            totalSize: 1,
            done: true,
            records: [{ IsSandbox: false, TrialExpirationDate: null }]
          }),
          { status: 200 }
        );
      }
      return fetch(input, init);
    };
    const report = await runOrgCheck(options(org.url, ['--writes']), {
      root: ROOT,
      fetch: production
    });
    expect(report.rows.find((r) => r.name === 'write scenario')).toMatchObject({
      outcome: 'fail',
      detail: expect.stringMatching(/^refused: the org does not report itself as sandbox/)
    });
    expect(report.exitCode).toBe(1);
    expect(org.emulator.counts()).toEqual(before);
  });

  it("fails the sync's field access when the permission set lacks a field, and a permission set the org does not have", async () => {
    const report = await runOrgCheck(options(org.url), {
      root: ROOT,
      checklist: [
        {
          id: 'sync',
          title: 'sync',
          detail: 'sync',
          check: {
            kind: 'fieldAccess',
            permissionSet: 'Product_Gap_GitHub_Sync',
            readable: ['Product_Gap__c.GitHub_Issue_URL__c'],
            editable: ['Product_Gap__c.GitHub_State__c', 'Product_Gap__c.Status__c']
          }
        },
        {
          id: 'gone',
          title: 'gone',
          detail: 'gone',
          check: { kind: 'fieldAccess', permissionSet: 'No_Such_Set', readable: [], editable: [] }
        }
      ]
    });
    expect(report.rows.filter((r) => r.step === 'checklist')).toEqual([
      expect.objectContaining({
        name: 'Permission set Product_Gap_GitHub_Sync is present',
        outcome: 'pass'
      }),
      expect.objectContaining({
        outcome: 'fail',
        detail: 'missing: edit Product_Gap__c.Status__c'
      }),
      expect.objectContaining({
        name: 'Permission set No_Such_Set is present',
        outcome: 'fail',
        detail: 'not in the org: deploy the package'
      })
    ]);
  });

  it('skips the writes without --writes', async () => {
    const report = await runOrgCheck(options(org.url), { root: ROOT });
    expect(report.rows.filter((r) => r.step === 'writes')).toEqual([
      expect.objectContaining({ outcome: 'skipped' })
    ]);
    expect(report.exitCode).toBe(0);
  });

  it('stops with exit 4 and a one-line hint when the token is refused', async () => {
    const report = await runOrgCheck(
      parseOrgCheckArgs(['--instance-url', org.url, '--access-token', 'expired']),
      { root: ROOT }
    );
    expect(report.exitCode).toBe(4);
    expect(report.fatal).toMatch(
      /^The org refused the access token \(401 INVALID_SESSION_ID Session expired or invalid\): log in again/
    );
  });
});

describe('org check against an org it cannot use', () => {
  it('stops with exit 3 and a one-line hint when nothing listens', async () => {
    const closed = createServer();
    const url = await listen(closed);
    await new Promise((done) => closed.close(done));
    const report = await runOrgCheck(options(url), { root: ROOT });
    expect(report.exitCode).toBe(3);
    expect(report.fatal).toMatch(
      /^Cannot reach the org at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/
    );
    expect(report.fatal).not.toContain('\n');
  });

  it("names fetch's own reason when the failure has no system code (a port fetch refuses)", async () => {
    const refusing = (() =>
      Promise.reject(
        new TypeError('fetch failed', { cause: new Error('bad port') })
      )) as unknown as typeof fetch;
    const report = await runOrgCheck(options('http://127.0.0.1:9'), {
      root: ROOT,
      fetch: refusing
    });
    expect(report.exitCode).toBe(3);
    expect(report.fatal).toMatch(/^Cannot reach the org at http:\/\/127\.0\.0\.1:9 \(bad port\)/);
  });

  it('stops with exit 5 when the org answers that the package objects are unknown', async () => {
    const requests: string[] = [];
    const standIn = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          data: null,
          errors: ['Product_Gap__c', 'Top_Ten_Revision__c'].map((o) => ({
            message: `Validation error (FieldUndefined@[uiapi/query/${o}]) : Field '${o}' in type 'RecordQuery' is undefined`
          }))
        })
      );
    });
    const url = await listen(standIn);
    try {
      const report = await runOrgCheck(options(url), { root: ROOT });
      expect(report.exitCode).toBe(5);
      expect(report.fatal).toMatch(
        /^The org's GraphQL schema has no Product_Gap__c, Top_Ten_Revision__c: the package is not deployed there/
      );
      expect(requests).toEqual(['POST /services/data/v66.0/graphql']);
    } finally {
      await new Promise((done) => standIn.close(done));
    }
  });
});

describe('org:check command line', () => {
  it.each([
    [[], /Name the org/],
    [['--target-org', 'dev', '--instance-url', 'https://x.my.salesforce.com'], /not both/],
    [['--instance-url', 'https://x.my.salesforce.com'], /go together/],
    [['--instance-url', 'ftp://x', '--access-token', 't'], /must be an http\(s\) URL/],
    [
      ['--instance-url', 'http://x', '--access-token', 't', '--deploy'],
      /--deploy needs --target-org/
    ],
    [['--target-org', 'dev', '--i-know-this-is-a-scratch-org'], /only makes sense with --writes/],
    [['--target-org', 'dev', '--fast'], /Unknown option '--fast'/]
  ])('refuses %j', (argv, message) => {
    expect(() => parseOrgCheckArgs(argv)).toThrow(message);
  });

  it('reads an alias, the optional steps and the JSON path', () => {
    expect(
      parseOrgCheckArgs([
        '--target-org',
        'scratch',
        '--deploy',
        '--writes',
        '--json-out',
        join('out', 'r.json')
      ])
    ).toMatchObject({
      targetOrg: 'scratch',
      deploy: true,
      writes: true,
      jsonOut: join('out', 'r.json')
    });
  });
});

describe('sf CLI failures', () => {
  it('keeps the reason sf puts on the line after "Parsing --target-org", without the help trailer', () => {
    expect(
      sfMessageLine(
        'Parsing --target-org \n\tNo authorization information found for dev.\nSee more help with --help'
      )
    ).toBe('Parsing --target-org No authorization information found for dev.');
    expect(sfMessageLine('x'.repeat(300))).toHaveLength(200);
  });
});

describe('org:check process', () => {
  const cli = (argv: string[]) =>
    // Node with tsx's loader, not `npx tsx`: the same program, seconds less start-up per run.
    spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', 'orgCheck', 'cli.ts'), ...argv],
      {
        cwd: ROOT,
        encoding: 'utf8'
      }
    );

  it('exits 2 with the usage on bad arguments', () => {
    const run = cli(['--instance-url', 'https://x.my.salesforce.com']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('org:check: --instance-url and --access-token go together');
    expect(run.stderr).toContain('Usage: npm run org:check');
  });

  it('exits 3 with one line for an unreachable org and still writes the JSON report', async () => {
    const closed = createServer();
    const url = await listen(closed);
    await new Promise((done) => closed.close(done));
    const dir = mkdtempSync(join(tmpdir(), 'org-check-cli-'));
    try {
      const out = join(dir, 'report.json');
      const run = cli(['--instance-url', url, '--access-token', 'x', '--json-out', out]);
      expect(run.status).toBe(3);
      expect(run.stderr).toMatch(
        /^org:check: Cannot reach the org at .* \(ECONNREFUSED\): check the instance URL/m
      );
      expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
        exitCode: 3,
        rows: [expect.objectContaining({ step: 'deploy', outcome: 'skipped' })]
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
