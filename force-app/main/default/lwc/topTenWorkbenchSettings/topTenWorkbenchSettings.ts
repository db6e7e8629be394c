import { LightningElement, api } from 'lwc';
import type { Weights } from 'c/gapRanking';
import type { RankingSettings } from 'c/rankingView';
import { LABELS } from './labels';
import { methodHelp, methodOptions, settingsOrigin, weightControls } from './controls';

/**
 * The ranking method picker with a sentence on the chosen method, one slider per metric weight,
 * where the starting settings came from, and what Top 10 confidence means. Fires `methodchange`
 * (detail { method }), `weightchange` (detail { key, value }) and `reset`; holds no ranking state.
 */
export default class TopTenWorkbenchSettings extends LightningElement {
  @api initial: RankingSettings | null = null;
  @api method = 'borda';
  /** Why the weights cannot rank (e.g. all 0), shown as an alert; null for none. */
  @api problem: string | null = null;
  @api weights: Weights | null = null;
  labels = LABELS;
  methodOptions = methodOptions();
  private controlsCache: { weights: unknown; controls: ReturnType<typeof weightControls> } = {
    weights: null,
    controls: weightControls(null)
  };

  /** Rebuilt only when the weights object changes, so a re-render does not re-create the sliders. */
  get weightControls() {
    if (this.controlsCache.weights !== this.weights) {
      this.controlsCache = { weights: this.weights, controls: weightControls(this.weights) };
    }
    return this.controlsCache.controls;
  }
  get origin(): string {
    return settingsOrigin(this.initial);
  }
  get help(): string {
    return methodHelp(this.method);
  }

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
