// Likely duplicate pairs among the proposed Top 10, found by the same matcher as the flag action
// (names only: the ranking does not read summaries), weighted by every ranked gap's words. The
// better-ranked gap of a pair is offered as the survivor.
import { duplicatePairs } from 'c/gapMatching';
import type { SynonymTable, Weights } from 'c/gapMatching';
import { formatLabel, formatNumber } from 'c/format';
import type { KnownSurvivor, MergeMoves } from 'c/gapData';
import type { WorkbenchRow } from './rows';
import { TOP_N } from './session';

/** One likely duplicate pair: the gap to merge, its survivor, what moves, and the sentence shown. */
export interface DuplicatePairView {
  key: string;
  gapId: string;
  gapName: string;
  survivor: KnownSurvivor;
  moves: MergeMoves;
  text: string;
}

/** Sentences: pair ({0} rank, {1} name, {2} rank, {3} name) and the row mark ({0} rank, {1} name). */
export interface DuplicateTexts {
  pair: string;
  mark: string;
}

/** The likely duplicate pairs among rows ranked 1..top, most similar first; words weighted by `weights` (default: every ranked gap). */
export function topDuplicatePairs(
  rows: readonly WorkbenchRow[],
  synonyms: SynonymTable,
  texts: DuplicateTexts,
  top = TOP_N,
  weights: Weights | readonly WorkbenchRow[] = rows
): DuplicatePairView[] {
  const head = rows.filter((row) => row.rank <= top).sort((a, b) => a.rank - b.rank);
  return duplicatePairs(head, synonyms, undefined, weights).map(({ first, second }) => {
    const survivor = head[first];
    const gap = head[second];
    return {
      key: `${gap.id}:${survivor.id}`,
      gapId: gap.id,
      gapName: gap.name,
      survivor: {
        id: survivor.id,
        name: survivor.name,
        status: survivor.status,
        productArea: survivor.productArea,
        duplicateOfId: null,
        accountCount: survivor.metrics.accounts
      },
      moves: {
        submissions: gap.submissionCount,
        accounts: gap.metrics.accounts,
        arr: gap.metrics.arr
      },
      text: formatLabel(
        texts.pair,
        formatNumber(survivor.rank),
        survivor.name,
        formatNumber(gap.rank),
        gap.name
      )
    };
  });
}

/** Rows with `duplicateText` set on both gaps of each pair ("Likely duplicate of #3 <name>"); the same array when there is no pair. */
export function withDuplicateMarks<T extends WorkbenchRow>(
  rows: readonly T[],
  pairs: readonly DuplicatePairView[],
  mark: string
): (T & { duplicateText?: string | null })[] {
  if (pairs.length === 0) return rows as T[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const marks = new Map<string, string>();
  for (const pair of pairs) {
    const gap = byId.get(pair.gapId);
    const survivor = byId.get(pair.survivor.id);
    if (!gap || !survivor) continue;
    if (!marks.has(gap.id))
      marks.set(gap.id, formatLabel(mark, formatNumber(survivor.rank), survivor.name));
    if (!marks.has(survivor.id))
      marks.set(survivor.id, formatLabel(mark, formatNumber(gap.rank), gap.name));
  }
  return rows.map((row) => {
    const duplicateText = marks.get(row.id);
    return duplicateText ? { ...row, duplicateText } : row;
  });
}
