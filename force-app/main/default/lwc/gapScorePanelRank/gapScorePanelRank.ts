import { LightningElement, api } from 'lwc';
import { toMetricsInput } from 'c/gapData';
import type { RankingLoad } from 'c/gapData';
import type { LoadProgress } from 'c/rankingLoader';
import { liveRankingStaged, rankingSettings } from 'c/gapScoring';
import { afterPaint } from 'c/paintTiming';
import type { PanelRanking } from 'c/gapScoring';
import { formatLabel, formatNumber } from 'c/format';
import { LABELS } from './labels';
import { announcementText, confidenceText, overallText, sourceText } from './sentences';

/**
 * The gap's overall rank with its confidence and source, a loading state of its own until the
 * ranks arrive, a pending overall rank beside places from the totals (a 'partial' ranking) while
 * the exact read runs, one status line said once per arrival, their error, and the exact
 * re-rank: on demand, or at once when the panel says the totals cannot rank (`exactFallback`).
 * The exact read is the Top 10 tab's own parallel load (c-ranking-loader, rendered while it
 * runs). Fires `live` with the exact PanelRanking.
 */
export default class GapScorePanelRank extends LightningElement {
  @api gapId = '';
  @api ranking: PanelRanking | null = null;
  @api rankErrors: unknown = null;
  /** The org refused the per-gap totals (the exact read ranks instead, whatever the weights). */
  @api totalsRefused = false;
  /** Set after `ranking`: true starts the exact read unless live ranks are shown or loading. */
  @api
  get exactFallback(): boolean {
    return this.fallback;
  }
  set exactFallback(value: boolean) {
    this.fallback = Boolean(value);
    if (this.fallback && !this.reranking && this.ranking?.source !== 'live') this.handleRerank();
  }
  labels = LABELS;
  /** True while c-ranking-loader reads every open gap and submission. */
  reranking = false;
  liveProgress: LoadProgress | null = null;
  liveErrors: unknown = null;
  private fallback = false;
  /** The person pressed Re-rank live: the button gets the focus back when the read ends. */
  private returnFocus = false;
  /** Exact reads started: a confidence computed for an older one is dropped. */
  private reads = 0;

  handleLoadProgress(event: CustomEvent<LoadProgress>): void {
    this.liveProgress = event.detail;
  }
  /** The live ranks at once; their confidence (the slow part) once they are painted. */
  handleLoaded(event: CustomEvent<{ load: RankingLoad }>): void {
    if (!this.reranking) return;
    this.reranking = false;
    const read = this.reads;
    const load = event.detail.load;
    try {
      const settings = rankingSettings(load.revision);
      const staged = liveRankingStaged(toMetricsInput(load), this.gapId, settings);
      this.dispatchEvent(new CustomEvent('live', { detail: { ranking: staged.ranking } }));
      afterPaint(() => {
        if (read !== this.reads) return; // a newer read replaces these ranks
        const ranking = { ...staged.ranking, confidence: staged.confidence() };
        this.dispatchEvent(new CustomEvent('live', { detail: { ranking } }));
      });
    } catch (error) {
      this.liveErrors = error;
    }
  }
  handleLoadError(event: CustomEvent<{ errors: unknown }>): void {
    this.reranking = false;
    this.liveErrors = event.detail.errors;
  }

  /** Why every submission is read: the totals were refused, or the weights need sums they lack. */
  get fallbackText(): string {
    return this.totalsRefused ? LABELS.EXACT_FALLBACK_REFUSED : LABELS.EXACT_FALLBACK;
  }
  /** Places from the totals are shown; the overall rank waits for the exact read. */
  get partial(): boolean {
    return this.ranking?.source === 'partial';
  }
  /** The status region's text: changes once per arrival, never per progress tick. */
  get announcement(): string {
    return announcementText(this.ranking);
  }
  get overallText(): string | null {
    return this.ranking ? overallText(this.ranking) : null;
  }
  /** The overall rank, for data-rank (tests and styling); empty when not ranked. */
  get rank(): string {
    return String(this.ranking?.explanation?.rank ?? '');
  }
  get sourceText(): string | null {
    return this.ranking ? sourceText(this.ranking) : null;
  }
  get confidenceText(): string | null {
    return this.ranking ? confidenceText(this.ranking) : null;
  }
  get truncated(): boolean {
    return Boolean(this.ranking?.truncated);
  }
  get isLoading(): boolean {
    return !this.ranking && !this.rankErrors && !this.liveErrors;
  }
  get showErrors(): boolean {
    return !this.ranking && Boolean(this.rankErrors);
  }
  get progress(): { percent: number; text: string } {
    const { loaded = 0, total = null, fraction = 0 } = this.liveProgress ?? {};
    // A read the panel started is the Top 10 tab's load, in its words; a pressed one (the button
    // gets the focus back when it ends), a re-rank.
    const pressed = this.returnFocus;
    if (total === null) {
      return { percent: 0, text: pressed ? LABELS.RERANK_STARTING : LABELS.LOAD_STARTING };
    }
    const label = pressed ? LABELS.RERANK_PROGRESS : LABELS.LOAD_PROGRESS;
    return {
      percent: Math.round(fraction * 100),
      text: formatLabel(label, formatNumber(loaded), formatNumber(total))
    };
  }

  /** Starts the exact read: from the button (`event`), or by itself when the totals cannot rank. */
  handleRerank(event?: Event): void {
    this.returnFocus = Boolean(event);
    this.reads++;
    this.liveErrors = null;
    this.liveProgress = null;
    this.reranking = true;
  }

  override renderedCallback(): void {
    // The button is disabled while the read runs, which drops the focus: it comes back after.
    if (this.reranking || !this.returnFocus) return;
    this.returnFocus = false;
    this.template?.querySelector<HTMLElement>('.rerank-button')?.focus();
  }
}
