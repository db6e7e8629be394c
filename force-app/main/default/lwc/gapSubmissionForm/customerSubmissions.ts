// The customer's submissions as the account team edits them on the record page (c/customerGaps):
// which submissions a record page reads, and a severity change. An edit can be refused because
// the submission now duplicates another one: after an Account merge (or a deleted opportunity) two
// submissions can share gap, account and opportunity, and the recomputed key collides; the
// message names the other submission.
import { customerSubmissionsRequest, flagContextObject, lookupsKey } from 'c/gapData';
import { updateSubmission } from 'c/gapData';
import type { CustomerSubmission, DuplicateSubmission, ReadRequest } from 'c/gapData';
import { formatLabel } from 'c/format';

/** The templates: named ({0} who flagged it, {1} gap, {2} opportunity or account) and unnamed. */
export interface DuplicateTexts {
  named: string;
  unnamed: string;
}

/** The outcome of a write as the panel shows it: ok, or the sentences saying why not. */
export interface WriteResult {
  ok: boolean;
  messages?: string[];
}

/** The submissions read for an Account or Opportunity record; null on any other record or a bad Id. */
export function submissionsRequestFor(
  recordId: string | undefined,
  objectApiName: string | undefined
): ReadRequest | null {
  const object = flagContextObject(recordId, objectApiName);
  if (object === 'Opportunity') return customerSubmissionsRequest({ opportunityId: recordId });
  if (object === 'Account') return customerSubmissionsRequest({ accountId: recordId });
  return null;
}

/** Saves a submission's new severity; a refused duplicate comes back as a sentence naming the other one. */
export async function saveSeverity(
  id: string,
  severity: string,
  known: readonly CustomerSubmission[],
  userId: string,
  texts: DuplicateTexts
): Promise<WriteResult> {
  const lookups = known.find((s) => s.id === id);
  const outcome = await updateSubmission(id, { severity }, undefined, { lookups, userId });
  if (outcome.ok || outcome.kind !== 'duplicateSubmission') return outcome;
  return { ok: false, messages: [duplicateMessage(outcome, known, texts)] };
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
