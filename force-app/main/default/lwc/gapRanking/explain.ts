import type { RankingModel } from './model';
import { keyPositions, metricAt } from './rankedGaps';
import { METRIC_KEYS } from './types';
import type { MetricKey, RankedGap, Ranking } from './types';

/** How a metric reads after an ordinal in a sentence: "1st by ARR", "2nd strategic". */
export const METRIC_PHRASES: Readonly<Record<MetricKey, string>> = Object.freeze({
  arr: 'by ARR',
  accounts: 'by accounts',
  strategic: 'strategic',
  p0: 'P0',
  tam: 'by TAM',
  lost: 'by lost ARR'
});

const SUFFIXES: readonly string[] = ['th', 'st', 'nd', 'rd'];

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st. */
export function ordinal(place: number): string {
  const tens = place % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (SUFFIXES[place % 10] ?? 'th');
  return `${place}${suffix}`;
}

/**
 * Phrases already built, per active metric (2m, 2m + 1 when tied), indexed by place (a whole
 * number from 1): places repeat. Each phrase but the first metric's starts with its ", ".
 */
type PhraseCache = (string | undefined)[][];

function phraseCache(active: readonly MetricKey[]): PhraseCache {
  return active.flatMap(() => [[], []]);
}

/** "1st by ARR" / ", =5th by accounts": a metric's place in a sentence ("=": a shared place). */
function placePhrase(cache: PhraseCache, m: number, place: number, tied: boolean, key: MetricKey) {
  const phrases = cache[2 * m + (tied ? 1 : 0)];
  let phrase = phrases[place];
  if (phrase === undefined) {
    phrase = `${m > 0 ? ', ' : ''}${tied ? '=' : ''}${ordinal(place)} ${METRIC_PHRASES[key]}`;
    phrases[place] = phrase;
  }
  return phrase;
}

/** What describing a ranking reuses from gap to gap: the phrases and the metrics' positions. */
interface SentenceCache {
  cache: PhraseCache;
  /** The active metrics' positions in METRIC_KEYS (for metricAt). */
  positions: Int32Array;
}

function sentenceCache(active: readonly MetricKey[]): SentenceCache {
  return { cache: phraseCache(active), positions: keyPositions(active) };
}

export interface GapExplanation {
  id: string;
  name: string;
  rank: number;
  score: number;
  layer: number;
  /** Active metrics only (weight > 0), in METRIC_KEYS order. */
  metrics: {
    key: MetricKey;
    value: number;
    rank: number;
    place: number;
    tied: boolean;
    share: number;
  }[];
  /** e.g. "#3: 1st by ARR, =5th by accounts, 2nd strategic, 8th P0" ("=" marks a shared place). */
  sentence: string;
}

function activeOf(ranking: Ranking): MetricKey[] {
  return METRIC_KEYS.filter((key) => ranking.weights[key] > 0);
}

/** Explains one ranked gap: its active metrics' ranks and shares of the score, and a sentence. */
export function explainRankedGap(gap: RankedGap, active: readonly MetricKey[]): GapExplanation {
  return explainWith(gap, active, sentenceCache(active));
}

function explainWith(
  gap: RankedGap,
  active: readonly MetricKey[],
  reused: SentenceCache
): GapExplanation {
  const metrics: GapExplanation['metrics'] = new Array(active.length);
  const positions = reused.positions;
  // Concatenation only links the pieces (V8 builds the flat text when something reads it).
  let text = `#${gap.rank}: `;
  for (let m = 0; m < active.length; m++) {
    const key = active[m];
    const k = positions[m];
    const rank = metricAt(gap.metricRanks, k);
    const place = metricAt(gap.metricPlaces, k);
    // The averaged rank exceeds the competition place exactly when others share the value.
    const tied = rank !== place;
    const value = metricAt(gap.metrics, k);
    metrics[m] = { key, value, rank, place, tied, share: metricAt(gap.shares, k) };
    text += placePhrase(reused.cache, m, place, tied, key);
  }
  return {
    id: gap.id,
    name: gap.name,
    rank: gap.rank,
    score: gap.score,
    layer: gap.layer,
    metrics,
    sentence: text
  };
}

/** Explains the gap with this id in a ranking, or returns null when it is not ranked. */
export function explainGap(ranking: Ranking, gapId: string): GapExplanation | null {
  const gap = ranking.gaps.find((candidate) => candidate.id === gapId);
  return gap ? explainRankedGap(gap, activeOf(ranking)) : null;
}

/** Explains every gap of a ranking, in ranking order (one pass, no search per gap). */
export function describeRanking(ranking: Ranking | RankingModel): GapExplanation[] {
  const plain = 'ranking' in ranking ? ranking.ranking : ranking;
  const active = activeOf(plain);
  const reused = sentenceCache(active);
  return plain.gaps.map((gap) => explainWith(gap, active, reused));
}
