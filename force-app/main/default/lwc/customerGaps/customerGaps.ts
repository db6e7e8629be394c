import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { NavigationMixin } from 'lightning/navigation';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import USER_ID from '@salesforce/user/Id';
import {
  customerSubmissionsRequest,
  flagContextObject,
  mapCustomerSubmissions,
  mapRevisions,
  revisionsRequest,
  updateSubmission,
  withdrawSubmission
} from 'c/gapData';
import type { CustomerSubmission, ReadData, RevisionView } from 'c/gapData';
import { formatLabel } from 'c/format';
import { DUPLICATE_TEXTS, LABELS, ROW_TEXTS } from './labels';
import { duplicateMessage } from './duplicate';
import { customerGapRows, panelView, ranksOf } from './rows';
import type { CustomerGapRow, PanelView } from './rows';

/** The row child's method the panel calls once a change is saved. */
type RowElement = HTMLElement & { finish(): void };

/**
 * The product gaps a customer flagged, on Account and Opportunity record pages: severity, gap
 * status, GitHub link and place in the published Top 10. The submitter may change the severity
 * of, or withdraw (after confirming), their own submissions.
 */
export default class CustomerGaps extends NavigationMixin(LightningElement) {
  @api recordId?: string;
  @api objectApiName?: string;

  labels = LABELS;
  submissions: CustomerSubmission[] = [];
  total: number | null = null;
  loaded = false;
  errors: unknown = null;
  revision: RevisionView | null = null;
  rows: CustomerGapRow[] = [];
  busy = false;
  writeErrors: string[] | null = null;
  notice = '';
  private focusNotice = false;

  private wiredResult: GraphQLResult<ReadData> | null = null;
  private refreshHandle: number | undefined;

  // A flag saved by the quick action fires RefreshEvent: the page's refresh tree re-reads this panel.
  override connectedCallback(): void {
    this.refreshHandle = registerRefreshHandler(this, this.refreshPanel.bind(this));
  }

  override disconnectedCallback(): void {
    if (this.refreshHandle !== undefined) unregisterRefreshHandler(this.refreshHandle);
    this.refreshHandle = undefined;
  }

  /** Refresh handler: re-runs the submissions query; true lets the refresh go on to child handlers. */
  private async refreshPanel(): Promise<boolean> {
    await this.rereadSubmissions();
    return true;
  }

  /** Re-runs the wired submissions query through `refresh()` on the emitted result (lightning/graphql). */
  private rereadSubmissions(): Promise<void> {
    const refresh = this.wiredResult?.refresh;
    return refresh ? refresh().catch(() => undefined) : Promise.resolve();
  }

  @wire(graphql, {
    query: '$submissionsQuery',
    variables: '$submissionsVariables',
    operationName: '$submissionsOperation'
  })
  wiredSubmissions(result: GraphQLResult<ReadData>): void {
    this.wiredResult = result;
    if (result?.errors?.length) {
      this.errors = result.errors;
      this.loaded = true;
    } else if (result?.data) {
      this.errors = null;
      this.submissions = mapCustomerSubmissions(result.data, USER_ID);
      this.total = result.data.uiapi?.query?.Product_Gap_Submission__c?.totalCount ?? null;
      this.loaded = true;
      this.buildRows();
    }
  }

  // The Top 10 only adds the rank: if it cannot be read, the panel shows the gaps without it.
  @wire(graphql, {
    query: '$revisionQuery',
    variables: '$revisionVariables',
    operationName: 'TopTenRevisions'
  })
  wiredRevision(result: GraphQLResult<ReadData>): void {
    if (!result?.data) return;
    this.revision = mapRevisions(result.data)[0] ?? null;
    this.buildRows();
  }

  get submissionsRequest() {
    const object = flagContextObject(this.recordId, this.objectApiName);
    if (object === 'Opportunity')
      return customerSubmissionsRequest({ opportunityId: this.recordId });
    if (object === 'Account') return customerSubmissionsRequest({ accountId: this.recordId });
    return null;
  }
  get submissionsQuery(): unknown {
    return this.submissionsRequest?.query;
  }
  get submissionsVariables(): Record<string, unknown> | undefined {
    return this.submissionsRequest?.variables;
  }
  get submissionsOperation(): string | undefined {
    return this.submissionsRequest?.operationName;
  }
  get revisionQuery(): unknown {
    return this.submissionsRequest ? revisionsRequest(1).query : undefined;
  }
  get revisionVariables(): Record<string, unknown> {
    return revisionsRequest(1).variables;
  }

  /** Rebuilds the rows once per data change, not on every render. */
  private buildRows(): void {
    this.rows = customerGapRows(this.submissions, ranksOf(this.revision), ROW_TEXTS);
  }

  // ---- edit and withdraw (each row owns its editor; the panel writes)

  /** A row opened its editor or confirmation: an old write error no longer applies. */
  handleModeChange(): void {
    this.writeErrors = null;
  }

  async handleSaveSeverity(event: CustomEvent<{ id: string; severity: string }>): Promise<void> {
    const { id, severity } = event.detail;
    if (this.busy) return;
    const row = event.currentTarget as RowElement;
    const result = await this.write(async () => {
      const outcome = await updateSubmission(id, { severity }, undefined, {
        lookups: this.submissions.find((s) => s.id === id),
        userId: USER_ID
      });
      return outcome.ok || outcome.kind !== 'duplicateSubmission'
        ? outcome
        : { ok: false, messages: [duplicateMessage(outcome, this.submissions, DUPLICATE_TEXTS)] };
    });
    if (!result) return;
    this.submissions = this.submissions.map((s) => (s.id === id ? { ...s, severity } : s));
    row.finish();
    this.notice = formatLabel(LABELS.SAVED, severity);
    this.buildRows();
  }

  async handleConfirmWithdraw(event: CustomEvent<{ id: string }>): Promise<void> {
    const { id } = event.detail;
    const gapName = this.rows.find((row) => row.id === id)?.gapName ?? '';
    if (this.busy) return;
    const result = await this.write(() => withdrawSubmission(id));
    if (!result) return;
    this.submissions = this.submissions.filter((s) => s.id !== id);
    if (this.total !== null) this.total -= 1;
    this.notice = formatLabel(LABELS.WITHDRAWN, gapName);
    // The row is gone: the focus goes to the sentence saying so, not to the page body.
    this.focusNotice = true;
    this.buildRows();
  }

  /** Runs one write; true on success (then re-reads the list), false with the errors shown. */
  private async write(send: () => Promise<{ ok: boolean; messages?: string[] }>): Promise<boolean> {
    this.busy = true;
    this.writeErrors = null;
    const result = await send();
    this.busy = false;
    if (!result.ok) {
      this.writeErrors = result.messages ?? [LABELS.WRITE_ERROR];
      return false;
    }
    // The local change already shows; the re-read only brings other users' changes along.
    this.rereadSubmissions();
    return true;
  }

  handleOpenGap(event: CustomEvent<{ gapId: string }>): void {
    this[NavigationMixin.Navigate]({
      type: 'standard__recordPage',
      attributes: {
        recordId: event.detail.gapId,
        objectApiName: 'Product_Gap__c',
        actionName: 'view'
      }
    });
  }

  // ---- state the template reads

  /** What the template shows, derived from the panel's state in one place. */
  override renderedCallback(): void {
    if (!this.focusNotice) return;
    this.focusNotice = false;
    this.template?.querySelector<HTMLElement>('p.notice')?.focus();
  }

  /** The notice is visible while it says something, and only heard otherwise. */
  get noticeClass(): string {
    return this.notice
      ? 'notice slds-box slds-box_x-small slds-theme_success slds-m-bottom_x-small'
      : 'notice slds-assistive-text';
  }

  get view(): PanelView {
    return panelView(this.errors, this.loaded, this.rows.length, this.total, this.submissions);
  }
}
