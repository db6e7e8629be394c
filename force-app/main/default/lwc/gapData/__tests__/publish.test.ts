/** @jest-environment node */
import {
  FIRST_KEY,
  PUBLISH_FIRST,
  PUBLISH_NEXT,
  publishProblems,
  publishRequest,
  publishTopTen
} from 'c/gapData';
import type { MutationRequest, PublishDraft, PublishEntry, Transport } from 'c/gapData';
import { declaredVariables, mutationText } from './sourceDocuments';

const PREVIOUS = 'a03D0000003DUhc';
const NOW = new Date('2026-11-27T15:00:00.000Z');
const GAP_IDS = [
  'a00D0000008oWP8',
  '001D000000IqhSL',
  '001D000000INjVe',
  '005D0000001KyEI',
  'a03D0000003DUhc',
  'a00D0000008oWP9',
  'a00D0000008oWQ1',
  'a00D0000008oWQ2',
  'a00D0000008oWQ3',
  'a00D0000008oWQ4'
];

function entry(rank: number, overrides: Partial<PublishEntry> = {}): PublishEntry {
  return {
    rank,
    gapId: GAP_IDS[rank - 1],
    githubUrl: rank === 1 ? 'https://github.com/acme/platform/issues/42' : null,
    pinned: rank === 2,
    rationale: rank === 1 ? 'Blocks two renewals' : null,
    gapName: `Gap ${rank}`,
    gapStatus: 'Open',
    productArea: 'Search',
    score: 1 - rank / 20,
    confidence: 0.8,
    impactedArr: 1000 * (11 - rank),
    openArr: 500,
    wonArr: 300,
    lostArr: 200,
    impactedTam: 10000,
    impactedAccounts: 4,
    strategicAccounts: 1,
    p0Accounts: 2,
    p1Accounts: 1,
    p2Accounts: 1,
    ...overrides
  };
}

function draft(overrides: Partial<PublishDraft> = {}): PublishDraft {
  return {
    basedOnRevisionId: PREVIOUS,
    method: 'borda',
    weights: { arr: 2 },
    notes: 'Q4 review',
    entries: [entry(3), entry(1), entry(2)],
    ...overrides
  };
}

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

const PUBLISHED = {
  data: {
    uiapi: {
      revision: {
        Record: { Id: 'a03NEWREV', Published_At__c: { value: '2026-11-27T15:00:00.000Z' } }
      }
    }
  }
};

describe('publishRequest', () => {
  it('sends the next-publish document for the list length: revision, entries in rank order, supersede', () => {
    const request = publishRequest(draft(), NOW);
    expect(request.operationName).toBe('PublishTopTenNext3');
    expect(request.query).toBe(PUBLISH_NEXT[2]);
    const v = request.variables;
    expect(v).toMatchObject({
      Published_At__c: '2026-11-27T15:00:00.000Z',
      Method__c: 'borda',
      Weights__c: '{"arr":2,"accounts":1,"strategic":1,"p0":1,"tam":0,"lost":0}',
      Notes__c: 'Q4 review',
      previousRevision: 'a03D0000003DUhcIAG',
      supersedesKey: 'a03D0000003DUhcIAG'
    });
    expect(v).toMatchObject({
      e1_Rank__c: 1,
      e1_Product_Gap__c: GAP_IDS[0],
      e1_GitHub_Issue_URL__c: 'https://github.com/acme/platform/issues/42',
      e1_Pinned__c: false,
      e1_Rationale__c: 'Blocks two renewals',
      e1_Gap_Name__c: 'Gap 1',
      e1_Gap_Status__c: 'Open',
      e1_Product_Area__c: 'Search',
      e1_Score__c: 0.95,
      e1_Confidence__c: 0.8,
      e1_Impacted_ARR__c: 10000,
      e1_Open_ARR__c: 500,
      e1_Won_ARR__c: 300,
      e1_Lost_ARR__c: 200,
      e1_Impacted_TAM__c: 10000,
      e1_Impacted_Accounts__c: 4,
      e1_Strategic_Accounts__c: 1,
      e1_P0_Accounts__c: 2,
      e1_P1_Accounts__c: 1,
      e1_P2_Accounts__c: 1
    });
    expect([v.e1_Rank__c, v.e2_Rank__c, v.e3_Rank__c]).toEqual([1, 2, 3]);
    // No placeholder slots: the document has exactly three entries and no directives.
    expect(v).not.toHaveProperty('e4_Rank__c');
    const text = mutationText('PublishTopTenNext3');
    expect(text).not.toMatch(/@include|@skip/);
    expect(text.match(/Top_Ten_Entry__cCreate/g)).toHaveLength(3);
    expect(text.match(/Top_Ten_Revision__c: "@\{revision\}"/g)).toHaveLength(3);
    expect(text).toMatch(/supersede: Top_Ten_Revision__cUpdate/);
    expect(JSON.stringify(v)).not.toContain('@{');
    const declared = declaredVariables('PublishTopTenNext3');
    expect(Object.keys(v).sort()).toEqual([...declared].sort());
  });

  it('publishes the first revision with the FIRST key in the document and no supersede', () => {
    const request = publishRequest(draft({ basedOnRevisionId: null, notes: undefined }), NOW);
    expect(request.operationName).toBe('PublishTopTenFirst3');
    expect(request.query).toBe(PUBLISH_FIRST[2]);
    expect(request.variables).not.toHaveProperty('previousRevision');
    expect(request.variables).not.toHaveProperty('supersedesKey');
    expect(request.variables.Notes__c).toBeNull();
    const text = mutationText('PublishTopTenFirst3');
    expect(text).toContain(`Supersedes_Key__c: "${FIRST_KEY}"`);
    expect(text).not.toMatch(/supersede:|Top_Ten_Revision__cUpdate/);
    expect(Object.keys(request.variables).sort()).toEqual(
      [...declaredVariables('PublishTopTenFirst3')].sort()
    );
  });

  it.each([1, 5, 10])('has one document per list length (%i entries), first and next', (n) => {
    const entries = GAP_IDS.slice(0, n).map((_, i) => entry(i + 1));
    const next = publishRequest(draft({ entries }), NOW);
    const first = publishRequest(draft({ entries, basedOnRevisionId: null }), NOW);
    expect([next.operationName, first.operationName]).toEqual([
      `PublishTopTenNext${n}`,
      `PublishTopTenFirst${n}`
    ]);
    expect(next.variables[`e${n}_Rank__c`]).toBe(n);
    expect(mutationText(`PublishTopTenNext${n}`).match(/Top_Ten_Entry__cCreate/g)).toHaveLength(n);
  });
});

describe('publishProblems', () => {
  it('accepts a valid draft', () => {
    expect(publishProblems(draft())).toEqual([]);
  });

  it.each([
    ['no entries', { entries: [] }, /no entries/],
    [
      'eleven entries',
      { entries: [...GAP_IDS.map((_, i) => entry(i + 1)), entry(1, { gapId: 'a00D0000008oWQ5' })] },
      /at most 10/
    ],
    ['a duplicate rank', { entries: [entry(1), entry(2, { rank: 1 })] }, /Rank 1 is used twice/],
    ['rank 0', { entries: [entry(1, { rank: 0 })] }, /rank must be a whole number/],
    ['rank 11', { entries: [entry(1, { rank: 11 })] }, /rank must be a whole number/],
    ['a fractional rank', { entries: [entry(1, { rank: 1.5 })] }, /rank must be a whole number/],
    [
      'the same gap twice (15 and 18 characters)',
      { entries: [entry(1), entry(2, { gapId: 'a00D0000008oWP8IAM' })] },
      /listed twice/
    ],
    ['a bad gap Id', { entries: [entry(1, { gapId: 'nope' })] }, /gap Id is not valid/],
    [
      'a javascript: link',
      // eslint-disable-next-line no-script-url -- the dangerous input under test
      { entries: [entry(1, { githubUrl: 'javascript:alert(1)' })] },
      /GitHub link/
    ],
    [
      'a look-alike host',
      { entries: [entry(1, { githubUrl: 'https://github.com.evil.io/a/b/issues/1' })] },
      /GitHub link/
    ],
    ['a NaN score', { entries: [entry(1, { score: Number.NaN })] }, /score is not a number/],
    ['an unknown method', { method: 'magic' }, /magic/i],
    ['a negative weight', { weights: { arr: -1 } }, /arr/],
    ['a bad base revision', { basedOnRevisionId: 'x' }, /not a valid Id/],
    ['over-long notes', { notes: 'n'.repeat(32769) }, /notes are longer/],
    [
      'an over-long rationale',
      { entries: [entry(1, { rationale: 'r'.repeat(32769) })] },
      /rationale is longer/
    ]
  ])('refuses %s', (_label, overrides, message) => {
    const problems = publishProblems(draft(overrides as Partial<PublishDraft>));
    expect(problems.join('\n')).toMatch(message);
  });
});

describe('publishTopTen', () => {
  it('sends exactly one mutation and returns the new revision', async () => {
    const { t, sent } = transport(PUBLISHED);
    const result = await publishTopTen(draft(), { transport: t, now: NOW });
    expect(result).toEqual({
      ok: true,
      value: { revisionId: 'a03NEWREV', publishedAt: '2026-11-27T15:00:00.000Z' }
    });
    expect(sent).toHaveLength(1);
  });

  it('falls back to the sent time when the response omits it, and fails on a missing Id', async () => {
    const noTime = transport({ data: { uiapi: { revision: { Record: { Id: 'a03NEWREV' } } } } });
    expect(await publishTopTen(draft(), { transport: noTime.t, now: NOW })).toEqual({
      ok: true,
      value: { revisionId: 'a03NEWREV', publishedAt: '2026-11-27T15:00:00.000Z' }
    });
    const noId = transport({ data: { uiapi: {} } });
    expect(await publishTopTen(draft(), { transport: noId.t, now: NOW })).toMatchObject({
      ok: false,
      messages: ['The Top 10 was not published.']
    });
  });

  it('refuses an invalid draft without sending', async () => {
    const { t } = transport(PUBLISHED);
    const result = await publishTopTen(draft({ entries: [entry(1), entry(2, { rank: 1 })] }), {
      transport: t
    });
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    expect(t.mutate).not.toHaveBeenCalled();
  });

  it('turns a duplicate Supersedes_Key__c into a stale publish naming who published and when', async () => {
    const read = jest.fn(async () => ({
      data: {
        uiapi: {
          query: {
            Top_Ten_Revision__c: {
              edges: [
                {
                  node: {
                    Id: 'a03OTHER',
                    Published_At__c: { value: '2026-11-27T14:58:00.000Z' },
                    CreatedBy: { Name: { value: 'Jordan Kim' } }
                  }
                }
              ]
            }
          }
        }
      }
    }));
    const { t } = transport(
      {
        errors: [
          {
            message:
              'DUPLICATE_VALUE: duplicate value found: Supersedes_Key__c duplicates value on record with id: a03OTHER'
          }
        ]
      },
      read
    );
    const result = await publishTopTen(draft(), { transport: t, now: NOW });
    if (result.ok || result.kind !== 'stale') throw new Error('expected a stale publish');
    expect(read).toHaveBeenCalledWith(
      expect.objectContaining({
        operationName: 'RevisionBySupersedesKey',
        variables: { key: 'a03D0000003DUhcIAG' }
      })
    );
    expect(result.competing).toEqual({
      revisionId: 'a03OTHER',
      publisherName: 'Jordan Kim',
      publishedAt: '2026-11-27T14:58:00.000Z'
    });
    expect(result.messages[0]).toBe(
      'Jordan Kim published a new Top 10 at 2026-11-27T14:58:00.000Z from the same starting point. Your draft is kept: reload the ranking and publish again.'
    );
  });

  it('reports a stale FIRST publish even when the competing revision cannot be read', async () => {
    const { t } = transport({ errors: [{ message: 'duplicate value found: Supersedes_Key__c' }] });
    const result = await publishTopTen(draft({ basedOnRevisionId: null }), {
      transport: t,
      now: NOW
    });
    expect(result).toMatchObject({
      ok: false,
      kind: 'stale',
      competing: null,
      lookup: { variables: { key: 'FIRST' } }
    });
    expect(!result.ok && result.messages[0]).toMatch(/^Someone published a new Top 10/);
    const unreadable = transport(
      { errors: [{ message: 'DUPLICATE_VALUE' }] },
      jest.fn(async () => ({ data: null }))
    );
    expect(await publishTopTen(draft(), { transport: unreadable.t })).toMatchObject({
      kind: 'stale',
      competing: null
    });
    // The carried-alignment read succeeds (no revision); only the competing lookup throws.
    const throwing = transport(
      { errors: [{ message: 'DUPLICATE_VALUE' }] },
      jest.fn((request: { operationName: string }) => {
        if (request.operationName === 'TopTenRevision') return Promise.resolve({ data: null });
        return Promise.reject(new Error('x'));
      })
    );
    expect(await publishTopTen(draft(), { transport: throwing.t })).toMatchObject({
      kind: 'stale',
      competing: null
    });
  });

  it('reports other failures as they are', async () => {
    const { t } = transport(new TypeError('Failed to fetch'));
    expect(await publishTopTen(draft(), { transport: t })).toMatchObject({
      ok: false,
      kind: 'network'
    });
    const denied = transport({
      errors: [{ message: 'INSUFFICIENT_ACCESS: no create on Top_Ten_Revision__c' }]
    });
    expect(await publishTopTen(draft(), { transport: denied.t })).toMatchObject({
      ok: false,
      kind: 'noAccess'
    });
  });
});
