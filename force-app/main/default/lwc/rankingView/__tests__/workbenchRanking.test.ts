import { rankGaps, computeGapMetrics } from 'c/gapRanking';
import type { MetricsInput } from 'c/gapRanking';
import { WorkbenchRanking } from '../workbenchRanking';
import input from './data/metricsInput.json';

const data = input as MetricsInput;
const names = (ranking: WorkbenchRanking) => ranking.snapshot.rows.map((row) => row.name);

describe('WorkbenchRanking', () => {
  it('ranks once data is given, as the engine does, then fills confidence for that ranking', () => {
    const marks: number[] = [];
    const ranking = new WorkbenchRanking((generation) => marks.push(generation));
    const first = ranking.setData(data);
    const { gaps } = computeGapMetrics(data);
    expect(names(ranking)).toEqual(rankGaps(gaps, {}).gaps.map((gap) => gap.name));
    expect(first).toMatchObject({ generation: 1, confidencePending: true, windowError: null });
    expect(marks).toEqual([1]);
    expect(first.rows.every((row) => row.confidence === null)).toBe(true);
    // A stale generation changes nothing; the current one fills confidence.
    expect(ranking.addConfidence(0)).toBe(first);
    const done = ranking.addConfidence(1);
    expect(done.confidencePending).toBe(false);
    expect(done.rows.every((row) => typeof row.confidence === 'number')).toBe(true);
  });

  it('re-ranks on method and weight changes, ignores repeats and unknown keys, and resets', () => {
    const ranking = new WorkbenchRanking();
    ranking.applyRevision({ method: 'rrf', weights: null });
    ranking.setData(data);
    expect(ranking.snapshot.method).toBe('rrf');
    const before = ranking.snapshot;
    expect(ranking.apply('methodchange', { method: 'rrf' })).toBe(before);
    expect(ranking.apply('methodchange', { method: 'nope' })).toBe(before);
    expect(ranking.apply('weightchange', { key: 'nope', value: 3 })).toBe(before);
    const changed = ranking.apply('weightchange', { key: 'arr', value: 4 });
    expect(changed.generation).toBe(before.generation + 1);
    expect(ranking.apply('weightchange', { key: 'arr', value: '4' })).toBe(changed);
    ranking.apply('methodchange', { method: 'score' });
    const reset = ranking.apply('reset', undefined);
    expect(reset.method).toBe('rrf');
    expect(reset.weights).toEqual(before.weights);
    expect(ranking.apply('unknown', {})).toBe(reset);
  });

  it('refuses all-zero weights and an inverted window, keeping the last ranking', () => {
    const ranking = new WorkbenchRanking();
    ranking.setData(data);
    for (const key of ['arr', 'accounts', 'strategic', 'p0', 'tam']) {
      ranking.apply('weightchange', { key, value: 0 });
    }
    const last = ranking.snapshot.rows;
    ranking.apply('weightchange', { key: 'lost', value: 0 });
    expect(ranking.snapshot.rankProblem).toBe(
      'Give at least one metric a weight above 0 to rank the gaps.'
    );
    expect(ranking.snapshot.rows).toBe(last);
    ranking.apply('reset', null);
    expect(ranking.snapshot.rankProblem).toBeNull();
    ranking.apply('filterchange', { name: 'from', value: '2026-02-01' });
    ranking.apply('filterchange', { name: 'to', value: '2026-01-01' });
    expect(ranking.snapshot.windowError).toBe(
      'Enter the dates as a valid window: the start on or before the end.'
    );
    ranking.apply('filterchange', { name: 'to', value: '' });
    expect(ranking.snapshot.windowError).toBeNull();
  });

  it('sorts and filters without re-ranking, and merges move demand to the survivor', () => {
    const ranking = new WorkbenchRanking();
    const ranked = ranking.setData(data);
    const sorted = ranking.apply('sort', { key: 'name' });
    expect(sorted.generation).toBe(ranked.generation);
    expect(sorted.view.sortKey).toBe('name');
    const searched = ranking.apply('filterchange', { name: 'search', value: 'x' });
    expect(searched.generation).toBe(ranked.generation);
    const [first, second] = ranked.rows;
    const merged = ranking.apply('merged', { gapId: second.id, survivorId: first.id });
    expect(merged.generation).toBe(ranked.generation + 1);
    expect(merged.rows.find((row) => row.id === second.id)).toBeUndefined();
  });

  it('gives the same publish basis object until what it rests on changes', () => {
    const ranking = new WorkbenchRanking();
    expect(ranking.basis(null).gapCount).toBe(0);
    ranking.setData(data);
    const basis = ranking.basis(null);
    expect(ranking.basis(null)).toBe(basis);
    expect(basis.gapCount).toBe(ranking.snapshot.rows.length);
    ranking.addConfidence(ranking.snapshot.generation);
    expect(ranking.basis(null)).toBe(basis);
    expect(ranking.basis('partial')).not.toBe(basis);
  });
});
