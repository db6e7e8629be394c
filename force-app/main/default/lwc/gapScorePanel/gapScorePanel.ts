import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { NavigationMixin } from 'lightning/navigation';
import * as data from 'c/gapData';
import type { GapDetail, MetricTotals, ReadData, RevisionView } from 'c/gapData';
import { formatLabel } from 'c/format';
import * as scoring from 'c/gapScoring';
import type { OwnMetrics, PanelRanking } from 'c/gapScoring';
import { LABELS } from './labels';
import { detailView, publishedRevision } from './present';
import { estimateFor, followConfidence, gapReference, isOpenGap, panelState } from './panelState';

type Result = GraphQLResult<ReadData>;
const REVISIONS = data.revisionsRequest(1);
const TOTALS = data.metricTotalsRequest();

/**
 * The gap-scoring panel of the Product Gap record page. Its three reads (the gap's detail, the
 * published revision, the aggregate totals) start together; the gap shows as soon as its detail
 * arrives and the ranks when the totals do. Each section is a child that builds its own view;
 * the panel holds the reads, the ranking and the exact live re-rank.
 */
export default class GapScorePanel extends NavigationMixin(LightningElement) {
  @api recordId?: string;
  labels = LABELS;
  detail: GapDetail | null = null;
  detailLoaded = false;
  detailErrors: unknown = null;
  revision: RevisionView | null = null;
  revisionLoaded = false;
  rankErrors: unknown = null;
  own: OwnMetrics | null = null;
  live: PanelRanking | null = null;
  /** The exact read ranks instead of the totals: they lack a weighed metric, or were refused. */
  exactFallback = false;
  totalsRefused = false;
  survivorUrl: string | null = null;
  view: ReturnType<typeof detailView> | null = null;
  estimate: PanelRanking | null = null;
  private totals: MetricTotals | null = null;
  private detailResult: Result | null = null;
  // Neither depends on the gap: both are sent with the detail, not after it.
  revisionQuery = REVISIONS.query;
  revisionVariables = REVISIONS.variables;
  totalsQuery = TOTALS.query;
  totalsVariables = TOTALS.variables;

  @wire(graphql, {
    query: '$detailQuery',
    variables: '$detailVariables',
    operationName: 'GapDetail'
  })
  wiredDetail(result: Result): void {
    if (result?.errors?.length) this.detailErrors = result.errors;
    if (result?.errors?.length || !result?.data) return;
    this.detailResult = result;
    this.detailErrors = null;
    this.detail = data.mapGapDetail(result.data);
    this.detailLoaded = true;
    this.own = this.detail ? scoring.ownMetrics(this.detail) : null;
    this.view = this.detail && this.own ? detailView(this.detail, this.own) : null;
    this.live = null;
    this.updateEstimate();
    this.updateSurvivorUrl();
  }

  @wire(graphql, {
    query: '$revisionQuery',
    variables: '$revisionVariables',
    operationName: 'TopTenRevisions'
  })
  wiredRevision(result: Result): void {
    if (result?.errors?.length) this.rankErrors = result.errors;
    if (result?.errors?.length || !result?.data) return;
    this.revision = publishedRevision(data.mapRevisions(result.data));
    this.revisionLoaded = true;
    this.updateEstimate();
  }

  @wire(graphql, {
    query: '$totalsQuery',
    variables: '$totalsVariables',
    operationName: 'GapMetricTotals'
  })
  wiredTotals(result: Result): void {
    // An org that refuses the aggregate still ranks: from the exact read.
    if (result?.errors?.length) this.exactFallback = this.totalsRefused = true;
    if (result?.errors?.length || !result?.data) return;
    this.totals = data.mapMetricTotals(result.data);
    this.updateEstimate();
  }

  get detailQuery(): unknown {
    return data.gapDetailRequest(this.recordId)?.query;
  }
  get detailVariables(): Record<string, unknown> | undefined {
    return data.gapDetailRequest(this.recordId)?.variables;
  }
  /** Recomputed only when the detail, the revision or the totals change. */
  private updateEstimate(): void {
    const revision = { loaded: this.revisionLoaded, value: this.revision };
    const outcome = estimateFor(this.detail, this.own, this.totals, revision);
    if (!outcome) return;
    this.estimate = outcome.estimate;
    this.exactFallback = outcome.exactFallback;
    if (outcome.error) this.rankErrors = outcome.error;
    followConfidence(outcome, this);
  }
  private updateSurvivorUrl(): void {
    const survivorId = this.detail?.gap.duplicateOfId;
    this.survivorUrl = null;
    if (!survivorId) return;
    this[NavigationMixin.GenerateUrl](gapReference(survivorId)).then((url) => {
      this.survivorUrl = url;
    });
  }

  /** The state (loading, error, noAccess, notFound, merged, closed, ready) and its flags. */
  get state(): ReturnType<typeof panelState> {
    return panelState(this.detailErrors, this.detailLoaded, this.detail);
  }
  /** A real link once generated; '#' before, so the anchor stays focusable (the click navigates). */
  get survivorHref(): string {
    return this.survivorUrl ?? '#';
  }
  get closedText(): string | null {
    return this.state.closed ? formatLabel(LABELS.CLOSED, this.detail!.gap.status) : null;
  }
  get ranking(): PanelRanking | null {
    return isOpenGap(this.detail) ? (this.live ?? this.estimate) : null;
  }
  /** The exact ranks of the rank child's live read replace the estimate. */
  handleLive(event: CustomEvent<{ ranking: PanelRanking }>): void {
    this.live = event.detail.ranking;
  }

  handleSurvivorClick(event: Event): void {
    const survivorId = this.detail?.gap.duplicateOfId;
    if (!survivorId) return;
    event.preventDefault();
    this[NavigationMixin.Navigate](gapReference(survivorId));
  }

  /** After a merge or a status change the gap is read again (the ranks follow from it). */
  handleChanged(): void {
    this.live = null;
    this.detailResult?.refresh?.();
  }
}
