/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { createEmulator } from '../index';
import { conn, testOrg, type TestOrg } from './helpers';

let org: TestOrg;
beforeEach(async () => {
  org = await testOrg();
});

async function firstSubmission(o: TestOrg) {
  return conn(
    await o.run(`query { uiapi { query { Product_Gap_Submission__c(first: 1) { edges { node { Id
      Product_Gap__c { value } Account__c { value } Opportunity__c { value } Submission_Key__c { value } } } } } } }`),
    'Product_Gap_Submission__c'
  ).edges[0].node;
}

async function firstOf(o: TestOrg, object: string, where = '') {
  return conn(
    await o.run(
      `query { uiapi { query { ${object}(first: 1${where}) { edges { node { Id } } } } } }`
    ),
    object
  ).edges[0].node.Id;
}

// Submitters create gaps (Managers and TPMs may not); only Managers edit status and the GitHub link.
const CREATE_GAP = `mutation($name: String!) { uiapi { Product_Gap__cCreate(input: { Product_Gap__c: {
  Name: $name, Product_Area__c: "Search" } }) { Record { Id Name { value } Status__c { value }
  CreatedDate { value } CreatedById { value } } } } }`;
const SUBMITTER = 'Product_Gap_Submitter';

describe('writes', () => {
  it('creates a record with defaults, audit fields and a package Id', async () => {
    const res = await org.run(CREATE_GAP, SUBMITTER, { name: 'Bulk export of audit logs' });
    expect(res.errors).toBeUndefined();
    const rec = (res.data as any).uiapi.Product_Gap__cCreate.Record;
    expect(rec.Id).toMatch(/^a01[0-9A-Za-z]{15}$/);
    expect(rec.Status__c.value).toBe('Open');
    expect(rec.CreatedById.value).toBe(org.user(SUBMITTER).id);
    expect(Date.parse(rec.CreatedDate.value)).not.toBeNaN();
    expect(org.emulator.counts().Product_Gap__c).toBe(61);
  });

  it('refuses a write the Viewer set forbids, even bypassing the UI', async () => {
    const res = await org.run(CREATE_GAP, 'Product_Gap_Viewer', { name: 'x' });
    expect(res.errors?.[0].extensions?.ErrorType).toBe('ValidationError');
    const revision = await firstOf(org, 'Top_Ten_Revision__c');
    const upd = await org.run(
      `mutation { uiapi { Top_Ten_Revision__cUpdate(input: { Id: "${revision}", Top_Ten_Revision__c: { Notes__c: "hacked" } }) { success } } }`,
      'Product_Gap_Viewer'
    );
    expect(upd.errors?.length).toBeGreaterThan(0);
    expect(org.emulator.counts().Product_Gap__c).toBe(60);
  });

  it('offers no Delete to a set without delete permission', async () => {
    // The Submitter may create gaps but not delete them: the schema has no Delete, and the write
    // layer refuses it too when it is reached.
    const gap = await firstOf(org, 'Product_Gap__c');
    const res = await org.run(
      `mutation { uiapi { Product_Gap__cDelete(input: { Id: "${gap}" }) { Id } } }`,
      'Product_Gap_Submitter'
    );
    expect(res.errors?.[0].message).toMatch(/Product_Gap__cDelete/);
  });

  it('fills the submission key (flow) and refuses a duplicate with DUPLICATE_VALUE', async () => {
    const created = await org.run(CREATE_GAP, SUBMITTER, { name: 'Fresh gap' });
    const gap = (created.data as any).uiapi.Product_Gap__cCreate.Record.Id;
    const account = await firstOf(org, 'Account');
    const create = () =>
      org.run(
        `mutation($gap: IdOrRef!, $acc: IdOrRef!) { uiapi { Product_Gap_Submission__cCreate(input: { Product_Gap_Submission__c: {
          Product_Gap__c: $gap, Account__c: $acc, Severity__c: "P1 - Significant Pain Point" } }) {
          Record { Id Submission_Key__c { value } } } } }`,
        SUBMITTER,
        { gap, acc: account }
      );
    const first = await create();
    expect(first.errors).toBeUndefined();
    expect(
      (first.data as any).uiapi.Product_Gap_Submission__cCreate.Record.Submission_Key__c.value
    ).toBe(`${gap}:${account}:none`);
    const dup = await create();
    expect(dup.errors?.[0].extensions).toMatchObject({ errorCode: 'DUPLICATE_VALUE' });
    expect((dup.errors?.[0].extensions as any).fieldErrors.Submission_Key__c).toBeDefined();
    expect(org.emulator.counts().Product_Gap_Submission__c).toBe(601);
  });

  it('checks restricted picklists, text length and required fields', async () => {
    const s = await firstSubmission(org);
    const run = (fields: string) =>
      org.run(
        `mutation { uiapi { Product_Gap_Submission__cCreate(input: { Product_Gap_Submission__c: { ${fields} } }) { Record { Id } } } }`,
        'Product_Gap_Submitter'
      );
    const bad = await run(
      `Product_Gap__c: "${s.Product_Gap__c.value}", Account__c: "${s.Account__c.value}", Severity__c: "P9"`
    );
    expect(bad.errors?.[0].extensions).toMatchObject({
      errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'
    });
    const missing = await run(
      `Product_Gap__c: "${s.Product_Gap__c.value}", Account__c: "${s.Account__c.value}"`
    );
    // A required field is non-null in the create input: the request is refused before it runs.
    expect(missing.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Severity__c.*Picklist!.*was not provided/),
      extensions: { ErrorType: 'ValidationError' }
    });
    const long = await org.run(CREATE_GAP, SUBMITTER, { name: 'x'.repeat(81) });
    expect(long.errors?.[0].extensions).toMatchObject({ errorCode: 'STRING_TOO_LONG' });
  });

  it('rejects a bad GitHub URL by the validation rule and accepts a good one', async () => {
    const gap = await firstOf(org, 'Product_Gap__c');
    const setUrl = (url: string) =>
      org.run(
        `mutation($id: IdOrRef!, $url: Url) { uiapi { Product_Gap__cUpdate(input: { Id: $id, Product_Gap__c: { GitHub_Issue_URL__c: $url } }) { success } } }`,
        'Product_Gap_Manager',
        { id: gap, url }
      );
    const bad = await setUrl('https://gitlab.com/a/b/issues/1');
    expect(bad.errors?.[0].extensions).toMatchObject({
      errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      fieldErrors: {
        GitHub_Issue_URL__c: [
          expect.objectContaining({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' })
        ]
      }
    });
    expect(bad.errors?.[0].message).toMatch(/GitHub link/);
    const good = await setUrl('https://github.com/acme/repo/issues/12');
    expect(good.errors).toBeUndefined();
    expect((good.data as any).uiapi.Product_Gap__cUpdate.success).toBe(true);
  });

  it('stamps Resolved_On__c when a gap closes and clears it when it reopens', async () => {
    const gap = await firstOf(org, 'Product_Gap__c', ', where: { Status__c: { eq: "Open" } }');
    const set = (status: string) =>
      org.run(
        `mutation { uiapi { Product_Gap__cUpdate(input: { Id: "${gap}", Product_Gap__c: { Status__c: "${status}" } }) { success } } }`,
        'Product_Gap_Manager'
      );
    const read = async () =>
      conn(
        await org.run(
          `query { uiapi { query { Product_Gap__c(where: { Id: { eq: "${gap}" } }) { edges { node { Resolved_On__c { value } } } } } } }`
        ),
        'Product_Gap__c'
      ).edges[0].node.Resolved_On__c.value;
    expect((await set('Done')).errors).toBeUndefined();
    expect(await read()).toBe(new Date().toISOString().slice(0, 10));
    await set('In Review');
    expect(await read()).toBeNull();
  });
});

describe('transactions', () => {
  const latestRevision = async () =>
    conn(
      await org.run(
        'query { uiapi { query { Top_Ten_Revision__c(where: { Status__c: { eq: "Published" } }) { edges { node { Id } } } } } }'
      ),
      'Top_Ten_Revision__c'
    ).edges[0].node.Id as string;
  const PUBLISH = (previous: string, rank: string) => `mutation { uiapi {
    rev: Top_Ten_Revision__cCreate(input: { Top_Ten_Revision__c: { Status__c: "Published", Method__c: "borda",
      Published_At__c: "2026-11-20T10:00:00Z", Previous_Revision__c: "${previous}", Supersedes_Key__c: "${previous}" } }) { Record { Id } }
    entry: Top_Ten_Entry__cCreate(input: { Top_Ten_Entry__c: { Top_Ten_Revision__c: "@{rev}", Rank__c: ${rank}, Gap_Name__c: "A gap" } }) {
      Record { Id Top_Ten_Revision__c { value } } }
    old: Top_Ten_Revision__cUpdate(input: { Id: "${previous}", Top_Ten_Revision__c: { Status__c: "Superseded" } }) { success } } }`;

  it('links an entry to the revision created in the same request through @{alias}', async () => {
    const previous = await latestRevision();
    const res = await org.run(PUBLISH(previous, '1'), 'Product_Gap_TPM');
    expect(res.errors).toBeUndefined();
    const data = (res.data as any).uiapi;
    expect(data.entry.Record.Top_Ten_Revision__c.value).toBe(data.rev.Record.Id);
    expect(data.old.success).toBe(true);
    // A second publish from the same view collides on the unique supersedes key.
    const again = await org.run(PUBLISH(previous, '1'), 'Product_Gap_TPM');
    expect(again.errors?.[0].extensions).toMatchObject({ errorCode: 'DUPLICATE_VALUE' });
  });

  it('rolls back the whole allOrNone request when one operation fails', async () => {
    const before = org.emulator.counts();
    const previous = await latestRevision();
    const res = await org.run(PUBLISH(previous, '11'), 'Product_Gap_TPM');
    expect(res.errors?.[0].extensions).toMatchObject({
      errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION'
    });
    expect((res.data as any).uiapi).toEqual({ rev: null, entry: null, old: null });
    expect(org.emulator.counts()).toEqual(before);
    expect(await latestRevision()).toBe(previous);
  });

  it('keeps the successful operations with allOrNone: false and fails the dependent ones', async () => {
    const before = org.emulator.counts();
    const res = await org.run(
      `mutation { uiapi(input: { allOrNone: false }) {
        bad: Product_Gap__cCreate(input: { Product_Gap__c: { Name: "${'x'.repeat(90)}" } }) { Record { Id } }
        good: Product_Gap__cCreate(input: { Product_Gap__c: { Name: "Fine" } }) { Record { Id } }
        dependent: Product_Gap_Submission__cCreate(input: { Product_Gap_Submission__c: { Product_Gap__c: "@{bad}",
          Account__c: "${await firstOf(org, 'Account')}", Severity__c: "P0 - Dealbreaker" } }) { Record { Id } } } }`,
      SUBMITTER
    );
    const data = (res.data as any).uiapi;
    expect(data.bad).toBeNull();
    expect(data.good.Record.Id).toMatch(/^a01/);
    expect(data.dependent).toBeNull();
    expect(res.errors?.map((e) => e.path?.at(-1))).toEqual(['bad', 'dependent']);
    expect(org.emulator.counts().Product_Gap__c).toBe(before.Product_Gap__c + 1);
  });

  it('fails the n-th write from now with UNKNOWN_EXCEPTION and rolls its request back', async () => {
    org.emulator.failNthWrite(2);
    const one = await org.run(CREATE_GAP, SUBMITTER, { name: 'first' });
    expect(one.errors).toBeUndefined();
    const two = await org.run(
      `mutation { uiapi {
      a: Product_Gap__cCreate(input: { Product_Gap__c: { Name: "a" } }) { Record { Id } }
      b: Product_Gap__cCreate(input: { Product_Gap__c: { Name: "b" } }) { Record { Id } } } }`,
      SUBMITTER
    );
    expect(two.errors?.[0].extensions).toMatchObject({ errorCode: 'UNKNOWN_EXCEPTION' });
    expect(org.emulator.counts().Product_Gap__c).toBe(61);
    const three = await org.run(CREATE_GAP, SUBMITTER, { name: 'again' });
    expect(three.errors).toBeUndefined();
    expect(() => org.emulator.failNthWrite(0)).toThrow(RangeError);
  });
});

describe('persistence', () => {
  it('saves after a mutation and loads the saved org at start', async () => {
    const res = await org.run(CREATE_GAP, SUBMITTER, { name: 'Persisted gap' });
    const id = (res.data as any).uiapi.Product_Gap__cCreate.Record.Id;
    expect(readFileSync(org.file, 'utf8')).toContain(id);
    const again = await createEmulator({ file: org.file });
    expect(again.counts()).toEqual(org.emulator.counts());
    expect(again.users()).toEqual(org.emulator.users());
    const found = await again.execute(
      {
        query: `query { uiapi { query { Product_Gap__c(where: { Id: { eq: "${id}" } }) { edges { node { Name { value } } } } } } }`
      },
      org.user('Product_Gap_TPM').id
    );
    expect(conn(found, 'Product_Gap__c').edges[0].node.Name.value).toBe('Persisted gap');
    await again.reset({ gaps: 10, submissions: 50 });
    expect(again.counts().Product_Gap__c).toBe(10);
    expect(again.counts().Product_Gap_Submission__c).toBe(50);
  });
});

// What a real org's client refuses before anything runs: the emulator refuses it too.
describe('client-side platform rules', () => {
  const latestRevision = async () =>
    conn(
      await org.run(
        'query { uiapi { query { Top_Ten_Revision__c(where: { Status__c: { eq: "Published" } }) { edges { node { Id } } } } } }'
      ),
      'Top_Ten_Revision__c'
    ).edges[0].node.Id as string;

  it('refuses the old publish (entries switched by @include(if: $var)) and writes nothing', async () => {
    const before = org.emulator.counts();
    const res = await org.run(
      `mutation PublishTopTen($rev: Top_Ten_Revision__cCreateInput!, $entry2: Top_Ten_Entry__cCreateInput!, $withEntry2: Boolean!) {
        uiapi { revision: Top_Ten_Revision__cCreate(input: $rev) { Record { Id } }
          entry2: Top_Ten_Entry__cCreate(input: $entry2) @include(if: $withEntry2) { Record { Id } } } }`,
      'Product_Gap_TPM',
      {
        rev: { Top_Ten_Revision__c: { Status__c: 'Published', Supersedes_Key__c: 'X' } },
        entry2: { Top_Ten_Entry__c: { Rank__c: 2 } },
        withEntry2: false
      }
    );
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/@include with a variable/),
      extensions: { ErrorType: 'ValidationError' }
    });
    expect(org.emulator.counts()).toEqual(before);
  });

  it('refuses @{alias} passed inside a variable, and runs it written in the document', async () => {
    const previous = await latestRevision();
    const doc = (
      entry: string
    ) => `mutation Publish($key: String!, $prev: IdOrRef!, ${entry ? '$entry: Top_Ten_Entry__cCreateInput!' : '$rank: Double'}) { uiapi {
      revision: Top_Ten_Revision__cCreate(input: { Top_Ten_Revision__c: { Status__c: "Published", Supersedes_Key__c: $key, Previous_Revision__c: $prev } }) { Record { Id } }
      entry1: Top_Ten_Entry__cCreate(input: ${entry || '{ Top_Ten_Entry__c: { Top_Ten_Revision__c: "@{revision}", Rank__c: $rank } }'}) { Record { Id Top_Ten_Revision__c { value } } } } }`;
    const before = org.emulator.counts();
    const old = await org.run(doc('$entry'), 'Product_Gap_TPM', {
      key: previous,
      prev: previous,
      entry: { Top_Ten_Entry__c: { Top_Ten_Revision__c: '@{revision}', Rank__c: 1 } }
    });
    expect(old.errors?.[0].message).toMatch(
      /\$entry\.Top_Ten_Entry__c\.Top_Ten_Revision__c carries an @\{\.\.\.\} reference/
    );
    expect(org.emulator.counts()).toEqual(before);
    const res = await org.run(doc(''), 'Product_Gap_TPM', {
      key: previous,
      prev: previous,
      rank: 1
    });
    expect(res.errors).toBeUndefined();
    const data = (res.data as any).uiapi;
    expect(data.entry1.Record.Top_Ten_Revision__c.value).toBe(data.revision.Record.Id);
  });

  it('judges a document by the same rules whoever sent it first: a refused Viewer does not poison the TPM', async () => {
    const previous = await latestRevision();
    const publish = `mutation Publish($key: String!, $prev: IdOrRef!, $rank: Double) { uiapi {
      revision: Top_Ten_Revision__cCreate(input: { Top_Ten_Revision__c: { Status__c: "Published", Supersedes_Key__c: $key, Previous_Revision__c: $prev } }) { Record { Id } }
      entry1: Top_Ten_Entry__cCreate(input: { Top_Ten_Entry__c: { Top_Ten_Revision__c: "@{revision}", Rank__c: $rank } }) { Record { Id } } } }`;
    const variables = { key: previous, prev: previous, rank: 1 };
    const viewer = await org.run(publish, 'Product_Gap_Viewer', variables);
    expect(viewer.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(viewer.errors)).not.toMatch(/reference is only documented/);
    const tpm = await org.run(publish, 'Product_Gap_TPM', variables);
    expect(tpm.errors).toBeUndefined();
  });

  it('refuses the v67.0 reference form on this v66.0 package', async () => {
    const res = await org.run(
      `mutation { uiapi { revision: Top_Ten_Revision__cCreate(input: { Top_Ten_Revision__c: { Status__c: "Published", Supersedes_Key__c: "Y" } }) { Record { Id } }
        entry: Top_Ten_Entry__cCreate(input: { Top_Ten_Entry__c: { Top_Ten_Revision__c: "@{revision.Record.Id}", Rank__c: 1 } }) { Record { Id } } } }`,
      'Product_Gap_TPM'
    );
    expect(res.errors?.[0].message).toMatch(/not a field reference form documented for API v66.0/);
  });

  it('refuses an aggregate over a parent field', async () => {
    const res =
      await org.run(`query { uiapi { aggregate { Product_Gap_Submission__c(groupBy: { Product_Gap__c: { group: true } }) {
      edges { node { aggregate { Product_Gap__c { value } Opportunity__r { Amount { sum { value } } } } } } } } } }`);
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/aggregate over the parent relationship Opportunity__r/),
      extensions: { ErrorType: 'ValidationError' }
    });
  });
});
