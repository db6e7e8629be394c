import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { NavigationMixin } from 'lightning/navigation';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import USER_ID from '@salesforce/user/Id';
import {
  SEVERITIES,
  customerSubmissionsRequest,
  flagContextObject,
  mapCustomerSubmissions,
  mapRevisions,
  revisionsRequest,
  updateSubmission,
  withdrawSubmission
} from 'c/gapData';
import type { CustomerSubmission, ReadData, RevisionView } from 'c/gapData';
import { classifyErrors } from 'c/ldsErrors';
import { formatCount, formatLabel } from 'c/format';
import { LABELS } from './labels';
import { duplicateMessage } from './duplicate';
import { customerGapRows, hiddenParentCount, ranksOf } from './rows';
import type { CustomerGapRow } from './rows';

const ROW_TEXTS = {
  gapHidden: LABELS.GAP_HIDDEN,
  rank: LABELS.RANK,
  rankMerged: LABELS.RANK_MERGED,
  notRanked: LABELS.NOT_RANKED,
  editFor: LABELS.EDIT_FOR,
  withdrawFor: LABELS.WITHDRAW_FOR,
  withdrawConfirm: LABELS.WITHDRAW_CONFIRM,
  newSeverity: LABELS.NEW_SEVERITY
};

const DUPLICATE_TEXTS = { named: LABELS.DUPLICATE_NAMED, unnamed: LABELS.DUPLICATE_UNNAMED };

type PanelRow = CustomerGapRow & {
  isEditing: boolean;
  isConfirming: boolean;
  showActions: boolean;
};

/**
 * The product gaps a customer flagged, on Account and Opportunity record pages: severity, gap
 * status, GitHub link and place in the published Top 10. The submitter may change the severity
 * of, or withdraw (after confirming), their own submissions.
 */
export default class CustomerGaps extends NavigationMixin(LightningElement) {
  @api recordId?: string;
  @api objectApiName?: string;

  labels = LABELS;
  severityOptions = SEVERITIES.map((value) => ({ label: value, value }));
  submissions: CustomerSubmission[] = [];
  total: number | null = null;
  loaded = false;
  errors: unknown = null;
  revision: RevisionView | null = null;
  rows: PanelRow[] = [];
  editingId: string | null = null;
  draftSeverity = '';
  confirmingId: string | null = null;
  busy = false;
  writeErrors: string[] | null = null;
  notice = '';
  /** Where the focus goes after the next render: the notice, or a row's control (by class). */
  private pendingFocus: { rowId?: string; control: string } | null = null;

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

  /** Rebuilds the rows once per data or mode change, not on every render. */
  private buildRows(): void {
    const rows = customerGapRows(this.submissions, ranksOf(this.revision), ROW_TEXTS);
    this.rows = rows.map((row) => ({
      ...row,
      isEditing: row.id === this.editingId,
      isConfirming: row.id === this.confirmingId,
      showActions: row.editable && row.id !== this.editingId && row.id !== this.confirmingId
    }));
  }

  private rowOf(event: Event): CustomerGapRow | undefined {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    return this.rows.find((row) => row.id === id);
  }

  // ---- edit and withdraw

  handleEdit(event: Event): void {
    const row = this.rowOf(event);
    if (!row) return;
    this.editingId = row.id;
    this.confirmingId = null;
    this.draftSeverity = row.severity ?? '';
    this.writeErrors = null;
    this.pendingFocus = { rowId: row.id, control: 'new-severity' };
    this.buildRows();
  }

  handleSeverityDraft(event: CustomEvent<{ value: string }>): void {
    this.draftSeverity = event.detail.value;
  }

  handleWithdraw(event: Event): void {
    const row = this.rowOf(event);
    if (!row) return;
    this.confirmingId = row.id;
    this.editingId = null;
    this.writeErrors = null;
    // Withdraw gives way to the confirmation: the focus moves into it, on the safe choice.
    this.pendingFocus = { rowId: row.id, control: 'keep' };
    this.buildRows();
  }

  handleCancel(): void {
    const rowId = this.editingId ?? this.confirmingId;
    // Back to the control that opened the editor or the confirmation.
    if (rowId) this.pendingFocus = { rowId, control: this.editingId ? 'edit' : 'withdraw' };
    this.editingId = null;
    this.confirmingId = null;
    this.buildRows();
  }

  async handleSaveSeverity(event: Event): Promise<void> {
    const row = this.rowOf(event);
    if (!row || this.busy) return;
    const severity = this.draftSeverity;
    const result = await this.write(async () => {
      const outcome = await updateSubmission(row.id, { severity }, undefined, {
        lookups: this.submissions.find((s) => s.id === row.id),
        userId: USER_ID
      });
      return outcome.ok || outcome.kind !== 'duplicateSubmission'
        ? outcome
        : { ok: false, messages: [duplicateMessage(outcome, this.submissions, DUPLICATE_TEXTS)] };
    });
    if (!result) return;
    this.submissions = this.submissions.map((s) => (s.id === row.id ? { ...s, severity } : s));
    this.editingId = null;
    this.notice = formatLabel(LABELS.SAVED, severity);
    this.pendingFocus = { rowId: row.id, control: 'edit' };
    this.buildRows();
  }

  async handleConfirmWithdraw(event: Event): Promise<void> {
    const row = this.rowOf(event);
    if (!row || this.busy) return;
    const result = await this.write(() => withdrawSubmission(row.id));
    if (!result) return;
    this.submissions = this.submissions.filter((s) => s.id !== row.id);
    if (this.total !== null) this.total -= 1;
    this.confirmingId = null;
    this.notice = formatLabel(LABELS.WITHDRAWN, row.gapName);
    // The row is gone: the focus goes to the sentence saying so, not to the page body.
    this.pendingFocus = { control: 'notice' };
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

  handleOpenGap(event: Event): void {
    const row = this.rowOf(event);
    if (!row?.gapId) return;
    this[NavigationMixin.Navigate]({
      type: 'standard__recordPage',
      attributes: { recordId: row.gapId, objectApiName: 'Product_Gap__c', actionName: 'view' }
    });
  }

  override renderedCallback(): void {
    if (!this.pendingFocus) return;
    const { rowId, control } = this.pendingFocus;
    this.pendingFocus = null;
    const scope = rowId ? `li[data-id="${rowId}"] ` : '';
    this.template?.querySelector<HTMLElement>(`${scope}.${control}`)?.focus();
  }

  /** The notice shows where the list starts once it has something to say. */
  get noticeClass(): string {
    return this.notice
      ? 'notice slds-box slds-box_x-small slds-theme_success slds-m-bottom_x-small'
      : 'notice slds-assistive-text';
  }

  // ---- state the template reads

  /** loading | error | noAccess | empty | ready: for tests and styling. */
  get stateName(): string {
    if (this.errors) return classifyErrors(this.errors) === 'noAccess' ? 'noAccess' : 'error';
    if (!this.loaded) return 'loading';
    return this.rows.length > 0 ? 'ready' : 'empty';
  }
  get isLoading(): boolean {
    return this.stateName === 'loading';
  }
  get hasErrors(): boolean {
    return Boolean(this.errors);
  }
  get isEmpty(): boolean {
    return this.stateName === 'empty';
  }
  get hasRows(): boolean {
    return this.stateName === 'ready';
  }
  get countText(): string {
    return formatCount(LABELS.COUNT_ONE, LABELS.COUNT_MANY, this.total ?? this.rows.length);
  }
  get moreText(): string | null {
    const total = this.total ?? 0;
    return total > this.rows.length ? formatLabel(LABELS.MORE, this.rows.length, total) : null;
  }
  get hiddenText(): string | null {
    const hidden = hiddenParentCount(this.submissions);
    return hidden > 0 ? formatCount(LABELS.HIDDEN_ONE, LABELS.HIDDEN_MANY, hidden) : null;
  }
}
