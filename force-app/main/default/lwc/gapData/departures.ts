// Why each gap of the replaced revision left the list, recorded when a Top 10 is published
// (Top_Ten_Revision__c.Departures__c, JSON) so leadership reads the reason without reading gaps.
import { isRecordId } from './recordIds';

/** Why a gap left: Done, Won't Do, merged into a survivor, out-ranked, or removed by the TPM. */
export type DepartureKind = 'done' | 'wontDo' | 'merged' | 'outranked' | 'removed';

/** One gap that left the list, as recorded at publish time. */
export interface DepartureSnapshot {
  gapId: string;
  name: string;
  /** Its rank in the replaced revision. */
  rank: number | null;
  kind: DepartureKind;
  /** For a merged gap: the name of the gap it was merged into, when known. */
  survivorName: string | null;
  /** For a removed gap: the reason the TPM gave, when any. */
  note: string | null;
}

/** A published entry that is not in the new list, as the curation compares them. */
export interface LeavingEntry {
  kind: string;
  gapId: string;
  name: string;
  publishedRank: number | null;
  reason: 'done' | 'wontDo' | 'merged' | null;
  mergedIntoId: string | null;
}

const KINDS: readonly DepartureKind[] = ['done', 'wontDo', 'merged', 'outranked', 'removed'];
const NOTE_MAX = 1000;

/**
 * The departures to record from the curation's comparison rows (only 'resolved' and 'dropped'
 * rows count): resolved ones keep their reason; dropped ones are 'removed' when the TPM removed
 * them (`removals`: gap Id -> reason, '' when none given), else 'outranked'.
 */
export function departuresOf(
  rows: readonly LeavingEntry[],
  removals: ReadonlyMap<string, string> | readonly string[],
  nameOf: (gapId: string) => string | null
): DepartureSnapshot[] {
  const removed = Array.isArray(removals)
    ? new Map(removals.map((id) => [id, '']))
    : (removals as ReadonlyMap<string, string>);
  return rows
    .filter((row) => row.kind === 'resolved' || row.kind === 'dropped')
    .map((row) => {
      const isRemoved = !row.reason && removed.has(row.gapId);
      const kind: DepartureKind = row.reason ?? (isRemoved ? 'removed' : 'outranked');
      const survivor = kind === 'merged' && row.mergedIntoId ? nameOf(row.mergedIntoId) : null;
      const note = isRemoved ? (removed.get(row.gapId) ?? '').trim().slice(0, NOTE_MAX) : '';
      return {
        gapId: row.gapId,
        name: row.name,
        rank: row.publishedRank,
        kind,
        survivorName: survivor && survivor !== row.mergedIntoId ? survivor : null,
        note: note || null
      };
    });
}

/** The Departures__c text for a publish: JSON of the snapshots; null when none were computed. */
export function departuresText(
  departures: readonly DepartureSnapshot[] | null | undefined
): string | null {
  return Array.isArray(departures) ? JSON.stringify(departures) : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Departures__c read back: the valid snapshots in order; null when not recorded or unreadable. */
export function parseDepartures(value: string | null | undefined): DepartureSnapshot[] | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const snapshots: DepartureSnapshot[] = [];
  for (const item of parsed as Record<string, unknown>[]) {
    if (!item || typeof item !== 'object') continue;
    const kind = item.kind as DepartureKind;
    const name = stringOrNull(item.name);
    if (!KINDS.includes(kind) || !name) continue;
    const rank = typeof item.rank === 'number' && Number.isFinite(item.rank) ? item.rank : null;
    snapshots.push({
      gapId: isRecordId(item.gapId) ? (item.gapId as string) : '',
      name,
      rank,
      kind,
      survivorName: stringOrNull(item.survivorName),
      note: stringOrNull(item.note)
    });
  }
  return snapshots;
}
