// What the action shows around its children: whom the gap is flagged for, and the two modes.
import type { FlagContext, GapMatch, WriteFailure } from 'c/gapData';
import type { FlagForm } from 'c/gapSubmissionForm';
import { formatLabel } from 'c/format';
import { errorState } from 'c/ldsErrors';
import { LABELS } from './labels';

/** The search child's methods the action calls. */
export type Searcher = HTMLElement & {
  matchesFor(term: string): Promise<GapMatch[]>;
  focusSearch(): void;
};

export interface Option {
  label: string;
  value: string;
}

/** Whom the gap is flagged for: the account, and the opportunity when there is one. */
export function contextText(context: FlagContext | null): string {
  if (!context?.accountId) return '';
  const account = context.accountName ?? context.accountId;
  if (context.opportunityId) {
    return formatLabel(
      LABELS.FOR_OPPORTUNITY,
      account,
      context.opportunityName ?? context.opportunityId
    );
  }
  return formatLabel(LABELS.FOR_ACCOUNT, account);
}

/** The two ways to flag: add to an existing gap, or create a new one. */
export const MODE_OPTIONS: Option[] = [
  { label: LABELS.MODE_EXISTING, value: 'existing' },
  { label: LABELS.MODE_NEW, value: 'new' }
];

/** The record's object: as given, else from a standard key prefix (a flow passes only the Id). */
export function objectOf(
  recordId: string | undefined,
  objectApiName: string | undefined
): string | undefined {
  if (objectApiName) return objectApiName;
  if (recordId?.startsWith('001')) return 'Account';
  if (recordId?.startsWith('006')) return 'Opportunity';
  return undefined;
}

/** The action's state: unsupported (no request) | loading | noAccess | error | noAccount | ready. */
export function flagState(
  requested: boolean,
  loaded: boolean,
  errors: unknown,
  context: FlagContext | null
): string {
  if (!requested) return 'unsupported';
  if (!loaded) return 'loading';
  const failed = errorState(errors);
  if (failed) return failed;
  return context?.accountId ? 'ready' : 'noAccount';
}

/** The action's state the template reads. */
export interface FlagSnapshot {
  context: FlagContext | null;
  form: FlagForm;
  attempted: boolean;
  saving: boolean;
  saveFailure: WriteFailure | null;
  searchNoAccess: boolean;
}

/** What the action's template shows. */
export interface FlagView {
  state: string;
  isLoading: boolean;
  isReady: boolean;
  /** The sentence for a record the action cannot flag for, or null. */
  contextProblem: string | null;
  heading: string;
  /** The user may not read gaps or create submissions: said plainly, whatever they typed stays. */
  noAccess: boolean;
  selectedText: string | null;
  selectedId: string | null;
  /** "Choose a gap", after a Save without one. */
  gapError: string | null;
  isNewMode: boolean;
  saveErrors: string[] | null;
  saveDisabled: boolean;
}

/** The view of the action in a state (see flagState). */
export function flagView(state: string, action: FlagSnapshot): FlagView {
  const { context, form, attempted, saving, saveFailure, searchNoAccess } = action;
  const noAccess = saveFailure?.kind === 'noAccess' || searchNoAccess;
  const problems: Record<string, string> = {
    unsupported: LABELS.UNSUPPORTED_RECORD,
    noAccount: LABELS.NO_ACCOUNT
  };
  return {
    state,
    isLoading: state === 'loading',
    isReady: state === 'ready',
    contextProblem: problems[state] ?? null,
    heading: contextText(context),
    noAccess,
    selectedText: form.gap ? formatLabel(LABELS.SELECTED_GAP, form.gap.name) : null,
    selectedId: form.gap?.id ?? null,
    gapError: attempted && form.mode === 'existing' && !form.gap ? LABELS.GAP_REQUIRED : null,
    isNewMode: form.mode === 'new',
    saveErrors: saveFailure && !noAccess ? saveFailure.messages : null,
    saveDisabled: saving || state !== 'ready'
  };
}
