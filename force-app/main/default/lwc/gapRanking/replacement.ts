import { isClosedStatus } from './merges';
import type { GapRecord, Ranking } from './types';

/** One entry of a published Top 10 revision. */
export interface PublishedEntry {
  gapId: string;
  rank: number;
}

export type ResolutionReason = 'done' | 'wontDo' | 'merged';

export interface ResolvedEntry {
  entry: PublishedEntry;
  reason: ResolutionReason;
  /** For a merged gap, the gap it was merged into. */
  mergedIntoId: string | null;
}

export interface Replacement {
  /** The resolved entry whose place this takes. */
  replaces: PublishedEntry;
  gapId: string;
  name: string;
  /** The gap's position in the current ranking. */
  rank: number;
}

export interface ReplacementProposal {
  /** Resolved entries, by published rank. */
  resolved: ResolvedEntry[];
  /** Open gaps proposed in their places, in order; shorter than `resolved` when gaps run out. */
  replacements: Replacement[];
  /** Entries whose gap is not among the given gaps (not visible or deleted): left as they are. */
  unknown: PublishedEntry[];
}

function resolution(gap: GapRecord): ResolutionReason | null {
  if (gap.duplicateOfId) return 'merged';
  if (!isClosedStatus(gap.status)) return null;
  return gap.status.trim() === 'Done' ? 'done' : 'wontDo';
}

/**
 * From a published list, the entries whose gap is resolved (Done, Won't Do, or merged) and, for
 * them in published-rank order, the highest-ranked open gaps of the current ranking that are not
 * already on the list. Pure: neither input is changed.
 */
export function proposeReplacements(
  published: readonly PublishedEntry[],
  ranking: Ranking,
  gaps: readonly GapRecord[]
): ReplacementProposal {
  const gapById = new Map(gaps.map((gap) => [gap.id, gap]));
  const entries = [...published].sort((a, b) => a.rank - b.rank || (a.gapId < b.gapId ? -1 : 1));
  const resolved: ResolvedEntry[] = [];
  const unknown: PublishedEntry[] = [];
  for (const entry of entries) {
    const gap = gapById.get(entry.gapId);
    if (!gap) {
      unknown.push(entry);
      continue;
    }
    const reason = resolution(gap);
    if (reason) resolved.push({ entry, reason, mergedIntoId: gap.duplicateOfId ?? null });
  }
  const onList = new Set(published.map((entry) => entry.gapId));
  const replacements: Replacement[] = [];
  let next = 0;
  for (const { entry } of resolved) {
    while (
      next < ranking.gaps.length &&
      (onList.has(ranking.gaps[next].id) || isResolvedGap(gapById.get(ranking.gaps[next].id)))
    ) {
      next++;
    }
    if (next >= ranking.gaps.length) break;
    const gap = ranking.gaps[next++];
    replacements.push({ replaces: entry, gapId: gap.id, name: gap.name, rank: gap.rank });
  }
  return { resolved, replacements, unknown };
}

// A ranking built from metric rows may still hold a gap the records now show as resolved.
function isResolvedGap(gap: GapRecord | undefined): boolean {
  return gap !== undefined && resolution(gap) !== null;
}
