// What a publish sends: the proposed entries with the metric snapshot leadership will read, and
// the method and weights the ranking was built with. gapData checks and sends it.
import type { PublishDraft, PublishEntry } from 'c/gapData';
import type { RankingMethod, Weights } from 'c/gapRanking';
import type { Draft, ProposedEntry } from './draft';

function round(value: number | null | undefined, digits: number): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * One entry to publish. Pinned__c says the TPM overrode the computed order, so a gap added by
 * hand is published pinned too; numbers are rounded to the snapshot fields' scales (Score__c 6,
 * Confidence__c 4 decimals, currencies 2); what the ranking did not give stays null.
 */
export function publishEntryOf(entry: ProposedEntry): PublishEntry {
  const { gap } = entry;
  return {
    rank: entry.rank,
    gapId: entry.gapId,
    githubUrl: entry.githubUrl || null,
    pinned: entry.pinned || entry.added,
    rationale: entry.rationale || null,
    gapName: gap.name,
    gapStatus: gap.status,
    productArea: gap.productArea,
    score: round(gap.score, 6),
    confidence: round(gap.confidence, 4),
    impactedArr: round(gap.metrics.arr, 2),
    openArr: round(gap.openArr, 2),
    wonArr: round(gap.wonArr, 2),
    lostArr: round(gap.lostArr, 2),
    impactedTam: round(gap.metrics.tam, 2),
    impactedAccounts: gap.metrics.accounts,
    strategicAccounts: gap.metrics.strategic,
    p0Accounts: gap.metrics.p0,
    p1Accounts: gap.severityAccounts?.P1 ?? null,
    p2Accounts: gap.severityAccounts?.P2 ?? null
  };
}

/** The publish request of a draft: its base revision, the ranking's method and weights, notes and entries. */
export function publishDraftOf(
  draft: Draft,
  list: readonly ProposedEntry[],
  method: RankingMethod,
  weights: Weights
): PublishDraft {
  return {
    basedOnRevisionId: draft.baseRevisionId,
    method,
    weights,
    notes: draft.notes.trim() === '' ? null : draft.notes,
    entries: list.map(publishEntryOf)
  };
}
