// The one place a curated Top 10 is published: the request built from the draft, sent through
// gapData, and the outcome the screen shows. A successful publish forgets the stored draft.
import { formatLabel, formatNumber } from 'c/format';
import { departuresOf, publishTopTen } from 'c/gapData';
import type { ReadRequest } from 'c/gapData';
import { LABELS } from './labels';
import { removalsOf } from './draft';
import { publishDraftOf } from './payload';
import type { CurationSession } from './session';

/** Who won a publish race and when, when it could be read. */
export type Competing = { publisherName: string | null; publishedAt: string | null } | null;

/** What a publish attempt came to, with the sentence to announce. */
export type PublishOutcome =
  | { kind: 'published'; revisionId: string; message: string }
  | { kind: 'stale'; competing: Competing; lookup: ReadRequest | null }
  | { kind: 'failed'; messages: string[] };

/** Publishes the session's proposed list; on success the session starts a new draft. */
export async function publishSession(session: CurationSession): Promise<PublishOutcome> {
  const { list, rows } = session.view();
  const request = {
    ...publishDraftOf(session.draft, list, session.method, session.weights),
    // Why each gap leaves the list, recorded now: the board's readers cannot read gaps later.
    departures: departuresOf(rows, removalsOf(session.draft), (gapId) => session.gapName(gapId))
  };
  // Alignment of the gaps that stay is read from the published entries, never from the draft.
  const result = await publishTopTen(request, { published: session.published?.entries ?? null });
  if (result.ok) {
    session.discard();
    const message = formatLabel(LABELS.toastMessage, formatNumber(request.entries.length));
    return { kind: 'published', revisionId: result.value.revisionId, message };
  }
  if (result.kind === 'stale') {
    return {
      kind: 'stale',
      competing: result.competing,
      lookup: result.competing ? null : result.lookup
    };
  }
  return { kind: 'failed', messages: result.messages };
}
