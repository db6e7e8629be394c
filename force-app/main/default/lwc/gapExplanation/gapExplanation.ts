import { LightningElement, api } from 'lwc';
import type { RankingModel } from 'c/gapRanking';
import { LABELS } from './labels';
import { explanationDisplay } from './display';
import type { ExplanationDisplay } from './display';

export type { ExplanationDisplay } from './display';

/**
 * Why a gap ranks where it does (each metric's place and share of its score) and what would
 * bring it into the Top 10: the single-metric increases that suffice, the metrics where none
 * does (said once), and how far the last Top 10 gap is ahead. Fires `close`; `focusHeading()` moves
 * focus to its heading.
 */
export default class GapExplanation extends LightningElement {
  /** The ranking (c/rankingView RankingFeed, a class instance LWC passes as is) with its model. */
  @api feed: { model: RankingModel | null } | null = null;
  @api gapId: string | null = null;
  labels = LABELS;
  private cache: { model: unknown; gapId: unknown; display: ExplanationDisplay | null } | null =
    null;

  get explanation(): ExplanationDisplay | null {
    const cache = this.cache;
    const model = this.feed?.model ?? null;
    if (!cache || cache.model !== model || cache.gapId !== this.gapId) {
      const display = explanationDisplay(model, this.gapId);
      this.cache = { model, gapId: this.gapId, display };
    }
    return this.cache!.display;
  }

  /** Moves focus to the explanation's heading (the table calls it when it opens). */
  @api
  focusHeading(): void {
    (this.template?.querySelector('.title') as HTMLElement | null)?.focus();
  }

  handleClose(): void {
    this.dispatchEvent(new CustomEvent('close'));
  }
  handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.handleClose();
  }
}
