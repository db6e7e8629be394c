// The board's header texts: the revision picker's options and who published the shown revision.
import type { RevisionView } from 'c/gapData';
import { formatDateTime, formatLabel } from 'c/format';
import { LABELS } from './labels';

/** The picker's text for a revision: when (the reader's locale and time zone), by whom, "(current)". */
export function revisionOptionLabel(revision: RevisionView, currentId: string | null): string {
  const text = formatLabel(
    LABELS.REVISION_OPTION,
    revision.publishedAt ? formatDateTime(revision.publishedAt) : '—',
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

/** The sentence under the header about the previous revision; null when it is loaded. */
export function comparisonNote(kind: 'none' | 'loaded' | 'loading' | 'missing'): string | null {
  switch (kind) {
    case 'none':
      return LABELS.FIRST_REVISION;
    case 'loading':
      return LABELS.PREVIOUS_LOADING;
    case 'missing':
      return LABELS.PREVIOUS_MISSING;
    default:
      return null;
  }
}

/** "Published by Ana on Dec 7, 2026, 9:30 AM" (the reader's locale and time zone); no date when unknown. */
export function publishedBy(revision: RevisionView | null): string {
  const who = formatLabel(LABELS.PUBLISHED_BY, revision?.publisherName ?? LABELS.PUBLISHER_UNKNOWN);
  const when = revision?.publishedAt;
  return when ? `${who} ${LABELS.PUBLISHED_ON} ${formatDateTime(when)}` : who;
}
