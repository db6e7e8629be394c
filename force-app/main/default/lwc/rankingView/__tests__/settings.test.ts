/** @jest-environment node */
import { DEFAULT_WEIGHTS } from 'c/gapRanking';
import { canRank, settingsFromRevision, withWeight } from '../settings';

describe('settingsFromRevision', () => {
  it('starts from the engine defaults when nothing is published', () => {
    expect(settingsFromRevision(null)).toEqual({
      method: 'borda',
      weights: DEFAULT_WEIGHTS,
      source: 'defaults',
      problem: null
    });
  });

  it('takes the published method and weights, unnamed metrics keeping their default', () => {
    const settings = settingsFromRevision({ method: 'rrf', weights: '{"arr":2,"tam":0.5}' });
    expect(settings.source).toBe('revision');
    expect(settings.method).toBe('rrf');
    expect(settings.weights).toEqual({ ...DEFAULT_WEIGHTS, arr: 2, tam: 0.5 });
  });

  it('falls back to defaults, saying why, for bad JSON, an unknown method or all-zero weights', () => {
    const badJson = settingsFromRevision({ method: 'borda', weights: '{arr:1' });
    expect(badJson.source).toBe('defaults');
    expect(badJson.problem).toMatch(/not valid JSON/);
    expect(settingsFromRevision({ method: 'magic', weights: null }).problem).toMatch(
      /Unknown method/
    );
    const zero = settingsFromRevision({
      method: 'score',
      weights: '{"arr":0,"accounts":0,"strategic":0,"p0":0}'
    });
    expect(zero).toMatchObject({
      source: 'defaults',
      method: 'borda',
      problem: expect.any(String)
    });
  });

  it('accepts weights already parsed by the data layer, still checking their names', () => {
    expect(settingsFromRevision({ method: 'pareto', weights: { arr: 3 } }).weights.arr).toBe(3);
    expect(settingsFromRevision({ method: 'pareto', weights: { speed: 3 } }).problem).toMatch(
      /Unknown weight "speed"/
    );
  });

  it('reads a revision with no values as the defaults from that revision', () => {
    expect(settingsFromRevision({})).toMatchObject({ method: 'borda', weights: DEFAULT_WEIGHTS });
  });
});

describe('withWeight', () => {
  it('sets one weight and clamps bad values to 0', () => {
    expect(withWeight(DEFAULT_WEIGHTS, 'tam', '1.5').tam).toBe(1.5);
    expect(withWeight(DEFAULT_WEIGHTS, 'arr', -3).arr).toBe(0);
    expect(withWeight(DEFAULT_WEIGHTS, 'arr', 'abc').arr).toBe(0);
    expect(withWeight(DEFAULT_WEIGHTS, 'arr', '').arr).toBe(0);
    expect(DEFAULT_WEIGHTS.tam).toBe(0);
  });

  it('says whether the engine can rank with the weights', () => {
    expect(canRank(DEFAULT_WEIGHTS)).toBe(true);
    expect(canRank({ arr: 0, accounts: 0, strategic: 0, p0: 0, tam: 0, lost: 0 })).toBe(false);
  });
});
