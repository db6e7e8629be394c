// What the board compares: a revision against the one it replaced, entry by entry (by gap), and
// which gaps of the previous list are no longer there. Pure: no labels, no platform.
import type { EntryView, RevisionView } from 'c/gapData';

/** The Supersedes_Key__c of a revision that replaced nothing. */
const FIRST_KEY = 'FIRST';

/** How an entry moved since the previous revision; `places` is 0 unless up or down. */
export interface Movement {
  kind: 'new' | 'up' | 'down' | 'same' | 'unknown';
  places: number;
  previousRank: number | null;
}

/** The previous revision as far as the board knows it. */
export type PreviousState =
  | { kind: 'none' }
  | { kind: 'loaded'; revision: RevisionView }
  | { kind: 'loading'; id: string }
  | { kind: 'missing' };

/** The previous revision read on its own when it is older than the loaded ones. */
export type FetchedPrevious = { id: string; revision: RevisionView | null } | null;

export interface BoardRow {
  entry: EntryView;
  movement: Movement;
}

export interface Comparison {
  rows: BoardRow[];
  /** Entries of the previous revision whose gap is not in this one, in their old rank order. */
  departed: EntryView[];
}

/** The current revision: the newest Published one, else the newest of any status; null when none. */
export function currentRevision(revisions: readonly RevisionView[]): RevisionView | null {
  return revisions.find((revision) => revision.status === 'Published') ?? revisions[0] ?? null;
}

/** The Id of the revision this one replaced (Previous_Revision__c, else Supersedes_Key__c), or null for the first. */
export function previousRevisionId(revision: RevisionView): string | null {
  if (revision.previousRevisionId) return revision.previousRevisionId;
  const key = revision.supersedesKey;
  return key && key !== FIRST_KEY ? key : null;
}

/** The revision with this Id (15- or 18-character Ids compare on their first 15), or null. */
export function findRevision(
  revisions: readonly RevisionView[],
  id: string | null | undefined
): RevisionView | null {
  if (!id) return null;
  const short = id.slice(0, 15);
  return revisions.find((revision) => revision.id.slice(0, 15) === short) ?? null;
}

/** An entry's movement against the previous ranks by gap Id; unknown when the previous list or the gap is not known. */
export function movementOf(
  entry: EntryView,
  previous: PreviousState,
  previousRanks: Map<string, number>
): Movement {
  if (previous.kind === 'none') return { kind: 'new', places: 0, previousRank: null };
  if (previous.kind !== 'loaded' || !entry.gapId || entry.rank === null) {
    return { kind: 'unknown', places: 0, previousRank: null };
  }
  const previousRank = previousRanks.get(entry.gapId.slice(0, 15));
  if (previousRank === undefined) return { kind: 'new', places: 0, previousRank: null };
  const places = previousRank - entry.rank;
  if (places > 0) return { kind: 'up', places, previousRank };
  if (places < 0) return { kind: 'down', places: -places, previousRank };
  return { kind: 'same', places: 0, previousRank };
}

/** Rank per gap (first 15 Id characters) of a revision's entries that name a gap and a rank. */
function ranksByGap(revision: RevisionView): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const entry of revision.entries) {
    if (entry.gapId && entry.rank !== null) ranks.set(entry.gapId.slice(0, 15), entry.rank);
  }
  return ranks;
}

/** Each entry of `revision` with its movement, and the previous entries that left (none unless the previous list is loaded). */
export function compareRevisions(revision: RevisionView, previous: PreviousState): Comparison {
  const previousRanks = previous.kind === 'loaded' ? ranksByGap(previous.revision) : new Map();
  const rows = revision.entries.map((entry) => ({
    entry,
    movement: movementOf(entry, previous, previousRanks)
  }));
  if (previous.kind !== 'loaded') return { rows, departed: [] };
  const current = ranksByGap(revision);
  const departed = previous.revision.entries.filter(
    (entry) => entry.gapId !== null && !current.has(entry.gapId.slice(0, 15))
  );
  return { rows, departed };
}

/** The previous revision of `revision`: none (first), among `revisions`, read on its own (`fetched`), still loading, or missing. */
export function previousState(
  revision: RevisionView | null,
  revisions: readonly RevisionView[],
  fetched: FetchedPrevious
): PreviousState {
  const id = revision ? previousRevisionId(revision) : null;
  if (!id) return { kind: 'none' };
  const loaded = findRevision(revisions, id);
  if (loaded) return { kind: 'loaded', revision: loaded };
  if (fetched?.id !== id) return { kind: 'loading', id };
  return fetched.revision ? { kind: 'loaded', revision: fetched.revision } : { kind: 'missing' };
}
