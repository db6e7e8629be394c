/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationNameOf, startPreviewServer } from '../app';
import type { PreviewServer } from '../app';
import { createStandInEmulator } from './support/standInEmulator';

const TPM = '005000000000003AAA';
const SAMPLE_QUERY =
  'query Samples { uiapi { query { Account(first: 5) { edges { node { Id } } } } } }';

describe('preview server', () => {
  let dir: string;
  let server: PreviewServer;
  let lines: string[];
  let emulator: ReturnType<typeof createStandInEmulator>;

  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {}
  ) => {
    const response = await fetch(server.url + path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
    });
    const text = await response.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, json, text, type: response.headers.get('content-type') };
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'preview-server-'));
    mkdirSync(join(dir, 'app'));
    mkdirSync(join(dir, 'bundle', 'chunks'), { recursive: true });
    mkdirSync(join(dir, 'assets', 'styles'), { recursive: true });
    writeFileSync(join(dir, 'app', 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'bundle', 'app.js'), 'export {};');
    writeFileSync(join(dir, 'assets', 'styles', 'slds.css'), 'body{}');
    writeFileSync(join(dir, 'secret.txt'), 'do not serve');
    lines = [];
    emulator = createStandInEmulator();
    server = await startPreviewServer({
      emulator,
      appDir: join(dir, 'app'),
      bundleDir: join(dir, 'bundle'),
      assetsDir: join(dir, 'assets'),
      log: (line) => lines.push(line)
    });
  });

  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on the loopback interface only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the app for every page path, the bundle and SLDS assets', async () => {
    for (const path of ['/', '/top10', '/gap/a0B1']) {
      const page = await call('GET', path);
      expect(page.status).toBe(200);
      expect(page.text).toContain('id="root"');
    }
    expect((await call('GET', '/app.js')).type).toMatch(/javascript/);
    expect((await call('GET', '/assets/styles/slds.css')).text).toBe('body{}');
    expect((await call('GET', '/missing.js')).status).toBe(404);
  });

  it('never serves files outside its folders', async () => {
    for (const path of [
      '/assets/../secret.txt',
      '/assets/%2e%2e/secret.txt',
      '/chunks/..%2f..%2fsecret.txt'
    ]) {
      const response = await call('GET', path);
      expect(response.text).not.toContain('do not serve');
    }
  });

  it('reports and switches the current preview user', async () => {
    const session = await call('GET', '/api/session');
    expect(session.json.users).toHaveLength(4);
    expect(session.json.user.id).toBe(session.json.users[0].id);

    const switched = await call('POST', '/api/session', { userId: TPM });
    expect(switched.json.user).toMatchObject({ id: TPM, customPermissions: ['Publish_Top_10'] });
    expect((await call('GET', '/api/session')).json.user.id).toBe(TPM);
  });

  it('refuses an unknown preview user', async () => {
    const response = await call('POST', '/api/session', { userId: '005nobody' });
    expect(response.status).toBe(400);
    expect(response.json.error).toMatch(/Unknown preview user/);
  });

  it('answers GraphQL from the emulator as the user in the header, and logs operation, status and time', async () => {
    const execute = jest.spyOn(emulator, 'execute');
    const response = await call(
      'POST',
      '/graphql',
      { query: SAMPLE_QUERY },
      { 'x-preview-user': TPM }
    );
    expect(response.status).toBe(200);
    expect(response.json.data.uiapi.query.Account.edges).toHaveLength(2);
    expect(execute).toHaveBeenCalledWith(expect.objectContaining({ query: SAMPLE_QUERY }), TPM);
    expect(lines).toEqual([expect.stringMatching(/^graphql Samples ok \d+ ms$/)]);
  });

  it('runs GraphQL as the session user when the header names no known user', async () => {
    const execute = jest.spyOn(emulator, 'execute');
    await call('POST', '/graphql', { query: SAMPLE_QUERY }, { 'x-preview-user': 'bogus' });
    expect(execute).toHaveBeenCalledWith(expect.anything(), server.currentUser().id);
  });

  it('rejects malformed GraphQL requests with a GraphQL error body', async () => {
    expect((await call('POST', '/graphql', 'not json')).status).toBe(400);
    const noQuery = await call('POST', '/graphql', { variables: {} });
    expect(noQuery.status).toBe(400);
    expect(noQuery.json.errors[0].message).toMatch(/"query" string/);
    expect((await call('POST', '/graphql', { query: SAMPLE_QUERY, variables: [1] })).status).toBe(
      400
    );
    expect((await call('GET', '/graphql')).status).toBe(405);
  });

  it('turns an emulator crash into a 500 with the message', async () => {
    jest.spyOn(emulator, 'execute').mockRejectedValue(new Error('boom'));
    const response = await call('POST', '/graphql', { query: SAMPLE_QUERY });
    expect(response.status).toBe(500);
    expect(response.json.errors[0].message).toBe('boom');
    expect(lines[0]).toMatch(/graphql failed 500: boom/);
  });

  it('hides accounts from the preview users', async () => {
    const response = await call('POST', '/api/org/hide-accounts', {
      accountIds: ['001000000000001AAA']
    });
    expect(response.json.hiddenAccountIds).toEqual(['001000000000001AAA']);
    const read = await call('POST', '/graphql', { query: SAMPLE_QUERY });
    expect(read.json.data.uiapi.query.Account.edges.map((e: any) => e.node.Id)).toEqual([
      '001000000000002AAA'
    ]);
    expect((await call('POST', '/api/org/hide-accounts', { accountIds: 'x' })).status).toBe(400);
    expect((await call('POST', '/api/org/hide-accounts', { accountIds: [''] })).status).toBe(400);
  });

  it('fails the n-th write, and validates n', async () => {
    expect((await call('POST', '/api/org/fail-nth-write', { n: 2 })).json.failNthWrite).toBe(2);
    const write = { query: 'mutation Save { uiapi { x } }' };
    expect((await call('POST', '/graphql', write)).json.errors).toBeUndefined();
    expect((await call('POST', '/graphql', write)).json.errors[0].message).toMatch(
      /fail this write/
    );
    expect((await call('POST', '/api/org/fail-nth-write', { n: 0 })).status).toBe(400);
    expect((await call('POST', '/api/org/fail-nth-write', { n: 1.5 })).status).toBe(400);
    expect(
      (await call('POST', '/api/org/fail-nth-write', { n: null })).json.failNthWrite
    ).toBeNull();
  });

  it('resets the data and clears the org controls', async () => {
    const reset = jest.spyOn(emulator, 'reset');
    await call('POST', '/api/org/hide-accounts', { accountIds: ['001000000000001AAA'] });
    await call('POST', '/api/org/fail-nth-write', { n: 3 });
    const response = await call('POST', '/api/org/reset', {});
    expect(reset).toHaveBeenCalledWith(expect.objectContaining({ reset: true }));
    expect(response.json).toEqual({
      counts: { Account: 2, Opportunity: 2, Product_Gap__c: 3 },
      hiddenAccountIds: [],
      failNthWrite: null
    });
  });

  it('answers 404 for an unknown API and 413 for an oversized body', async () => {
    expect((await call('POST', '/api/nope', {})).status).toBe(404);
    expect((await call('POST', '/api/session', 'x'.repeat(1024 * 1024 + 10))).status).toBe(413);
  });
});

describe('operationNameOf', () => {
  it('prefers the given name, then the first named operation', () => {
    expect(operationNameOf({ operationName: 'Given', query: 'query Other { a }' })).toBe('Given');
    expect(operationNameOf({ query: 'mutation PublishTopTen($x: ID) { a }' })).toBe(
      'PublishTopTen'
    );
    expect(operationNameOf({ query: '{ a }' })).toBe('anonymous');
    expect(operationNameOf({})).toBe('anonymous');
  });
});
