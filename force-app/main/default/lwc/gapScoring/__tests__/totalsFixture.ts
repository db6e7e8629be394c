// Totals rows with every metric filled, as the estimate receives them when a ranking needs no
// parent sums: the fixture's counts through mapMetricTotals, plus its per-gap ARR, TAM and lost
// ARR (recorded from an exact read) so the estimate's arithmetic is tested on all six metrics.
import { mapMetricTotals } from 'c/gapData';
import type { MetricTotals, ReadData } from 'c/gapData';
import totalsJson from './data/metricTotals.json';

type Slot = { sum?: { value?: number } };
type Node = { node: { aggregate: Record<string, Record<string, Slot> & { value?: string }> } };

const data = totalsJson as unknown as ReadData;
const groups = (
  totalsJson as unknown as { uiapi: { aggregate: Record<string, { edges: Node[] }> } }
).uiapi.aggregate;

function sums(alias: string, parent: string, field: string): Map<string, number> {
  return new Map(
    groups[alias].edges.map(({ node }) => [
      String(node.aggregate.Product_Gap__c.value),
      node.aggregate[parent]?.[field]?.sum?.value ?? 0
    ])
  );
}

/** The fixture's totals with ARR, TAM and lost ARR filled in and nothing missing. */
export function fullTotals(): MetricTotals {
  const totals = mapMetricTotals(data);
  const arr = sums('totals', 'Opportunity__r', 'Amount');
  const tam = sums('totals', 'Account__r', 'TAM__c');
  const lost = sums('lost', 'Opportunity__r', 'Amount');
  for (const row of totals.rows) {
    row.metrics.arr = arr.get(row.id) ?? 0;
    row.metrics.tam = tam.get(row.id) ?? 0;
    row.metrics.lost = lost.get(row.id) ?? 0;
  }
  return { ...totals, missing: [] };
}
