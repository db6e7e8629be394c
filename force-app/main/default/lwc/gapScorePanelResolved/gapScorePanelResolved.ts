import { LightningElement, api } from 'lwc';
import { setGapDone } from 'c/gapData';
import { isClosedStatus } from 'c/gapRanking';
import { formatLabel } from 'c/format';
import mayEditGaps from '@salesforce/customPermission/Merge_Product_Gaps';
import { LABELS } from './labels';

/** The GitHub state of an issue closed as completed. */
const COMPLETED = 'Closed - Completed';

/** True when the linked issue was closed as completed while the gap is still open (not merged). */
export function resolvedButOpen(
  githubState: string | null | undefined,
  status: string | null | undefined,
  merged: boolean
): boolean {
  return githubState === COMPLETED && !merged && !isClosedStatus(status ?? '');
}

/**
 * Offers to set Done a gap whose GitHub issue was closed as completed: to users who may edit gaps
 * (custom permission Merge_Product_Gaps, granted with edit on Status__c), with a confirmation, a
 * busy state, success feedback and a plain refusal. Fires `statuschanged` once the gap is Done.
 */
export default class GapScorePanelResolved extends LightningElement {
  @api gapId = '';
  @api gapName = '';
  @api githubState: string | null = null;
  @api status: string | null = null;
  @api merged = false;
  labels = LABELS;
  confirming = false;
  working = false;
  refused = false;
  errorText: string | null = null;
  doneText: string | null = null;
  private focusAfterRender: string | null = null;

  get offered(): boolean {
    return Boolean(mayEditGaps) && resolvedButOpen(this.githubState, this.status, this.merged);
  }
  get showOffer(): boolean {
    return this.offered && !this.doneText;
  }
  get setDoneLabel(): string {
    return formatLabel(LABELS.SET_DONE_NAMED, this.gapName);
  }
  get confirmText(): string {
    return formatLabel(LABELS.CONFIRM, this.gapName);
  }
  get setDoneDisabled(): boolean {
    return this.working || this.refused || this.confirming;
  }

  override renderedCallback(): void {
    if (!this.focusAfterRender) return;
    const target = this.template?.querySelector<HTMLElement>(this.focusAfterRender);
    this.focusAfterRender = null;
    target?.focus();
  }

  handleSetDone(): void {
    this.confirming = true;
    this.errorText = null;
    this.focusAfterRender = '.confirm-yes';
  }

  handleCancel(): void {
    this.confirming = false;
    this.focusAfterRender = '.set-done';
  }

  async handleConfirm(): Promise<void> {
    if (this.working) return;
    this.working = true;
    const result = await setGapDone(this.gapId);
    this.working = false;
    this.confirming = false;
    if (!result.ok) {
      this.refused = result.kind === 'noAccess';
      this.errorText = this.refused ? LABELS.REFUSED : LABELS.ERROR;
      this.focusAfterRender = '.set-done-error';
      return;
    }
    this.doneText = formatLabel(LABELS.SUCCESS, this.gapName);
    this.focusAfterRender = '.set-done-success';
    this.dispatchEvent(new CustomEvent('statuschanged', { detail: { gapId: this.gapId } }));
  }
}
