import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import USER_ID from '@salesforce/user/Id';
import { revisionsRequest, withdrawSubmission } from 'c/gapData';
import type { ReadData } from 'c/gapData';
import { formatLabel } from 'c/format';
import { DUPLICATE_TEXTS, LABELS } from './labels';
import { saveSeverity, submissionsRequestFor } from 'c/gapSubmissionForm';
import type { WriteResult } from 'c/gapSubmissionForm';
import { NOT_READ, withChange, withReadResult, withRevision } from './read';
import type { PanelRead } from './read';
import { panelView } from './rows';
import type { PanelView } from './rows';

const REVISION = revisionsRequest(1);

/**
 * The product gaps a customer flagged, on Account and Opportunity record pages: severity, gap
 * status, GitHub link and place in the published Top 10. The submitter may change the severity
 * of, or withdraw (after confirming), their own submissions; each row owns its editor.
 */
export default class CustomerGaps extends LightningElement {
  @api recordId?: string;
  @api objectApiName?: string;

  labels = LABELS;
  read: PanelRead = NOT_READ;
  busy = false;
  writeErrors: string[] | null = null;
  notice = '';
  private focusNotice = false;
  private wiredResult: GraphQLResult<ReadData> | null = null;
  private refreshHandle: number | undefined;

  // A flag saved by the quick action fires RefreshEvent: the page's refresh tree re-reads this
  // panel; true lets the refresh go on to child handlers.
  override connectedCallback(): void {
    this.refreshHandle = registerRefreshHandler(this, () => this.reread().then(() => true));
  }

  override disconnectedCallback(): void {
    if (this.refreshHandle !== undefined) unregisterRefreshHandler(this.refreshHandle);
    this.refreshHandle = undefined;
  }

  /** Re-runs the wired submissions query through `refresh()` on the emitted result (lightning/graphql). */
  private reread(): Promise<void> {
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
    const read = withReadResult(this.read, result, USER_ID);
    if (read) this.read = read;
  }

  // The Top 10 only adds the rank: if it cannot be read, the panel shows the gaps without it.
  @wire(graphql, {
    query: '$revisionQuery',
    variables: '$revisionVariables',
    operationName: 'TopTenRevisions'
  })
  wiredRevision(result: GraphQLResult<ReadData>): void {
    this.read = withRevision(this.read, result?.data) ?? this.read;
  }

  get submissionsRequest() {
    return submissionsRequestFor(this.recordId, this.objectApiName);
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
    return this.submissionsRequest ? REVISION.query : undefined;
  }
  revisionVariables = REVISION.variables;

  /** A row opened its editor or confirmation: an old write error no longer applies. */
  handleModeChange(): void {
    this.writeErrors = null;
  }

  async handleSaveSeverity(event: CustomEvent<{ id: string; severity: string }>): Promise<void> {
    const { id, severity } = event.detail;
    const row = event.currentTarget as HTMLElement & { finish(): void };
    const known = this.read.submissions;
    if (!(await this.write(() => saveSeverity(id, severity, known, USER_ID, DUPLICATE_TEXTS))))
      return;
    row.finish();
    this.changed(withChange(this.read, id, severity), formatLabel(LABELS.SAVED, severity));
  }

  async handleConfirmWithdraw(event: CustomEvent<{ id: string }>): Promise<void> {
    const { id } = event.detail;
    const gapName = this.read.rows.find((row) => row.id === id)?.gapName ?? '';
    if (!(await this.write(() => withdrawSubmission(id)))) return;
    // The row is gone: the focus goes to the sentence saying so, not to the page body.
    this.focusNotice = true;
    this.changed(withChange(this.read, id), formatLabel(LABELS.WITHDRAWN, gapName));
  }

  /** Runs one write unless one runs; true on success (then re-reads the list), false otherwise. */
  private async write(send: () => Promise<WriteResult>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.writeErrors = null;
    const result = await send();
    this.busy = false;
    if (!result.ok) {
      this.writeErrors = result.messages ?? [LABELS.WRITE_ERROR];
      return false;
    }
    // The local change already shows; the re-read only brings other users' changes along.
    this.reread();
    return true;
  }

  /** Shows a saved change at once, with the sentence saying what changed. */
  private changed(read: PanelRead, notice: string): void {
    this.read = read;
    this.notice = notice;
  }

  override renderedCallback(): void {
    if (!this.focusNotice) return;
    this.focusNotice = false;
    this.template?.querySelector<HTMLElement>('p.notice')?.focus();
  }

  /** What the template shows, derived from the panel's state in one place. */
  get view(): PanelView {
    return panelView(this.read, this.read.rows.length, this.notice);
  }
}
