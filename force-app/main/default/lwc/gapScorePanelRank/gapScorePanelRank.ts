import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { acceptRankingData, rankingProgress, startRankingLoad, toMetricsInput } from 'c/gapData';
import type { RankingLoad, ReadData } from 'c/gapData';
import { liveRanking, rankingSettings } from 'c/gapScoring';
import type { PanelRanking } from 'c/gapScoring';
import { formatLabel, formatNumber } from 'c/format';
import { LABELS } from './labels';
import { confidenceText, overallText, sourceText } from './sentences';

/**
 * The gap's overall rank with its confidence and source, a loading state of its own until the
 * ranks arrive, their error, and the exact live re-rank: on demand, or at once when the panel
 * says the totals cannot rank (`exactFallback`). Fires `live` with the exact PanelRanking.
 */
export default class GapScorePanelRank extends LightningElement {
  @api gapId = '';
  @api ranking: PanelRanking | null = null;
  @api rankErrors: unknown = null;
  /** Set after `ranking`: true starts the exact read unless live ranks are shown or loading. */
  @api
  get exactFallback(): boolean {
    return this.fallback;
  }
  set exactFallback(value: boolean) {
    this.fallback = Boolean(value);
    if (this.fallback && !this.liveLoad && this.ranking?.source !== 'live') this.handleRerank();
  }
  labels = LABELS;
  liveLoad: RankingLoad | null = null;
  liveErrors: unknown = null;
  private fallback = false;

  @wire(graphql, {
    query: '$liveQuery',
    variables: '$liveVariables',
    operationName: '$liveOperation'
  })
  wiredLive(result: GraphQLResult<ReadData>): void {
    if (!this.liveLoad || this.liveLoad.done) return;
    if (result?.errors?.length) {
      this.liveErrors = result.errors;
      this.liveLoad = null;
      return;
    }
    if (!result?.data) return;
    const load = acceptRankingData(this.liveLoad, result.data);
    this.liveLoad = load.done ? null : load;
    if (!load.done) return;
    try {
      const settings = rankingSettings(load.revision);
      const ranking = liveRanking(toMetricsInput(load), this.gapId, settings);
      this.dispatchEvent(new CustomEvent('live', { detail: { ranking } }));
    } catch (error) {
      this.liveErrors = error;
    }
  }

  get liveQuery(): unknown {
    return this.liveLoad?.next?.query;
  }
  get liveVariables(): Record<string, unknown> | undefined {
    return this.liveLoad?.next?.variables;
  }
  get liveOperation(): string | undefined {
    return this.liveLoad?.next?.operationName;
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
  get isReranking(): boolean {
    return Boolean(this.liveLoad);
  }
  get progress(): { percent: number; text: string } {
    if (!this.liveLoad) return { percent: 0, text: '' };
    const { loaded, total, fraction } = rankingProgress(this.liveLoad);
    if (total === null) return { percent: 0, text: LABELS.RERANK_STARTING };
    return {
      percent: Math.round(fraction * 100),
      text: formatLabel(LABELS.RERANK_PROGRESS, formatNumber(loaded), formatNumber(total))
    };
  }

  handleRerank(): void {
    this.liveErrors = null;
    this.liveLoad = startRankingLoad();
  }
}
