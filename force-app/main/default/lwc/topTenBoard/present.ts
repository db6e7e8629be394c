// Turns a compared revision into what the board's template shows, with the board's labels:
// picker options, table rows, departures and the two charts. Formatting only, no arithmetic.
import { isGitHubIssueUrl } from 'c/gapData';
import type { EntryAlignment, EntryView, GapView, RevisionView } from 'c/gapData';
import {
  formatCompactMoney,
  formatLabel,
  formatMoney,
  formatNumber,
  formatPercent
} from 'c/format';
import { departureReason } from './board';
import type { BoardRow, DepartureReason, Movement } from './board';
import { groupedBarChart, stackedBarChart } from './charts';
import type { ChartModel } from './charts';
import { LABELS } from './labels';

/** Money in whole units, grouped: 1234567.8 -> "$1,234,568"; null -> "—". */
export function money(amount: number | null): string {
  return formatMoney(amount);
}

/** Money in short form for chart bars: 1234567 -> "$1.2M". */
export function shortMoney(amount: number): string {
  return formatCompactMoney(amount);
}

/** A count grouped by thousands; null -> "—". */
export function count(value: number | null): string {
  return formatNumber(value);
}

/** A share 0..1 as a whole percent; null -> "—". */
export function percent(share: number | null): string {
  return formatPercent(share);
}

/** An ISO date-time as "2026-11-27 15:04 UTC" (the same for every reader, unlike the header's localised date). */
export function utcStamp(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The picker's text for a revision: when, by whom, and "(current)" for the current one. */
export function revisionOptionLabel(revision: RevisionView, currentId: string | null): string {
  const text = formatLabel(
    LABELS.REVISION_OPTION,
    utcStamp(revision.publishedAt),
    revision.publisherName ?? LABELS.PUBLISHER_UNKNOWN
  );
  return revision.id === currentId ? formatLabel(LABELS.REVISION_CURRENT, text) : text;
}

/** Options of the revision picker, newest first. */
export function revisionOptions(
  revisions: readonly RevisionView[],
  currentId: string | null
): { label: string; value: string }[] {
  return revisions.map((revision) => ({
    label: revisionOptionLabel(revision, currentId),
    value: revision.id
  }));
}

/** The change column's text and badge style for a movement. */
export function movementDisplay(movement: Movement): { text: string; className: string } {
  switch (movement.kind) {
    case 'new':
      return { text: LABELS.MOVE_NEW, className: 'movement slds-badge slds-theme_info' };
    case 'up':
      return {
        text: formatLabel(LABELS.MOVE_UP, movement.places),
        className: 'movement slds-badge slds-theme_success'
      };
    case 'down':
      return {
        text: formatLabel(LABELS.MOVE_DOWN, movement.places),
        className: 'movement slds-badge slds-theme_warning'
      };
    case 'same':
      return { text: LABELS.MOVE_SAME, className: 'movement slds-badge' };
    default:
      return { text: LABELS.MOVE_UNKNOWN, className: 'movement' };
  }
}

/** The gap's name as published, or a placeholder so nothing renders blank. */
export function gapName(entry: EntryView): string {
  return entry.gapName ?? LABELS.UNNAMED_GAP;
}

/** The record page URL of a gap on the platform (the click itself goes through NavigationMixin). */
export function gapUrl(gapId: string): string {
  return `/lightning/r/Product_Gap__c/${encodeURIComponent(gapId)}/view`;
}

export interface BoardTableRow {
  key: string;
  rank: string;
  movementText: string;
  movementClass: string;
  movementKind: string;
  name: string;
  gapId: string | null;
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
  /** The entry's copy of the GitHub state (leadership cannot read gaps); null when not synced. */
  githubState: string | null;
  githubMilestone: string | null;
  entryId: string;
  alignment: EntryAlignment | null;
  rationale: string | null;
  /** The gap's status now, when the reader can see it and it differs from the published one. */
  liveStatus: string | null;
}

/** "now Done" when the live gap is readable and its status moved on since the publish; else null. */
export function liveStatusText(entry: EntryView, gaps: readonly GapView[] | null): string | null {
  if (!gaps || !entry.gapId) return null;
  const short = entry.gapId.slice(0, 15);
  const gap = gaps.find((candidate) => candidate.id.slice(0, 15) === short);
  if (!gap) return null;
  if (gap.duplicateOfId) return LABELS.NOW_MERGED;
  return gap.status && gap.status !== entry.gapStatus
    ? formatLabel(LABELS.NOW_STATUS, gap.status)
    : null;
}

/**
 * One table row per entry: the publish-time snapshot, its change, a GitHub link only when valid,
 * and the live status when `gaps` (the readable live gaps, or null) shows it changed.
 */
export function tableRows(
  rows: readonly BoardRow[],
  gaps: readonly GapView[] | null = null
): BoardTableRow[] {
  return rows.map(({ entry, movement }) => {
    const display = movementDisplay(movement);
    const name = gapName(entry);
    return {
      key: entry.id,
      rank: entry.rank === null ? '—' : String(entry.rank),
      movementText: display.text,
      movementClass: display.className,
      movementKind: movement.kind,
      name,
      gapId: entry.gapId,
      gapUrl: entry.gapId ? gapUrl(entry.gapId) : null,
      status: entry.gapStatus ?? '—',
      productArea: entry.productArea ?? '—',
      arr: money(entry.impactedArr),
      accounts: count(entry.impactedAccounts),
      strategic: count(entry.strategicAccounts),
      p0: count(entry.p0Accounts),
      confidence: percent(entry.confidence),
      pinned: entry.pinned,
      githubUrl: isGitHubIssueUrl(entry.githubUrl) ? entry.githubUrl : null,
      githubState: entry.githubState ?? null,
      githubMilestone: entry.githubMilestone ?? null,
      entryId: entry.id,
      alignment: entry.alignment ?? null,
      rationale: entry.rationale,
      liveStatus: liveStatusText(entry, gaps)
    };
  });
}

/** The sentence for a departure reason, with the live status where it explains it. */
export function reasonText(reason: DepartureReason, status: string | null): string {
  switch (reason) {
    case 'resolved':
      return formatLabel(LABELS.REASON_RESOLVED, status ?? '');
    case 'merged':
      return LABELS.REASON_MERGED;
    case 'outranked':
      return formatLabel(LABELS.REASON_OUTRANKED, status ?? '');
    case 'checking':
      return LABELS.REASON_CHECKING;
    default:
      return LABELS.REASON_NOT_VISIBLE;
  }
}

export interface DepartureRow {
  key: string;
  name: string;
  was: string;
  reason: DepartureReason;
  reasonText: string;
}

/** The gaps that left the list, each with its old rank and why it left. */
export function departureRows(
  departed: readonly EntryView[],
  gaps: readonly GapView[] | null,
  readState: 'loading' | 'ready' | 'unavailable'
): DepartureRow[] {
  return departed.map((entry) => {
    const { reason, status } = departureReason(entry.gapId, gaps, readState);
    return {
      key: entry.id,
      name: gapName(entry),
      was: formatLabel(LABELS.DEPARTURE_WAS, entry.rank ?? '—'),
      reason,
      reasonText: reasonText(reason, status)
    };
  });
}

function sum(entries: readonly EntryView[], pick: (entry: EntryView) => number | null): number {
  return entries.reduce((total, entry) => total + (pick(entry) ?? 0), 0);
}

function itemLabel(entry: EntryView): string {
  return `#${entry.rank ?? '—'} ${gapName(entry)}`;
}

/** Impacted ARR per gap, stacked open / won / lost, with its summary and table. */
export function arrChart(entries: readonly EntryView[]): ChartModel {
  const open = sum(entries, (e) => e.openArr);
  const won = sum(entries, (e) => e.wonArr);
  const lost = sum(entries, (e) => e.lostArr);
  return stackedBarChart(
    entries.map((entry) => ({
      key: entry.id,
      label: itemLabel(entry),
      values: [entry.openArr, entry.wonArr, entry.lostArr]
    })),
    [
      { key: 'open', label: LABELS.SERIES_OPEN },
      { key: 'won', label: LABELS.SERIES_WON },
      { key: 'lost', label: LABELS.SERIES_LOST }
    ],
    {
      title: LABELS.CHART_ARR_TITLE,
      summary: formatLabel(
        LABELS.CHART_ARR_SUMMARY,
        money(open + won + lost),
        money(open),
        money(won),
        money(lost)
      ),
      itemHeading: LABELS.CHART_GAP,
      totalHeading: LABELS.CHART_TOTAL,
      format: shortMoney
    }
  );
}

/** Accounts per gap by severity, one bar per severity (an account may count in several). */
export function severityChart(entries: readonly EntryView[]): ChartModel {
  return groupedBarChart(
    entries.map((entry) => ({
      key: entry.id,
      label: itemLabel(entry),
      values: [entry.p0Accounts, entry.p1Accounts, entry.p2Accounts]
    })),
    [
      { key: 'p0', label: LABELS.SERIES_P0 },
      { key: 'p1', label: LABELS.SERIES_P1 },
      { key: 'p2', label: LABELS.SERIES_P2 }
    ],
    {
      title: LABELS.CHART_SEVERITY_TITLE,
      summary: formatLabel(
        LABELS.CHART_SEVERITY_SUMMARY,
        count(sum(entries, (e) => e.p0Accounts)),
        count(sum(entries, (e) => e.p1Accounts)),
        count(sum(entries, (e) => e.p2Accounts))
      ),
      itemHeading: LABELS.CHART_GAP,
      format: (value) => formatNumber(value)
    }
  );
}
