import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { NavigationMixin } from 'lightning/navigation';
import {
  acceptRankingData,
  gapDetailRequest,
  mapGapDetail,
  mapMetricTotals,
  mapRevisions,
  metricTotalsRequest,
  rankingProgress,
  revisionsRequest,
  startRankingLoad,
  toMetricsInput
} from 'c/gapData';
import type { GapDetail, MetricTotals, RankingLoad, ReadData, RevisionView } from 'c/gapData';
import { isClosedStatus } from 'c/gapRanking';
import { classifyErrors } from 'c/ldsErrors';
import { formatLabel, formatNumber } from 'c/format';
import { LABELS } from './labels';
import * as present from './present';
import { estimateRanking, liveRanking, ownMetrics, rankingSettings, totalsCover } from './scoring';
import type { OwnMetrics, PanelRanking } from './scoring';

const DETAIL = 'GapDetail';
const REVISIONS = 'TopTenRevisions';
const TOTALS = 'GapMetricTotals';

/**
 * The gap-scoring panel of the Product Gap record page: the gap's metrics and ranks, its place in
 * the published Top 10, ARR by outcome, strategic accounts, submissions and the path into the
 * Top 10, in three requests (detail and published revision, then the aggregate totals of an open
 * gap); an exact live re-rank on demand; and merging the gap into the one it duplicates.
 */
export default class GapScorePanel extends NavigationMixin(LightningElement) {
  @api recordId?: string;
  labels = LABELS;
  detail: GapDetail | null = null;
  detailLoaded = false;
  detailErrors: unknown = null;
  revision: RevisionView | null = null;
  revisionLoaded = false;
  totals: MetricTotals | null = null;
  rankErrors: unknown = null;
  own: OwnMetrics | null = null;
  estimate: PanelRanking | null = null;
  live: PanelRanking | null = null;
  liveLoad: RankingLoad | null = null;
  liveErrors: unknown = null;
  /** The totals cannot rank with the published weights: the exact read was started instead. */
  exactFallback = false;
  survivorUrl: string | null = null;
  /** What the template shows from the detail, built once per detail. */
  detailView: ReturnType<typeof present.detailView> | null = null;
  /** What the template shows from the ranking, built once per ranking change. */
  rankView: ReturnType<typeof present.rankView> | null = null;
  private detailResult: GraphQLResult<ReadData> | null = null;
  private revisionRequest = revisionsRequest(1);
  private totalsRequest = metricTotalsRequest();

  @wire(graphql, { query: '$detailQuery', variables: '$detailVariables', operationName: DETAIL })
  wiredDetail(result: GraphQLResult<ReadData>): void {
    if (result?.errors?.length) {
      this.detailErrors = result.errors;
      return;
    }
    if (!result?.data) return;
    this.detailResult = result;
    this.detailErrors = null;
    this.detail = mapGapDetail(result.data);
    this.detailLoaded = true;
    this.own = this.detail ? ownMetrics(this.detail) : null;
    this.detailView = this.detail && this.own ? present.detailView(this.detail, this.own) : null;
    this.live = null;
    this.updateEstimate();
    this.updateRankView();
    this.updateSurvivorUrl();
  }

  @wire(graphql, {
    query: '$revisionQuery',
    variables: '$revisionVariables',
    operationName: REVISIONS
  })
  wiredRevision(result: GraphQLResult<ReadData>): void {
    if (result?.errors?.length) {
      this.rankErrors = result.errors;
      return;
    }
    if (!result?.data) return;
    this.revision = present.publishedRevision(mapRevisions(result.data));
    this.revisionLoaded = true;
    this.updateEstimate();
  }

  @wire(graphql, { query: '$totalsQuery', variables: '$totalsVariables', operationName: TOTALS })
  wiredTotals(result: GraphQLResult<ReadData>): void {
    if (result?.errors?.length) {
      this.rankErrors = result.errors;
      return;
    }
    if (!result?.data) return;
    this.totals = mapMetricTotals(result.data);
    this.updateEstimate();
  }

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
    if (load.done && this.detail) {
      this.live = liveRanking(
        toMetricsInput(load),
        this.detail.gap.id,
        rankingSettings(load.revision)
      );
      this.updateRankView();
    }
    this.liveLoad = load.done ? null : load;
  }

  get detailQuery(): unknown {
    return gapDetailRequest(this.recordId)?.query;
  }
  get detailVariables(): Record<string, unknown> | undefined {
    return gapDetailRequest(this.recordId)?.variables;
  }
  get revisionQuery(): unknown {
    return this.revisionRequest.query;
  }
  get revisionVariables(): Record<string, unknown> {
    return this.revisionRequest.variables;
  }
  // The totals are the heaviest read: sent once the gap is shown, and only for an open gap.
  get totalsQuery(): unknown {
    return this.isOpen ? this.totalsRequest.query : undefined;
  }
  get totalsVariables(): Record<string, unknown> | undefined {
    return this.isOpen ? this.totalsRequest.variables : undefined;
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

  /** Recomputed only when the detail, the revision or the totals change. */
  private updateEstimate(): void {
    if (!this.detail || !this.totals || !this.revisionLoaded) return;
    const { gap } = this.detail;
    const settings = rankingSettings(this.revision);
    if (!totalsCover(this.totals, settings)) {
      // ARR, TAM and lost ARR are sums of parent fields no documented aggregate gives: rank
      // from every submission (the Top 10 tab's exact read) instead of a wrong estimate.
      this.estimate = null;
      this.exactFallback = true;
      if (this.isOpen && !this.live && !this.liveLoad) this.handleRerank();
      this.updateRankView();
      return;
    }
    this.exactFallback = false;
    try {
      this.estimate = estimateRanking(
        this.totals,
        this.own,
        { id: gap.id, name: gap.name, ranked: this.isOpen },
        settings
      );
    } catch (error) {
      this.rankErrors = error;
    }
    this.updateRankView();
  }

  private updateRankView(): void {
    this.rankView = this.own ? present.rankView(this.own, this.ranking) : null;
  }

  private updateSurvivorUrl(): void {
    const survivorId = this.detail?.gap.duplicateOfId;
    this.survivorUrl = null;
    if (!survivorId) return;
    this[NavigationMixin.GenerateUrl](this.recordReference(survivorId)).then((url) => {
      this.survivorUrl = url;
    });
  }

  private recordReference(recordId: string) {
    return {
      type: 'standard__recordPage',
      attributes: { recordId, objectApiName: 'Product_Gap__c', actionName: 'view' }
    };
  }

  // ---- state the template reads

  /** loading | error | noAccess | notFound | merged | closed | ready: for tests and styling. */
  get stateName(): string {
    if (this.detailErrors) {
      return classifyErrors(this.detailErrors) === 'noAccess' ? 'noAccess' : 'error';
    }
    if (!this.detailLoaded) return 'loading';
    if (!this.detail) return 'notFound';
    if (this.detail.gap.duplicateOfId) return 'merged';
    return this.isOpen ? 'ready' : 'closed';
  }
  get isLoading(): boolean {
    return this.stateName === 'loading';
  }
  get hasError(): boolean {
    return Boolean(this.detailErrors);
  }
  get isNotFound(): boolean {
    return this.stateName === 'notFound';
  }
  get isOpen(): boolean {
    return Boolean(
      this.detail && !this.detail.gap.duplicateOfId && !isClosedStatus(this.detail.gap.status)
    );
  }
  /** A real link once generated; '#' before, so the anchor stays focusable (the click navigates). */
  get survivorHref(): string {
    return this.survivorUrl ?? '#';
  }
  get isMerged(): boolean {
    return this.stateName === 'merged';
  }
  get closedText(): string | null {
    return this.stateName === 'closed' ? formatLabel(LABELS.CLOSED, this.detail!.gap.status) : null;
  }
  get ranking(): PanelRanking | null {
    return this.isOpen ? (this.live ?? this.estimate) : null;
  }
  get ranksLoading(): boolean {
    return this.isOpen && !this.ranking && !this.rankErrors;
  }
  get showRankErrors(): boolean {
    return this.isOpen && !this.ranking && Boolean(this.rankErrors);
  }
  get publishedLines(): { key: string; text: string }[] {
    if (!this.revisionLoaded || !this.detail) return [];
    return present
      .publishedLines(this.detail.publishedEntry, this.revision)
      .map((text, index) => ({ key: `p${index}`, text }));
  }
  get isReranking(): boolean {
    return this.liveLoad !== null;
  }
  get rerankDisabled(): boolean {
    return this.isReranking || !this.isOpen;
  }
  get rerankProgress(): { percent: number; text: string } {
    if (!this.liveLoad) return { percent: 0, text: '' };
    const { loaded, total, fraction } = rankingProgress(this.liveLoad);
    if (total === null) return { percent: 0, text: LABELS.RERANK_STARTING };
    return {
      percent: Math.round(fraction * 100),
      text: formatLabel(LABELS.RERANK_PROGRESS, formatNumber(loaded), formatNumber(total))
    };
  }
  // ---- events

  handleRerank(): void {
    this.liveErrors = null;
    this.liveLoad = startRankingLoad();
  }

  handleSurvivorClick(event: Event): void {
    const survivorId = this.detail?.gap.duplicateOfId;
    if (!survivorId) return;
    event.preventDefault();
    this[NavigationMixin.Navigate](this.recordReference(survivorId));
  }

  /** After a merge the gap is closed and merged: read it again to show where it went. */
  handleMerged(): void {
    this.live = null;
    this.detailResult?.refresh?.();
  }
}
