import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { mapRevisions, revisionsRequest, toMetricsInput } from 'c/gapData';
import type { RankingLoad, ReadData, ReadRequest, RevisionView } from 'c/gapData';
import type { LoadProgress } from 'c/rankingLoader';
import type { RankingMethod } from 'c/gapRanking';
import { Memo } from 'c/memo';
import { WorkbenchRanking, csvFileName, rankingCsv, rankingFeed, visibleRows } from 'c/rankingView';
import type { PublishBasisView, RankingFeed, RankingSnapshot } from 'c/rankingView';
import type { WorkbenchRow } from 'c/rankingView';
import { downloadText } from './download';
import { afterPaint, nextFrame } from 'c/paintTiming';
import { mark } from './timing';
import { LABELS } from './labels';
import * as present from './present';

/**
 * The Top 10 tab: loads every open gap and its submissions (with progress), ranks them through
 * WorkbenchRanking, and composes settings, filters, notices, the ranking table (with the
 * explanation beside its row), CSV export and curation. Confidence follows each re-rank.
 */
export default class TopTenWorkbench extends LightningElement {
  labels = LABELS;
  /** The finished load from c-ranking-loader; null while it loads. */
  load: RankingLoad | null = null;
  loadProgress: LoadProgress = { loaded: 0, total: null, fraction: 0, requests: 0 };
  errors: unknown = null;
  revision: RevisionView | null = null;
  revisionRefresh: ReadRequest | null = null;
  private ranking = new WorkbenchRanking((generation) => mark(`change:${generation}`));
  state: RankingSnapshot = this.ranking.snapshot;
  private renderedGeneration = 0;
  private rowsMemo = new Memo(visibleRows);
  private feedMemo = new Memo(rankingFeed);

  // The ranking data comes from the c-ranking-loader child (parallel @wire cursors).
  handleLoadProgress(event: CustomEvent<LoadProgress>): void {
    this.loadProgress = event.detail;
  }
  handleLoaded(event: CustomEvent<{ load: RankingLoad }>): void {
    if (this.load || this.errors) return;
    this.load = event.detail.load;
    this.applyRevision(this.load.revision);
    mark('data-loaded');
    this.update(this.ranking.setData(toMetricsInput(this.load)));
  }
  handleLoadError(event: CustomEvent<{ errors: unknown }>): void {
    this.errors = event.detail.errors;
  }

  // After a publish only the revision is read again: the gaps and submissions did not change.
  @wire(graphql, {
    query: '$refreshQuery',
    variables: '$refreshVariables',
    operationName: 'TopTenRevisions'
  })
  wiredRevision(result: GraphQLResult<ReadData>): void {
    if (!result?.data || !this.revisionRefresh) return;
    const [newest] = mapRevisions(result.data);
    this.revision = newest?.status === 'Published' ? newest : null;
    this.revisionRefresh = null;
  }

  get refreshQuery(): unknown {
    return this.revisionRefresh?.query;
  }
  get refreshVariables(): Record<string, unknown> | undefined {
    return this.revisionRefresh?.variables;
  }

  private applyRevision(revision: RevisionView | null): void {
    this.revision = revision;
    this.state = this.ranking.applyRevision(revision);
  }

  /** Shows a new snapshot; a new ranking gets its confidence after the paint. */
  private update(next: RankingSnapshot): void {
    const previous = this.state.generation;
    this.state = next;
    if (next.generation === previous) return;
    mark(`ranked:${next.generation}`);
    afterPaint(() => (this.state = this.ranking.addConfidence(next.generation)));
  }

  override renderedCallback(): void {
    // The table of a new ranking is in the DOM: the end of a re-rank, for the benchmark.
    if (this.state.generation !== this.renderedGeneration) {
      const generation = (this.renderedGeneration = this.state.generation);
      mark(`rendered:${generation}`);
      nextFrame(() => mark(`frame:${generation}`));
    }
  }

  /** What the template shows: state name, progress, notices, summary and which parts render. */
  get view() {
    return present.screenView(
      this.errors,
      this.load,
      this.loadProgress,
      this.state,
      this.viewRows.length
    );
  }
  get viewRows(): WorkbenchRow[] {
    return this.rowsMemo.get(this.state.rows, this.state.view);
  }
  /** What the ranking rests on, for the publish confirmation (window, method, weights, counts). */
  get basis(): PublishBasisView {
    return this.ranking.basis(this.view.notices[0]?.text ?? null);
  }
  /** The ranking as the table, the filters and curation read it (one object per ranking). */
  get feed(): RankingFeed {
    return this.feedMemo.get(this.state.rows, this.state.ranked);
  }
  get method(): RankingMethod {
    return this.state.method;
  }
  get weights() {
    return this.state.weights;
  }

  /** Method, weights, reset, filters, sort and merges, as settings, filters, table and duplicates report them. */
  handleRankingChange(event: CustomEvent<unknown>): void {
    this.update(this.ranking.apply(event.type, event.detail));
  }
  handleExport(): void {
    downloadText(rankingCsv(this.viewRows, present.csvHeadings()), csvFileName(new Date()));
  }
  handlePublished(): void {
    this.revisionRefresh = revisionsRequest(1);
  }

  /** Skips the ranking: the focus goes to the curation panel beside it. */
  handleToCuration(): void {
    const curation = this.template?.querySelector('c-top-ten-curation');
    (curation as unknown as { focus(): void } | null)?.focus();
  }
}
