// The method and weights the workbench starts from: those of the current published revision, so
// the TPM reopens the list as it was published; the engine defaults when there is none or when
// the stored values cannot be read (said, not hidden).
import { DEFAULT_WEIGHTS, parseMethod, parseWeights } from 'c/gapRanking';
import type { RankingMethod, Weights } from 'c/gapRanking';

export interface RankingSettings {
  method: RankingMethod;
  weights: Weights;
  /** 'revision' when read from the published revision, 'defaults' otherwise. */
  source: 'revision' | 'defaults';
  /** The engine's message when the revision's Method__c or Weights__c could not be used. */
  problem: string | null;
}

/** What settings need from a revision: Method__c, and Weights__c as JSON text or already parsed. */
export interface RevisionSettings {
  method?: string | null;
  weights?: string | Record<string, unknown> | null;
}

/**
 * Method and weights of the published revision (Method__c, Weights__c JSON), each falling back to
 * the engine default (borda, DEFAULT_WEIGHTS) when missing; a value that cannot be parsed or
 * leaves every weight at 0 makes both fall back, with the reason in `problem`. Never throws.
 */
export function settingsFromRevision(
  revision: RevisionSettings | null | undefined
): RankingSettings {
  const defaults: RankingSettings = {
    method: 'borda',
    weights: { ...DEFAULT_WEIGHTS },
    source: 'defaults',
    problem: null
  };
  if (!revision) return defaults;
  try {
    const text =
      revision.weights !== null && typeof revision.weights === 'object'
        ? JSON.stringify(revision.weights)
        : revision.weights;
    const weights = parseWeights(text);
    if (!Object.values(weights).some((weight) => weight > 0)) {
      return { ...defaults, problem: 'At least one weight must be > 0' };
    }
    return { method: parseMethod(revision.method), weights, source: 'revision', problem: null };
  } catch (error) {
    return { ...defaults, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** Weights with one metric set to a new value; a negative or non-finite value becomes 0. */
export function withWeight(weights: Weights, key: keyof Weights, value: unknown): Weights {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  const safe = typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : 0;
  return { ...weights, [key]: safe };
}

/** True when at least one weight is above 0, i.e. the engine can rank with them. */
export function canRank(weights: Weights): boolean {
  return Object.values(weights).some((weight) => weight > 0);
}
