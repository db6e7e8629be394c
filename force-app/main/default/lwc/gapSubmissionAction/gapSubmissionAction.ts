import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { CloseActionScreenEvent } from 'lightning/actions';
import { RefreshEvent } from 'lightning/refresh';
import USER_ID from '@salesforce/user/Id';
import {
  MIN_SEARCH_LENGTH,
  customerSubmissionsRequest,
  flagContextRequest,
  mapCustomerSubmissions,
  mapFlagContext,
  mapGapSearch
} from 'c/gapData';
import type { AlreadyFlagged, FlagContext, GapMatch, ReadData, WriteFailure } from 'c/gapData';
import { DUPLICATE_THRESHOLD, SEARCH_THRESHOLD, parseSynonyms } from 'c/gapMatching';
import { classifyErrors } from 'c/ldsErrors';
import { formatLabel } from 'c/format';
import { Debouncer } from './debounce';
import { emptyForm, savePlan, shownProblems } from './form';
import { sendFlag, successToast } from './save';
import type { DuplicateCheck, FlagForm, Mode } from './form';
import { LABELS } from './labels';
import { flaggedGaps, matchRows } from './matches';
import { IDLE_SEARCH, candidateRequest, searchStatus, withResult, withTerm } from './search';
import type { MatchRule, SearchState } from './search';
import type { MatchRow } from './matches';
import {
  MATCH_LIST_TEXTS,
  MATCH_TEXTS,
  MODE_OPTIONS,
  SEARCH_TEXTS,
  contextText,
  detailFieldViews,
  gapFieldViews
} from './present';
import type { FieldView } from './present';

/** The admin's synonym list (a Custom Label), parsed once. */
const SYNONYMS = parseSynonyms(LABELS.SYNONYMS);

/** A survivor chosen from a merged gap's row: only its Id and name are known. */
const SURVIVOR_ONLY: GapMatch = {
  id: '',
  name: '',
  status: '',
  productArea: null,
  duplicateOfId: null,
  githubUrl: null,
  summary: null,
  accountCount: 0
};

/**
 * Flag Product Gap, the screen quick action on Opportunity and Account: find the gap the
 * customer needs (search as you type) or create it after seeing similar ones, say how much it
 * hurts, and save one submission with its key. Any failure keeps what the user typed.
 */
export default class GapSubmissionAction extends LightningElement {
  @api recordId?: string;
  @api objectApiName?: string;

  labels = LABELS;
  matchTexts = MATCH_LIST_TEXTS;
  modeOptions = MODE_OPTIONS;

  context: FlagContext | null = null;
  contextLoaded = false;
  contextErrors: unknown = null;
  form: FlagForm = emptyForm();
  searchText = '';
  /** The debounced search: the search box's text, or the new gap's title. */
  search: SearchState = IDLE_SEARCH;
  duplicateCheck: DuplicateCheck | null = null;
  awaitingCheck = false;
  attempted = false;
  saving = false;
  saveFailure: WriteFailure | null = null;
  alreadyFlagged: AlreadyFlagged | null = null;
  notice = '';
  gapFields: FieldView[] = [];
  detailFields: FieldView[] = [];
  rows: MatchRow[] = [];
  gapError: string | null = null;
  /** Gaps this customer already flagged (case-safe gap Id → submission Id), known before Save. */
  flagged: Map<string, string> = new Map();

  private debouncer = new Debouncer();

  override connectedCallback(): void {
    this.refreshViews();
  }

  override disconnectedCallback(): void {
    this.debouncer.cancel();
  }

  @wire(graphql, {
    query: '$contextQuery',
    variables: '$contextVariables',
    operationName: '$contextOperation'
  })
  wiredContext(result: GraphQLResult<ReadData>): void {
    if (result?.errors?.length) {
      this.contextErrors = result.errors;
      this.contextLoaded = true;
    } else if (result?.data) {
      this.contextErrors = null;
      this.context = mapFlagContext(result.data);
      this.contextLoaded = true;
    }
  }

  @wire(graphql, {
    query: '$searchQuery',
    variables: '$searchVariables',
    operationName: 'GapSearch'
  })
  wiredSearch(result: GraphQLResult<ReadData>): void {
    if (!this.searchRequest) return;
    if (result?.errors?.length) this.search = withResult(this.search, [], result.errors);
    else if (result?.data)
      this.search = withResult(this.search, mapGapSearch(result.data), null, this.matchRule);
    else return;
    this.afterSearch();
  }

  /** This customer's submissions: which gaps they already flagged (a failed read only loses the hint). */
  @wire(graphql, {
    query: '$flaggedQuery',
    variables: '$flaggedVariables',
    operationName: 'CustomerSubmissions'
  })
  wiredFlagged(result: GraphQLResult<ReadData>): void {
    if (!result?.data || !this.context) return;
    this.flagged = flaggedGaps(
      mapCustomerSubmissions(result.data, USER_ID),
      this.context.opportunityId
    );
    this.refreshViews();
  }

  // ---- wire inputs

  get contextRequest() {
    return flagContextRequest(this.recordId, this.objectApiName);
  }
  get contextQuery(): unknown {
    return this.contextRequest?.query;
  }
  get contextVariables(): Record<string, unknown> | undefined {
    return this.contextRequest?.variables;
  }
  get contextOperation(): string | undefined {
    return this.contextRequest?.operationName;
  }
  get searchRequest() {
    return candidateRequest(this.search.term, SYNONYMS);
  }
  /** A new gap's title is checked for duplicates; the search box lists anything similar. */
  get matchRule(): MatchRule {
    const threshold = this.form.mode === 'new' ? DUPLICATE_THRESHOLD : SEARCH_THRESHOLD;
    return { synonyms: SYNONYMS, threshold };
  }
  get flaggedRequest() {
    return this.context?.accountId
      ? customerSubmissionsRequest({ accountId: this.context.accountId })
      : null;
  }
  get flaggedQuery(): unknown {
    return this.flaggedRequest?.query;
  }
  get flaggedVariables(): Record<string, unknown> | undefined {
    return this.flaggedRequest?.variables;
  }
  get searchQuery(): unknown {
    return this.searchRequest?.query;
  }
  get searchVariables(): Record<string, unknown> | undefined {
    return this.searchRequest?.variables;
  }
  // ---- search and duplicates

  /** A new gap's title was searched: record its duplicates, then let a waiting Save go on. */
  private afterSearch(): void {
    const { term, resultTerm, matches } = this.search;
    if (this.form.mode === 'new' && resultTerm === term) this.recordDuplicates(term, matches);
    this.refreshViews();
  }

  private recordDuplicates(term: string, matches: GapMatch[]): void {
    if (term !== this.form.title.trim()) return;
    const known = this.duplicateCheck;
    if (!known || known.term !== term || known.matches !== matches) {
      this.duplicateCheck = { term, matches, acknowledged: false };
    }
    if (this.awaitingCheck) {
      this.awaitingCheck = false;
      this.handleSave();
    }
  }

  private searchFor(term: string): void {
    this.search = withTerm(this.search, term, SYNONYMS);
    this.afterSearch();
  }

  handleSearch(event: CustomEvent<{ value?: string }>): void {
    this.searchText = event.detail?.value ?? '';
    const text = this.searchText;
    this.debouncer.schedule(() => this.searchFor(text));
  }

  handleMode(event: CustomEvent<{ value: string }>): void {
    const mode = event.detail.value as Mode;
    this.form = {
      ...this.form,
      mode,
      title: mode === 'new' && !this.form.title ? this.searchText.trim() : this.form.title
    };
    this.saveFailure = null;
    this.searchFor(mode === 'new' ? this.form.title : this.searchText);
    this.refreshViews();
  }

  /** Chooses a listed gap, or the survivor a merged one leads to (known by Id and name only). */
  handleChoose(event: CustomEvent<{ gapId: string; name?: string }>): void {
    const { gapId, name } = event.detail;
    const gap: GapMatch | null =
      this.search.matches.find((match) => match.id === gapId) ??
      (name ? { ...SURVIVOR_ONLY, id: gapId, name } : null);
    if (!gap) return;
    if (this.form.mode === 'new') this.searchText = this.form.title;
    this.form = { ...this.form, mode: 'existing', gap };
    this.notice = formatLabel(LABELS.SELECTED_GAP, gap.name);
    this.refreshViews();
  }

  handleField(event: CustomEvent<{ field: keyof FlagForm; value: string }>): void {
    const { field, value } = event.detail;
    this.form = { ...this.form, [field]: value };
    if (field === 'title') this.debouncer.schedule(() => this.searchFor(value));
    this.refreshViews();
  }

  // ---- save

  async handleSave(): Promise<void> {
    if (this.saving || !this.context?.accountId) return;
    this.attempted = true;
    this.saveFailure = null;
    this.alreadyFlagged = null;
    const plan = savePlan(this.form, this.duplicateCheck);
    this.refreshViews();
    if (plan.kind === 'invalid') {
      this.notice = LABELS.FIX_ERRORS;
      return;
    }
    if (plan.kind === 'checkDuplicates') {
      this.awaitingCheck = true;
      this.notice = LABELS.CHECKING_DUPLICATES;
      this.debouncer.cancel();
      this.searchFor(plan.term);
      return;
    }
    if (plan.kind === 'confirmNew') {
      this.duplicateCheck = { ...(this.duplicateCheck as DuplicateCheck), acknowledged: true };
      this.notice = LABELS.DUPLICATES_BODY;
      return;
    }
    this.saving = true;
    this.notice = LABELS.SAVING;
    const result = await sendFlag(plan, this.form, this.context, USER_ID);
    this.saving = false;
    this.notice = '';
    if (result.ok) {
      this.succeed();
    } else if ('key' in result) {
      this.alreadyFlagged = result;
      this.notice = LABELS.ALREADY_BODY;
    } else {
      this.saveFailure = result;
      this.notice = LABELS.SAVE_ERROR;
    }
  }

  private succeed(): void {
    this.dispatchEvent(new ShowToastEvent(successToast(this.form, this.context)));
    // The record page's other components (the customer panel) re-read through the refresh tree.
    this.dispatchEvent(new RefreshEvent());
    this.dispatchEvent(new CloseActionScreenEvent());
  }

  handleCancel(): void {
    this.debouncer.cancel();
    this.dispatchEvent(new CloseActionScreenEvent());
  }

  /** Rebuilds what the template shows from the form: once per change, not per render. */
  private refreshViews(): void {
    const problems = shownProblems(this.form, this.attempted);
    this.gapFields = gapFieldViews(this.form, problems);
    this.detailFields = detailFieldViews(this.form, problems);
    this.rows = matchRows(
      this.search.matches,
      this.form.gap?.id ?? null,
      MATCH_TEXTS,
      this.flagged
    );
    this.gapError = problems.gap ? LABELS.GAP_REQUIRED : null;
  }

  // ---- state the template reads

  /** loading | error | noAccount | unsupported | ready: for tests and styling. */
  get stateName(): string {
    if (!this.contextRequest) return 'unsupported';
    if (!this.contextLoaded) return 'loading';
    if (this.contextErrors)
      return classifyErrors(this.contextErrors) === 'noAccess' ? 'noAccess' : 'error';
    if (!this.context?.accountId) return 'noAccount';
    return 'ready';
  }
  get isLoading(): boolean {
    return this.stateName === 'loading';
  }
  get isReady(): boolean {
    return this.stateName === 'ready';
  }
  get hasContextErrors(): boolean {
    return Boolean(this.contextErrors);
  }
  get contextProblem(): string | null {
    if (this.stateName === 'unsupported') return LABELS.UNSUPPORTED_RECORD;
    if (this.stateName === 'noAccount') return LABELS.NO_ACCOUNT;
    return null;
  }
  get heading(): string {
    return contextText(this.context);
  }
  get isExistingMode(): boolean {
    return this.form.mode === 'existing';
  }
  /** The user may not read gaps or create submissions: said plainly, whatever they typed stays. */
  get noAccess(): boolean {
    if (this.saveFailure?.kind === 'noAccess') return true;
    return Boolean(this.searchErrors) && classifyErrors(this.searchErrors) === 'noAccess';
  }
  get searchHint(): string {
    return formatLabel(LABELS.SEARCH_HINT, MIN_SEARCH_LENGTH);
  }
  get searchErrors(): unknown {
    return this.search.errors;
  }
  /** Said politely after each search: searching, the count, or no match. */
  get searchStatus(): string {
    return searchStatus(this.search, SEARCH_TEXTS);
  }
  get hasMatches(): boolean {
    return this.rows.length > 0;
  }
  get selectedText(): string | null {
    return this.form.gap ? formatLabel(LABELS.SELECTED_GAP, this.form.gap.name) : null;
  }
  get hasDuplicates(): boolean {
    return this.form.mode === 'new' && this.rows.length > 0;
  }
  get saveErrors(): string[] | null {
    return this.saveFailure && !this.noAccess ? this.saveFailure.messages : null;
  }
  get saveDisabled(): boolean {
    return this.saving || !this.isReady;
  }
}
