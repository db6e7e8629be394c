import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { SEVERITIES, gapRecordPage } from 'c/gapData';
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
 * and calls finish() when the change is saved. The gap's name opens the gap's record page.
 */
export default class CustomerGapRow extends NavigationMixin(LightningElement) {
  @api row: GapRowView | null = null;
  /** A write is under way: Save and Withdraw wait. */
  @api busy = false;

  labels = LABELS;
  severityOptions = SEVERITIES.map((value) => ({ label: value, value }));
  mode: Mode = 'view';
  draftSeverity = '';
  /** The control the focus moves to once the row has re-rendered (a CSS class), or null. */
  private focusNext: string | null = null;

  /** The panel saved the change: back to the row's plain view, focus on Edit. */
  @api
  finish(): void {
    this.show('view', 'edit');
  }

  override renderedCallback(): void {
    if (!this.focusNext) return;
    const control = this.template?.querySelector<HTMLElement>(`.${this.focusNext}`);
    this.focusNext = null;
    control?.focus();
  }

  /** Switches the row's mode and names the control that takes the focus after the re-render. */
  private show(mode: Mode, focus: string): void {
    this.mode = mode;
    this.focusNext = focus;
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
    this.show('editing', 'new-severity');
    this.dispatchEvent(new CustomEvent('modechange'));
  }

  handleWithdraw(): void {
    // Withdraw gives way to its confirmation: the focus moves into it, on the safe choice.
    this.show('confirming', 'keep');
    this.dispatchEvent(new CustomEvent('modechange'));
  }

  handleCancel(): void {
    // Back to the control that opened the editor or the confirmation.
    this.show('view', this.mode === 'editing' ? 'edit' : 'withdraw');
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
    if (gapId) this[NavigationMixin.Navigate](gapRecordPage(gapId));
  }
}
