/** @jest-environment node */
// The org's REST endpoints in the preview: Bearer auth with the org's 401 body, the GraphQL
// envelope, introspection, and the setup-object reads the org check's checklist uses.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createEmulator, type Emulator } from '../../emulator/index';
import { startPreviewServer, type PreviewServer } from '../app';
import { answerQuery } from '../restApi';

const ROOT = resolve(__dirname, '..', '..', '..');
const FLOWS = join(ROOT, 'force-app', 'main', 'default', 'flows');

describe('preview REST API', () => {
  let dir: string;
  let emulator: Emulator;
  let server: PreviewServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'preview-rest-'));
    emulator = await createEmulator({
      file: join(dir, 'org.json'),
      reset: true,
      gaps: 6,
      submissions: 10,
      seed: 1
    });
    server = await startPreviewServer({
      emulator,
      appDir: dir,
      bundleDir: dir,
      assetsDir: dir,
      flowsDir: FLOWS
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const graphql = async (query: string, token?: string) => {
    const response = await fetch(`${server.url}/services/data/v66.0/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {})
      },
      body: JSON.stringify({ query })
    });
    return { status: response.status, body: await response.json() };
  };

  it.each([[undefined], ['wrong-token']])(
    'answers 401 with the org error body for token %s',
    async (token) => {
      expect(
        await graphql(
          'query { uiapi { query { Account(first: 1) { edges { node { Id } } } } } }',
          token
        )
      ).toEqual({
        status: 401,
        body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]
      });
    }
  );

  it('runs a query as the integration user in the {data, errors} envelope, introspection included', async () => {
    const { status, body } = await graphql(
      'query { __type(name: "Product_Gap__cCreateRepresentation") { name inputFields { name } } uiapi { query { Product_Gap__c(first: 1) { edges { node { Id } } } } } }',
      'preview'
    );
    expect(status).toBe(200);
    expect(body.errors).toEqual([]);
    expect(body.data.__type.inputFields.map((f: { name: string }) => f.name)).toEqual(
      expect.arrayContaining(['Name', 'Summary__c'])
    );
    expect(body.data.uiapi.query.Product_Gap__c.edges).toHaveLength(1);
  });

  it('runs as the preview user a token names: a Viewer sees no mutations', async () => {
    const { status, body } = await graphql(
      'mutation { uiapi { Product_Gap__cDelete(input: { Id: "a01000000000001AAA" }) { Id } } }',
      'Product_Gap_Viewer'
    );
    expect(status).toBe(200);
    expect(body.errors[0].message).toMatch(/undefined/);
  });

  it('answers the checklist reads from the shipped metadata and refuses other SOQL', async () => {
    const get = async (soql: string, token = 'preview') => {
      const response = await fetch(
        `${server.url}/services/data/v66.0/query?q=${encodeURIComponent(soql)}`,
        {
          headers: { authorization: `Bearer ${token}` }
        }
      );
      return { status: response.status, body: await response.json() };
    };
    const flows = await get(
      "SELECT ApiName, IsActive FROM FlowDefinitionView WHERE ApiName IN ('Product_Gap_Resolved_On')"
    );
    expect(flows).toEqual({
      status: 200,
      body: {
        totalSize: 1,
        done: true,
        records: [
          {
            attributes: { type: 'FlowDefinitionView' },
            ApiName: 'Product_Gap_Resolved_On',
            IsActive: true
          }
        ]
      }
    });
    const types = await get(
      "SELECT DeveloperName FROM CustomNotificationType WHERE DeveloperName IN ('Product_Gap_Update', 'Other')"
    );
    expect(types.body.records).toEqual([
      { attributes: { type: 'CustomNotificationType' }, DeveloperName: 'Product_Gap_Update' }
    ]);
    const sets = await get('SELECT PermissionSet.Name FROM PermissionSetAssignment');
    expect(sets.body.records.map((r: any) => r.PermissionSet.Name).sort()).toEqual([
      'Product_Gap_GitHub_Sync',
      'Product_Gap_Manager',
      'Product_Gap_Submitter',
      'Product_Gap_TPM',
      'Product_Gap_Viewer'
    ]);
    expect(
      (await get("SELECT Name FROM PermissionSet WHERE Name IN ('No_Such_Set')")).body
    ).toMatchObject({ totalSize: 0 });
    expect(
      (await get("SELECT Name FROM PermissionSet WHERE Name IN ('Product_Gap_GitHub_Sync')")).body
        .totalSize
    ).toBe(1);
    const fields = await get(
      "SELECT Field, PermissionsRead, PermissionsEdit FROM FieldPermissions WHERE Parent.Name IN ('Product_Gap_GitHub_Sync')"
    );
    expect(fields.body.records).toEqual(
      expect.arrayContaining([
        {
          attributes: { type: 'FieldPermissions' },
          Field: 'Product_Gap__c.GitHub_State__c',
          PermissionsRead: true,
          PermissionsEdit: true
        },
        {
          attributes: { type: 'FieldPermissions' },
          Field: 'Product_Gap__c.GitHub_Issue_URL__c',
          PermissionsRead: true,
          PermissionsEdit: false
        }
      ])
    );
    expect((await get('SELECT Id FROM Contact')).body[0].errorCode).toBe('MALFORMED_QUERY');
    expect((await get('SELECT Id FROM Organization', 'nope')).status).toBe(401);
  });

  it('reports a flow saved as Draft as inactive', () => {
    const flowsDir = mkdtempSync(join(tmpdir(), 'preview-flows-'));
    writeFileSync(
      join(flowsDir, 'Draft_Flow.flow-meta.xml'),
      '<Flow><label>Draft</label><status>Draft</status></Flow>'
    );
    try {
      const answer = answerQuery(
        emulator,
        flowsDir,
        'SELECT ApiName, IsActive FROM FlowDefinitionView'
      );
      expect((answer.body as any).records).toEqual([
        { attributes: { type: 'FlowDefinitionView' }, ApiName: 'Draft_Flow', IsActive: false }
      ]);
      // A package folder without notificationtypes/: the type is not there.
      const types = answerQuery(
        emulator,
        flowsDir,
        'SELECT DeveloperName FROM CustomNotificationType'
      );
      expect((types.body as any).records).toEqual([]);
    } finally {
      rmSync(flowsDir, { recursive: true, force: true });
    }
  });
});
