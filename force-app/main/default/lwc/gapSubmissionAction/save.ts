// The write behind Save, chosen by the save plan, and the toast that reports it.
import { createGapWithSubmission, createSubmission } from 'c/gapData';
import type { AlreadyFlagged, FlagContext, WriteResult } from 'c/gapData';
import { formatLabel } from 'c/format';
import { newGapFields, submissionDetails } from 'c/gapSubmissionForm';
import type { FlagForm } from 'c/gapSubmissionForm';
import { LABELS } from './labels';

/** Save plans that write. */
export type WritePlan = { kind: 'addToGap'; gapId: string } | { kind: 'createGap' };

/** Sends the submission on the chosen gap (with its key), or the new gap with its first submission, in one request. */
export function sendFlag(
  plan: WritePlan,
  form: FlagForm,
  context: FlagContext,
  userId: string
): Promise<WriteResult<unknown> | AlreadyFlagged> {
  const customer = { accountId: context.accountId ?? '', opportunityId: context.opportunityId };
  const details = submissionDetails(form);
  return plan.kind === 'addToGap'
    ? createSubmission({ gapId: plan.gapId, ...customer, ...details }, { userId })
    : createGapWithSubmission(newGapFields(form), { ...customer, ...details });
}

/** The success toast: which gap was flagged for which account. */
export function successToast(
  form: FlagForm,
  context: FlagContext | null
): { title: string; message: string; variant: 'success' } {
  const gapName = form.mode === 'existing' ? (form.gap?.name ?? '') : form.title.trim();
  const account = context?.accountName ?? context?.accountId ?? '';
  return {
    title: LABELS.SUCCESS_TITLE,
    message: formatLabel(LABELS.SUCCESS_MESSAGE, gapName, account),
    variant: 'success'
  };
}
