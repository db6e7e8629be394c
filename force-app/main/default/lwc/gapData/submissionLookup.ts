// Reading the submission that holds a Submission_Key__c: the one a create or an edit collided with.
import type { ReadData } from './nodes';
import { SUBMISSION_BY_KEY } from './submissionQueries';
import type { ReadRequest } from './ranking';
import type { CustomerSubmission } from './reads';
import { mapCustomerSubmissions } from './reads';
import type { Transport } from './transport';

/** The lookup request for the submission holding a key. */
export function submissionByKeyRequest(key: string): ReadRequest {
  return { operationName: 'SubmissionByKey', query: SUBMISSION_BY_KEY, variables: { key } };
}

/** The submission holding `key`, read when the transport can read; null when it cannot, the read fails or finds none. */
export async function readSubmissionByKey(
  key: string,
  transport: Transport,
  userId: string | null | undefined
): Promise<CustomerSubmission | null> {
  if (!transport.read) return null;
  try {
    const response = await transport.read(submissionByKeyRequest(key));
    return mapCustomerSubmissions(response?.data as ReadData, userId)[0] ?? null;
  } catch {
    return null;
  }
}
