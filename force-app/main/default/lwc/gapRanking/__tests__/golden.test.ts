/** @jest-environment node */
// The engine's whole output on seeded messy orgs (metrics, report, every method's ranking and
// explanations) must stay bit-identical to the output recorded before the dense-index rewrite.
import { createHash } from 'node:crypto';
import { RANKING_METHODS, computeGapMetrics, describeRanking, prepareRanking } from '../gapRanking';
import type { MetricsOptions } from '../gapRanking';
import digests from './data/messyOrg.digests.json';
import { messyOrg } from './data/messyOrg';

const CASES: { seed: number; gaps: number; submissions: number; options: MetricsOptions }[] = [
  { seed: 1, gaps: 25, submissions: 400, options: {} },
  { seed: 2, gaps: 40, submissions: 600, options: { from: '2026-01-01', to: '2026-03-01' } },
  { seed: 3, gaps: 12, submissions: 300, options: { to: '2026-02-10T10:00:00Z' } }
];

function engineOutput({ seed, gaps, submissions, options }: (typeof CASES)[number]) {
  const metrics = computeGapMetrics(messyOrg(seed, gaps, submissions), options);
  const ranked = Object.fromEntries(
    RANKING_METHODS.map((method) => {
      const model = prepareRanking(metrics.gaps, { method, weights: { tam: 1, lost: 0.5 } });
      return [method, { ranking: model.ranking, explanations: describeRanking(model) }];
    })
  );
  return { metrics, ranked };
}

/** JSON cannot hold Infinity or NaN: they are recorded as their names. */
function finite(_: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}

const digest = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value, finite)).digest('hex');

describe('engine output on messy orgs', () => {
  it('exercises every awkward case the report names', () => {
    const reports = CASES.map((c) => engineOutput(c).metrics.report);
    const fields = new Set(reports.flatMap((report) => report.badNumbers.map((bad) => bad.field)));
    expect([...fields].sort()).toEqual(['amount', 'createdDate', 'severity', 'tam']);
    for (const key of [
      'submissionsOutsideWindow',
      'submissionsOfClosedGaps',
      'submissionsOfUnknownGaps',
      'hiddenAccountSubmissions',
      'hiddenOpportunitySubmissions',
      'submissionsWithoutOpportunity'
    ] as const) {
      expect(reports.some((report) => report[key] > 0)).toBe(true);
    }
  });

  it.each(CASES.map((c, i) => [i, c] as const))(
    'case %i is identical to the recorded output',
    (i, c) => {
      expect(digest(engineOutput(c))).toBe(digests[i]);
    }
  );
});
