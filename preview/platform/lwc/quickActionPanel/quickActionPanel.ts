// The preview's `lightning-quick-action-panel` (the platform's is not in lightning-base-components).
// As documented (Component Reference, "Quick Action Panel"): a `header` attribute, a default slot
// for the body and a `footer` slot; the header renders only for a non-empty header, the footer
// only when the footer slot is filled; SLDS modal styling. Header and footer stay in place while
// the body scrolls, as in a quick-action modal.
import { LightningElement, api } from 'lwc';

/** A quick action's modal panel: header, scrolling body, footer. */
export default class QuickActionPanel extends LightningElement {
  /** The modal's title; no header renders when it is empty. */
  @api header = '';
  hasFooter = false;

  get hasHeader(): boolean {
    return typeof this.header === 'string' && this.header.trim() !== '';
  }

  get footerClass(): string {
    return this.hasFooter ? 'slds-modal__footer' : 'slds-hide';
  }

  handleFooterChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasFooter = slot.assignedNodes().length > 0;
  }
}
