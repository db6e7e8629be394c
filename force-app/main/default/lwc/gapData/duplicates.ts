// An edit refused on the unique Submission_Key__c. The key flow recomputes a stale key on the next
// edit (the platform re-parents children of a merged Account without running automation), and
// when two merged accounts had flagged the same gap the recomputed key equals the other
// submission's. Nothing is saved; the user is told which submission it duplicates.
import type { ReadRequest } from './ranking';
import type { CustomerSubmission } from './reads';
import { submissionKey } from './recordIds';
import { readSubmissionByKey, submissionByKeyRequest } from './submissionLookup';
import type { Transport } from './transport';

/** The lookups of a submission as the screen last read them (after any merge). */
export interface SubmissionLookups {
  gapId: string | null;
  accountId: string | null;
  opportunityId: string | null;
}

/** The edited submission now duplicates another one (same gap, account and opportunity). */
export interface DuplicateSubmission {
  ok: false;
  kind: 'duplicateSubmission';
  /** The platform's messages. */
  messages: string[];
  /** The submission whose edit was refused. */
  submissionId: string;
  /** The key both now share; null when the lookups were not given or are not valid Ids. */
  key: string | null;
  /** The other submission, when it could be read; else null (wire `lookup`, or find it by key). */
  existing: CustomerSubmission | null;
  lookup: ReadRequest | null;
}

/** The key a submission's lookups give, or null when they are incomplete or not valid Ids. */
export function lookupsKey(lookups: SubmissionLookups | undefined): string | null {
  if (!lookups?.gapId || !lookups.accountId) return null;
  try {
    return submissionKey(lookups.gapId, lookups.accountId, lookups.opportunityId);
  } catch {
    return null;
  }
}

/**
 * The DuplicateSubmission outcome for an edit of `submissionId` refused with DUPLICATE_VALUE: the
 * key from the submission's lookups, and the existing submission read by that key when the
 * transport can read.
 */
export async function duplicateSubmission(
  submissionId: string,
  messages: string[],
  transport: Transport,
  context: { lookups?: SubmissionLookups; userId?: string | null }
): Promise<DuplicateSubmission> {
  const key = lookupsKey(context.lookups);
  const found = key ? await readSubmissionByKey(key, transport, context.userId) : null;
  const existing = found && found.id !== submissionId ? found : null;
  return {
    ok: false,
    kind: 'duplicateSubmission',
    messages,
    submissionId,
    key,
    existing,
    lookup: key ? submissionByKeyRequest(key) : null
  };
}
