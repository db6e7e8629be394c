// The flag form as plain data: what the user typed, what is wrong with it, and what Save does
// next. No Salesforce imports, so the rules are tested without a DOM.
import { FIELD_LIMITS } from 'c/gapData';
import type { GapMatch } from 'c/gapData';

/** Field limits of Product_Gap__c / Product_Gap_Submission__c, per form field. */
export const LIMITS = {
  title: FIELD_LIMITS.gapName,
  summary: FIELD_LIMITS.gapSummary,
  description: FIELD_LIMITS.longText,
  impact: FIELD_LIMITS.longText,
  workaround: FIELD_LIMITS.longText
} as const;

export type TextField = keyof typeof LIMITS;
export type FormField = TextField | 'gap' | 'severity' | 'productArea';
export type Problem = 'required' | 'tooLong';

/** Add to an existing gap, or create a new gap with the submission. */
export type Mode = 'existing' | 'new';

export interface FlagForm {
  mode: Mode;
  /** The existing gap chosen (mode 'existing'). */
  gap: GapMatch | null;
  title: string;
  summary: string;
  productArea: string;
  severity: string;
  description: string;
  impact: string;
  workaround: string;
}

/** What the duplicate search found for a new gap's title. */
export interface DuplicateCheck {
  /** The trimmed title the matches are for. */
  term: string;
  matches: GapMatch[];
  /** True once the user was shown these matches at Save and may save again. */
  acknowledged: boolean;
}

/** What Save does with the form as it stands. */
export type SavePlan =
  | { kind: 'invalid'; problems: Partial<Record<FormField, Problem>> }
  | { kind: 'checkDuplicates'; term: string }
  | { kind: 'confirmNew'; matches: GapMatch[] }
  | { kind: 'addToGap'; gapId: string }
  | { kind: 'createGap' };

/** A blank form in 'existing' mode. */
export function emptyForm(): FlagForm {
  return {
    mode: 'existing',
    gap: null,
    title: '',
    summary: '',
    productArea: '',
    severity: '',
    description: '',
    impact: '',
    workaround: ''
  };
}

/** Length of a text field against its limit; over is true past the limit (the limit itself is allowed). */
export function counter(
  field: TextField,
  value: string
): { length: number; limit: number; over: boolean } {
  const limit = LIMITS[field];
  return { length: value.length, limit, over: value.length > limit };
}

/** Share of a text limit from which the character counter is shown: before it, it is noise. */
export const COUNTER_FROM = 0.9;

/** True when a field's counter matters: the text is near its limit (90 %) or over it. */
export function counterMatters(count: { length: number; limit: number }): boolean {
  return count.length >= count.limit * COUNTER_FROM;
}

/** Every problem of the form, by field; {} when it may be sent. Only the fields of the current mode count. */
export function formProblems(form: FlagForm): Partial<Record<FormField, Problem>> {
  const problems: Partial<Record<FormField, Problem>> = {};
  if (form.mode === 'existing') {
    if (!form.gap) problems.gap = 'required';
  } else {
    if (form.title.trim() === '') problems.title = 'required';
    else if (counter('title', form.title.trim()).over) problems.title = 'tooLong';
    if (counter('summary', form.summary).over) problems.summary = 'tooLong';
  }
  if (form.severity === '') problems.severity = 'required';
  for (const field of ['description', 'impact', 'workaround'] as const) {
    if (counter(field, form[field]).over) problems[field] = 'tooLong';
  }
  return problems;
}

/**
 * What Save does: refuse an invalid form; for a new gap, first make sure the duplicate search ran
 * for this exact title and that its matches were shown once; else add to the gap or create it.
 */
export function savePlan(form: FlagForm, check: DuplicateCheck | null): SavePlan {
  const problems = formProblems(form);
  if (Object.keys(problems).length > 0) return { kind: 'invalid', problems };
  if (form.mode === 'existing') return { kind: 'addToGap', gapId: (form.gap as GapMatch).id };
  const term = form.title.trim();
  if (!check || check.term !== term) return { kind: 'checkDuplicates', term };
  if (check.matches.length > 0 && !check.acknowledged) {
    return { kind: 'confirmNew', matches: check.matches };
  }
  return { kind: 'createGap' };
}

/** The submission details to send: empty texts become null (the field stays blank). */
export function submissionDetails(form: FlagForm): {
  severity: string;
  description: string | null;
  impact: string | null;
  workaround: string | null;
} {
  const orNull = (value: string) => (value.trim() === '' ? null : value);
  return {
    severity: form.severity,
    description: orNull(form.description),
    impact: orNull(form.impact),
    workaround: orNull(form.workaround)
  };
}

/** The new gap to send: trimmed title, empty summary / area as null. */
export function newGapFields(form: FlagForm): {
  name: string;
  summary: string | null;
  productArea: string | null;
} {
  return {
    name: form.title.trim(),
    summary: form.summary.trim() === '' ? null : form.summary,
    productArea: form.productArea === '' ? null : form.productArea
  };
}

/** The problems to show: all of them after a Save attempt, before it only texts over their limit (shown as the user types). */
export function shownProblems(
  form: FlagForm,
  attempted: boolean
): Partial<Record<FormField, Problem>> {
  const problems = formProblems(form);
  if (attempted) return problems;
  const shown: Partial<Record<FormField, Problem>> = {};
  for (const [field, problem] of Object.entries(problems) as [FormField, Problem][]) {
    if (problem === 'tooLong') shown[field] = problem;
  }
  return shown;
}

export { duplicateMessage, saveSeverity, submissionsRequestFor } from './customerSubmissions';
export type { DuplicateTexts, WriteResult } from './customerSubmissions';
