// Turns the gap's detail and the engine's results into what the panel displays, with the panel's
// labels. No arithmetic beyond formatting: every number comes from the engine or the data layer.
import { METRIC_KEYS } from 'c/gapRanking';
import type { GapMetrics, MetricKey } from 'c/gapRanking';
import type { EntryView, GapDetail, RevisionView } from 'c/gapData';
import { formatCount, formatLabel, formatMoney, formatNumber } from 'c/format';
import { LABELS, METHOD_LABELS, METRIC_LABELS, METRIC_PHRASES } from './labels';
import type { OwnMetrics, PanelRanking } from './scoring';

const MONEY_METRICS: ReadonlySet<MetricKey> = new Set<MetricKey>(['arr', 'tam', 'lost']);

/** The date part (yyyy-mm-dd) of an ISO date-time, or the text as given when it is not one. */
export function dateOf(iso: string | null | undefined): string {
  if (!iso) return '';
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}

/** A share 0..1 as a whole percent (rounded), e.g. 0.875 -> "88". */
export function percent(share: number): string {
  return String(Math.round(share * 100));
}

/** Money as the panel's sentences show it (whole units, grouped): 1234567.8 -> "$1,234,568". */
export function money(amount: number): string {
  return formatMoney(amount);
}

export interface MetricLine {
  key: MetricKey;
  label: string;
  value: number;
  money: boolean;
  /** "#3 of 142 by ARR", or null while no ranking is known / the gap is not ranked. */
  rankText: string | null;
}

/** One line per metric (METRIC_KEYS order): the gap's exact value and its place in the ranking. */
export function metricLines(metrics: GapMetrics, ranking: PanelRanking | null): MetricLine[] {
  return METRIC_KEYS.map((key) => {
    const place = ranking?.places?.[key];
    const rankText = place
      ? formatLabel(
          place.tied ? LABELS.METRIC_RANK_TIED : LABELS.METRIC_RANK,
          place.place,
          formatNumber(ranking!.openGaps),
          METRIC_PHRASES[key]
        )
      : null;
    return {
      key,
      label: METRIC_LABELS[key],
      value: metrics.metrics[key],
      money: MONEY_METRICS.has(key),
      rankText
    };
  });
}

/** "Overall #4 of 142 (Weighted Borda …)", or the not-ranked sentence. */
export function overallText(ranking: PanelRanking): string {
  if (!ranking.explanation) return LABELS.NOT_RANKED;
  return formatLabel(
    LABELS.OVERALL,
    ranking.explanation.rank,
    formatNumber(ranking.openGaps),
    METHOD_LABELS[ranking.settings.method]
  );
}

/** What the ranks are computed from: estimate or live, published settings or defaults. */
export function sourceText(ranking: PanelRanking): string {
  const revision = ranking.settings.revision;
  const gaps = formatNumber(ranking.openGaps);
  if (ranking.source === 'live') {
    return revision
      ? formatLabel(LABELS.SOURCE_LIVE, gaps, dateOf(revision.publishedAt))
      : formatLabel(LABELS.SOURCE_LIVE_DEFAULTS, gaps);
  }
  return revision
    ? formatLabel(LABELS.SOURCE_ESTIMATE, gaps, dateOf(revision.publishedAt))
    : formatLabel(LABELS.SOURCE_ESTIMATE_DEFAULTS, gaps);
}

/** "Top 10 confidence: 64%", or null when the gap is not ranked. */
export function confidenceText(ranking: PanelRanking): string | null {
  return ranking.confidence === null
    ? null
    : formatLabel(LABELS.CONFIDENCE, percent(ranking.confidence));
}

/** The published revision when the newest one is Published, else null. */
export function publishedRevision(revisions: RevisionView[]): RevisionView | null {
  const [newest] = revisions;
  return newest && newest.status === 'Published' ? newest : null;
}

/** The published Top 10 lines: its rank there (or not in it) and its confidence when published. */
export function publishedLines(entry: EntryView | null, revision: RevisionView | null): string[] {
  if (!revision) return [LABELS.PUBLISHED_NONE];
  const date = dateOf(revision.publishedAt);
  if (!entry || entry.rank === null) return [formatLabel(LABELS.PUBLISHED_OUT, date)];
  const lines = [formatLabel(LABELS.PUBLISHED_IN, entry.rank, date)];
  if (entry.confidence !== null) {
    lines.push(formatLabel(LABELS.PUBLISHED_CONFIDENCE, percent(entry.confidence)));
  }
  return lines;
}

export interface PathLine {
  key: MetricKey;
  label: string;
  increase: number | null;
  money: boolean;
  reachable: boolean;
  /** lightning-formatted-number's format-style and fraction digits for the increase. */
  format: 'currency' | 'decimal';
  digits: number;
}

/** The smallest single-metric increases into the Top 10; [] when it is in (or not ranked). */
export function pathLines(ranking: PanelRanking): PathLine[] {
  return (ranking.path ?? []).map((step) => ({
    key: step.key,
    label: METRIC_LABELS[step.key],
    increase: step.increase,
    money: MONEY_METRICS.has(step.key),
    reachable: step.increase !== null,
    format: MONEY_METRICS.has(step.key) ? 'currency' : 'decimal',
    digits: MONEY_METRICS.has(step.key) ? 2 : 0
  }));
}

/** Impacted ARR split by the outcome of the opportunities: open, won, lost. */
export function arrSplit(metrics: GapMetrics): { key: string; label: string; value: number }[] {
  return [
    { key: 'open', label: LABELS.ARR_OPEN, value: metrics.openArr },
    { key: 'won', label: LABELS.ARR_WON, value: metrics.wonArr },
    { key: 'lost', label: LABELS.ARR_LOST, value: metrics.lostArr }
  ];
}

/** The distinct strategic accounts among the loaded submissions, by name. */
export function strategicAccounts(detail: GapDetail): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const row of detail.submissions.rows) {
    if (row.account?.strategic && !byId.has(row.account.id)) {
      byId.set(row.account.id, row.account.name ?? row.account.id);
    }
  }
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export interface SubmissionRow {
  id: string;
  account: string;
  opportunity: string;
  severity: string;
  amount: number | null;
}

/** The loaded submissions as table rows (a parent the user cannot see reads "Not visible to you"). */
export function submissionRows(detail: GapDetail): SubmissionRow[] {
  return detail.submissions.rows.map(({ submission, account, opportunity }) => ({
    id: submission.id,
    account: account ? (account.name ?? account.id) : LABELS.NOT_VISIBLE,
    opportunity: submission.opportunityId
      ? opportunity
        ? (opportunity.name ?? opportunity.id)
        : LABELS.NOT_VISIBLE
      : '',
    severity: submission.severity ?? '',
    amount: opportunity ? opportunity.amount : null
  }));
}

/** "Showing 2,000 of 2,345 submissions." when not every submission is loaded, else null. */
export function submissionsMore(detail: GapDetail): string | null {
  const { rows, total, done } = detail.submissions;
  if (done && (total === null || total <= rows.length)) return null;
  return formatLabel(
    LABELS.SUBMISSIONS_MORE,
    formatNumber(rows.length),
    formatNumber(total ?? rows.length)
  );
}

/**
 * The incomplete-visibility sentence, or null when every account and opportunity of the loaded
 * submissions was visible. A submission with both hidden counts once.
 */
export function visibilityNotice(detail: GapDetail): string | null {
  let hidden = 0;
  for (const { submission, account, opportunity } of detail.submissions.rows) {
    if (!account || (submission.opportunityId && !opportunity)) hidden++;
  }
  return hidden > 0 ? formatCount(LABELS.HIDDEN_ONE, LABELS.HIDDEN_MANY, hidden) : null;
}

/** Everything the panel shows from the gap's detail, built once per detail. */
export function detailView(detail: GapDetail, own: OwnMetrics) {
  const names = detail.mergedGaps.map((gap) => gap.name);
  const strategic = strategicAccounts(detail);
  const submissions = submissionRows(detail);
  return {
    visibilityNotice: visibilityNotice(detail),
    mergedFromText: names.length ? formatLabel(LABELS.MERGED_FROM, names.join(', ')) : null,
    arrSplit: arrSplit(own.metrics),
    strategicAccounts: strategic,
    hasStrategicAccounts: strategic.length > 0,
    submissionRows: submissions,
    hasSubmissions: submissions.length > 0,
    submissionsMore: submissionsMore(detail),
    /** What a merge moves to the survivor. */
    moves: {
      submissions: own.metrics.submissionCount,
      accounts: own.metrics.metrics.accounts,
      arr: own.metrics.metrics.arr
    }
  };
}

/** Everything the panel shows from the ranking (metric values even without one), built once per change. */
export function rankView(own: OwnMetrics, ranking: PanelRanking | null) {
  const path = ranking ? pathLines(ranking) : [];
  return {
    metricLines: metricLines(own.metrics, ranking),
    overallText: ranking ? overallText(ranking) : null,
    /** The overall rank, for data-rank (tests and styling); null when not ranked. */
    rank: ranking?.explanation?.rank ?? null,
    sourceText: ranking ? sourceText(ranking) : null,
    confidenceText: ranking ? confidenceText(ranking) : null,
    truncated: Boolean(ranking?.truncated),
    pathLines: path,
    hasPath: path.length > 0,
    inTopTen: Boolean(ranking?.explanation && !ranking.path)
  };
}
