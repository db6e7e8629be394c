// Texts and rows the curation templates show, built from the pure draft and diff results once per
// change (never per render). Labels come in as arguments so this file needs no platform import.
import { formatLabel, formatNumber, formatRank } from 'c/format';
import type { ComparisonRow } from './diff';
import type { ProposedEntry } from './draft';
import type { CurationGap } from './types';

export interface ViewLabels {
  moveUp: string;
  moveDown: string;
  pin: string;
  unpin: string;
  remove: string;
  computedRank: string;
  changeNew: string;
  changeUp: string;
  changeDown: string;
  changeSame: string;
  changeDropped: string;
  resolvedDone: string;
  resolvedWontDo: string;
  resolvedMerged: string;
  replacement: string;
  noReplacement: string;
  acceptAria: string;
  /** Accessible name of a removed gap's reason field: "Reason (optional): why {0} left…". */
  removalReasonAria: string;
}

/** One proposed entry as the editor shows it (labels already filled in). */
export interface EditorEntry {
  gapId: string;
  rank: number;
  rankLabel: string;
  name: string;
  pinned: boolean;
  added: boolean;
  computedLabel: string;
  githubUrl: string;
  linkInvalid: boolean;
  rationale: string;
  /** True when the rationale is a TPM's text carried forward from the published list. */
  rationaleCarried: boolean;
  isFirst: boolean;
  isLast: boolean;
  moveUpLabel: string;
  moveDownLabel: string;
  pinLabel: string;
  removeLabel: string;
}

/** Rows of the curation editor: one per proposed entry, with its control labels. */
export function editorEntries(list: readonly ProposedEntry[], labels: ViewLabels): EditorEntry[] {
  return list.map((entry, index) => ({
    gapId: entry.gapId,
    rank: entry.rank,
    rankLabel: formatRank(entry.rank),
    name: entry.name,
    legend: `${entry.rank}. ${entry.name}`,
    pinned: entry.pinned,
    added: entry.added,
    computedLabel: formatLabel(labels.computedRank, formatRank(entry.computedRank)),
    githubUrl: entry.githubUrl,
    linkInvalid: !entry.githubUrlValid,
    rationale: entry.rationale,
    rationaleCarried: entry.rationaleCarried,
    isFirst: index === 0,
    isLast: index === list.length - 1,
    moveUpLabel: formatLabel(labels.moveUp, entry.name),
    moveDownLabel: formatLabel(labels.moveDown, entry.name),
    pinLabel: entry.pinned
      ? formatLabel(labels.unpin, entry.name)
      : formatLabel(labels.pin, entry.name, formatNumber(entry.rank)),
    removeLabel: formatLabel(labels.remove, entry.name)
  }));
}

function changeLabel(row: ComparisonRow, labels: ViewLabels): string {
  switch (row.kind) {
    case 'new':
      return labels.changeNew;
    case 'up':
      return formatLabel(labels.changeUp, formatNumber(row.shift));
    case 'down':
      return formatLabel(labels.changeDown, formatNumber(-row.shift));
    case 'same':
      return labels.changeSame;
    case 'dropped':
      return labels.changeDropped;
    default:
      if (row.reason === 'done') return labels.resolvedDone;
      if (row.reason === 'wontDo') return labels.resolvedWontDo;
      return labels.resolvedMerged;
  }
}

/**
 * Lines of the comparison table, with the replacement sentence and accept action of resolved
 * entries, and for a published gap the TPM removed (`removals`: gap id -> reason) its reason field.
 */
export function comparisonLines(
  rows: readonly ComparisonRow[],
  labels: ViewLabels,
  removals: ReadonlyMap<string, string> = new Map()
) {
  return rows.map((row) => {
    const removedByTpm = row.kind === 'dropped' && removals.has(row.gapId);
    const replacement = row.replacement;
    let replacementText: string | null = null;
    if (row.kind === 'resolved') {
      replacementText = replacement
        ? formatLabel(labels.replacement, replacement.name, formatRank(replacement.rank))
        : labels.noReplacement;
    }
    return {
      key: row.key,
      kind: row.kind,
      proposedRank: row.proposedRank === null ? '—' : formatRank(row.proposedRank),
      publishedRank: row.publishedRank === null ? '—' : formatRank(row.publishedRank),
      name: row.name,
      changeLabel: changeLabel(row, labels),
      replacementText,
      acceptGapId: replacement ? replacement.gapId : null,
      acceptRank: replacement ? replacement.replaces.rank : null,
      acceptLabel: replacement ? formatLabel(labels.acceptAria, replacement.name, row.name) : '',
      accepted: row.replacementAccepted,
      gapId: row.gapId,
      removedByTpm,
      removalReason: removedByTpm ? (removals.get(row.gapId) ?? '') : '',
      removalReasonLabel: removedByTpm ? formatLabel(labels.removalReasonAria, row.name) : ''
    };
  });
}

/** Open gaps outside the proposed list, in ranking order, as picker options ("#12 Name"). */
export function addCandidates(gaps: readonly CurationGap[], list: readonly ProposedEntry[]) {
  const listed = new Set(list.map((entry) => entry.gapId));
  return gaps
    .filter((gap) => !listed.has(gap.id))
    .map((gap) => ({ value: gap.id, label: `${formatRank(gap.rank)} ${gap.name}` }));
}

/** Counts for the confirmation: new, moved, dropped and resolved entries. */
export function changeCounts(rows: readonly ComparisonRow[]) {
  const count = (...kinds: string[]) => rows.filter((row) => kinds.includes(row.kind)).length;
  return {
    added: count('new'),
    moved: count('up', 'down'),
    dropped: count('dropped'),
    resolved: count('resolved')
  };
}
