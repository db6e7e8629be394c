import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';
import { MIN_SEARCH_LENGTH, customerSubmissionsRequest, mapCustomerSubmissions } from 'c/gapData';
import { mapGapSearch } from 'c/gapData';
import type { GapMatch, ReadData } from 'c/gapData';
import { DUPLICATE_THRESHOLD, SEARCH_THRESHOLD, parseSynonyms } from 'c/gapMatching';
import { classifyErrors } from 'c/ldsErrors';
import { formatLabel } from 'c/format';
import { Debouncer } from './debounce';
import { LABELS } from './labels';
import {
  IDLE_SEARCH,
  candidateRequest,
  flaggedGaps,
  searchStatus,
  withResult,
  withTerm
} from './search';
import type { SearchState } from './search';

const SYNONYMS = parseSynonyms(LABELS.SYNONYMS);
const TEXTS = {
  searching: LABELS.SEARCHING,
  none: LABELS.NO_MATCH,
  one: LABELS.MATCH_ONE,
  many: LABELS.MATCH_MANY
};
interface Validatable extends HTMLElement {
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
}
const SURVIVOR = { status: '', productArea: null, duplicateOfId: null, githubUrl: null };

/**
 * Finds gaps as the user types (debounced): the search box's text, or in 'new' mode the new
 * gap's title, whose matches are its likely duplicates. Marks gaps this customer already
 * flagged. Emits `searchtext` { value }, `choose` { gap } and `result` { term, matches, noAccess }
 * (whether the search was refused for access)
 * once the matches for a term are known; `matchesFor(term)` answers Save's duplicate check.
 */
export default class GapSubmissionSearch extends LightningElement {
  /** 'existing': the search box is searched; 'new': the new gap's title. */
  @api
  get mode(): 'existing' | 'new' {
    return this.searched.mode;
  }
  set mode(value: 'existing' | 'new') {
    this.update({ mode: value === 'new' ? 'new' : 'existing' });
  }
  @api
  get searchText(): string {
    return this.searched.searchText;
  }
  set searchText(value: string) {
    this.update({ searchText: value ?? '' });
  }
  /** The new gap's title, searched in 'new' mode. */
  @api
  get newTitle(): string {
    return this.searched.title;
  }
  set newTitle(value: string) {
    this.update({ title: value ?? '' });
  }
  @api accountId: string | null = null;
  @api opportunityId: string | null = null;
  @api selectedId: string | null = null;
  /** The "choose a gap" error, set on the search box itself (aria-invalid, described by it). */
  @api
  get gapError(): string | null {
    return this.error;
  }
  set gapError(value: string | null) {
    this.error = value ?? null;
    this.showError();
  }

  labels = LABELS;
  search: SearchState = IDLE_SEARCH;
  flagged: Map<string, string> = new Map();
  private searched = { mode: 'existing' as 'existing' | 'new', searchText: '', title: '' };
  private debouncer = new Debouncer();
  private error: string | null = null;
  private errorShown = false;
  private waiting: { term: string; resolve: (matches: GapMatch[]) => void }[] = [];

  /** The matches for a term: at once if known, else when its search answers (Save waits for a new gap's duplicates). */
  @api
  matchesFor(term: string): Promise<GapMatch[]> {
    return new Promise((resolve) => {
      this.waiting.push({ term: term.trim(), resolve });
      this.searchNow(term);
    });
  }

  private searchNow(term: string): void {
    this.debouncer.cancel();
    this.searchFor(term);
  }

  /** Moves focus to the search box. */
  @api
  focusSearch(): void {
    this.template?.querySelector<HTMLElement>('lightning-input.search')?.focus();
  }

  override disconnectedCallback(): void {
    this.debouncer.cancel();
  }

  /** A mode switch searches at once; typing waits for a pause in the typing. */
  private update(change: Partial<GapSubmissionSearch['searched']>): void {
    const modeChanged = change.mode !== undefined && change.mode !== this.searched.mode;
    this.searched = { ...this.searched, ...change };
    const { mode, title, searchText } = this.searched;
    const term = mode === 'new' ? title : searchText;
    if (modeChanged) this.searchNow(term);
    else if (term.trim() !== this.search.term) this.debouncer.schedule(() => this.searchFor(term));
  }

  override renderedCallback(): void {
    this.showError();
  }

  private showError(): void {
    const box = this.template?.querySelector<Validatable>('lightning-input.search');
    if (!box || (!this.error && !this.errorShown)) return;
    box.setCustomValidity(this.error ?? '');
    box.reportValidity();
    this.errorShown = Boolean(this.error);
  }

  @wire(graphql, {
    query: '$searchQuery',
    variables: '$searchVariables',
    operationName: 'GapSearch'
  })
  wiredSearch(result: GraphQLResult<ReadData>): void {
    if (!this.searchRequest) return;
    const threshold = this.mode === 'new' ? DUPLICATE_THRESHOLD : SEARCH_THRESHOLD;
    if (result?.errors?.length) this.search = withResult(this.search, [], result.errors);
    else if (result?.data)
      this.search = withResult(this.search, mapGapSearch(result.data), null, {
        synonyms: SYNONYMS,
        threshold
      });
    else return;
    this.announce();
  }

  /** This customer's submissions: which gaps they already flagged (a failed read only loses the hint). */
  @wire(graphql, {
    query: '$flaggedQuery',
    variables: '$flaggedVariables',
    operationName: 'CustomerSubmissions'
  })
  wiredFlagged(result: GraphQLResult<ReadData>): void {
    if (!result?.data) return;
    const submissions = mapCustomerSubmissions(result.data, USER_ID);
    this.flagged = flaggedGaps(submissions, this.opportunityId);
  }

  get searchRequest() {
    return candidateRequest(this.search.term, SYNONYMS);
  }
  get searchQuery(): unknown {
    return this.searchRequest?.query;
  }
  get searchVariables(): Record<string, unknown> | undefined {
    return this.searchRequest?.variables;
  }
  get flaggedRequest() {
    return this.accountId ? customerSubmissionsRequest({ accountId: this.accountId }) : null;
  }
  get flaggedQuery(): unknown {
    return this.flaggedRequest?.query;
  }
  get flaggedVariables(): Record<string, unknown> | undefined {
    return this.flaggedRequest?.variables;
  }

  private searchFor(term: string): void {
    this.search = withTerm(this.search, term, SYNONYMS);
    this.announce();
  }

  /** The matches for the term are known: answers whoever waits for them, and says whether access was refused. */
  private announce(): void {
    const { term, resultTerm, matches, errors } = this.search;
    if (resultTerm !== term) return;
    const answered = this.waiting.filter((waiter) => waiter.term === term);
    this.waiting = this.waiting.filter((waiter) => waiter.term !== term);
    answered.forEach((waiter) => waiter.resolve(matches));
    const noAccess = Boolean(errors) && classifyErrors(errors) === 'noAccess';
    this.dispatchEvent(new CustomEvent('result', { detail: { noAccess } }));
  }

  handleSearch(event: CustomEvent<{ value?: string }>): void {
    const value = event.detail?.value ?? '';
    this.dispatchEvent(new CustomEvent('searchtext', { detail: { value } }));
  }

  /** A listed gap, or the survivor a merged one leads to (known by Id and name only). */
  handleChoose(event: CustomEvent<{ gapId: string; name?: string }>): void {
    const { gapId, name } = event.detail;
    const listed = this.search.matches.find((match) => match.id === gapId);
    const gap: GapMatch | null =
      listed ?? (name ? { ...SURVIVOR, id: gapId, name, summary: null, accountCount: 0 } : null);
    if (gap) this.dispatchEvent(new CustomEvent('choose', { detail: { gap } }));
  }

  get isExistingMode(): boolean {
    return this.mode === 'existing';
  }
  get searchHint(): string {
    return formatLabel(LABELS.SEARCH_HINT, MIN_SEARCH_LENGTH);
  }
  get status(): string {
    return searchStatus(this.search, TEXTS);
  }
  get searchErrors(): unknown {
    return this.search.errors;
  }
  get hasMatches(): boolean {
    return this.search.matches.length > 0;
  }
  get hasDuplicates(): boolean {
    return this.mode === 'new' && this.hasMatches;
  }
}
