// The sentences of the curation screen that carry names, dates and counts: each a Custom Label
// with {n} placeholders, filled here so the component holds state, not wording.
import { formatLabel } from 'c/labelFormat';
import type { ComparisonRow } from './diff';
import { LABELS } from './labels';
import type { PublishedRevisionView } from './types';
import { changeCounts, formatDateTime } from './view';

/** Who published the current Top 10 and when, or that none is published yet. */
export function publishedSummary(published: PublishedRevisionView | null): string {
  if (!published) return LABELS.noRevision;
  return formatLabel(
    LABELS.publishedBy,
    published.publishedBy ?? '—',
    formatDateTime(published.publishedAt)
  );
}

/** Why a restored draft is flagged: the revision published since it was started. */
export function staleDraftMessage(published: PublishedRevisionView | null): string {
  return formatLabel(
    LABELS.staleDraft,
    published?.publishedBy ?? '—',
    formatDateTime(published?.publishedAt)
  );
}

/** Why a publish was refused: who won the race and when, when known. */
export function refusalMessage(
  competing: { publisherName: string | null; publishedAt: string | null } | null
): string {
  if (!competing) return LABELS.stalePublishUnknown;
  return formatLabel(
    LABELS.stalePublish,
    competing.publisherName ?? '—',
    formatDateTime(competing.publishedAt)
  );
}

/** The confirmation's two sentences: what will be published, and what changes. */
export function confirmation(
  entryCount: number,
  method: string,
  rows: readonly ComparisonRow[]
): { body: string; changes: string } {
  const counts = changeCounts(rows);
  return {
    body: formatLabel(LABELS.confirmBody, entryCount, method),
    changes: formatLabel(
      LABELS.confirmChanges,
      counts.added,
      counts.moved,
      counts.dropped,
      counts.resolved
    )
  };
}
