// Rationales of Top 10 entries. A generated rationale is the ranking's own sentence ("#3: 1st by
// ARR, =5th by accounts"), rebuilt from the current ranking on every view; only text a TPM wrote
// is carried forward from the published list. What is "generated" is decided by the sentence's
// grammar (the exact form gapRanking's explanation writes), so no extra field is needed and
// revisions published before this rule are read correctly. A TPM text written in exactly that
// grammar is treated as generated (and so regenerated): the one known limit of this choice.
import { METRIC_KEYS, METRIC_PHRASES, ordinal } from 'c/gapRanking';
import type { MetricKey, Weights } from 'c/gapRanking';
import type { CurationGap } from './types';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PHRASE = `=?\\d+(?:st|nd|rd|th) (?:${Object.values(METRIC_PHRASES).map(escape).join('|')})`;
const GENERATED = new RegExp(`^#\\d+: ${PHRASE}(?:, ${PHRASE})*$`);

/** True when the text is a generated ranking sentence (not written by a TPM). */
export function isGeneratedRationale(text: string | null | undefined): boolean {
  return typeof text === 'string' && GENERATED.test(text.trim());
}

/** True when a published rationale was written by a TPM: non-empty and not a generated sentence. */
export function isTpmRationale(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim() !== '' && !isGeneratedRationale(text);
}

/**
 * The generated rationale of a gap in the current ranking: "#rank: " then, for each metric with a
 * weight above 0, its competition place among the ranked gaps ("=" when another gap shares it).
 */
export function generatedRationale(
  gap: CurationGap,
  gaps: readonly CurationGap[],
  weights: Weights
): string {
  const active = METRIC_KEYS.filter((key: MetricKey) => weights[key] > 0);
  const parts = active.map((key) => {
    const value = gap.metrics[key];
    let above = 0;
    let shared = false;
    for (const other of gaps) {
      if (other.id === gap.id) continue;
      if (other.metrics[key] > value) above++;
      else if (other.metrics[key] === value) shared = true;
    }
    return `${shared ? '=' : ''}${ordinal(above + 1)} ${METRIC_PHRASES[key]}`;
  });
  return `#${gap.rank}: ${parts.join(', ')}`;
}
