/** @jest-environment node */
// Bad input through the real write path: gapData's write functions and documents against the
// in-memory org, first as the screens send them (gapData refuses before sending), then with the
// UI bypassed (the same document and variables straight to the org), where the org's field
// limits, picklists, required fields, validation rules and unique keys refuse it. Every refusal
// is checked to have written nothing.
jest.mock('lightning/graphql', () =>
  jest.requireActual('../../../../tools/shared/node/lightningGraphql')
);
import {
  CREATE_GAP,
  CREATE_SUBMISSION,
  UPDATE_SUBMISSION,
  createGap,
  createGapWithSubmission,
  createSubmission,
  publishRequest,
  publishTopTen,
  updateSubmission
} from 'c/gapData';
import type { PublishDraft } from 'c/gapData';
import { conn } from '../helpers';
import { errorCodes, MANAGER, reliabilityOrg, SUBMITTER, TPM, type ReliabilityOrg } from './org';

const P1 = 'P1 - Significant Pain Point';
const LINK_RULE =
  'Use a GitHub link of the form https://github.com/OWNER/REPO/issues/NUMBER (or /pull/ or /discussions/ instead of /issues/).';
const BAD_LINKS: [string, string][] = [
  ['javascript: URL', 'javascript:alert(1)'],
  ['data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['plain http', 'http://github.com/a/b/issues/1'],
  ['look-alike host', 'https://github.com.evil.io/a/b/issues/1'],
  ['github.com in the path', 'https://evil.io/github.com/a/b/issues/1'],
  ['gist', 'https://gist.github.com/a/0123456789abcdef'],
  ['extra path', 'https://github.com/a/b/issues/1/edit'],
  ['query string', 'https://github.com/a/b/issues/1?x=1'],
  ['fragment', 'https://github.com/a/b/issues/1#c'],
  ['not an issue', 'https://github.com/a/b/blob/main/README.md'],
  ['issue 0', 'https://github.com/a/b/issues/0']
];
const LONG_LINK = `https://github.com/a/${'r'.repeat(280)}/issues/1`;

let org: ReliabilityOrg;
beforeAll(async () => {
  org = await reliabilityOrg();
});

/** Runs `write` and asserts no object gained or lost a record. */
async function writesNothing<T>(write: () => Promise<T>): Promise<T> {
  const before = org.emulator.counts();
  const result = await write();
  expect(org.emulator.counts()).toEqual(before);
  return result;
}

const raw = (ps: string, query: unknown, variables: Record<string, unknown>) =>
  org.run(query as string, ps, variables);

async function gapField(id: string, field: string): Promise<unknown> {
  const node = conn(
    await org.run(
      `query($id: ID) { uiapi { query { Product_Gap__c(where: { Id: { eq: $id } }) { edges { node { ${field} { value } } } } } } }`,
      MANAGER,
      { id }
    ),
    'Product_Gap__c'
  ).edges[0].node;
  return node[field].value;
}

async function draftOf(entries: number): Promise<PublishDraft> {
  const gapIds = await org.ids('Product_Gap__c', entries, ', where: { Status__c: { eq: "Open" } }');
  return {
    basedOnRevisionId: await org.publishedRevisionId(),
    method: 'borda',
    weights: {},
    entries: gapIds.map((gapId, i) => ({
      rank: i + 1,
      gapId,
      gapName: `Gap ${i + 1}`,
      gapStatus: 'Open',
      impactedArr: 1000 * (entries - i)
    }))
  };
}

describe('GitHub links', () => {
  it.each(BAD_LINKS)('refuses a %s on a Top 10 entry before sending: %s', async (_, url) => {
    const draft = await draftOf(2);
    draft.entries[1].githubUrl = url;
    const result = await writesNothing(() => publishTopTen(draft, { transport: org.as(TPM) }));
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      messages: ['Entry "Gap 2": use a GitHub link like https://github.com/owner/repo/issues/123.']
    });
  });

  it.each(BAD_LINKS)(
    'the org refuses a %s on an entry with the UI bypassed: %s',
    async (_, url) => {
      const request = publishRequest(await draftOf(2), new Date());
      request.variables.e2_GitHub_Issue_URL__c = url;
      const res = await writesNothing(() => raw(TPM, request.query, request.variables));
      expect(errorCodes(res)).toContain('FIELD_CUSTOM_VALIDATION_EXCEPTION');
      expect(res.errors?.map((e) => e.message)).toContain(LINK_RULE);
    }
  );

  it.each(BAD_LINKS)('the org refuses a %s on a gap (record page edit): %s', async (_, url) => {
    const [gapId] = await org.ids('Product_Gap__c', 1);
    const before = await gapField(gapId, 'GitHub_Issue_URL__c');
    const res = await writesNothing(() =>
      org.run(
        `mutation($input: Product_Gap__cUpdateInput!) { uiapi { Product_Gap__cUpdate(input: $input) { success } } }`,
        MANAGER,
        { input: { Id: gapId, Product_Gap__c: { GitHub_Issue_URL__c: url } } }
      )
    );
    expect(res.errors?.[0].message).toBe(LINK_RULE);
    expect(await gapField(gapId, 'GitHub_Issue_URL__c')).toBe(before);
  });

  it('refuses a 300-character link: before sending, and STRING_TOO_LONG at the org', async () => {
    const draft = await draftOf(1);
    draft.entries[0].githubUrl = LONG_LINK;
    const result = await writesNothing(() => publishTopTen(draft, { transport: org.as(TPM) }));
    expect(result.ok ? [] : result.messages).toEqual([
      'Entry "Gap 1": use a GitHub link like https://github.com/owner/repo/issues/123.'
    ]);
    const request = publishRequest(await draftOf(1), new Date());
    request.variables.e1_GitHub_Issue_URL__c = LONG_LINK;
    const res = await writesNothing(() => raw(TPM, request.query, request.variables));
    expect(errorCodes(res)).toContain('STRING_TOO_LONG');
  });

  it('accepts issue, pull and discussion links on entries and keeps them as typed', async () => {
    const draft = await draftOf(3);
    const links = [
      'https://github.com/acme/core/issues/12',
      'https://github.com/acme/core/pull/7',
      'https://github.com/acme-labs/core.js/discussions/3'
    ];
    draft.entries.forEach((e, i) => (e.githubUrl = links[i]));
    const result = await publishTopTen(draft, { transport: org.as(TPM) });
    expect(result.ok).toBe(true);
    const stored = conn(
      await org.run(
        `query($id: ID) { uiapi { query { Top_Ten_Entry__c(where: { Top_Ten_Revision__c: { eq: $id } }, orderBy: { Rank__c: { order: ASC } }) {
          edges { node { GitHub_Issue_URL__c { value } } } } } } }`,
        TPM,
        { id: result.ok ? result.value.revisionId : '' }
      ),
      'Top_Ten_Entry__c'
    ).edges.map((e: any) => e.node.GitHub_Issue_URL__c.value);
    expect(stored).toEqual(links);
  });
});

describe('giant text and Unicode', () => {
  it.each([
    ['title of 81 characters', { name: 'x'.repeat(81) }, 'The title is longer than 80 characters.'],
    [
      'title of 41 emoji (82 UTF-16 units)',
      { name: '🚀'.repeat(41) },
      'The title is longer than 80 characters.'
    ],
    [
      'summary of 256 characters',
      { name: 'Gap', summary: 's'.repeat(256) },
      'The summary is longer than 255 characters.'
    ],
    [
      'description of 40,000 characters',
      { name: 'Gap', description: 'd'.repeat(40000) },
      'The description is longer than 32768 characters.'
    ]
  ])('refuses a gap %s before sending', async (_, gap, message) => {
    const result = await writesNothing(() => createGap(gap, org.as(SUBMITTER)));
    expect(result).toEqual({ ok: false, kind: 'invalid', messages: [message] });
  });

  it.each([
    ['Name', 'x'.repeat(81), 'Gap Title: data value too large'],
    ['Name', '🚀'.repeat(41), 'Gap Title: data value too large'],
    ['Summary__c', 's'.repeat(256), 'Summary: data value too large'],
    ['Description__c', 'd'.repeat(40000), 'Description: data value too large']
  ])(
    'the org refuses %s over its length with STRING_TOO_LONG (UI bypassed)',
    async (field, value, message) => {
      const res = await writesNothing(() =>
        raw(SUBMITTER, CREATE_GAP, { Name: 'Gap', [field]: value })
      );
      expect(errorCodes(res)).toEqual(['STRING_TOO_LONG']);
      expect(res.errors?.[0].message).toContain(message);
      expect(res.errors?.[0].extensions?.fieldErrors).toHaveProperty(field);
    }
  );

  it('accepts text exactly at the limits: 80-unit title of emoji, 255 summary, 32,768 description', async () => {
    const gap = { name: '🚀'.repeat(40), summary: 's'.repeat(255), description: 'd'.repeat(32768) };
    const before = org.emulator.counts().Product_Gap__c;
    const result = await createGap(gap, org.as(SUBMITTER));
    expect(result.ok).toBe(true);
    expect(org.emulator.counts().Product_Gap__c).toBe(before + 1);
    const id = result.ok ? result.value.id : '';
    expect(await gapField(id, 'Name')).toBe(gap.name);
    expect(((await gapField(id, 'Description__c')) as string).length).toBe(32768);
  });

  it.each([
    ['emoji and a flag', 'Export to Parquet 🚀🇯🇵', 'Résumé ✅ — “quotes” & <b>tags</b>'],
    ['right-to-left', 'تصدير البيانات إلى Parquet', 'שלום עולם \u202Eevil\u202C'],
    ['combining marks', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇', 'e\u0301 n\u0303 a\u030A'],
    ['GraphQL-looking text', '"} } mutation { x }', '$input @{gap} ${x} \\" \\u0000'],
    ['a NUL character', 'Before\u0000after', 'Line\u0000break']
  ])('stores %s verbatim in a gap and its first submission', async (_, name, description) => {
    const target = await org.freshSubmissionTarget();
    const result = await createGapWithSubmission(
      { name, summary: description, description },
      { accountId: target.accountId, severity: P1, description },
      org.as(SUBMITTER)
    );
    expect(result.ok).toBe(true);
    const ids = result.ok ? result.value : { gapId: '', submissionId: '' };
    expect(await gapField(ids.gapId, 'Name')).toBe(name);
    expect(await gapField(ids.gapId, 'Summary__c')).toBe(description);
    const sub = conn(
      await org.run(
        `query($id: ID) { uiapi { query { Product_Gap_Submission__c(where: { Id: { eq: $id } }) { edges { node { Description__c { value } } } } } } }`,
        SUBMITTER,
        { id: ids.submissionId }
      ),
      'Product_Gap_Submission__c'
    ).edges[0].node;
    expect(sub.Description__c.value).toBe(description);
  });

  it('refuses a 40,000-character submission update before sending and at the org, keeping the old text', async () => {
    const [id] = await org.ids('Product_Gap_Submission__c', 1);
    const read = async () =>
      conn(
        await org.run(
          `query($id: ID) { uiapi { query { Product_Gap_Submission__c(where: { Id: { eq: $id } }) { edges { node { Impact__c { value } } } } } } }`,
          SUBMITTER,
          { id }
        ),
        'Product_Gap_Submission__c'
      ).edges[0].node.Impact__c.value;
    const before = await read();
    const result = await writesNothing(() =>
      updateSubmission(id, { impact: 'i'.repeat(40000) }, org.as(SUBMITTER))
    );
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      messages: ['Impact is longer than 32768 characters.']
    });
    const res = await raw(SUBMITTER, UPDATE_SUBMISSION, { Id: id, Impact__c: 'i'.repeat(40000) });
    expect(errorCodes(res)).toEqual(['STRING_TOO_LONG']);
    expect(await read()).toBe(before);
  });
});

describe('missing required values and bad picklist values', () => {
  it.each([
    ['no severity', { severity: '' }, 'Choose a severity.'],
    ['a made-up severity', { severity: 'P5 - Someday' }, 'Choose a severity.'],
    ['no account', { accountId: '' }, 'The submission needs an account.'],
    [
      'an account Id that is not an Id',
      { accountId: "001' OR 1=1" },
      'The submission needs an account.'
    ],
    ['no gap', { gapId: '' }, 'Choose the product gap.']
  ])('refuses a submission with %s before sending', async (_, change, message) => {
    const target = await org.freshSubmissionTarget();
    const result = await writesNothing(() =>
      createSubmission({ ...target, severity: P1, ...change }, { transport: org.as(SUBMITTER) })
    );
    expect(result).toEqual({ ok: false, kind: 'invalid', messages: [message] });
  });

  it.each([
    [
      // Required fields are non-null in the create input: refused before anything runs.
      'no severity',
      { Severity__c: null },
      'ValidationError',
      'Variable "$Severity__c" of non-null type "Picklist!" must not be null.'
    ],
    [
      'a made-up severity',
      { Severity__c: 'P5 - Someday' },
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      'Severity: bad value for restricted picklist field: P5 - Someday'
    ],
    [
      'no account',
      { Account__c: null },
      'ValidationError',
      'Variable "$Account__c" of non-null type "IdOrRef!" must not be null.'
    ],
    [
      'an account that does not exist',
      { Account__c: '001000000000000AAA' },
      'INVALID_CROSS_REFERENCE_KEY',
      'Account: id value of incorrect type or no such record: 001000000000000AAA'
    ]
  ])('the org refuses a submission with %s (UI bypassed)', async (_, change, code, message) => {
    const target = await org.freshSubmissionTarget();
    const res = await writesNothing(() =>
      raw(SUBMITTER, CREATE_SUBMISSION, {
        Product_Gap__c: target.gapId,
        Account__c: target.accountId,
        Opportunity__c: target.opportunityId,
        Severity__c: P1,
        ...change
      })
    );
    expect(errorCodes(res)).toEqual([code]);
    expect(res.errors?.[0].message).toBe(message);
  });

  it('refuses a gap without a title or with an unknown product area, before sending and at the org', async () => {
    for (const [gap, message] of [
      [{ name: '   ' }, 'Give the gap a title.'],
      [{ name: 'Gap', productArea: 'Quantum' }, 'Choose a product area from the list.']
    ] as const) {
      expect(await writesNothing(() => createGap(gap, org.as(SUBMITTER)))).toEqual({
        ok: false,
        kind: 'invalid',
        messages: [message]
      });
    }
    // Name is required: non-null in the create input, so the request never runs without it.
    const noName = await writesNothing(() => raw(SUBMITTER, CREATE_GAP, { Name: null }));
    expect(errorCodes(noName)).toEqual(['ValidationError']);
    expect(noName.errors?.[0].message).toMatch(/\$Name.*null/);
    const badArea = await writesNothing(() =>
      raw(SUBMITTER, CREATE_GAP, { Name: 'Gap', Product_Area__c: 'Quantum' })
    );
    expect(errorCodes(badArea)).toEqual(['INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST']);
  });

  it('refuses a publish with an unknown method before sending, and a bad Method__c at the org', async () => {
    const draft = await draftOf(1);
    const result = await writesNothing(() =>
      publishTopTen({ ...draft, method: 'median' }, { transport: org.as(TPM) })
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.kind).toBe('invalid');
    expect(result.ok ? [] : result.messages.join(' ')).toMatch(/median/);
    const request = publishRequest(draft, new Date());
    request.variables.Method__c = 'median';
    const res = await writesNothing(() => raw(TPM, request.query, request.variables));
    expect(errorCodes(res)).toContain('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
  });
});

describe('duplicate submissions', () => {
  it('refuses the same gap, account and opportunity twice: AlreadyFlagged with the existing one, nothing written', async () => {
    const target = await org.freshSubmissionTarget();
    const first = await createSubmission(
      { ...target, severity: P1 },
      { transport: org.as(SUBMITTER) }
    );
    expect(first.ok).toBe(true);
    // The 15-character form of the same Ids makes the same key.
    const again = await writesNothing(() =>
      createSubmission(
        {
          gapId: target.gapId.slice(0, 15),
          accountId: target.accountId.slice(0, 15),
          opportunityId: target.opportunityId.slice(0, 15),
          severity: 'P0 - Dealbreaker'
        },
        { transport: org.as(SUBMITTER) }
      )
    );
    expect(again.ok).toBe(false);
    if (again.ok || again.kind !== 'alreadyFlagged') throw new Error('expected alreadyFlagged');
    expect(again.existing?.id).toBe(first.ok ? first.value.id : '');
    expect(again.existing?.severity).toBe(P1);
    expect(again.messages[0]).toMatch(/^duplicate value found: Submission_Key__c/);
  });

  it('the org refuses the duplicate with DUPLICATE_VALUE even with the key left blank (the flow fills it)', async () => {
    const target = await org.freshSubmissionTarget();
    const input = {
      Product_Gap__c: target.gapId,
      Account__c: target.accountId,
      Opportunity__c: target.opportunityId,
      Severity__c: P1
    };
    expect((await raw(SUBMITTER, CREATE_SUBMISSION, input)).errors).toBeUndefined();
    const res = await writesNothing(() => raw(SUBMITTER, CREATE_SUBMISSION, input));
    expect(errorCodes(res)).toEqual(['DUPLICATE_VALUE']);
  });

  it('a forged key never lands: the flow rewrites it on create and on update', async () => {
    const target = await org.freshSubmissionTarget();
    const forged = `${target.gapId}:${target.accountId}:forged`;
    const created = await raw(SUBMITTER, CREATE_SUBMISSION, {
      Product_Gap__c: target.gapId,
      Account__c: target.accountId,
      Severity__c: P1,
      Submission_Key__c: forged
    });
    const record = (created.data as any).uiapi.Product_Gap_Submission__cCreate.Record;
    expect(record.Submission_Key__c.value).toBe(`${target.gapId}:${target.accountId}:none`);
    // The key flow recomputes any key that differs from the lookups (the rule refuses a forged
    // key only where the flow is inactive: rules.test.ts).
    const res = await raw(
      SUBMITTER,
      `mutation ForgeKey($Id: IdOrRef!, $key: String) { uiapi { Product_Gap_Submission__cUpdate(input: { Id: $Id, Product_Gap_Submission__c: { Submission_Key__c: $key } }) { success } } }`,
      { Id: record.Id, key: forged }
    );
    expect(res.errors).toBeUndefined();
    const read = await org.run(
      `query($id: ID) { uiapi { query { Product_Gap_Submission__c(where: { Id: { eq: $id } }) {
        edges { node { Submission_Key__c { value } } } } } } }`,
      SUBMITTER,
      { id: record.Id }
    );
    expect(conn(read, 'Product_Gap_Submission__c').edges[0].node.Submission_Key__c.value).toBe(
      `${target.gapId}:${target.accountId}:none`
    );
  });
});

describe('Top 10 ranks', () => {
  it.each([0, 11, 3.5, -1, Number.NaN])('refuses rank %p before sending', async (rank) => {
    const draft = await draftOf(2);
    draft.entries[1].rank = rank;
    const result = await writesNothing(() => publishTopTen(draft, { transport: org.as(TPM) }));
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      messages: ['Entry "Gap 2": the rank must be a whole number from 1 to 10.']
    });
  });

  it.each([0, 11, -1])(
    'the org refuses rank %p with the validation rule (UI bypassed)',
    async (rank) => {
      const request = publishRequest(await draftOf(2), new Date());
      request.variables.e2_Rank__c = rank;
      const res = await writesNothing(() => raw(TPM, request.query, request.variables));
      expect(errorCodes(res)).toContain('FIELD_CUSTOM_VALIDATION_EXCEPTION');
      expect(res.errors?.map((e) => e.message)).toContain(
        'Rank must be a whole number from 1 to 10.'
      );
    }
  );

  it('with the UI bypassed, 3.5 is rounded to 4 by the Number(2,0) field and a repeated rank is not refused', async () => {
    // Documents the data-level limit: the org rounds to the field's scale before the rule runs,
    // and nothing in the data model makes a rank unique within a revision; gapData's
    // publishProblems is the only guard against both.
    const request = publishRequest(await draftOf(4), new Date());
    request.variables.e2_Rank__c = 3.5;
    const res = await raw(TPM, request.query, request.variables);
    expect(res.errors).toBeUndefined();
    const revisionId = (res.data as any).uiapi.revision.Record.Id;
    const ranks = conn(
      await org.run(
        `query($id: ID) { uiapi { query { Top_Ten_Entry__c(where: { Top_Ten_Revision__c: { eq: $id } }) { edges { node { Rank__c { value } } } } } } }`,
        TPM,
        { id: revisionId }
      ),
      'Top_Ten_Entry__c'
    ).edges.map((e: any) => e.node.Rank__c.value);
    expect(ranks.sort()).toEqual([1, 3, 4, 4]);
  });
});
