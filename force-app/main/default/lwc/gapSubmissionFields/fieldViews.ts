// What the form shows for each field: label, value, options, counter and inline error, built
// once per change from the form and its problems.
import { PRODUCT_AREAS, SEVERITIES } from 'c/gapData';
import { formatLabel, formatNumber } from 'c/format';
import { LABELS } from './labels';
import { LIMITS, counter, counterMatters } from 'c/gapSubmissionForm';
import type { FlagForm, FormField, Problem, TextField } from 'c/gapSubmissionForm';

export interface Option {
  label: string;
  value: string;
}

/** One form field as the fields child renders it. */
export interface FieldView {
  name: FormField;
  label: string;
  value: string;
  isText: boolean;
  isTextarea: boolean;
  /** A picklist choice: rendered as lightning-combobox. */
  isSelect: boolean;
  isRadio: boolean;
  required: boolean;
  options: Option[];
  placeholder: string;
  counterText: string | null;
  errorText: string | null;
  /** The sentence for a required field left empty. */
  requiredText: string;
  /** True while the text is over its limit (styles the counter). */
  over: boolean;
  counterClass: string;
}

const number = (n: number) => formatNumber(n);

const SEVERITY_TEXT = [LABELS.SEVERITY_P0, LABELS.SEVERITY_P1, LABELS.SEVERITY_P2];

/** The severity choices, each with what the level means (labels in the picklist's order). */
export const SEVERITY_OPTIONS: Option[] = SEVERITIES.map((value, index) => ({
  label: SEVERITY_TEXT[index] ?? value,
  value
}));

const AREA_OPTIONS: Option[] = PRODUCT_AREAS.map((value) => ({ label: value, value }));

const REQUIRED_TEXT: Partial<Record<FormField, string>> = {
  gap: LABELS.GAP_REQUIRED,
  title: LABELS.TITLE_REQUIRED,
  severity: LABELS.SEVERITY_REQUIRED
};

const FIELD_LABELS: Record<Exclude<FormField, 'gap'>, string> = {
  title: LABELS.GAP_TITLE,
  summary: LABELS.GAP_SUMMARY,
  productArea: LABELS.PRODUCT_AREA,
  severity: LABELS.SEVERITY,
  description: LABELS.DESCRIPTION,
  impact: LABELS.IMPACT,
  workaround: LABELS.WORKAROUND
};

/** The sentence for a field's problem; tooLong says by how much (the title counts trimmed). */
export function problemText(field: FormField, problem: Problem, value: string): string {
  if (problem === 'required') return REQUIRED_TEXT[field] ?? LABELS.FIX_ERRORS;
  const limit = LIMITS[field as TextField];
  const length = field === 'title' ? value.trim().length : value.length;
  return formatLabel(LABELS.TOO_LONG, number(length - limit), number(limit));
}

function view(
  name: Exclude<FormField, 'gap'>,
  form: FlagForm,
  problems: Partial<Record<FormField, Problem>>
): FieldView {
  const value = form[name];
  const problem = problems[name];
  const limited = name in LIMITS ? counter(name as TextField, value) : null;
  const kind =
    name === 'severity'
      ? 'radio'
      : name === 'productArea'
        ? 'select'
        : name === 'title'
          ? 'text'
          : 'textarea';
  const over = Boolean(limited?.over);
  return {
    name,
    label: FIELD_LABELS[name],
    value,
    isText: kind === 'text',
    isTextarea: kind === 'textarea',
    isSelect: kind === 'select',
    isRadio: kind === 'radio',
    required: name === 'severity' || name === 'title',
    options: name === 'severity' ? SEVERITY_OPTIONS : name === 'productArea' ? AREA_OPTIONS : [],
    placeholder: name === 'productArea' ? LABELS.AREA_PLACEHOLDER : '',
    counterText:
      limited && counterMatters(limited)
        ? formatLabel(LABELS.COUNTER, number(limited.length), number(limited.limit))
        : null,
    errorText: problem ? problemText(name, problem, value) : null,
    requiredText: REQUIRED_TEXT[name] ?? '',
    over,
    counterClass: over
      ? 'counter slds-text-body_small slds-text-color_error'
      : 'counter slds-text-body_small'
  };
}

/** The new gap's fields: title, summary, product area. */
export function gapFieldViews(
  form: FlagForm,
  problems: Partial<Record<FormField, Problem>>
): FieldView[] {
  return (['title', 'summary', 'productArea'] as const).map((name) => view(name, form, problems));
}

/** The submission's fields: severity, description, impact, workaround. */
export function detailFieldViews(
  form: FlagForm,
  problems: Partial<Record<FormField, Problem>>
): FieldView[] {
  return (['severity', 'description', 'impact', 'workaround'] as const).map((name) =>
    view(name, form, problems)
  );
}
