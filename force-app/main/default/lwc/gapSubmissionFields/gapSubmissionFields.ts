import { LightningElement, api } from 'lwc';
import { emptyForm, shownProblems } from 'c/gapSubmissionForm';
import type { FlagForm } from 'c/gapSubmissionForm';
import { detailFieldViews, gapFieldViews } from './fieldViews';
import type { FieldView } from './fieldViews';

/** A base input's constraint-validation API (lightning-input, -textarea, -combobox, -radio-group). */
interface Validatable extends HTMLElement {
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
}

/**
 * One group of the flag form's fields ('gap': the new gap's title, summary and area; 'detail':
 * severity and the texts), built from the form and whether Save was tried; reports each edit as
 * `fieldchange` { field, value } (the action owns the values). A field's error is set on the
 * base component itself, which marks its input `aria-invalid` and links the message with
 * `aria-describedby` inside its own shadow tree.
 */
export default class GapSubmissionFields extends LightningElement {
  fields: FieldView[] = [];
  private current: FlagForm = emptyForm();
  private tried = false;
  private kind: 'gap' | 'detail' = 'detail';
  /** Fields whose error is shown, so a cleared error is cleared on screen too. */
  private reported = new Set<string>();

  @api
  get form(): FlagForm {
    return this.current;
  }
  set form(value: FlagForm) {
    this.current = value ?? emptyForm();
    this.rebuild();
  }

  /** True once Save was tried: required fields left empty are errors from then on. */
  @api
  get attempted(): boolean {
    return this.tried;
  }
  set attempted(value: boolean) {
    this.tried = Boolean(value);
    this.rebuild();
  }

  @api
  get group(): 'gap' | 'detail' {
    return this.kind;
  }
  set group(value: 'gap' | 'detail') {
    this.kind = value === 'gap' ? 'gap' : 'detail';
    this.rebuild();
  }

  /** Moves focus to the group's first field. */
  @api
  focusFirst(): void {
    this.template?.querySelector<HTMLElement>('[data-field]')?.focus();
  }

  private rebuild(): void {
    const problems = shownProblems(this.current, this.tried);
    this.fields = (this.kind === 'gap' ? gapFieldViews : detailFieldViews)(this.current, problems);
  }

  override renderedCallback(): void {
    for (const field of this.fields) {
      const input = this.template?.querySelector<Validatable>(`[data-field="${field.name}"]`);
      if (!input || (!field.errorText && !this.reported.has(field.name))) continue;
      input.setCustomValidity(field.errorText ?? '');
      input.reportValidity();
      if (field.errorText) this.reported.add(field.name);
      else this.reported.delete(field.name);
    }
  }

  handleChange(event: CustomEvent<{ value?: string }>): void {
    const target = event.currentTarget as HTMLElement;
    const field = target.dataset.field;
    if (!field) return;
    const value = event.detail?.value ?? '';
    this.dispatchEvent(new CustomEvent('fieldchange', { detail: { field, value: String(value) } }));
  }
}
