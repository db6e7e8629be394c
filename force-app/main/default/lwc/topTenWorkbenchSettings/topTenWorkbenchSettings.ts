import { LightningElement, api } from 'lwc';

/** One weight slider as the parent prepares it. */
export interface WeightControl {
  key: string;
  label: string;
  value: number;
  max: number;
}

export interface SettingsText {
  method: string;
  weights: string;
  reset: string;
}

/**
 * The ranking method picker and one slider per metric weight. Fires `methodchange` (detail
 * { method }), `weightchange` (detail { key, value }) and `reset`; holds no state of its own.
 */
export default class TopTenWorkbenchSettings extends LightningElement {
  @api method = 'borda';
  @api methodOptions: { label: string; value: string }[] = [];
  @api weightControls: WeightControl[] = [];
  @api text: SettingsText = { method: '', weights: '', reset: '' };

  handleMethod(event: CustomEvent<{ value: string }>): void {
    const method = event.detail.value;
    this.dispatchEvent(new CustomEvent('methodchange', { detail: { method } }));
  }

  handleWeight(event: CustomEvent<{ value: number | string }>): void {
    const key = (event.currentTarget as HTMLElement).dataset.key;
    this.dispatchEvent(
      new CustomEvent('weightchange', { detail: { key, value: event.detail.value } })
    );
  }

  handleReset(): void {
    this.dispatchEvent(new CustomEvent('reset'));
  }
}
