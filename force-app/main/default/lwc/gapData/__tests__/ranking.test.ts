/** @jest-environment node */
import { computeGapMetrics } from 'c/gapRanking';
import {
  PAGE_SIZE,
  UPPER_BOUND,
  acceptRankingData,
  rankingProgress,
  rankingRequestCount,
  startRankingLoad,
  toMetricsInput
} from 'c/gapData';
import type { RankingLoad, ReadData } from 'c/gapData';
import firstPage from './data/rankingFirstPage.json';
import secondPage from './data/rankingSubmissionsPage2.json';

/** The fixtures' load: gaps and revision, then the two submission pages (page 1 holds all three). */
function loadFixtures(): RankingLoad {
  let load = startRankingLoad();
  load = acceptRankingData(load, firstPage as ReadData);
  load = acceptRankingData(load, firstPage as ReadData);
  return acceptRankingData(load, secondPage as ReadData);
}

/** A fake server: `gaps` gaps and `submissions` submissions, answering each request's page. */
function fakeServer(gaps: number, submissions: number) {
  const cursors = { gap: 0, sub: 0 };
  const page = (kind: 'gap' | 'sub', total: number, after: unknown) => {
    const start = after === null || after === undefined ? 0 : Number(String(after).slice(1));
    const end = Math.min(total, start + PAGE_SIZE);
    const edges = [];
    for (let i = start; i < end; i++) {
      edges.push({
        node:
          kind === 'gap'
            ? { Id: `g${i}`, Name: { value: `Gap ${i}` }, Status__c: { value: 'Open' } }
            : {
                Id: `s${i}`,
                Product_Gap__c: { value: `g${i % Math.max(gaps, 1)}` },
                Account__c: { value: `acct${i % 700}` },
                Account__r: {
                  Name: { value: 'A' },
                  Strategic_Account__c: { value: i % 7 === 0 },
                  TAM__c: { value: 10 }
                },
                Opportunity__c: { value: `opp${i % 900}` },
                Opportunity__r: {
                  Amount: { value: 1000 },
                  IsClosed: { value: false },
                  IsWon: { value: false }
                },
                Severity__c: { value: 'P1 - Significant Pain Point' }
              }
      });
    }
    cursors[kind] = end;
    return {
      totalCount: total,
      pageInfo: { hasNextPage: end < total, endCursor: `c${end}` },
      edges
    };
  };
  return (request: { operationName: string; variables: Record<string, unknown> }): ReadData => {
    const query: Record<string, unknown> = {};
    if (request.operationName !== 'RankingSubmissionsPage') {
      query.Product_Gap__c = page('gap', gaps, request.variables.after);
    }
    if (request.operationName !== 'RankingGapsPage') {
      query.Product_Gap_Submission__c = page('sub', submissions, request.variables.after);
    }
    if (request.operationName === 'RankingBase') query.Top_Ten_Revision__c = { edges: [] };
    return { uiapi: { query } } as ReadData;
  };
}

function runToCompletion(gaps: number, submissions: number) {
  const server = fakeServer(gaps, submissions);
  let load = startRankingLoad();
  const progress: number[] = [];
  const operations: string[] = [];
  while (load.next) {
    operations.push(load.next.operationName);
    load = acceptRankingData(load, server(load.next));
    progress.push(rankingProgress(load).loaded);
    if (load.requests > 1000) throw new Error('paging does not end');
  }
  return { load, progress, operations };
}

describe('ranking load', () => {
  it('starts with the first read of the parallel load (gaps + revision), constant upperBound', () => {
    const load = startRankingLoad();
    expect(load.next?.operationName).toBe('RankingBase');
    expect(load.next?.variables).toEqual({ pageSize: 2000, upperBound: UPPER_BOUND });
    expect(UPPER_BOUND).toBeGreaterThan(4000);
    expect(PAGE_SIZE).toBeGreaterThanOrEqual(200);
    expect(PAGE_SIZE).toBeLessThanOrEqual(2000);
    expect(load.done).toBe(false);
  });

  it('pages to completion with progress loaded / totalCount', () => {
    let load = startRankingLoad();
    load = acceptRankingData(load, firstPage as ReadData);
    // Request 1 reads gaps and the revision: no submission yet, the first page comes next.
    expect(rankingProgress(load)).toEqual({ loaded: 0, total: null, fraction: 0, requests: 1 });
    expect(load.gaps.rows).toHaveLength(3);
    expect(load.next).toEqual(
      expect.objectContaining({
        operationName: 'RankingSubmissionsPage',
        variables: { pageSize: 2000, upperBound: UPPER_BOUND, after: null }
      })
    );
    load = acceptRankingData(load, firstPage as ReadData);
    expect(rankingProgress(load)).toEqual({ loaded: 3, total: 5, fraction: 0.6, requests: 2 });
    expect(load.next).toEqual(
      expect.objectContaining({
        operationName: 'RankingSubmissionsPage',
        variables: { pageSize: 2000, upperBound: UPPER_BOUND, after: 's3' }
      })
    );
    load = acceptRankingData(load, secondPage as ReadData);
    expect(load.done).toBe(true);
    expect(load.next).toBeNull();
    expect(rankingProgress(load)).toEqual({ loaded: 5, total: 5, fraction: 1, requests: 3 });
    // A late answer after completion changes nothing.
    expect(acceptRankingData(load, firstPage as ReadData)).toBe(load);
  });

  it('reads the published revision with its entries in rank order', () => {
    const load = loadFixtures();
    expect(load.revision).toMatchObject({
      id: 'a03D0000003DUhcIAG',
      method: 'borda',
      publisherName: 'Tara Patel',
      publishedAt: '2026-10-01T09:30:00.000Z',
      supersedesKey: 'FIRST',
      weights: { arr: 2, accounts: 1, strategic: 1, p0: 1, tam: 0, lost: 0 }
    });
    expect(load.revision?.entries.map((e) => e.rank)).toEqual([1, 2]);
  });

  it('maps into engine records: hidden parents left out, accounts and opportunities once', () => {
    const input = toMetricsInput(loadFixtures());
    expect(input.gaps.map((g) => g.id)).toEqual([
      'a01D000000GapAAAIA0',
      'a01D000000GapBBBIA0',
      'a01D000000GapCCCIA0'
    ]);
    expect(input.gaps[1]).toMatchObject({
      status: "Won't Do",
      duplicateOfId: 'a01D000000GapAAAIA0',
      productArea: null
    });
    expect(input.gaps[2].name).toBe('a01D000000GapCCCIA0');
    expect(input.submissions).toHaveLength(5);
    expect(input.accounts.map((a) => a.id).sort()).toEqual([
      '001D000000AcctXIAA',
      '001D000000IqhSLIAZ'
    ]);
    expect(input.opportunities.map((o) => o.id).sort()).toEqual([
      '006D000000OppA1IAA',
      '006D000000OppC1IAA'
    ]);
    const globex = input.accounts.find((a) => a.id === '001D000000AcctXIAA');
    expect(globex).toEqual({
      id: '001D000000AcctXIAA',
      name: 'Globex',
      strategic: false,
      tam: null
    });
    const initech = input.opportunities.find((o) => o.id === '006D000000OppC1IAA');
    expect(initech).toMatchObject({ amount: null, isClosed: true, isWon: false });
    expect(input.submissions[4]).toMatchObject({ accountId: null, severity: 'P0 - Dealbreaker' });
  });

  it('feeds the engine so it reports hidden records and bad numbers instead of crashing', () => {
    const { gaps, report } = computeGapMetrics(toMetricsInput(loadFixtures()));
    expect(report.hiddenAccountSubmissions).toBe(2);
    expect(report.hiddenOpportunitySubmissions).toBe(1);
    expect(report.badNumbers.map((b) => b.field).sort()).toEqual(['amount', 'severity', 'tam']);
    const saml = gaps.find((g) => g.id === 'a01D000000GapAAAIA0');
    expect(saml?.mergedGapIds).toEqual(['a01D000000GapBBBIA0']);
    expect(saml?.metrics.arr).toBe(250000);
  });

  it('loads 50,000 submissions in 1 + ceil(50000 / 2000) = 26 requests, progress rising to the total', () => {
    const { load, progress, operations } = runToCompletion(2000, 50000);
    expect(load.requests).toBe(26);
    expect(load.requests).toBeLessThanOrEqual(Math.ceil(50000 / 2000) + 3);
    expect(rankingRequestCount(2000, 50000)).toBe(26);
    expect(operations[0]).toBe('RankingBase');
    expect(new Set(operations.slice(1))).toEqual(new Set(['RankingSubmissionsPage']));
    expect(progress[0]).toBe(0);
    expect(progress[1]).toBe(2000);
    expect(progress.at(-1)).toBe(50000);
    expect(load.submissions.rows).toHaveLength(50000);
    expect(load.gaps.rows).toHaveLength(2000);
  });

  it('adds one request per extra page of gaps', () => {
    const { load, operations } = runToCompletion(4500, 3000);
    expect(load.gaps.rows).toHaveLength(4500);
    expect(load.submissions.rows).toHaveLength(3000);
    expect(load.requests).toBe(rankingRequestCount(4500, 3000));
    expect(load.requests).toBe(5);
    expect(operations.filter((o) => o === 'RankingGapsPage')).toHaveLength(2);
  });

  it('ends with nothing loaded in two requests when there is no data', () => {
    const { load, operations } = runToCompletion(0, 0);
    expect(load.requests).toBe(2);
    expect(operations).toEqual(['RankingBase', 'RankingSubmissionsPage']);
    expect(rankingProgress(load)).toEqual({ loaded: 0, total: 0, fraction: 1, requests: 2 });
    expect(load.revision).toBeNull();
  });

  it('stops (incomplete) when an object is not readable or the cursor does not advance', () => {
    // Gaps not readable: marked incomplete; the submissions are still asked for.
    let load = acceptRankingData(startRankingLoad(), {
      uiapi: { query: { Product_Gap__c: null } }
    });
    expect(load.gaps.incomplete).toBe(true);
    expect(load.done).toBe(false);
    load = acceptRankingData(load, { uiapi: { query: { Product_Gap_Submission__c: null } } });
    expect(load.done).toBe(true);
    expect(load.gaps.incomplete).toBe(true);
    expect(load.submissions.incomplete).toBe(true);

    // A submission page that says there is more but gives no cursor ends the load, incomplete.
    load = acceptRankingData(startRankingLoad(), {
      uiapi: { query: { Product_Gap__c: { edges: [], pageInfo: { hasNextPage: false } } } }
    });
    load = acceptRankingData(load, {
      uiapi: {
        query: {
          Product_Gap_Submission__c: { edges: [], pageInfo: { hasNextPage: true, endCursor: null } }
        }
      }
    });
    expect(load.done).toBe(true);
    expect(load.submissions.incomplete).toBe(true);
    // No data at all, twice: done after the two reads, nothing loaded.
    const unanswered = acceptRankingData(acceptRankingData(startRankingLoad(), null), null);
    expect(unanswered.done).toBe(true);
    expect(unanswered.requests).toBe(2);
  });

  it('reports a fraction below 1 while loading even when the total is unknown', () => {
    let load = acceptRankingData(startRankingLoad(), {
      uiapi: { query: { Product_Gap__c: { edges: [] } } }
    });
    load = acceptRankingData(load, {
      uiapi: {
        query: {
          Product_Gap_Submission__c: { edges: [], pageInfo: { hasNextPage: true, endCursor: 'x' } }
        }
      }
    });
    expect(load.done).toBe(false);
    expect(rankingProgress(load)).toEqual({ loaded: 0, total: null, fraction: 0, requests: 2 });
  });
});
