// The message for an edit refused because the submission now duplicates another one: after an
// Account merge (or a deleted opportunity) two submissions can share gap, account and opportunity,
// and the recomputed key collides. It names the other submission and how to resolve it.
import { lookupsKey } from 'c/gapData';
import type { CustomerSubmission, DuplicateSubmission } from 'c/gapData';
import { formatLabel } from 'c/format';

/** The templates: named ({0} who flagged it, {1} gap, {2} opportunity or account) and unnamed. */
export interface DuplicateTexts {
  named: string;
  unnamed: string;
}

/**
 * The sentence for a DuplicateSubmission: the other submission comes from the outcome (read by key)
 * or, failing that, from the submissions the panel holds with the same key.
 */
export function duplicateMessage(
  outcome: DuplicateSubmission,
  known: readonly CustomerSubmission[],
  texts: DuplicateTexts
): string {
  const other =
    outcome.existing ??
    known.find(
      (s) => s.id !== outcome.submissionId && outcome.key !== null && lookupsKey(s) === outcome.key
    ) ??
    null;
  if (!other) return texts.unnamed;
  return formatLabel(
    texts.named,
    other.createdByName ?? '—',
    other.gapName ?? '—',
    other.opportunityName ?? other.accountName ?? '—'
  );
}
