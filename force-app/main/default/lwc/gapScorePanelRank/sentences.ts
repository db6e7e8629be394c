// The overall-rank section's sentences from a PanelRanking: every number through c/format.
import type { PanelRanking } from 'c/gapScoring';
import { formatDay, formatLabel, formatNumber, formatPercent, formatRank } from 'c/format';
import { LABELS, METHOD_LABELS } from './labels';

function publishedDay(iso: string | null | undefined): string {
  if (!iso) return '';
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? formatDay(iso.slice(0, 10)) : iso;
}

/** "Overall #4 of 142 (Weighted Borda …)", or the not-ranked sentence. */
export function overallText(ranking: PanelRanking): string {
  if (!ranking.explanation) return LABELS.NOT_RANKED;
  return formatLabel(
    LABELS.OVERALL,
    formatRank(ranking.explanation.rank),
    formatNumber(ranking.openGaps),
    METHOD_LABELS[ranking.settings.method] ?? ranking.settings.method
  );
}

/** What the ranks are computed from: estimate, live or partial, published settings or defaults. */
export function sourceText(ranking: PanelRanking): string {
  const revision = ranking.settings.revision;
  const gaps = formatNumber(ranking.openGaps);
  if (ranking.source === 'partial') return formatLabel(LABELS.SOURCE_PARTIAL, gaps);
  if (ranking.source === 'live') {
    return revision
      ? formatLabel(LABELS.SOURCE_LIVE, gaps, publishedDay(revision.publishedAt))
      : formatLabel(LABELS.SOURCE_LIVE_DEFAULTS, gaps);
  }
  return revision
    ? formatLabel(LABELS.SOURCE_ESTIMATE, gaps, publishedDay(revision.publishedAt))
    : formatLabel(LABELS.SOURCE_ESTIMATE_DEFAULTS, gaps);
}

/** "Top 10 confidence: 64%", or null when the gap is not ranked. */
export function confidenceText(ranking: PanelRanking): string | null {
  return typeof ranking.confidence === 'number'
    ? formatLabel(LABELS.CONFIDENCE, formatPercent(ranking.confidence))
    : null;
}

/**
 * What the status region says, once per arrival: the partial places, or the estimated or live
 * ranks with the overall sentence; '' before any ranking (the loading spinner speaks then).
 */
export function announcementText(ranking: PanelRanking | null | undefined): string {
  if (!ranking) return '';
  if (ranking.source === 'partial') return LABELS.ANNOUNCE_PARTIAL;
  const label = ranking.source === 'live' ? LABELS.ANNOUNCE_LIVE : LABELS.ANNOUNCE_ESTIMATE;
  return formatLabel(label, overallText(ranking));
}
