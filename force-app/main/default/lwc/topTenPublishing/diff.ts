// Published Top 10 against the proposed one, one row per gap on either list: what is new, what
// moved up or down, what dropped out, and which published entries are resolved (Done, Won't Do,
// merged) with the open gap the engine proposes in their place.
import { proposeReplacements } from 'c/gapRanking';
import type { GapRecord, Ranking, Replacement, ResolutionReason } from 'c/gapRanking';
import type { ProposedEntry } from './draft';
import type { PublishedRevisionView } from './types';

export type ChangeKind = 'new' | 'up' | 'down' | 'same' | 'dropped' | 'resolved';

export interface ComparisonRow {
  key: string;
  kind: ChangeKind;
  gapId: string;
  name: string;
  publishedRank: number | null;
  proposedRank: number | null;
  /** Places gained (positive) or lost (negative) since the published list; 0 otherwise. */
  shift: number;
  /** For a resolved entry: why it is resolved. */
  reason: ResolutionReason | null;
  mergedIntoId: string | null;
  /** For a resolved entry: the open gap proposed in its place, or null when none is left. */
  replacement: Replacement | null;
  /** True once the replacement stands pinned at the resolved entry's rank in the proposed list. */
  replacementAccepted: boolean;
}

/**
 * Rows of the comparison: the proposed entries in proposed order (new / up / down / same), then the
 * published entries no longer proposed in published order (resolved with their replacement, or
 * dropped). `gaps` are the current records the resolution is read from: the ranked open gaps plus
 * the published entries' gaps as they stand now; an entry whose gap is unknown counts as dropped.
 */
export function compareLists(
  revision: PublishedRevisionView | null,
  proposed: readonly ProposedEntry[],
  ranking: Ranking,
  gaps: readonly GapRecord[]
): ComparisonRow[] {
  const entries = revision?.entries ?? [];
  const publishedRank = new Map(entries.map((entry) => [entry.gapId, entry.rank]));
  const proposedIds = new Set(proposed.map((entry) => entry.gapId));
  const rows: ComparisonRow[] = proposed.map((entry) => {
    const before = publishedRank.get(entry.gapId) ?? null;
    const shift = before === null ? 0 : before - entry.rank;
    let kind: ChangeKind = 'same';
    if (before === null) kind = 'new';
    else if (shift > 0) kind = 'up';
    else if (shift < 0) kind = 'down';
    return row(kind, entry.gapId, entry.name, before, entry.rank, shift);
  });
  const proposal = proposeReplacements(
    entries.map((entry) => ({ gapId: entry.gapId, rank: entry.rank })),
    ranking,
    gaps
  );
  const resolvedById = new Map(proposal.resolved.map((item) => [item.entry.gapId, item]));
  const replacementById = new Map(
    proposal.replacements.map((replacement) => [replacement.replaces.gapId, replacement])
  );
  const leaving = entries
    .filter((entry) => !proposedIds.has(entry.gapId))
    .sort((a, b) => a.rank - b.rank);
  for (const entry of leaving) {
    const resolved = resolvedById.get(entry.gapId);
    if (!resolved) {
      rows.push(row('dropped', entry.gapId, entry.gapName, entry.rank, null, 0));
      continue;
    }
    const replacement = replacementById.get(entry.gapId) ?? null;
    const atRank = proposed[entry.rank - 1];
    // Accepted means the TPM put it there (pinned), not that the ranking happens to agree today.
    const accepted = replacement !== null && atRank?.gapId === replacement.gapId && atRank.pinned;
    rows.push({
      ...row('resolved', entry.gapId, entry.gapName, entry.rank, null, 0),
      reason: resolved.reason,
      mergedIntoId: resolved.mergedIntoId,
      replacement,
      replacementAccepted: accepted
    });
  }
  return rows;
}

function row(
  kind: ChangeKind,
  gapId: string,
  name: string,
  publishedRank: number | null,
  proposedRank: number | null,
  shift: number
): ComparisonRow {
  return {
    key: `${kind}-${gapId}`,
    kind,
    gapId,
    name,
    publishedRank,
    proposedRank,
    shift,
    reason: null,
    mergedIntoId: null,
    replacement: null,
    replacementAccepted: false
  };
}
