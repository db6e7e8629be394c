// The board table's view model: one row per published entry with its change since the previous
// revision, the publish-time snapshot formatted by c/format, and a link to the gap only for a
// reader who can open it (its live record came back). Pure apart from the labels.
import { isGitHubIssueUrl } from 'c/gapData';
import type { EntryAlignment, EntryView, GapView } from 'c/gapData';
import { formatLabel, formatMoney, formatNumber, formatPercent, formatRank } from 'c/format';
import { LABELS } from './labels';

/** How an entry moved since the previous revision (the board's comparison). */
export interface Movement {
  kind: 'new' | 'up' | 'down' | 'same' | 'unknown';
  places: number;
  previousRank: number | null;
}

/** One compared entry as the board hands it to the table. */
export interface ComparedEntry {
  entry: EntryView;
  movement: Movement;
}

export interface BoardTableRow {
  key: string;
  rank: string;
  movementText: string;
  movementClass: string;
  movementKind: string;
  name: string;
  gapId: string | null;
  /** The gap's record page, only when the reader can open the gap; else the name is plain text. */
  gapUrl: string | null;
  status: string;
  productArea: string;
  arr: string;
  accounts: string;
  strategic: string;
  p0: string;
  confidence: string;
  pinned: boolean;
  githubUrl: string | null;
  githubState: string | null;
  githubMilestone: string | null;
  entryId: string;
  alignment: EntryAlignment | null;
  rationale: string | null;
  /** The gap's status now, when the reader can see it and it differs from the published one. */
  liveStatus: string | null;
}

/** The change column's text and badge style for a movement. */
export function movementDisplay(movement: Movement): { text: string; className: string } {
  switch (movement.kind) {
    case 'new':
      return { text: LABELS.MOVE_NEW, className: 'movement slds-badge slds-theme_info' };
    case 'up':
      return {
        text: formatLabel(LABELS.MOVE_UP, formatNumber(movement.places)),
        className: 'movement slds-badge slds-theme_success'
      };
    case 'down':
      return {
        text: formatLabel(LABELS.MOVE_DOWN, formatNumber(movement.places)),
        className: 'movement slds-badge slds-theme_warning'
      };
    case 'same':
      return { text: LABELS.MOVE_SAME, className: 'movement slds-badge' };
    default:
      return { text: LABELS.MOVE_UNKNOWN, className: 'movement' };
  }
}

/** The record page URL of a gap (the click itself goes through NavigationMixin). */
export function gapUrl(gapId: string): string {
  return `/lightning/r/Product_Gap__c/${encodeURIComponent(gapId)}/view`;
}

/** The live gap of an entry among the readable gaps, or null (not readable, not read yet). */
export function liveGapOf(entry: EntryView, gaps: readonly GapView[] | null): GapView | null {
  if (!gaps || !entry.gapId) return null;
  const short = entry.gapId.slice(0, 15);
  return gaps.find((candidate) => candidate.id.slice(0, 15) === short) ?? null;
}

/** "now Done" when the live gap is readable and its status moved on since the publish; else null. */
export function liveStatusText(entry: EntryView, gap: GapView | null): string | null {
  if (!gap) return null;
  if (gap.duplicateOfId) return LABELS.NOW_MERGED;
  return gap.status && gap.status !== entry.gapStatus
    ? formatLabel(LABELS.NOW_STATUS, gap.status)
    : null;
}

/** A text or a dash, so nothing renders blank. */
function orDash(value: string | null | undefined): string {
  return value && value.trim() !== '' ? value : '—';
}

/** One row per compared entry; `gaps` are the live gaps the reader could read (null: none). */
export function tableRows(
  rows: readonly ComparedEntry[] | null | undefined,
  gaps: readonly GapView[] | null = null
): BoardTableRow[] {
  return (Array.isArray(rows) ? rows : []).map(({ entry, movement }) => {
    const display = movementDisplay(movement);
    const live = liveGapOf(entry, gaps);
    const rationale = entry.rationale?.trim() ?? '';
    return {
      key: entry.id,
      rank: entry.rank === null ? '—' : formatRank(entry.rank),
      movementText: display.text,
      movementClass: display.className,
      movementKind: movement.kind,
      name: entry.gapName ?? LABELS.UNNAMED_GAP,
      gapId: entry.gapId,
      gapUrl: live && entry.gapId ? gapUrl(entry.gapId) : null,
      status: orDash(entry.gapStatus),
      productArea: orDash(entry.productArea),
      arr: formatMoney(entry.impactedArr),
      accounts: formatNumber(entry.impactedAccounts),
      strategic: formatNumber(entry.strategicAccounts),
      p0: formatNumber(entry.p0Accounts),
      confidence: formatPercent(entry.confidence),
      pinned: entry.pinned === true,
      githubUrl: isGitHubIssueUrl(entry.githubUrl) ? entry.githubUrl : null,
      githubState: entry.githubState ?? null,
      githubMilestone: entry.githubMilestone ?? null,
      entryId: entry.id,
      alignment: entry.alignment ?? null,
      rationale: rationale === '' ? null : rationale,
      liveStatus: liveStatusText(entry, live)
    };
  });
}
