/** @jest-environment node */
// The gap panel's places from the aggregate totals against the exact read, on a seeded org with
// merged gaps: every place not marked as one that may drop is the exact place, a marked one lies
// between the place shown and the lowest it names, and the totals of a gap nobody merged into are
// its exact counts.
jest.mock('lightning/graphql', () =>
  jest.requireActual('../../../tools/shared/node/lightningGraphql')
);
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  acceptRankingData,
  mapMetricTotals,
  metricTotalsRequest,
  startRankingLoad,
  toCaseSafeId,
  toMetricsInput
} from 'c/gapData';
import type { MetricTotals, ReadData, ReadRequest } from 'c/gapData';
import { computeGapMetrics, rankMetric } from 'c/gapRanking';
import type { GapMetrics, MetricKey } from 'c/gapRanking';
import { partialRanking, rankingSettings } from 'c/gapScoring';
import type { OwnMetrics } from 'c/gapScoring';
import { createEmulator } from '../index';
import type { Emulator } from '../index';

const COUNTED: MetricKey[] = ['accounts', 'strategic', 'p0'];
let emulator: Emulator;
let dir: string;
let tpmId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'metric-totals-'));
  emulator = await createEmulator({
    file: join(dir, 'org.json'),
    reset: true,
    gaps: 300,
    submissions: 9000
  });
  tpmId = emulator.users().find((u) => u.permissionSet === 'Product_Gap_TPM')!.id;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(request: ReadRequest): Promise<ReadData> {
  const response = await emulator.execute(
    {
      query: request.query as unknown as string,
      variables: request.variables,
      operationName: request.operationName
    },
    tpmId
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as ReadData;
}

/** Every open gap's exact metrics, from the Top 10 tab's sequential read. */
async function exactRows(): Promise<GapMetrics[]> {
  let load = startRankingLoad();
  while (load.next) load = acceptRankingData(load, await read(load.next));
  return computeGapMetrics(toMetricsInput(load)).gaps;
}

describe('the places from the aggregate totals', () => {
  let totals: MetricTotals;
  let exact: GapMetrics[];
  beforeAll(async () => {
    totals = mapMetricTotals(await read(metricTotalsRequest()));
    exact = await exactRows();
  });

  it('reads the merged gaps and gives the totals of a gap nobody merged into exactly', () => {
    expect(totals.truncated).toBe(false);
    expect(totals.mergedInto!.length).toBeGreaterThan(0);
    expect(Object.keys(totals.mergedBound!).sort()).toEqual([...totals.mergedInto!].sort());
    const byId = new Map(exact.map((row) => [toCaseSafeId(row.id), row]));
    const survivors = new Set(totals.mergedInto);
    const wrong: string[] = [];
    let compared = 0;
    for (const row of totals.rows) {
      const id = toCaseSafeId(row.id);
      const exactRow = byId.get(id);
      if (!exactRow) wrong.push(`${id}: not in the exact read`);
      for (const key of exactRow ? COUNTED : []) {
        const [part, whole] = [row.metrics[key], exactRow!.metrics[key]];
        // A survivor's distinct accounts: at least its own part, at most the parts added up.
        const within = survivors.has(id)
          ? part <= whole && whole <= part + totals.mergedBound![id][key as 'accounts']
          : part === whole;
        if (!within) wrong.push(`${id} ${key}: totals ${part}, exact ${whole}`);
        if (!survivors.has(id)) compared++;
      }
    }
    expect(wrong).toEqual([]);
    expect(compared).toBeGreaterThan(0);
  });

  it('marks a place wherever the exact one is lower, names how low it can go, and marks fewer with the bound', () => {
    const settings = rankingSettings(null);
    const exactValues = (key: MetricKey) => Float64Array.from(exact, (row) => row.metrics[key]);
    const exactPlaces = new Map(COUNTED.map((key) => [key, rankMetric(exactValues(key)).places]));
    let certain = 0;
    let marked = 0;
    let certainWithoutBound = 0;
    const wrong: string[] = [];
    exact.forEach((row, i) => {
      const own = { metrics: row, report: {} } as OwnMetrics;
      const gap = { id: row.id, name: row.name, ranked: true };
      const partial = partialRanking(totals, own, gap, settings)!;
      const unbounded = partialRanking({ ...totals, mergedBound: null }, own, gap, settings)!;
      certainWithoutBound += COUNTED.filter((key) => !unbounded.places![key].uncertain).length;
      for (const key of COUNTED) {
        const { place, uncertain, lowest } = partial.places![key];
        const exactPlace = exactPlaces.get(key)![i];
        if (uncertain) marked++;
        else certain++;
        // Unmarked: the exact place. Marked: between the place shown and the lowest it names.
        const within = uncertain
          ? place <= exactPlace && exactPlace <= (lowest ?? Infinity)
          : place === exactPlace;
        if (!within) wrong.push(`${row.id} ${key}: ${place} (to ${lowest}), exact ${exactPlace}`);
      }
    });
    expect(wrong).toEqual([]);
    // The merged gaps' totals leave fewer places marked than knowing only which gaps they join.
    expect(marked).toBeGreaterThan(0);
    expect(certain).toBeGreaterThan(certainWithoutBound);
  });
});
