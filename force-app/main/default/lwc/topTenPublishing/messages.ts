// The sentences of the curation screen that carry names, dates and counts: each a Custom Label
// with {n} placeholders, filled here so the component holds state, not wording.
import { formatLabel, formatNumber } from 'c/format';
import type { ComparisonRow } from './diff';
import { LABELS } from './labels';
import type { PublishBasis, PublishedRevisionView } from './types';
import { formatDateTime } from 'c/format';
import { changeCounts } from './view';
import type { CurationView } from './session';
import type { Competing } from './publish';
import { isUnchangedList } from './unchanged';

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
export function refusalMessage(competing: Competing): string {
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
    body: formatLabel(LABELS.confirmBody, formatNumber(entryCount), method),
    changes: formatLabel(
      LABELS.confirmChanges,
      formatNumber(counts.added),
      formatNumber(counts.moved),
      formatNumber(counts.dropped),
      formatNumber(counts.resolved)
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
    formatLabel(
      LABELS.basisCounts,
      formatNumber(basis.gapCount),
      formatNumber(basis.submissionCount)
    )
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

/** What the publish confirmation shows for the proposed list and its basis. */
export function confirmContent(view: CurationView, basis: PublishBasis | null, method: string) {
  const { list, rows, published } = view;
  return {
    ...confirmation(list.length, basis?.method ?? method, rows),
    basis: basisLines(basis),
    partial: partialWarning(basis),
    unchanged: isUnchangedList(list, published),
    entries: list.map(({ gapId, rank, name, pinned }) => ({ gapId, rank, name, pinned }))
  };
}

/** Why Publish is unavailable (busy, empty, bad links, blocked), as one flag. */
export function publishDisabled(
  view: CurationView,
  basis: PublishBasis | null,
  busy: boolean
): boolean {
  const blocked = publishBlockedReason(basis, view.gapCount) !== null;
  return busy || view.list.length === 0 || view.invalidLinks || blocked;
}

/** Every sentence and flag of the curation screen for its state, in one object. */
export function screenTexts(
  view: CurationView,
  state: {
    basis: PublishBasis | null;
    method: string;
    busy: boolean;
    refusal: Competing | undefined;
  }
) {
  const { basis, method, busy, refusal } = state;
  return {
    publishedSummary: publishedSummary(view.published),
    staleDraftMessage: staleDraftMessage(view.published),
    refusalMessage: refusal === undefined ? '' : refusalMessage(refusal),
    publishBlocked: publishBlockedReason(basis, view.gapCount),
    publishDisabled: publishDisabled(view, basis, busy),
    confirmation: confirmContent(view, basis, method)
  };
}
