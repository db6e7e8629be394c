// Submission and gap writes: typed inputs checked before sending, one executeMutation each with
// one variable per field, outcomes normalised (ok / failure with readable messages / typed
// "already flagged").
import { isClosedStatus } from 'c/gapRanking';
import { PRODUCT_AREAS, SEVERITIES, MERGED_STATUS } from './picklists';
import type { ReadRequest } from './ranking';
import type { CustomerSubmission } from './reads';
import { isRecordId, submissionKey, toCaseSafeId } from './recordIds';
import {
  CREATE_GAP,
  CREATE_GAP_WITH_SUBMISSION,
  CREATE_SUBMISSION,
  DELETE_SUBMISSION,
  MERGE_GAP,
  UPDATE_SUBMISSION
} from './mutations';
import type { DuplicateSubmission, SubmissionLookups } from './duplicates';
import { duplicateSubmission } from './duplicates';
import { readSubmissionByKey, submissionByKeyRequest } from './submissionLookup';
import type { Transport, WriteResult } from './transport';
import { failure, invalid, platformTransport, send } from './transport';

import { FIELD_LIMITS } from './limits';

const NAME_MAX = FIELD_LIMITS.gapName;
const SUMMARY_MAX = FIELD_LIMITS.gapSummary;
const LONG_TEXT_MAX = FIELD_LIMITS.longText;

/** What the submitter writes about the customer's need. */
export interface SubmissionDetails {
  severity: string;
  description?: string | null;
  impact?: string | null;
  workaround?: string | null;
}

export interface NewSubmission extends SubmissionDetails {
  gapId: string;
  accountId: string;
  opportunityId?: string | null;
}

export interface NewGap {
  name: string;
  summary?: string | null;
  description?: string | null;
  productArea?: string | null;
}

/** The submission already exists for this gap, account and opportunity. */
export interface AlreadyFlagged {
  ok: false;
  kind: 'alreadyFlagged';
  messages: string[];
  key: string;
  /** The existing submission when it could be read, else null (wire `lookup` to read it). */
  existing: CustomerSubmission | null;
  lookup: ReadRequest;
}

function longTextProblems(details: Partial<SubmissionDetails>): string[] {
  const problems: string[] = [];
  for (const [label, value] of [
    ['Description', details.description],
    ['Impact', details.impact],
    ['Workaround', details.workaround]
  ] as const) {
    if (typeof value === 'string' && value.length > LONG_TEXT_MAX) {
      problems.push(`${label} is longer than ${LONG_TEXT_MAX} characters.`);
    }
  }
  return problems;
}

function submissionProblems(input: NewSubmission, withGap: boolean): string[] {
  const problems: string[] = [];
  if (withGap && !isRecordId(input.gapId)) problems.push('Choose the product gap.');
  if (!isRecordId(input.accountId)) problems.push('The submission needs an account.');
  if (input.opportunityId && !isRecordId(input.opportunityId)) {
    problems.push('The opportunity Id is not valid.');
  }
  if (!SEVERITIES.includes(input.severity)) problems.push('Choose a severity.');
  return problems.concat(longTextProblems(input));
}

function submissionFields(input: NewSubmission): Record<string, unknown> {
  return {
    Account__c: input.accountId,
    Opportunity__c: input.opportunityId || null,
    Severity__c: input.severity,
    Description__c: input.description ?? null,
    Impact__c: input.impact ?? null,
    Workaround__c: input.workaround ?? null
  };
}

async function alreadyFlagged(
  key: string,
  messages: string[],
  transport: Transport,
  userId: string | null | undefined
): Promise<AlreadyFlagged> {
  const existing = await readSubmissionByKey(key, transport, userId);
  return {
    ok: false,
    kind: 'alreadyFlagged',
    messages,
    key,
    existing,
    lookup: submissionByKeyRequest(key)
  };
}

/**
 * Creates a submission with its Submission_Key__c; a DUPLICATE_VALUE on the key becomes
 * AlreadyFlagged carrying the existing submission (read by key when the transport can read).
 */
export async function createSubmission(
  input: NewSubmission,
  options: { transport?: Transport; userId?: string | null } = {}
): Promise<WriteResult<{ id: string; key: string }> | AlreadyFlagged> {
  const problems = submissionProblems(input, true);
  if (problems.length > 0) return invalid(problems);
  const transport = options.transport ?? platformTransport;
  const key = submissionKey(input.gapId, input.accountId, input.opportunityId);
  const result = await send<{
    uiapi?: { Product_Gap_Submission__cCreate?: { Record?: { Id?: string } } };
  }>(transport, {
    operationName: 'CreateSubmission',
    query: CREATE_SUBMISSION,
    variables: {
      Product_Gap__c: input.gapId,
      ...submissionFields(input),
      Submission_Key__c: key
    }
  });
  if (!result.ok) {
    return result.kind === 'conflict'
      ? alreadyFlagged(key, result.messages, transport, options.userId)
      : result;
  }
  const id = result.value.uiapi?.Product_Gap_Submission__cCreate?.Record?.Id;
  return id
    ? { ok: true, value: { id, key } }
    : failure(new Error('The submission was not created.'));
}

/**
 * Updates the given details of a submission (only the fields present are sent). A DUPLICATE_VALUE
 * (the key flow recomputed a stale key into another submission's) becomes DuplicateSubmission,
 * naming the other submission when `context.lookups` are given and the transport can read.
 */
export async function updateSubmission(
  submissionId: string,
  changes: Partial<SubmissionDetails>,
  transport: Transport = platformTransport,
  context: { lookups?: SubmissionLookups; userId?: string | null } = {}
): Promise<WriteResult<{ id: string }> | DuplicateSubmission> {
  const problems: string[] = [];
  if (!isRecordId(submissionId)) problems.push('The submission Id is not valid.');
  if (changes.severity !== undefined && !SEVERITIES.includes(changes.severity)) {
    problems.push('Choose a severity.');
  }
  const fields: Record<string, unknown> = {};
  if (changes.severity !== undefined) fields.Severity__c = changes.severity;
  if (changes.description !== undefined) fields.Description__c = changes.description;
  if (changes.impact !== undefined) fields.Impact__c = changes.impact;
  if (changes.workaround !== undefined) fields.Workaround__c = changes.workaround;
  if (Object.keys(fields).length === 0) problems.push('Nothing to save.');
  problems.push(...longTextProblems(changes));
  if (problems.length > 0) return invalid(problems);
  const result = await send(transport, {
    operationName: 'UpdateSubmission',
    query: UPDATE_SUBMISSION,
    variables: { Id: submissionId, ...fields }
  });
  if (result.ok) return { ok: true, value: { id: submissionId } };
  return result.kind === 'conflict'
    ? duplicateSubmission(submissionId, result.messages, transport, context)
    : result;
}

/** Withdraws (deletes) a submission. */
export async function withdrawSubmission(
  submissionId: string,
  transport: Transport = platformTransport
): Promise<WriteResult<{ id: string }>> {
  if (!isRecordId(submissionId)) return invalid(['The submission Id is not valid.']);
  const result = await send(transport, {
    operationName: 'DeleteSubmission',
    query: DELETE_SUBMISSION,
    variables: { Id: submissionId }
  });
  return result.ok ? { ok: true, value: { id: submissionId } } : result;
}

function gapProblems(gap: NewGap): string[] {
  const problems: string[] = [];
  const name = (gap.name ?? '').trim();
  if (name === '') problems.push('Give the gap a title.');
  if (name.length > NAME_MAX) problems.push(`The title is longer than ${NAME_MAX} characters.`);
  if ((gap.summary ?? '').length > SUMMARY_MAX) {
    problems.push(`The summary is longer than ${SUMMARY_MAX} characters.`);
  }
  if ((gap.description ?? '').length > LONG_TEXT_MAX) {
    problems.push(`The description is longer than ${LONG_TEXT_MAX} characters.`);
  }
  if (gap.productArea && !PRODUCT_AREAS.includes(gap.productArea)) {
    problems.push('Choose a product area from the list.');
  }
  return problems;
}

function gapFields(gap: NewGap): Record<string, unknown> {
  return {
    Name: gap.name.trim(),
    Summary__c: gap.summary ?? null,
    Description__c: gap.description ?? null,
    Product_Area__c: gap.productArea || null
  };
}

/** Creates a gap (Name, Summary__c, Description__c, Product_Area__c). */
export async function createGap(
  gap: NewGap,
  transport: Transport = platformTransport
): Promise<WriteResult<{ id: string }>> {
  const problems = gapProblems(gap);
  if (problems.length > 0) return invalid(problems);
  const result = await send<{ uiapi?: { Product_Gap__cCreate?: { Record?: { Id?: string } } } }>(
    transport,
    {
      operationName: 'CreateGap',
      query: CREATE_GAP,
      variables: gapFields(gap)
    }
  );
  if (!result.ok) return result;
  const id = result.value.uiapi?.Product_Gap__cCreate?.Record?.Id;
  return id ? { ok: true, value: { id } } : failure(new Error('The gap was not created.'));
}

/** The fields as variables of a document that prefixes them (`gap_Name`, `submission_Account__c`). */
function prefixed(prefix: string, fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${prefix}_${k}`, v]));
}

/**
 * Creates a gap and its first submission in one all-or-nothing request. The submission's
 * Product_Gap__c is `@{gap}`, written in the document; its Submission_Key__c is not sent
 * because the gap Id does not exist before the request runs: the before-save flow fills it
 * (the field is not required) and the validation rule rejects a blank or mismatched key.
 */
export async function createGapWithSubmission(
  gap: NewGap,
  submission: Omit<NewSubmission, 'gapId'>,
  transport: Transport = platformTransport
): Promise<WriteResult<{ gapId: string; submissionId: string }>> {
  const problems = gapProblems(gap).concat(submissionProblems({ ...submission, gapId: '' }, false));
  if (problems.length > 0) return invalid(problems);
  const result = await send<{
    uiapi?: {
      gap?: { Record?: { Id?: string } };
      submission?: { Record?: { Id?: string } };
    };
  }>(transport, {
    operationName: 'CreateGapWithSubmission',
    query: CREATE_GAP_WITH_SUBMISSION,
    variables: {
      ...prefixed('gap', gapFields(gap)),
      ...prefixed('submission', submissionFields({ ...submission, gapId: '' }))
    }
  });
  if (!result.ok) return result;
  const gapId = result.value.uiapi?.gap?.Record?.Id;
  const submissionId = result.value.uiapi?.submission?.Record?.Id;
  return gapId && submissionId
    ? { ok: true, value: { gapId, submissionId } }
    : failure(new Error('The gap and its submission were not created.'));
}

/** The gap to merge and the survivor as the screen knows them. */
export interface MergeRequest {
  gap: { id: string };
  survivor: { id: string; status: string | null; duplicateOfId?: string | null };
}

/** Why a merge is refused before sending, or [] when it may be sent. */
export function mergeProblems({ gap, survivor }: MergeRequest): string[] {
  if (!isRecordId(gap.id) || !isRecordId(survivor.id)) return ['Choose the gap it duplicates.'];
  const gapId = toCaseSafeId(gap.id);
  if (gapId === toCaseSafeId(survivor.id)) return ['A gap cannot be merged into itself.'];
  if (isClosedStatus(survivor.status) || Boolean(survivor.duplicateOfId)) {
    return ['Merge into an open gap: this one is closed or itself merged.'];
  }
  return [];
}

/**
 * Merges a gap into a survivor: Duplicate_Of__c = survivor, Status__c = Won't Do (see
 * MERGED_STATUS); refused before sending when merging into itself or into a closed / merged gap.
 */
export async function mergeGap(
  request: MergeRequest,
  transport: Transport = platformTransport
): Promise<WriteResult<{ id: string; survivorId: string }>> {
  const problems = mergeProblems(request);
  if (problems.length > 0) return invalid(problems);
  const result = await send(transport, {
    operationName: 'MergeGap',
    query: MERGE_GAP,
    variables: {
      Id: request.gap.id,
      Duplicate_Of__c: request.survivor.id,
      Status__c: MERGED_STATUS
    }
  });
  return result.ok
    ? { ok: true, value: { id: request.gap.id, survivorId: request.survivor.id } }
    : result;
}
