/** @jest-environment node */
import { computeGapMetrics, rankGaps } from 'c/gapRanking';
import type { MetricsInput } from 'c/gapRanking';
import {
  buildRows,
  defaultDirection,
  distinctValues,
  filterRows,
  sortRows,
  withConfidence
} from '../rows';
import input from './data/metricsInput.json';

const metrics = computeGapMetrics(input as MetricsInput);
const ranking = rankGaps(metrics.gaps);
const rows = buildRows(ranking, metrics.gaps);

describe('buildRows', () => {
  it('keeps the ranking order and joins each gap to its status, area and link', () => {
    expect(rows.map((row) => row.rank)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.map((row) => row.id)).toEqual(ranking.gaps.map((gap) => gap.id));
    const sso = rows.find((row) => row.name === 'SAML single sign-on')!;
    expect(sso.productArea).toBe('Security & Compliance');
    expect(sso.githubUrl).toBe('https://github.com/acme/platform/issues/12');
    // The merged duplicate's two submissions count for the gap it points to.
    expect(sso.submissionCount).toBe(12);
    expect(sso.confidence).toBeNull();
  });

  it('only lists open, unmerged gaps', () => {
    expect(rows).toHaveLength(12);
    expect(rows.some((row) => row.name === 'Closed gap')).toBe(false);
  });

  it('keeps a ranked gap whose details are missing, with empty status and area', () => {
    const [row] = buildRows(ranking, []);
    expect(row).toMatchObject({
      id: ranking.gaps[0].id,
      status: '',
      productArea: null,
      submissionCount: 0
    });
  });
});

describe('withConfidence', () => {
  it('fills confidence by id and leaves the input rows as they were', () => {
    const filled = withConfidence(rows, new Map([[rows[0].id, 0.75]]));
    expect(filled[0].confidence).toBe(0.75);
    expect(filled[1].confidence).toBeNull();
    expect(rows[0].confidence).toBeNull();
  });
});

describe('filterRows', () => {
  it('filters by area, status and a case-insensitive name search, keeping ranks', () => {
    const security = filterRows(rows, { productArea: 'Security & Compliance' });
    expect(security.length).toBeGreaterThan(0);
    expect(security.every((row) => row.productArea === 'Security & Compliance')).toBe(true);
    expect(security.map((row) => row.rank)).toEqual(
      [...security.map((row) => row.rank)].sort((a, b) => a - b)
    );

    const found = filterRows(rows, { search: '  vector ' });
    expect(found.map((row) => row.name)).toEqual(['Vector search']);

    const inReview = filterRows(rows, { status: 'In Review', search: 'sso' });
    expect(inReview.every((row) => row.status === 'In Review')).toBe(true);
  });

  it('keeps every row for empty filters and none for a search that matches nothing', () => {
    expect(filterRows(rows, { productArea: '', status: null, search: '   ' })).toHaveLength(
      rows.length
    );
    expect(filterRows(rows, { search: 'no such gap' })).toEqual([]);
  });
});

describe('sortRows', () => {
  it('sorts numbers biggest first and breaks ties by overall rank', () => {
    const byAccounts = sortRows(rows, 'accounts', 'desc');
    const expected = [...rows].sort(
      (a, b) => b.metrics.accounts - a.metrics.accounts || a.rank - b.rank
    );
    expect(byAccounts.map((row) => row.id)).toEqual(expected.map((row) => row.id));
    expect(byAccounts.map((row) => row.id)).not.toEqual(rows.map((row) => row.id));
  });

  it('sorts text A to Z and puts empty values last in both directions', () => {
    const withBlank = [{ ...rows[0], productArea: null }, ...rows.slice(1)];
    const asc = sortRows(withBlank, 'productArea', 'asc');
    const desc = sortRows(withBlank, 'productArea', 'desc');
    expect(asc[asc.length - 1].productArea).toBeNull();
    expect(desc[desc.length - 1].productArea).toBeNull();
    expect(asc[0].productArea! <= asc[1].productArea!).toBe(true);
  });

  it('reverses the rank order and leaves the input untouched', () => {
    const reversed = sortRows(rows, 'rank', 'desc');
    expect(reversed.map((row) => row.rank)).toEqual(rows.map((row) => row.rank).reverse());
    expect(rows[0].rank).toBe(1);
  });

  it('first sorts numbers descending and names ascending', () => {
    expect(defaultDirection('arr')).toBe('desc');
    expect(defaultDirection('confidence')).toBe('desc');
    expect(defaultDirection('rank')).toBe('asc');
    expect(defaultDirection('name')).toBe('asc');
  });
});

describe('distinctValues', () => {
  it('lists each non-empty value once, sorted', () => {
    expect(distinctValues(rows, 'productArea')).toEqual([
      'AI',
      'Integrations',
      'Search',
      'Security & Compliance'
    ]);
    expect(distinctValues([], 'status')).toEqual([]);
  });
});
