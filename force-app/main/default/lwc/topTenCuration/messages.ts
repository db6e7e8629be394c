// The sentences of the curation screen that carry names, dates and counts: each a Custom Label
// with {n} placeholders, filled here so the component holds state, not wording.
import { formatLabel } from 'c/format';
import type { ComparisonRow } from './diff';
import { LABELS } from './labels';
import type { PublishBasis, PublishedRevisionView } from './types';
import { formatDateTime } from 'c/format';
import { changeCounts } from './view';

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

/** The confirmation's lines on what the list rests on: window, method label, weights, counts. */
export function basisLines(basis: PublishBasis | null): string[] {
  if (!basis) return [];
  return [
    formatLabel(LABELS.basisWindow, basis.window),
    formatLabel(LABELS.basisMethod, basis.method),
    formatLabel(LABELS.basisWeights, basis.weights),
    formatLabel(LABELS.basisCounts, basis.gapCount, basis.submissionCount)
  ];
}

/** The confirmation's warning for a partial ranking, or '' when the data is complete. */
export function partialWarning(basis: PublishBasis | null): string {
  return basis?.partialReason ? formatLabel(LABELS.partialWarning, basis.partialReason) : '';
}

/** Why publishing is unavailable, or null: a ranking no submission counts in is no ranking. */
export function publishBlockedReason(basis: PublishBasis | null, gapCount: number): string | null {
  if (!basis) return null;
  return gapCount > 0 && basis.submissionCount === 0 ? LABELS.publishBlockedEmpty : null;
}
