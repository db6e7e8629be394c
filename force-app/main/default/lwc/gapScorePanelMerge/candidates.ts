// Which search matches may survive a merge, and what the person reads before confirming.
import { isClosedStatus } from 'c/gapRanking';
import { isRecordId, toCaseSafeId } from 'c/gapData';
import type { GapMatch, KnownSurvivor, MergeMoves } from 'c/gapData';
import { formatLabel, formatMoney, formatNumber } from 'c/format';
import { LABELS } from './labels';

/** The matches a gap may be merged into: open, not merged themselves, not the gap itself. */
export function survivorCandidates(matches: GapMatch[], gapId: string): GapMatch[] {
  const self = isRecordId(gapId) ? toCaseSafeId(gapId) : gapId;
  return matches.filter(
    (match) =>
      !isClosedStatus(match.status) &&
      !match.duplicateOfId &&
      (isRecordId(match.id) ? toCaseSafeId(match.id) : match.id) !== self
  );
}

/** Radio options telling candidates apart: "<name> — <area>, <status>, <n> accounts (Id <id>)", value the gap Id. */
export function candidateOptions(candidates: KnownSurvivor[]): { label: string; value: string }[] {
  return candidates.map((match) => ({
    label: formatLabel(
      LABELS.CANDIDATE,
      match.name,
      match.productArea ?? '—',
      match.status,
      formatNumber(match.accountCount),
      match.id
    ),
    value: match.id
  }));
}

/** "Merge <gap> into <survivor>: 3 submissions, 2 accounts and $120,000 of impacted ARR move to <survivor>. …" */
export function movesText(survivorName: string, moves: MergeMoves, gapName = ''): string {
  const arr = formatMoney(moves.arr);
  return formatLabel(
    LABELS.MOVES,
    survivorName,
    formatNumber(moves.submissions),
    formatNumber(moves.accounts),
    arr,
    gapName
  );
}
