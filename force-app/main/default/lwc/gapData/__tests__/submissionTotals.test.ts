import type { ReadData } from 'c/gapData';
import { GAP_METRIC_TOTALS, mapMetricTotals, metricTotalsRequest } from 'c/gapData';
import totalsJson from '../../gapScorePanel/__tests__/data/metricTotals.json';

// JSON literal types are narrower than the response type: the fixture is a ReadData.
const totals = totalsJson as unknown as ReadData;

const G1 = 'a00D0000000g001IAA';

describe('metricTotalsRequest', () => {
  it('asks for one page of 2,000 groups with the GapMetricTotals document', () => {
    const request = metricTotalsRequest();
    expect(request.operationName).toBe('GapMetricTotals');
    expect(request.query).toBe(GAP_METRIC_TOTALS);
    expect(request.variables).toEqual({ first: 2000 });
  });
});

describe('mapMetricTotals', () => {
  it('gives one row per open gap with the counted metrics, and names the metrics it cannot give', () => {
    const result = mapMetricTotals(totals);
    expect(result.openGaps).toBe(15);
    expect(result.truncated).toBe(false);
    expect(result.rows).toHaveLength(15);
    // Sums of parent fields are no documented aggregate: even sent, they are not read.
    expect(result.missing).toEqual(['arr', 'tam', 'lost']);
    expect(result.rows[0]).toEqual({
      id: G1,
      name: 'SAML single logout',
      metrics: { arr: 0, accounts: 3, strategic: 1, p0: 1, tam: 0, lost: 0 }
    });
    const last = result.rows[14];
    expect(last.name).toBe('Gap 15');
    expect(last.metrics).toEqual({ arr: 0, accounts: 4, strategic: 0, p0: 1, tam: 0, lost: 0 });
  });

  it('matches groups to gaps whatever the Id form (15 or 18 characters)', () => {
    const data = JSON.parse(JSON.stringify(totals));
    data.uiapi.aggregate.totals.edges[0].node.aggregate.Product_Gap__c.value = G1.slice(0, 15);
    expect(mapMetricTotals(data).rows[0].metrics.accounts).toBe(3);
  });

  it('counts missing, negative and garbage numbers as 0 and ignores groups of unknown gaps', () => {
    const data = JSON.parse(JSON.stringify(totals));
    const group = data.uiapi.aggregate.totals.edges[0].node.aggregate;
    group.Account__c.countDistinct.value = 'lots';
    data.uiapi.aggregate.p0.edges.push({
      node: {
        aggregate: {
          Product_Gap__c: { value: 'not-an-id' },
          Account__c: { countDistinct: { value: 9 } }
        }
      }
    });
    const [row] = mapMetricTotals(data).rows;
    expect(row.metrics).toEqual({ arr: 0, accounts: 0, strategic: 1, p0: 1, tam: 0, lost: 0 });
  });

  it('says when a list was cut at the page size', () => {
    const data = JSON.parse(JSON.stringify(totals));
    data.uiapi.aggregate.strategic.pageInfo.hasNextPage = true;
    expect(mapMetricTotals(data).truncated).toBe(true);
  });

  it('lists the gaps others were merged into, once each, or null when not known in full', () => {
    expect(mapMetricTotals(totals).mergedInto).toEqual([G1]);
    const data = JSON.parse(JSON.stringify(totals));
    const merged = data.uiapi.query.merged;
    merged.edges.push(
      { node: { Duplicate_Of__c: { value: G1.slice(0, 15) } } },
      { node: { Duplicate_Of__c: { value: 'a00D0000000g007IAA' } } },
      { node: { Duplicate_Of__c: { value: 'garbage' } } },
      { node: { Duplicate_Of__c: null } }
    );
    expect(mapMetricTotals(data).mergedInto).toEqual([G1, 'a00D0000000g007IAA']);
    merged.pageInfo.hasNextPage = true;
    expect(mapMetricTotals(data).mergedInto).toBeNull();
    delete data.uiapi.query.merged;
    expect(mapMetricTotals(data).mergedInto).toBeNull();
  });

  it('adds up the totals of the gaps merged into each open gap, through chains of merges', () => {
    const M1 = 'a00D0000000g101IAA';
    const M2 = 'a00D0000000g102IAA';
    const M3 = 'a00D0000000g103IAA';
    const C1 = 'a00D0000000g104IAA';
    const C2 = 'a00D0000000g105IAA';
    const data = JSON.parse(JSON.stringify(totals));
    const into = (id: string, target: string) => ({
      node: { Id: id, Duplicate_Of__c: { value: target } }
    });
    // M1 -> G1; M2 -> M1 -> G1 (15-character Ids); M3 -> a gap that is not open; C1 <-> C2.
    data.uiapi.query.merged = {
      pageInfo: { hasNextPage: false },
      edges: [
        into(M1, G1),
        into(M2.slice(0, 15), M1.slice(0, 15)),
        into(M3, 'a00D0000000g999IAA'),
        into(C1, C2),
        into(C2, C1)
      ]
    };
    const group = (id: string, count: unknown) => ({
      node: {
        aggregate: {
          Product_Gap__c: { value: id },
          Account__c: { countDistinct: { value: count } }
        }
      }
    });
    const list = (...edges: unknown[]) => ({ pageInfo: { hasNextPage: false }, edges });
    data.uiapi.aggregate.mergedTotals = list(
      group(M1, 3),
      group(M2, 2),
      group(M3, 9),
      group(C1, 4)
    );
    data.uiapi.aggregate.mergedStrategic = list(group(M2, 1));
    data.uiapi.aggregate.mergedP0 = list(group(M1, 'bad'), group('garbage', 5));
    expect(mapMetricTotals(data).mergedBound).toEqual({
      [G1]: { accounts: 5, strategic: 1, p0: 0 }
    });
    data.uiapi.aggregate.mergedP0.pageInfo.hasNextPage = true;
    expect(mapMetricTotals(data).mergedBound).toBeNull();
    delete data.uiapi.aggregate.mergedP0;
    expect(mapMetricTotals(data).mergedBound).toBeNull();
    expect(mapMetricTotals(totals).mergedBound).toBeNull();
  });

  it('returns no rows for an empty or missing response', () => {
    expect(mapMetricTotals(null)).toEqual({
      rows: [],
      missing: ['arr', 'tam', 'lost'],
      openGaps: 0,
      truncated: false,
      mergedInto: null,
      mergedBound: null
    });
    expect(mapMetricTotals({ uiapi: { query: null, aggregate: null } }).rows).toEqual([]);
  });
});
