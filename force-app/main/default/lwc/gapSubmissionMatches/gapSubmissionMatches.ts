import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { NavigationMixin } from 'lightning/navigation';
import USER_ID from '@salesforce/user/Id';
import { customerSubmissionsRequest, mapCustomerSubmissions } from 'c/gapData';
import type { GapMatch, ReadData } from 'c/gapData';
import { LABELS, ROW_TEXTS } from './labels';
import { chosenGap, flaggedGaps, matchRows } from './matches';
import type { MatchRow } from './matches';

/**
 * What the gap search found: its status (a polite live region, also the list's name), a refused
 * search in plain words, the likely duplicates of a new gap's title, and the gaps found (most
 * similar first) with their status, area and demand. `choose` { gap } picks one (a merged gap's
 * button picks its survivor); a gap this customer already flagged opens the existing submission.
 */
export default class GapSubmissionMatches extends NavigationMixin(LightningElement) {
  labels = LABELS;
  rows: MatchRow[] = [];
  /** What the search says: searching, how many match, no match, or nothing. */
  @api status = '';
  /** The errors of the last search, or null. */
  @api errors: unknown = null;
  /** 'new': the matches are the likely duplicates of a new gap's title. */
  @api mode: 'existing' | 'new' = 'existing';
  /** The customer whose submissions mark the gaps already flagged; the opportunity narrows them. */
  @api accountId: string | null = null;
  @api opportunityId: string | null = null;
  private found: readonly GapMatch[] = [];
  private chosenId: string | null = null;
  private flagged: ReadonlyMap<string, string> = new Map();

  @api
  get matches(): readonly GapMatch[] {
    return this.found;
  }
  set matches(value: readonly GapMatch[]) {
    this.found = value ?? [];
    this.rebuild();
  }

  /** The gap already chosen, or null. */
  @api
  get selectedId(): string | null {
    return this.chosenId;
  }
  set selectedId(value: string | null) {
    this.chosenId = value ?? null;
    this.rebuild();
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
    this.rebuild();
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

  private rebuild(): void {
    this.rows = matchRows(this.found, this.chosenId, ROW_TEXTS, this.flagged);
  }

  get hasRows(): boolean {
    return this.rows.length > 0;
  }
  get hasDuplicates(): boolean {
    return this.mode === 'new' && this.hasRows;
  }

  handleChoose(event: Event): void {
    const { id, name } = (event.currentTarget as HTMLElement).dataset;
    const gap = chosenGap(this.found, id, name);
    if (gap) this.dispatchEvent(new CustomEvent('choose', { detail: { gap } }));
  }

  handleOpen(event: Event): void {
    const recordId = (event.currentTarget as HTMLElement).dataset.id;
    if (!recordId) return;
    this[NavigationMixin.Navigate]({
      type: 'standard__recordPage',
      attributes: { recordId, objectApiName: 'Product_Gap_Submission__c', actionName: 'view' }
    });
  }
}
