/** @jest-environment node */
import { executeMutation } from 'lightning/graphql';
import {
  MERGED_STATUS,
  createGap,
  createGapWithSubmission,
  createSubmission,
  mergeGap,
  mergeProblems,
  updateSubmission,
  withdrawSubmission
} from 'c/gapData';
import type { MutationRequest, Transport } from 'c/gapData';
import customerData from './data/customerSubmissions.json';
import { cloneFixture as clone } from 'test-kit';
import { declaredVariables, mutationText } from './sourceDocuments';

const GAP = 'a00D0000008oWP8';
const ACCOUNT = '001D000000IqhSL';
const OPPORTUNITY = '005D0000001KyEI';
const KEY = 'a00D0000008oWP8IAM:001D000000IqhSLIAZ:005D0000001KyEIIA0';

function transport(response: unknown, read?: Transport['read']) {
  const sent: MutationRequest[] = [];
  const t: Transport = {
    mutate: jest.fn(async (request: MutationRequest) => {
      sent.push(request);
      if (response instanceof Error) throw response;
      return response as never;
    }),
    read
  };
  return { t, sent };
}

/** The text of a request's document. */
function documentText(request: MutationRequest): string {
  return mutationText(request.operationName);
}

/** Every variable sent is declared by the document, one per field. */
function expectDeclared(request: MutationRequest): void {
  const declared = declaredVariables(request.operationName);
  for (const name of Object.keys(request.variables)) expect(declared).toContain(name);
}

const DUPLICATE = {
  errors: [
    {
      message:
        'duplicate value found: Submission_Key__c duplicates value on record with id: a02D000000Sub01IAA',
      extensions: { ErrorType: 'DUPLICATE_VALUE' }
    }
  ]
};

describe('createSubmission', () => {
  it('sends one CreateSubmission with the 18-character key and the typed fields', async () => {
    const { t, sent } = transport({
      data: { uiapi: { Product_Gap_Submission__cCreate: { Record: { Id: 'a02NEW' } } } }
    });
    const result = await createSubmission(
      {
        gapId: GAP,
        accountId: ACCOUNT,
        opportunityId: OPPORTUNITY,
        severity: 'P0 - Dealbreaker',
        impact: 'Renewal at risk'
      },
      { transport: t }
    );
    expect(result).toEqual({ ok: true, value: { id: 'a02NEW', key: KEY } });
    expect(sent).toHaveLength(1);
    expect(sent[0].operationName).toBe('CreateSubmission');
    expect(sent[0].variables).toEqual({
      Product_Gap__c: GAP,
      Account__c: ACCOUNT,
      Opportunity__c: OPPORTUNITY,
      Severity__c: 'P0 - Dealbreaker',
      Description__c: null,
      Impact__c: 'Renewal at risk',
      Workaround__c: null,
      Submission_Key__c: KEY
    });
    expectDeclared(sent[0]);
  });

  it('refuses bad input before sending', async () => {
    const { t } = transport({});
    const result = await createSubmission(
      {
        gapId: 'x',
        accountId: '',
        opportunityId: 'nope',
        severity: 'P0',
        description: 'd'.repeat(32769)
      },
      { transport: t }
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.kind).toBe('invalid');
    expect(!result.ok && result.messages).toEqual([
      'Choose the product gap.',
      'The submission needs an account.',
      'The opportunity Id is not valid.',
      'Choose a severity.',
      'Description is longer than 32768 characters.'
    ]);
    expect(t.mutate).not.toHaveBeenCalled();
  });

  it('turns a duplicate key into "already flagged" carrying the existing submission', async () => {
    const read = jest.fn(async () => ({ data: customerData }));
    const { t } = transport(DUPLICATE, read);
    const result = await createSubmission(
      {
        gapId: GAP,
        accountId: ACCOUNT,
        opportunityId: OPPORTUNITY,
        severity: 'P1 - Significant Pain Point'
      },
      { transport: t, userId: '005D0000001KyEIIA0' }
    );
    expect(result).toMatchObject({ ok: false, kind: 'alreadyFlagged', key: KEY });
    if (result.ok || result.kind !== 'alreadyFlagged') throw new Error('expected alreadyFlagged');
    expect(read).toHaveBeenCalledWith(
      expect.objectContaining({ operationName: 'SubmissionByKey', variables: { key: KEY } })
    );
    expect(result.existing).toMatchObject({
      id: 'a02D000000Sub01IAA',
      severity: 'P0 - Dealbreaker',
      editable: true
    });
    expect(result.lookup.variables).toEqual({ key: KEY });
  });

  it('still says "already flagged" when the existing submission cannot be read', async () => {
    const failing = transport(
      DUPLICATE,
      jest.fn(async () => Promise.reject(new Error('boom')))
    );
    const withoutRead = transport(DUPLICATE);
    const results = await Promise.all(
      [failing, withoutRead].map(({ t }) =>
        createSubmission(
          { gapId: GAP, accountId: ACCOUNT, severity: 'P2 - Nice to Have' },
          { transport: t }
        )
      )
    );
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, kind: 'alreadyFlagged', existing: null });
    }
  });

  it('reports network failures and validation errors readably', async () => {
    const network = await createSubmission(
      { gapId: GAP, accountId: ACCOUNT, severity: 'P2 - Nice to Have' },
      { transport: transport(new TypeError('Failed to fetch')).t }
    );
    // The kind lets c-error-panel say it in a Custom Label; the platform's words stay as written.
    expect(network).toEqual({ ok: false, kind: 'network', messages: ['Failed to fetch'] });
    const rule = await createSubmission(
      { gapId: GAP, accountId: ACCOUNT, severity: 'P2 - Nice to Have' },
      {
        transport: transport({
          errors: [
            { message: 'FIELD_CUSTOM_VALIDATION_EXCEPTION: The submission key does not match' }
          ]
        }).t
      }
    );
    expect(rule).toMatchObject({ ok: false, kind: 'validation' });
    const empty = await createSubmission(
      { gapId: GAP, accountId: ACCOUNT, severity: 'P2 - Nice to Have' },
      { transport: transport({ data: { uiapi: {} } }).t }
    );
    expect(empty).toMatchObject({ ok: false, messages: ['The submission was not created.'] });
    const nothing = await createSubmission(
      { gapId: GAP, accountId: ACCOUNT, severity: 'P2 - Nice to Have' },
      { transport: transport({}).t }
    );
    expect(nothing).toMatchObject({ ok: false, messages: ['CreateSubmission returned no data.'] });
  });

  it('uses executeMutation of lightning/graphql by default', async () => {
    (executeMutation as jest.Mock).mockResolvedValueOnce({
      data: { uiapi: { Product_Gap_Submission__cCreate: { Record: { Id: 'a02VIA' } } } }
    });
    const result = await createSubmission({
      gapId: GAP,
      accountId: ACCOUNT,
      severity: 'P2 - Nice to Have'
    });
    expect(result).toMatchObject({
      ok: true,
      value: { id: 'a02VIA', key: 'a00D0000008oWP8IAM:001D000000IqhSLIAZ:none' }
    });
    expect(executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({ operationName: 'CreateSubmission' })
    );
  });
});

describe('updateSubmission and withdrawSubmission', () => {
  it('sends only the changed details', async () => {
    const { t, sent } = transport({
      data: { uiapi: { Product_Gap_Submission__cUpdate: { success: true } } }
    });
    const result = await updateSubmission(
      'a02D000000Sub01',
      { severity: 'P1 - Significant Pain Point', workaround: null },
      t
    );
    expect(result).toEqual({ ok: true, value: { id: 'a02D000000Sub01' } });
    expect(sent[0]).toMatchObject({
      operationName: 'UpdateSubmission',
      variables: {
        Id: 'a02D000000Sub01',
        Severity__c: 'P1 - Significant Pain Point',
        Workaround__c: null
      }
    });
    // Left-out variables leave their fields out of the input object: nothing else is cleared.
    expect(sent[0].variables).not.toHaveProperty('Description__c');
    expect(sent[0].variables).not.toHaveProperty('Impact__c');
    expectDeclared(sent[0]);
  });

  it('refuses an empty change, a bad severity or a bad Id', async () => {
    const { t } = transport({});
    expect(await updateSubmission('a02D000000Sub01', {}, t)).toMatchObject({
      kind: 'invalid',
      messages: ['Nothing to save.']
    });
    expect(await updateSubmission('bad', { severity: 'P9' }, t)).toMatchObject({
      kind: 'invalid',
      messages: ['The submission Id is not valid.', 'Choose a severity.']
    });
    expect(t.mutate).not.toHaveBeenCalled();
  });

  it('names the submission an edit collides with on the key (read by key), or leaves it to the screen', async () => {
    const other = clone(customerData.uiapi.query.Product_Gap_Submission__c.edges[0]);
    const read = jest.fn(async () => ({
      data: { uiapi: { query: { Product_Gap_Submission__c: { edges: [other] } } } }
    }));
    const lookups = { gapId: GAP, accountId: ACCOUNT, opportunityId: OPPORTUNITY };
    const { t } = transport(DUPLICATE, read);
    const result = await updateSubmission('a02D000000Sub09', { severity: 'P0 - Dealbreaker' }, t, {
      lookups
    });
    expect(result).toMatchObject({
      ok: false,
      kind: 'duplicateSubmission',
      submissionId: 'a02D000000Sub09',
      key: KEY,
      existing: { id: other.node.Id },
      lookup: { operationName: 'SubmissionByKey', variables: { key: KEY } }
    });
    expect(read).toHaveBeenCalledWith(expect.objectContaining({ variables: { key: KEY } }));

    // No imperative read (the org), no lookups, or lookups that are not Ids: nothing is named.
    const bare = transport(DUPLICATE);
    expect(
      await updateSubmission('a02D000000Sub09', { severity: 'P0 - Dealbreaker' }, bare.t, {
        lookups
      })
    ).toMatchObject({ kind: 'duplicateSubmission', key: KEY, existing: null });
    expect(
      await updateSubmission('a02D000000Sub09', { severity: 'P0 - Dealbreaker' }, bare.t)
    ).toMatchObject({ kind: 'duplicateSubmission', key: null, existing: null, lookup: null });
    expect(
      await updateSubmission('a02D000000Sub09', { severity: 'P0 - Dealbreaker' }, bare.t, {
        lookups: { ...lookups, accountId: 'not an id' }
      })
    ).toMatchObject({ kind: 'duplicateSubmission', key: null });
  });

  it('withdraws by Id and reports no-access errors as such', async () => {
    const ok = transport({
      data: { uiapi: { Product_Gap_Submission__cDelete: { Id: 'a02D000000Sub01' } } }
    });
    expect(await withdrawSubmission('a02D000000Sub01', ok.t)).toEqual({
      ok: true,
      value: { id: 'a02D000000Sub01' }
    });
    expect(ok.sent[0]).toMatchObject({
      operationName: 'DeleteSubmission',
      variables: { Id: 'a02D000000Sub01' }
    });
    const denied = transport({
      errors: [{ message: 'INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights' }]
    });
    expect(await withdrawSubmission('a02D000000Sub01', denied.t)).toMatchObject({
      ok: false,
      kind: 'noAccess'
    });
    expect(await withdrawSubmission('nope', denied.t)).toMatchObject({ kind: 'invalid' });
  });
});

describe('createGap and createGapWithSubmission', () => {
  it('creates a gap with its four fields', async () => {
    const { t, sent } = transport({
      data: { uiapi: { Product_Gap__cCreate: { Record: { Id: 'a00NEW' } } } }
    });
    const result = await createGap(
      { name: '  SCIM provisioning ', summary: 'Sync users', productArea: 'Security & Compliance' },
      t
    );
    expect(result).toEqual({ ok: true, value: { id: 'a00NEW' } });
    expect(sent[0].variables).toEqual({
      Name: 'SCIM provisioning',
      Summary__c: 'Sync users',
      Description__c: null,
      Product_Area__c: 'Security & Compliance'
    });
    expectDeclared(sent[0]);
  });

  it('refuses a missing title, long summary or unknown area', async () => {
    const { t } = transport({});
    const result = await createGap(
      { name: ' ', summary: 's'.repeat(256), productArea: 'Security' },
      t
    );
    expect(result).toMatchObject({
      kind: 'invalid',
      messages: [
        'Give the gap a title.',
        'The summary is longer than 255 characters.',
        'Choose a product area from the list.'
      ]
    });
    expect(await createGap({ name: 'n'.repeat(81) }, t)).toMatchObject({ kind: 'invalid' });
    expect(t.mutate).not.toHaveBeenCalled();
    expect(await createGap({ name: 'ok' }, transport({ data: { uiapi: {} } }).t)).toMatchObject({
      ok: false
    });
    expect(
      await createGap({ name: 'ok' }, transport(new Error('Failed to fetch')).t)
    ).toMatchObject({ kind: 'network' });
  });

  it('creates gap + first submission in one request, the submission referencing @{gap}, key left to the flow', async () => {
    const { t, sent } = transport({
      data: {
        uiapi: { gap: { Record: { Id: 'a00NEW' } }, submission: { Record: { Id: 'a02NEW' } } }
      }
    });
    const result = await createGapWithSubmission(
      { name: 'SCIM', productArea: 'Other' },
      { accountId: ACCOUNT, opportunityId: null, severity: 'P0 - Dealbreaker' },
      t
    );
    expect(result).toEqual({ ok: true, value: { gapId: 'a00NEW', submissionId: 'a02NEW' } });
    expect(sent).toHaveLength(1);
    expect(sent[0].operationName).toBe('CreateGapWithSubmission');
    // The reference is in the document text, never in a variable; the key is left to the flow.
    expect(documentText(sent[0])).toMatch(/Product_Gap__c: "@\{gap\}"/);
    expect(JSON.stringify(sent[0].variables)).not.toContain('@{');
    expect(Object.keys(sent[0].variables).some((name) => name.includes('Submission_Key'))).toBe(
      false
    );
    expect(sent[0].variables).toEqual({
      gap_Name: 'SCIM',
      gap_Summary__c: null,
      gap_Description__c: null,
      gap_Product_Area__c: 'Other',
      submission_Account__c: ACCOUNT,
      submission_Opportunity__c: null,
      submission_Severity__c: 'P0 - Dealbreaker',
      submission_Description__c: null,
      submission_Impact__c: null,
      submission_Workaround__c: null
    });
    expectDeclared(sent[0]);
  });

  it('refuses a gap + submission with problems in either, and reports partial answers as failures', async () => {
    const { t } = transport({});
    const result = await createGapWithSubmission({ name: '' }, { accountId: 'x', severity: '' }, t);
    expect(result).toMatchObject({
      kind: 'invalid',
      messages: ['Give the gap a title.', 'The submission needs an account.', 'Choose a severity.']
    });
    const partial = transport({ data: { uiapi: { gap: { Record: { Id: 'a00NEW' } } } } });
    expect(
      await createGapWithSubmission(
        { name: 'x' },
        { accountId: ACCOUNT, severity: 'P2 - Nice to Have' },
        partial.t
      )
    ).toMatchObject({ ok: false });
    const failed = transport({ errors: [{ message: 'REQUIRED_FIELD_MISSING: Account' }] });
    expect(
      await createGapWithSubmission(
        { name: 'x' },
        { accountId: ACCOUNT, severity: 'P2 - Nice to Have' },
        failed.t
      )
    ).toMatchObject({ ok: false, kind: 'validation' });
  });
});

describe('mergeGap', () => {
  const open = { id: 'a03D0000003DUhc', status: 'Open', duplicateOfId: null };

  it('sets Duplicate_Of__c and the closed merged status in one update', async () => {
    const { t, sent } = transport({ data: { uiapi: { Product_Gap__cUpdate: { success: true } } } });
    const result = await mergeGap({ gap: { id: GAP }, survivor: open }, t);
    expect(result).toEqual({ ok: true, value: { id: GAP, survivorId: open.id } });
    expect(MERGED_STATUS).toBe('Duplicate');
    expect(sent[0]).toMatchObject({
      operationName: 'MergeGap',
      variables: {
        Id: GAP,
        Duplicate_Of__c: open.id,
        Status__c: 'Duplicate'
      }
    });
  });

  it.each([
    [
      'itself (15 vs 18 characters)',
      { gap: { id: GAP }, survivor: { id: 'a00D0000008oWP8IAM', status: 'Open' } },
      /itself/
    ],
    ['a Done gap', { gap: { id: GAP }, survivor: { ...open, status: 'Done' } }, /open gap/],
    ["a Won't Do gap", { gap: { id: GAP }, survivor: { ...open, status: "Won't Do" } }, /open gap/],
    [
      'a gap that is itself merged',
      { gap: { id: GAP }, survivor: { ...open, duplicateOfId: 'a00D0000008oWQ1' } },
      /open gap/
    ],
    ['no survivor', { gap: { id: GAP }, survivor: { id: '', status: 'Open' } }, /Choose the gap/]
  ])('refuses merging into %s before sending', async (_label, request, message) => {
    const { t } = transport({});
    expect(mergeProblems(request)[0]).toMatch(message);
    const result = await mergeGap(request, t);
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    expect(t.mutate).not.toHaveBeenCalled();
  });

  it('passes a server refusal through', async () => {
    const { t } = transport({
      errors: [{ message: 'FIELD_CUSTOM_VALIDATION_EXCEPTION: A merged gap must be closed' }]
    });
    expect(await mergeGap({ gap: { id: GAP }, survivor: open }, t)).toMatchObject({
      ok: false,
      kind: 'validation'
    });
  });
});
