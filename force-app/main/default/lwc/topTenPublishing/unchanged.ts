// Whether a proposed list would publish nothing new: the same gaps at the same ranks, with the
// same links, rationales and pins as the published revision.
import type { ProposedEntry } from './draft';
import type { PublishedRevisionView } from './types';

const text = (value: string | null | undefined) => (value ?? '').trim();

/** True when publishing `list` would repeat the published revision entry for entry. */
export function isUnchangedList(
  list: readonly ProposedEntry[],
  published: PublishedRevisionView | null
): boolean {
  if (!published || list.length !== published.entries.length) return false;
  const byRank = new Map(published.entries.map((entry) => [entry.rank, entry]));
  return list.every((entry) => {
    const before = byRank.get(entry.rank);
    return (
      before !== undefined &&
      before.gapId === entry.gapId &&
      text(before.githubUrl) === text(entry.githubUrl) &&
      text(before.rationale) === text(entry.rationale) &&
      before.pinned === (entry.pinned || entry.added)
    );
  });
}
