/** @jest-environment node */
// The gap panel's places from the aggregate totals against the exact read, on a seeded org with
// merged gaps: every place not marked "may still drop" is the exact place, and the totals of a gap
// nobody merged into are its exact counts.
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
    let compared = 0;
    for (const row of totals.rows) {
      const id = toCaseSafeId(row.id);
      const exactRow = byId.get(id)!;
      expect(exactRow).toBeDefined();
      for (const key of COUNTED) {
        if (survivors.has(id)) {
          // A union of distinct accounts: at least its own part, at most the parts added up.
          expect(row.metrics[key]).toBeLessThanOrEqual(exactRow.metrics[key]);
          expect(exactRow.metrics[key]).toBeLessThanOrEqual(
            row.metrics[key] + totals.mergedBound![id][key]
          );
        } else {
          expect(row.metrics[key]).toBe(exactRow.metrics[key]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('marks "may still drop" wherever the exact place is lower, and fewer than without the bound', () => {
    const settings = rankingSettings(null);
    const exactValues = (key: MetricKey) => Float64Array.from(exact, (row) => row.metrics[key]);
    const exactPlaces = new Map(COUNTED.map((key) => [key, rankMetric(exactValues(key)).places]));
    let certain = 0;
    let marked = 0;
    let certainWithoutBound = 0;
    exact.forEach((row, i) => {
      const own = { metrics: row, report: {} } as OwnMetrics;
      const gap = { id: row.id, name: row.name, ranked: true };
      const partial = partialRanking(totals, own, gap, settings)!;
      const unbounded = partialRanking({ ...totals, mergedBound: null }, own, gap, settings)!;
      certainWithoutBound += COUNTED.filter((key) => !unbounded.places![key].uncertain).length;
      for (const key of COUNTED) {
        const place = partial.places![key];
        const exactPlace = exactPlaces.get(key)![i];
        if (place.uncertain) marked++;
        else {
          certain++;
          expect({ gap: row.id, key, place: place.place }).toEqual({
            gap: row.id,
            key,
            place: exactPlace
          });
        }
        // Totals never overcount another gap, so the exact place is never higher.
        expect(exactPlace).toBeGreaterThanOrEqual(place.place);
      }
    });
    // The merged gaps' totals leave fewer places marked than knowing only which gaps they join.
    expect(marked).toBeGreaterThan(0);
    expect(certain).toBeGreaterThan(certainWithoutBound);
  });
});
