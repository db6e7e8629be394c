import { METRIC_KEYS, RANKING_METHODS } from './types';
import type { MetricKey, RankingMethod, Weights } from './types';

/** arr, accounts, strategic, p0 weigh 1; tam and lost weigh 0 (take no part). */
export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({
  arr: 1,
  accounts: 1,
  strategic: 1,
  p0: 1,
  tam: 0,
  lost: 0
});

/** Thrown for a weight text or method name that cannot be used; the message names the field. */
export class RankingInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RankingInputError';
  }
}

function isMetricKey(name: string): name is MetricKey {
  return (METRIC_KEYS as readonly string[]).includes(name);
}

function checkWeight(name: string, value: unknown): number {
  if (!isMetricKey(name)) {
    throw new RankingInputError(
      `Unknown weight "${name}": expected one of ${METRIC_KEYS.join(', ')}`
    );
  }
  const weight = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
    throw new RankingInputError(
      `Weight "${name}" must be a number >= 0, got ${JSON.stringify(value)}`
    );
  }
  return weight;
}

/**
 * Parses weights from "arr=1,accounts=0.5" or from Weights__c JSON ('{"arr":1,...}'); metrics not
 * named keep their default; an empty text gives the defaults. Throws RankingInputError naming the
 * unknown metric or the bad number.
 */
export function parseWeights(text: string | null | undefined): Weights {
  const weights: Weights = { ...DEFAULT_WEIGHTS };
  const source = (text ?? '').trim();
  if (source === '') return weights;
  if (source.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      throw new RankingInputError(`Weights are not valid JSON: ${source}`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new RankingInputError('Weights JSON must be an object of metric: number');
    }
    for (const [name, value] of Object.entries(parsed)) {
      weights[name as MetricKey] = checkWeight(name, value);
    }
    return weights;
  }
  for (const part of source.split(',')) {
    const pair = part.trim();
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    if (eq < 0) throw new RankingInputError(`Weight "${pair}" must be written name=number`);
    const name = pair.slice(0, eq).trim();
    weights[name as MetricKey] = checkWeight(name, pair.slice(eq + 1).trim());
  }
  return weights;
}

/** Completes partial weights with the defaults and validates every value (RankingInputError). */
export function resolveWeights(partial: Partial<Weights> | null | undefined): Weights {
  const weights: Weights = { ...DEFAULT_WEIGHTS };
  for (const [name, value] of Object.entries(partial ?? {})) {
    weights[name as MetricKey] = checkWeight(name, value);
  }
  return weights;
}

/** The metrics with a weight > 0, in METRIC_KEYS order. */
export function activeMetrics(weights: Weights): MetricKey[] {
  return METRIC_KEYS.filter((key) => weights[key] > 0);
}

/** Validates a method name (RankingInputError naming the accepted ones). */
export function parseMethod(name: string | null | undefined): RankingMethod {
  const method = (name ?? 'borda').trim().toLowerCase();
  if (!(RANKING_METHODS as readonly string[]).includes(method)) {
    throw new RankingInputError(
      `Unknown method "${name}": expected one of ${RANKING_METHODS.join(', ')}`
    );
  }
  return method as RankingMethod;
}
