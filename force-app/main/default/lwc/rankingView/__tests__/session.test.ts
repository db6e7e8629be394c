/** @jest-environment node */
import { DEFAULT_WEIGHTS, RankingInputError } from 'c/gapRanking';
import type { MetricsInput } from 'c/gapRanking';
import { RankingSession, TOP_N, confidenceOf, explanationOf } from '../session';
import input from './data/metricsInput.json';

function session(): RankingSession {
  const s = new RankingSession();
  s.setData(input as MetricsInput);
  return s;
}

describe('RankingSession', () => {
  it('returns nothing before data arrives', () => {
    const empty = new RankingSession();
    expect(empty.hasData).toBe(false);
    expect(empty.metrics()).toBeNull();
    expect(empty.rank('borda', DEFAULT_WEIGHTS)).toBeNull();
  });

  it('computes metrics once per window and again when the window changes', () => {
    const s = session();
    const all = s.metrics();
    expect(s.metrics({})).toBe(all);
    const spring = s.metrics({ from: '2026-03-01', to: '2026-05-31' });
    expect(spring).not.toBe(all);
    expect(spring!.report.submissionsOutsideWindow).toBeGreaterThan(0);
    expect(spring!.report.submissionsCounted).toBeLessThan(all!.report.submissionsCounted);
  });

  it('throws the engine RangeError for a window date that is not ISO', () => {
    expect(() => session().metrics({ from: 'yesterday' })).toThrow(RangeError);
  });

  it('re-ranks when the weights change: ARR alone orders by ARR', () => {
    const s = session();
    const balanced = s.rank('borda', DEFAULT_WEIGHTS)!;
    const arrOnly = s.rank('borda', { arr: 1, accounts: 0, strategic: 0, p0: 0, tam: 0, lost: 0 })!;
    const arrs = arrOnly.rows.map((row) => row.metrics.arr);
    expect(arrs).toEqual([...arrs].sort((a, b) => b - a));
    expect(arrOnly.rows.map((row) => row.id)).not.toEqual(balanced.rows.map((row) => row.id));
    expect(arrOnly.engineMs).toBeGreaterThanOrEqual(0);
  });

  it('ranks with every method and refuses all-zero weights', () => {
    const s = session();
    for (const method of ['borda', 'rrf', 'pareto', 'score'] as const) {
      expect(s.rank(method, DEFAULT_WEIGHTS)!.model.method).toBe(method);
    }
    expect(() =>
      s.rank('borda', { arr: 0, accounts: 0, strategic: 0, p0: 0, tam: 0, lost: 0 })
    ).toThrow(RankingInputError);
  });
});

describe('confidenceOf', () => {
  it('gives every gap a share between 0 and 1, the Top 10 mostly staying in', () => {
    const { model, rows } = session().rank('borda', DEFAULT_WEIGHTS)!;
    const confidence = confidenceOf(model);
    expect(confidence.size).toBe(rows.length);
    for (const share of confidence.values()) expect(share).toBeGreaterThanOrEqual(0);
    for (const share of confidence.values()) expect(share).toBeLessThanOrEqual(1);
    expect(confidence.get(rows[0].id)).toBe(1);
    expect(confidence.get(rows[rows.length - 1].id)).toBeLessThan(1);
  });
});

describe('explanationOf', () => {
  it('explains a Top 10 gap without a path', () => {
    const { model, rows } = session().rank('borda', DEFAULT_WEIGHTS)!;
    const view = explanationOf(model, rows[0].id)!;
    expect(view.inTopN).toBe(true);
    expect(view.explanation.sentence).toMatch(/^#1: /);
    expect(view.path.every((step) => step.increase === 0)).toBe(true);
  });

  it('gives the increases that bring a gap from outside into the Top 10, per active metric', () => {
    const { model, rows } = session().rank('borda', DEFAULT_WEIGHTS)!;
    const last = rows[rows.length - 1];
    expect(last.rank).toBeGreaterThan(TOP_N);
    const view = explanationOf(model, last.id)!;
    expect(view.inTopN).toBe(false);
    expect(view.path.map((step) => step.key)).toEqual(['arr', 'accounts', 'strategic', 'p0']);
    const someIncrease = view.path.find((step) => step.increase !== null && step.increase > 0);
    expect(someIncrease).toBeDefined();
    expect(explanationOf(model, 'no-such-gap')).toBeNull();
  });
});
