import { LightningElement, api } from 'lwc';
import TITLE from '@salesforce/label/c.TopTenCuration_ConfirmTitle';
import PUBLISH from '@salesforce/label/c.TopTenCuration_ConfirmPublish';
import CANCEL from '@salesforce/label/c.TopTenCuration_Cancel';

/**
 * A modal confirmation (SLDS dialog markup, so it renders the same on the platform and in the
 * preview): focus moves into it when it opens, Tab stays inside, Escape cancels. Fires `confirm`
 * or `cancel`; the parent removes it and returns the focus.
 */
export default class TopTenCurationConfirm extends LightningElement {
  /** What will be published, one sentence. */
  @api body = '';
  /** What changes against the published list, one sentence. */
  @api changes = '';

  labels = { title: TITLE, publish: PUBLISH, cancel: CANCEL };
  private focused = false;

  override renderedCallback(): void {
    if (this.focused) return;
    this.focused = true;
    // Cancel first: the safe choice takes the focus, as the SLDS prompt pattern recommends.
    this.template?.querySelector<HTMLButtonElement>('button.cancel')?.focus();
  }

  private get dialogButtons(): HTMLButtonElement[] {
    return [...(this.template?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  }

  handleKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.handleCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = this.dialogButtons;
    if (buttons.length === 0) return;
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    const active = this.template?.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  handleCancel(): void {
    this.dispatchEvent(new CustomEvent('cancel'));
  }

  handleConfirm(): void {
    this.dispatchEvent(new CustomEvent('confirm'));
  }
}
