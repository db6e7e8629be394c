import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import type { GapMatch, ReadData } from 'c/gapData';
import { parseSynonyms } from 'c/gapMatching';
import { classifyErrors } from 'c/ldsErrors';
import { Debouncer } from './debounce';
import { LABELS, SEARCH_TEXTS } from './labels';
import { IDLE_SEARCH, candidateRequest, searchStatus, withSearchResult, withTerm } from './search';
import type { SearchState } from './search';
import { MatchWaiters } from './waiters';

const SYNONYMS = parseSynonyms(LABELS.SYNONYMS);
type Box = HTMLElement & { focusBox(): void };

/**
 * Finds gaps as the user types (debounced): the search box's text, or in 'new' mode the new
 * gap's title, whose matches are its likely duplicates; the results child lists them. Emits
 * `searchtext` { value }, `choose` { gap } and, once the matches for a term are known, `result`
 * { noAccess } (whether the search was refused for access). `matchesFor(term)` answers Save's
 * duplicate check.
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
  @api gapError: string | null = null;

  labels = LABELS;
  search: SearchState = IDLE_SEARCH;
  private searched = { mode: 'existing' as 'existing' | 'new', searchText: '', title: '' };
  private debouncer = new Debouncer();
  private waiters = new MatchWaiters();

  /** The matches for a term: at once if known, else when its search answers (Save waits for a new gap's duplicates). */
  @api
  matchesFor(term: string): Promise<GapMatch[]> {
    const answer = this.waiters.wait(term);
    this.searchNow(term);
    return answer;
  }

  private searchNow(term: string): void {
    this.debouncer.cancel();
    this.searchFor(term);
  }

  /** Moves focus to the search box. */
  @api
  focusSearch(): void {
    this.template?.querySelector<Box>('c-gap-submission-search-box')?.focusBox();
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

  @wire(graphql, {
    query: '$searchQuery',
    variables: '$searchVariables',
    operationName: 'GapSearch'
  })
  wiredSearch(result: GraphQLResult<ReadData>): void {
    const next = this.searchRequest && withSearchResult(this.search, result, this.mode, SYNONYMS);
    if (!next) return;
    this.search = next;
    this.announce();
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

  private searchFor(term: string): void {
    this.search = withTerm(this.search, term, SYNONYMS);
    this.announce();
  }

  /** The matches for the term are known: answers whoever waits for them, and says whether access was refused. */
  private announce(): void {
    const { term, resultTerm, matches, errors } = this.search;
    if (resultTerm !== term) return;
    this.waiters.answer(term, matches);
    const noAccess = Boolean(errors) && classifyErrors(errors) === 'noAccess';
    this.dispatchEvent(new CustomEvent('result', { detail: { noAccess } }));
  }

  /** The box's `searchtext` and the results' `choose`, passed on to the action. */
  handleForward(event: CustomEvent): void {
    this.dispatchEvent(new CustomEvent(event.type, { detail: event.detail }));
  }

  get isExistingMode(): boolean {
    return this.mode === 'existing';
  }
  get status(): string {
    return searchStatus(this.search, SEARCH_TEXTS);
  }
}
