import { LightningElement, api } from 'lwc';
import { SEVERITIES } from 'c/gapData';
import { LABELS } from './labels';

/** What the row shows (the customer panel builds it from a submission). */
export interface GapRowView {
  id: string;
  gapId: string | null;
  gapName: string;
  rankText: string;
  severity: string | null;
  status: string | null;
  opportunityName: string | null;
  flaggedOn: string;
  editable: boolean;
  githubUrl: string | null;
  githubState: string | null;
  editLabel: string;
  withdrawLabel: string;
  confirmText: string;
  severityLabel: string;
}

type Mode = 'view' | 'editing' | 'confirming';

/**
 * One product gap a customer flagged, with its own edit state: the submitter changes the severity
 * (`save` { id, severity }) or withdraws after confirming (`withdraw` { id }); the panel writes
 * and calls finish() when the change is saved. `opengap` { gapId } opens the gap.
 */
export default class CustomerGapRow extends LightningElement {
  @api row: GapRowView | null = null;
  /** A write is under way: Save and Withdraw wait. */
  @api busy = false;

  labels = LABELS;
  severityOptions = SEVERITIES.map((value) => ({ label: value, value }));
  mode: Mode = 'view';
  draftSeverity = '';

  /** The panel saved the change: back to the row's plain view. */
  @api
  finish(): void {
    this.mode = 'view';
  }

  get isEditing(): boolean {
    return this.mode === 'editing' && Boolean(this.row?.editable);
  }
  get isConfirming(): boolean {
    return this.mode === 'confirming' && Boolean(this.row?.editable);
  }
  get showActions(): boolean {
    return Boolean(this.row?.editable) && this.mode === 'view';
  }

  handleEdit(): void {
    this.draftSeverity = this.row?.severity ?? '';
    this.mode = 'editing';
    this.dispatchEvent(new CustomEvent('modechange'));
  }

  handleWithdraw(): void {
    this.mode = 'confirming';
    this.dispatchEvent(new CustomEvent('modechange'));
  }

  handleCancel(): void {
    this.mode = 'view';
  }

  handleSeverityDraft(event: CustomEvent<{ value: string }>): void {
    this.draftSeverity = event.detail.value;
  }

  handleSave(): void {
    if (!this.row || this.busy) return;
    const detail = { id: this.row.id, severity: this.draftSeverity };
    this.dispatchEvent(new CustomEvent('save', { detail }));
  }

  handleConfirmWithdraw(): void {
    if (!this.row || this.busy) return;
    this.dispatchEvent(new CustomEvent('withdraw', { detail: { id: this.row.id } }));
  }

  handleOpenGap(): void {
    const gapId = this.row?.gapId;
    if (gapId) this.dispatchEvent(new CustomEvent('opengap', { detail: { gapId } }));
  }
}
