import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import {
  MERGED_STATUS,
  acceptRankingData,
  mapRevisions,
  rankingProgress,
  revisionsRequest,
  startRankingLoad,
  toMetricsInput
} from 'c/gapData';
import type { RankingLoad, ReadData, ReadRequest, RevisionView } from 'c/gapData';
import { classifyErrors } from 'c/ldsErrors';
import type { GapMetrics, MetricKey, RankingMethod, Weights } from 'c/gapRanking';
import { formatLabel } from 'c/format';
import { Memo } from 'c/memo';
import { downloadText } from './download';
import { afterPaint, mark, nextFrame } from './timing';
import { LABELS, METHOD_LABELS } from './labels';
import {
  INITIAL_VIEW,
  applyFilter,
  toggleSort,
  visibleRows,
  windowInverted,
  windowOf
} from './view';
import type { ViewState } from './view';
import { csvFileName, rankingCsv } from './rankingCsv';
import { RankingSession, TOP_N, confidenceOf, explanationOf } from './session';
import type { RankedView } from './session';
import { canRank, settingsFromRevision, withWeight } from './settings';
import type { RankingSettings } from './settings';
import { withConfidence } from './rows';
import { topDuplicatePairs, withDuplicateMarks } from './duplicates';
import type { DuplicatePairView } from './duplicates';
import { corpusWeights, parseSynonyms } from 'c/gapMatching';
import type { Weights as WordWeights } from 'c/gapMatching';
import type { SortKey, WorkbenchRow } from './rows';
import * as present from './present';
import { publishBasis } from './basis';
import type { PublishBasisView } from './basis';
import TO_CURATION from '@salesforce/label/c.TopTen_Workbench_To_Curation';
import CURATION_REGION from '@salesforce/label/c.TopTen_Workbench_Curation_Region';

export type { WorkbenchRow } from './rows';

const NO_GAPS: readonly GapMetrics[] = [];
/** The admin's synonym list (a Custom Label), parsed once. */
const SYNONYMS = parseSynonyms(LABELS.SYNONYMS);
const DUPLICATE_TEXTS = { pair: LABELS.DUPLICATES_PAIR, mark: LABELS.DUPLICATE_MARK };

/**
 * The Top 10 tab: loads every open gap and its submissions (with progress), ranks them with the
 * engine, and shows the ranking with method and weight controls, filters, explanations, CSV
 * export and the curation panel. Confidence follows each re-rank without blocking it.
 */
export default class TopTenWorkbench extends LightningElement {
  labels = LABELS;
  curationText = { skip: TO_CURATION, region: CURATION_REGION };
  load: RankingLoad = startRankingLoad();
  errors: unknown = null;
  revision: RevisionView | null = null;
  initialSettings: RankingSettings = settingsFromRevision(null);
  method: RankingMethod = this.initialSettings.method;
  weights: Weights = this.initialSettings.weights;
  ranked: RankedView | null = null;
  rows: WorkbenchRow[] = [];
  /** Likely duplicate pairs among the proposed Top 10 (recomputed when the Top 10 or the data change). */
  duplicatePairs: DuplicatePairView[] = [];
  private duplicatesKey = '';
  private dataVersion = 0;
  /** Word weights of every ranked gap's name, computed once per data version. */
  private wordWeights: { version: number; weights: WordWeights } | null = null;
  confidencePending = false;
  generation = 0;
  engineMs: number | null = null;
  rankProblem: string | null = null;
  windowError: string | null = null;
  announcement = '';
  selectedGapId: string | null = null;
  revisionRefresh: ReadRequest | null = null;
  viewState: ViewState = INITIAL_VIEW;

  private session = new RankingSession();
  private renderedGeneration = 0;
  private rowsMemo = new Memo(visibleRows);
  // One basis object per ranking and setting, so curation is not re-rendered for nothing.
  private basisMemo = new Memo(
    (
      ranked: RankedView | null,
      state: ViewState,
      method: RankingMethod,
      weights: Weights,
      partial: string | null
    ) =>
      publishBasis(
        state,
        method,
        weights,
        ranked?.rows.length ?? 0,
        ranked?.report.submissionsCounted ?? 0,
        partial
      )
  );
  private weightControlsMemo = new Memo(present.weightControls);
  private areaOptionsMemo = new Memo(present.areaOptions);
  private statusOptionsMemo = new Memo(present.statusOptions);
  private explanationMemo = new Memo((model: RankedView['model'], gapId: string) => {
    const view = explanationOf(model, gapId);
    return view ? present.explanationDisplay(view) : null;
  });
  // Texts and options that never change: built once, not on every render.
  statics = {
    columns: present.tableColumns(),
    tableText: present.tableText(),
    methodOptions: present.methodOptions(),
    settingsText: present.settingsText(),
    filterText: present.filterText(),
    explanationText: present.explanationText()
  };

  @wire(graphql, {
    query: '$rankingQuery',
    variables: '$rankingVariables',
    operationName: '$rankingOperation'
  })
  wiredRanking(result: GraphQLResult<ReadData>): void {
    if (result?.errors?.length) {
      this.errors = result.errors;
      return;
    }
    if (!result?.data || this.load.done) return;
    const first = this.load.requests === 0;
    this.load = acceptRankingData(this.load, result.data);
    if (first) this.applyRevision(this.load.revision);
    if (this.load.done) {
      mark('data-loaded');
      this.session.setData(toMetricsInput(this.load));
      this.dataVersion++;
      this.rerank();
    }
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

  get rankingQuery(): unknown {
    return this.load.next?.query;
  }
  get rankingVariables(): Record<string, unknown> | undefined {
    return this.load.next?.variables;
  }
  get rankingOperation(): string | undefined {
    return this.load.next?.operationName;
  }
  get refreshQuery(): unknown {
    return this.revisionRefresh?.query;
  }
  get refreshVariables(): Record<string, unknown> | undefined {
    return this.revisionRefresh?.variables;
  }

  private applyRevision(revision: RevisionView | null): void {
    this.revision = revision;
    this.initialSettings = settingsFromRevision(revision);
    this.method = this.initialSettings.method;
    this.weights = this.initialSettings.weights;
  }

  /** Ranks with the current method, weights and window; confidence follows after the paint. */
  private rerank(): void {
    if (!this.session.hasData) return;
    if (!canRank(this.weights)) {
      this.rankProblem = LABELS.WEIGHTS_ZERO;
      return;
    }
    this.rankProblem = null;
    let ranked: RankedView | null;
    try {
      if (windowInverted(this.viewState)) throw new RangeError('window start after its end');
      ranked = this.session.rank(this.method, this.weights, windowOf(this.viewState));
      this.windowError = null;
    } catch {
      // A date the browser let through that is no ISO date, or an inverted window.
      this.windowError = LABELS.WINDOW_INVALID;
      return;
    }
    if (!ranked) return;
    this.ranked = ranked;
    this.updateDuplicates(ranked.rows);
    this.rows = withDuplicateMarks(ranked.rows, this.duplicatePairs, LABELS.DUPLICATE_MARK);
    this.engineMs = Math.round(ranked.engineMs * 100) / 100;
    this.generation++;
    mark(`ranked:${this.generation}`);
    this.confidencePending = true;
    this.announcement = formatLabel(
      LABELS.RERANKED,
      ranked.rows.length,
      METHOD_LABELS[this.method]
    );
    const generation = this.generation;
    afterPaint(() => {
      if (generation !== this.generation) return;
      this.rows = withDuplicateMarks(
        withConfidence(ranked.rows, confidenceOf(ranked.model)),
        this.duplicatePairs,
        LABELS.DUPLICATE_MARK
      );
      this.confidencePending = false;
    });
  }

  override renderedCallback(): void {
    // The table of a new ranking is in the DOM: the end of a re-rank, for the benchmark.
    if (this.generation !== this.renderedGeneration) {
      const generation = (this.renderedGeneration = this.generation);
      mark(`rendered:${generation}`);
      nextFrame(() => mark(`frame:${generation}`));
    }
  }

  // ---- state the template reads

  get isLoading(): boolean {
    return !this.errors && !this.load.done;
  }
  get hasError(): boolean {
    return Boolean(this.errors);
  }
  get hasRanking(): boolean {
    return !this.errors && this.ranked !== null && this.rows.length > 0;
  }
  get isEmpty(): boolean {
    return !this.errors && this.load.done && this.ranked !== null && this.rows.length === 0;
  }
  /** loading | error | noAccess | empty | ready: for tests, the benchmark and styling. */
  get stateName(): string {
    if (this.errors) return classifyErrors(this.errors) === 'noAccess' ? 'noAccess' : 'error';
    if (!this.load.done) return 'loading';
    return this.hasRanking ? 'ready' : 'empty';
  }
  /** pending while confidence is computed after a re-rank, done once it is shown. */
  get confidenceState(): string {
    return this.confidencePending ? 'pending' : 'done';
  }
  get exportDisabled(): boolean {
    return !this.hasRanking || this.viewRows.length === 0;
  }
  get progress(): { percent: number; text: string } {
    return present.progressView(rankingProgress(this.load));
  }
  get visibilityNotice(): string | null {
    return present.visibilityNotice(this.ranked?.report);
  }
  get loadIncomplete(): boolean {
    return this.load.gaps.incomplete || this.load.submissions.incomplete;
  }
  get settingsOrigin(): string {
    return present.settingsOrigin(this.initialSettings);
  }
  get viewRows(): WorkbenchRow[] {
    return this.rowsMemo.get(this.rows, this.viewState);
  }
  /** False while the date window cannot be used: no ranking is shown or published from it. */
  get windowUsable(): boolean {
    return this.windowError === null;
  }
  /** What the ranking rests on, for the publish confirmation (window, method, weights, counts). */
  get basis(): PublishBasisView {
    const partial = this.loadIncomplete ? LABELS.LOAD_INCOMPLETE : this.visibilityNotice;
    return this.basisMemo.get(this.ranked, this.viewState, this.method, this.weights, partial);
  }
  get noMatch(): boolean {
    return this.viewRows.length === 0;
  }
  get summary(): string {
    const counted = this.ranked?.report.submissionsCounted ?? 0;
    return present.summaryText(this.viewRows.length, this.rows.length, counted);
  }
  // Memoised so a re-rank does not hand the controls new arrays (and re-render them) for nothing.
  get weightControls() {
    return this.weightControlsMemo.get(this.weights);
  }
  get areaOptions() {
    return this.areaOptionsMemo.get(this.ranked?.details ?? NO_GAPS);
  }
  get statusOptions() {
    return this.statusOptionsMemo.get(this.ranked?.details ?? NO_GAPS);
  }
  /** Metric details of the ranked gaps (ARR split, severity counts), for the curation snapshot. */
  get gapMetrics() {
    return this.ranked?.details ?? null;
  }
  get explanation() {
    if (!this.selectedGapId || !this.ranked) return null;
    return this.explanationMemo.get(this.ranked.model, this.selectedGapId);
  }

  // ---- events

  handleMethodChange(event: CustomEvent<{ method: RankingMethod }>): void {
    if (event.detail.method === this.method) return;
    mark(`change:${this.generation + 1}`);
    this.method = event.detail.method;
    this.rerank();
  }
  handleWeightChange(event: CustomEvent<{ key: MetricKey; value: unknown }>): void {
    const { key, value } = event.detail;
    const weights = withWeight(this.weights, key, value);
    // The slider reports one move twice (input, then change): rank once per new value.
    if (weights[key] === this.weights[key]) return;
    mark(`change:${this.generation + 1}`);
    this.weights = weights;
    this.rerank();
  }
  /** Finds the likely duplicate pairs of the proposed Top 10, only when it or the data changed. */
  private updateDuplicates(rows: readonly WorkbenchRow[]): void {
    const top = rows.filter((row) => row.rank <= TOP_N).map((row) => row.id);
    const key = `${this.dataVersion}|${top.join(',')}`;
    if (key === this.duplicatesKey) return;
    this.duplicatesKey = key;
    if (this.wordWeights?.version !== this.dataVersion) {
      this.wordWeights = { version: this.dataVersion, weights: corpusWeights(rows, SYNONYMS) };
    }
    this.duplicatePairs = topDuplicatePairs(
      rows,
      SYNONYMS,
      DUPLICATE_TEXTS,
      TOP_N,
      this.wordWeights.weights
    );
  }

  /** A pair was merged from the tab: the org committed it, so rank again with the gap's demand moved to the survivor. */
  handleMerged(event: CustomEvent<{ gapId: string; survivorId: string }>): void {
    this.session.recordMerge(event.detail.gapId, event.detail.survivorId, MERGED_STATUS);
    this.dataVersion++;
    this.rerank();
  }

  handleReset(): void {
    this.method = this.initialSettings.method;
    this.weights = this.initialSettings.weights;
    this.rerank();
  }
  handleFilterChange(event: CustomEvent<{ name: string; value: string }>): void {
    const { state, windowChanged } = applyFilter(
      this.viewState,
      event.detail.name,
      event.detail.value
    );
    this.viewState = state;
    if (windowChanged) this.rerank();
  }
  handleSort(event: CustomEvent<{ key: SortKey }>): void {
    this.viewState = toggleSort(this.viewState, event.detail.key);
  }
  handleExplain(event: CustomEvent<{ gapId: string }>): void {
    this.selectedGapId = event.detail.gapId;
  }
  handleCloseExplanation(): void {
    this.selectedGapId = null;
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
