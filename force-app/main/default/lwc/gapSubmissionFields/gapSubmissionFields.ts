import { LightningElement, api } from 'lwc';
import type { FieldView } from '../gapSubmissionAction/present';

/**
 * Renders the flag form's fields from ready-made views (label, value, counter, inline error) and
 * reports each edit as `fieldchange` { field, value }; the action owns the values.
 */
export default class GapSubmissionFields extends LightningElement {
  @api fields: FieldView[] = [];

  handleChange(event: CustomEvent<{ value?: string }>): void {
    const target = event.currentTarget as HTMLElement;
    const field = target.dataset.field;
    if (!field) return;
    const value = event.detail?.value ?? '';
    this.dispatchEvent(new CustomEvent('fieldchange', { detail: { field, value: String(value) } }));
  }
}
