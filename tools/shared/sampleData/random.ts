// Seeded sampling helpers over the ranking engine's PRNG, so one seed reproduces a whole data set.
import { mulberry32 } from 'c/gapRanking';

export interface Random {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One key of a weight table, with probability proportional to its weight. */
  weighted<T extends string>(table: Readonly<Record<T, number>>): T;
  /** Standard normal deviate (Box–Muller). */
  normal(): number;
  /** exp(N(ln(median), sigma)): right-skewed, like deal sizes. */
  logNormal(median: number, sigma: number): number;
}

/** A Random driven by mulberry32(seed): the same seed gives the same draws everywhere. */
export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    weighted: (table) => {
      const keys = Object.keys(table) as (keyof typeof table)[];
      const total = keys.reduce((sum, k) => sum + table[k], 0);
      let r = next() * total;
      for (const k of keys) {
        r -= table[k];
        if (r < 0) return k;
      }
      return keys[keys.length - 1];
    },
    normal: () => {
      const u = 1 - next(); // (0, 1]: log(0) never happens
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    logNormal: (median, sigma) => median * Math.exp(sigma * random.normal())
  };
  return random;
}

/**
 * Sampler of indices 0..n-1 with P(i) proportional to 1 / (i + 1)^exponent (Zipf-like
 * popularity: index 0 is the most popular). Binary search over the cumulative weights.
 */
export function zipfSampler(random: Random, n: number, exponent: number): () => number {
  if (n < 1) throw new RangeError('zipfSampler needs n >= 1');
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / Math.pow(i + 1, exponent);
    cumulative[i] = total;
  }
  return () => {
    const r = random.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** Fisher–Yates shuffle of a copy. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
