/** @jest-environment node */
import {
  PAGE_SIZE,
  UPPER_BOUND,
  acceptGapSubmissionsPage,
  customerSubmissionsRequest,
  escapeLike,
  gapCandidatesRequest,
  gapDetailRequest,
  gapSearchRequest,
  gapSubmissionsPageRequest,
  mapCustomerSubmissions,
  mapGapDetail,
  mapGapSearch,
  mapRevisions,
  readFailure,
  revisionRequest,
  revisionsRequest
} from 'c/gapData';
import type { ReadData } from 'c/gapData';
import customerData from './data/customerSubmissions.json';
import detailData from './data/gapDetail.json';
import rankingData from './data/rankingFirstPage.json';
import searchData from './data/gapSearch.json';

describe('revisions', () => {
  it('asks for the newest revisions, clamping the count', () => {
    expect(revisionsRequest()).toMatchObject({
      operationName: 'TopTenRevisions',
      variables: { first: 20 }
    });
    expect(revisionsRequest(0).variables).toEqual({ first: 1 });
    expect(revisionsRequest(5000).variables).toEqual({ first: 200 });
    expect(revisionsRequest(Number.NaN).variables).toEqual({ first: 20 });
  });

  it('maps revisions with publisher, entries in rank order and defensive numbers', () => {
    const [revision] = mapRevisions(rankingData as ReadData);
    expect(revision.publisherName).toBe('Tara Patel');
    expect(revision.entries[0]).toMatchObject({
      rank: 1,
      pinned: true,
      githubUrl: 'https://github.com/acme/platform/issues/42',
      impactedArr: 500000
    });
    expect(revision.entries[1]).toMatchObject({
      rank: 2,
      confidence: null,
      impactedArr: 120000.5,
      openArr: null,
      wonArr: 0,
      lostArr: null,
      pinned: false
    });
    expect(mapRevisions(null)).toEqual([]);
  });

  it('reads bad Weights__c as null instead of throwing', () => {
    const [revision] = mapRevisions({
      uiapi: {
        query: {
          Top_Ten_Revision__c: { edges: [{ node: { Id: 'r1', Weights__c: { value: '{oops' } } }] }
        }
      }
    });
    expect(revision.weights).toBeNull();
    expect(revision.entries).toEqual([]);
    expect(revision.publisherName).toBeNull();
  });

  it('asks for one revision only with a valid Id', () => {
    expect(revisionRequest('a03D0000003DUhcIAG')).toMatchObject({
      operationName: 'TopTenRevision',
      variables: { revisionId: 'a03D0000003DUhcIAG' }
    });
    expect(revisionRequest("a03' OR 1=1")).toBeNull();
    expect(revisionRequest(undefined)).toBeNull();
  });
});

describe('gap detail', () => {
  it('opens the score panel with one request', () => {
    expect(gapDetailRequest('a00D0000008oWP8IAM')).toMatchObject({
      operationName: 'GapDetail',
      variables: { gapId: 'a00D0000008oWP8IAM', pageSize: PAGE_SIZE, upperBound: UPPER_BOUND }
    });
    expect(gapDetailRequest('')).toBeNull();
  });

  it('maps the gap, merged gaps, submissions, published entry and counts', () => {
    const detail = mapGapDetail(detailData as ReadData);
    expect(detail?.gap).toMatchObject({
      id: 'a00D0000008oWP8IAM',
      status: 'In Progress',
      lifecycleStage: 'Beta',
      resolvedOn: null,
      githubUrl: 'https://github.com/acme/platform/issues/42'
    });
    expect(detail?.mergedGaps).toEqual([
      { id: 'a00D0000008oWQ1IAM', name: 'SLO', status: "Won't Do" }
    ]);
    expect(detail?.submissions.rows).toHaveLength(2);
    expect(detail?.submissions.rows[1].account).toBeNull();
    expect(detail?.submissions.done).toBe(true);
    expect(detail?.publishedEntry).toMatchObject({
      rank: 3,
      score: 0.72,
      impactedAccounts: 2,
      confidence: null
    });
    expect(detail && gapSubmissionsPageRequest('a00D0000008oWP8IAM', detail)).toBeNull();
  });

  it('is null when the gap is not visible, and a gap without submissions or entry maps empty', () => {
    expect(mapGapDetail({ uiapi: { query: { Product_Gap__c: { edges: [] } } } })).toBeNull();
    const detail = mapGapDetail({
      uiapi: { query: { Product_Gap__c: { edges: [{ node: { Id: 'g1' } }] } } }
    });
    expect(detail).toMatchObject({
      publishedEntry: null,
      mergedGaps: []
    });
    expect(detail?.submissions.incomplete).toBe(true);
  });

  it('pages more submissions of a big gap', () => {
    const first = mapGapDetail({
      uiapi: {
        query: {
          Product_Gap__c: { edges: [{ node: { Id: 'g1' } }] },
          Product_Gap_Submission__c: {
            totalCount: 3,
            pageInfo: { hasNextPage: true, endCursor: 'c1' },
            edges: [{ node: { Id: 's1' } }]
          }
        }
      }
    });
    if (!first) throw new Error('expected a detail');
    expect(gapSubmissionsPageRequest('g1', first)).toMatchObject({
      operationName: 'GapSubmissionsPage',
      variables: { gapId: 'g1', after: 'c1', upperBound: UPPER_BOUND }
    });
    const next = acceptGapSubmissionsPage(first, {
      uiapi: {
        query: {
          Product_Gap_Submission__c: {
            totalCount: 3,
            pageInfo: { hasNextPage: false },
            edges: [{ node: { Id: 's2' } }, { node: { Id: 's3' } }]
          }
        }
      }
    });
    expect(next.submissions.rows.map((r) => r.submission.id)).toEqual(['s1', 's2', 's3']);
    expect(next.submissions.done).toBe(true);
  });
});

describe('customer submissions', () => {
  it('asks by opportunity when there is one, else by account', () => {
    expect(
      customerSubmissionsRequest({ opportunityId: '001D000000IqhSL', accountId: '001D000000INjVe' })
    ).toMatchObject({
      operationName: 'CustomerSubmissions',
      variables: { where: { Opportunity__c: { eq: '001D000000IqhSL' } } }
    });
    expect(customerSubmissionsRequest({ accountId: '001D000000INjVeIAL' })).toMatchObject({
      operationName: 'CustomerSubmissions',
      variables: { where: { Account__c: { eq: '001D000000INjVeIAL' } } }
    });
    expect(customerSubmissionsRequest({ accountId: 'bad', opportunityId: null })).toBeNull();
  });

  it('maps status, link, severity and who may edit', () => {
    const [mine, theirs] = mapCustomerSubmissions(customerData as ReadData, '005D0000001KyEI');
    expect(mine).toMatchObject({
      gapName: 'SAML single logout',
      gapStatus: 'In Progress',
      githubUrl: 'https://github.com/acme/platform/issues/42',
      severity: 'P0 - Dealbreaker',
      amount: 250000,
      createdByName: 'Sam Lee',
      editable: true
    });
    expect(theirs).toMatchObject({
      editable: false,
      githubUrl: null,
      opportunityId: null,
      createdByName: null
    });
    expect(mapCustomerSubmissions(customerData as ReadData, null).some((s) => s.editable)).toBe(
      false
    );
  });
});

describe('gap search', () => {
  it('escapes LIKE wildcards so user input matches literally', () => {
    expect(escapeLike('100%_done\\')).toBe('100\\%\\_done\\\\');
  });

  it('sends the term only inside the filter variables, as %term%, trimmed and escaped', () => {
    const where = {
      or: [{ Name: { like: '%50\\% off%' } }, { Summary__c: { like: '%50\\% off%' } }]
    };
    expect(gapSearchRequest('  50% off ')).toMatchObject({
      operationName: 'GapSearch',
      variables: { where, submissionWhere: { Product_Gap__r: where }, first: 10 }
    });
    expect(gapSearchRequest('a')).toBeNull();
    expect(gapSearchRequest(null)).toBeNull();
    expect(gapSearchRequest('saml', 500)?.variables.first).toBe(50);
  });

  it('maps matches with their distinct account counts (15/18 Ids matched, unknown -> 0)', () => {
    const matches = mapGapSearch(searchData as ReadData);
    expect(matches.map((m) => [m.name, m.status, m.accountCount])).toEqual([
      ['SAML single logout', 'Open', 7],
      ['SAML attribute mapping', 'Done', 0]
    ]);
    expect(matches[0].productArea).toBe('Security & Compliance');
    expect(mapGapSearch(undefined)).toEqual([]);
  });

  it('maps the survivor name of a merged gap, and none for a gap not merged', () => {
    const node = (id: string, merged: boolean) => ({
      node: {
        Id: id,
        Name: { value: `gap ${id}` },
        Duplicate_Of__c: { value: merged ? 'a00D0000008oWP8IAM' : null },
        Duplicate_Of__r: merged ? { Name: { value: 'Survivor' } } : null
      }
    });
    const data = {
      uiapi: { query: { Product_Gap__c: { edges: [node('a1', true), node('a2', false)] } } }
    } as ReadData;
    expect(mapGapSearch(data).map((m) => m.duplicateOfName)).toEqual(['Survivor', null]);
  });

  it('builds the broad candidate search: any word in Name or Summary, escaped, bounded page', () => {
    const request = gapCandidatesRequest(['okta', ' 50% ', 'x']);
    const where = {
      or: [
        { Name: { like: '%okta%' } },
        { Summary__c: { like: '%okta%' } },
        { Name: { like: '%50\\%%' } },
        { Summary__c: { like: '%50\\%%' } }
      ]
    };
    expect(request).toMatchObject({
      operationName: 'GapSearch',
      variables: { where, submissionWhere: { Product_Gap__r: where }, first: 500 }
    });
    expect(gapCandidatesRequest([])).toBeNull();
    expect(gapCandidatesRequest(['a', ' '])).toBeNull();
    expect(gapCandidatesRequest(['okta'], 5000)?.variables.first).toBe(2000);
    expect(gapCandidatesRequest(['okta'], Number.NaN)?.variables.first).toBe(500);
  });
});

describe('read errors', () => {
  it('says nothing when there is no error', () => {
    expect(readFailure(undefined)).toBeNull();
    expect(readFailure([])).toBeNull();
  });

  it('classifies GraphQL errors on a field the user cannot access as noAccess', () => {
    const failure = readFailure([
      {
        message:
          "Validation error (FieldUndefined@[uiapi/query/Account__r/TAM__c]) : Field 'TAM__c' in type 'Account' is undefined",
        extensions: { ErrorType: 'ValidationError' }
      }
    ]);
    expect(failure?.kind).toBe('noAccess');
    expect(failure?.messages[0]).toMatch(/TAM__c/);
  });

  it('classifies a failed fetch as network, for the error panel to word in a Custom Label', () => {
    const failure = readFailure(new TypeError('Failed to fetch'));
    expect(failure).toEqual({ kind: 'network', messages: ['Failed to fetch'] });
  });

  it('treats an error it cannot read as a failure all the same, and nothing as none', () => {
    expect(readFailure({ weird: true })).toEqual({ kind: 'unknown', messages: [] });
    expect(readFailure([])).toBeNull();
    expect(readFailure(undefined)).toBeNull();
  });
});
