// The departures view model: each gap that left the list with its old rank and the reason
// recorded at publish time; for a revision published before reasons were recorded, the names
// from the comparison and one plain sentence saying the reason was not recorded.
import type { DepartureKind, DepartureSnapshot, EntryView } from 'c/gapData';
import { formatLabel, formatRank } from 'c/format';
import { LABELS } from './labels';

export interface DepartureRow {
  key: string;
  name: string;
  was: string;
  reason: DepartureKind | 'notRecorded';
  reasonText: string;
}

/** The sentence for a recorded departure (the survivor's name and the TPM's note where given). */
export function reasonText(departure: DepartureSnapshot): string {
  switch (departure.kind) {
    case 'done':
      return LABELS.REASON_DONE;
    case 'wontDo':
      return LABELS.REASON_WONT_DO;
    case 'merged':
      return departure.survivorName
        ? formatLabel(LABELS.REASON_MERGED_INTO, departure.survivorName)
        : LABELS.REASON_MERGED;
    case 'removed':
      return departure.note
        ? formatLabel(LABELS.REASON_REMOVED_BECAUSE, departure.note)
        : LABELS.REASON_REMOVED;
    default:
      return LABELS.REASON_OUTRANKED;
  }
}

function wasText(rank: number | null): string {
  return formatLabel(LABELS.DEPARTURE_WAS, rank === null ? '—' : formatRank(rank));
}

/** Rows from the recorded snapshot, in old rank order. */
export function recordedRows(departures: readonly DepartureSnapshot[]): DepartureRow[] {
  return [...departures]
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
    .map((departure, index) => ({
      key: `${departure.gapId || 'gap'}-${index}`,
      name: departure.name,
      was: wasText(departure.rank),
      reason: departure.kind,
      reasonText: reasonText(departure)
    }));
}

/** Rows of a revision that recorded no reasons: the departed entries, reason "not recorded". */
export function unrecordedRows(departed: readonly EntryView[]): DepartureRow[] {
  return departed.map((entry) => ({
    key: entry.id,
    name: entry.gapName ?? LABELS.UNNAMED_GAP,
    was: wasText(entry.rank),
    reason: 'notRecorded',
    reasonText: LABELS.REASON_NOT_RECORDED
  }));
}
