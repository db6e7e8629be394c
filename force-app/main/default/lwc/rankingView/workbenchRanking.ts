// The Top 10 tab's ranking state outside the component: method, weights and what the person looks
// at, re-ranked through the session; each change yields a new immutable snapshot the screen
// renders. Confidence and likely duplicates follow each ranking without blocking it.
import { MERGED_STATUS } from 'c/gapData';
import { corpusWeights, parseSynonyms } from 'c/gapMatching';
import type { Weights as WordWeights } from 'c/gapMatching';
import { METRIC_KEYS, RANKING_METHODS } from 'c/gapRanking';
import type { MetricKey, MetricsInput, RankingMethod, Weights } from 'c/gapRanking';
import { formatLabel } from 'c/format';
import { topDuplicatePairs, withDuplicateMarks } from './duplicates';
import type { DuplicatePairView } from './duplicates';
import { LABELS, METHOD_LABELS } from './labels';
import { withConfidence } from './rows';
import type { SortKey, WorkbenchRow } from './rows';
import { RankingSession, TOP_N, confidenceOf } from './session';
import type { RankedView } from './session';
import { canRank, settingsFromRevision, withWeight } from './settings';
import type { RankingSettings, RevisionSettings } from './settings';
import { publishBasis } from './basis';
import type { PublishBasisView } from './basis';
import { INITIAL_VIEW, applyFilter, toggleSort, windowInverted, windowOf } from './view';
import type { ViewState } from './view';

/** What the screen renders of the ranking; a new object after every change. */
export interface RankingSnapshot {
  initial: RankingSettings;
  method: RankingMethod;
  weights: Weights;
  view: ViewState;
  ranked: RankedView | null;
  rows: WorkbenchRow[];
  duplicatePairs: DuplicatePairView[];
  /** Why the weights cannot rank (all zero), or null. */
  rankProblem: string | null;
  /** Why the date window cannot be used, or null. */
  windowError: string | null;
  /** Milliseconds the engine took for the last ranking (2 decimals), for the benchmark. */
  engineMs: number | null;
  /** Increases with every new ranking. */
  generation: number;
  confidencePending: boolean;
  /** "Re-ranked 120 gaps by …", for the live region. */
  announcement: string;
}

const SYNONYMS = parseSynonyms(LABELS.SYNONYMS);
const DUPLICATE_TEXTS = { pair: LABELS.DUPLICATES_PAIR, mark: LABELS.DUPLICATE_MARK };

/** Holds one screen's ranking state; every method returns the snapshot to render (never throws). */
export class WorkbenchRanking {
  private session = new RankingSession();
  private state: RankingSnapshot;
  private dataVersion = 0;
  private duplicatesKey = '';
  private wordWeights: { version: number; weights: WordWeights } | null = null;
  private basisCache: { key: unknown[]; basis: PublishBasisView } | null = null;

  /** `beforeRank(generation)` runs just before each ranking starts (the benchmark's marks). */
  constructor(private readonly beforeRank: (generation: number) => void = () => undefined) {
    const initial = settingsFromRevision(null);
    this.state = {
      initial,
      method: initial.method,
      weights: initial.weights,
      view: INITIAL_VIEW,
      ranked: null,
      rows: [],
      duplicatePairs: [],
      rankProblem: null,
      windowError: null,
      engineMs: null,
      generation: 0,
      confidencePending: false,
      announcement: ''
    };
  }

  /** The current snapshot. */
  get snapshot(): RankingSnapshot {
    return this.state;
  }

  /** Starts from the published revision's method and weights (engine defaults without one). */
  applyRevision(revision: RevisionSettings | null): RankingSnapshot {
    const initial = settingsFromRevision(revision);
    return this.set({ initial, method: initial.method, weights: initial.weights });
  }

  /** Gives the loaded data and ranks it. */
  setData(input: MetricsInput): RankingSnapshot {
    this.session.setData(input);
    this.dataVersion++;
    return this.rerank();
  }

  /** Ranks with another method; the same snapshot when the method did not change. */
  setMethod(method: RankingMethod): RankingSnapshot {
    if (method === this.state.method || !RANKING_METHODS.includes(method)) return this.state;
    this.set({ method });
    return this.rerank();
  }

  /** Sets one weight (clamped by withWeight); the same snapshot when the value did not change. */
  setWeight(key: MetricKey, value: unknown): RankingSnapshot {
    if (!METRIC_KEYS.includes(key)) return this.state;
    const weights = withWeight(this.state.weights, key, value);
    if (weights[key] === this.state.weights[key]) return this.state;
    this.set({ weights });
    return this.rerank();
  }

  /** Back to the method and weights the screen started from. */
  reset(): RankingSnapshot {
    this.set({ method: this.state.initial.method, weights: this.state.initial.weights });
    return this.rerank();
  }

  /** Applies a filter; re-ranks only when the date window changed. */
  filter(name: string, value: string): RankingSnapshot {
    const { state, windowChanged } = applyFilter(this.state.view, name, value);
    this.set({ view: state });
    return windowChanged ? this.rerank() : this.state;
  }

  /** Sorts by the column (again: the other direction). */
  sort(key: SortKey): RankingSnapshot {
    return this.set({ view: toggleSort(this.state.view, key) });
  }

  /** A merge the org committed: the gap's demand moves to its survivor, then ranks again. */
  recordMerge(gapId: string, survivorId: string, status: string): RankingSnapshot {
    this.session.recordMerge(gapId, survivorId, status);
    this.dataVersion++;
    return this.rerank();
  }

  /**
   * One change as the screen's children report it: methodchange { method }, weightchange
   * { key, value }, reset, filterchange { name, value }, sort { key }, merged { gapId, survivorId }
   * (a merge the org committed). Anything else leaves the snapshot as it is.
   */
  apply(type: string, detail: unknown): RankingSnapshot {
    const d = (detail ?? {}) as Record<string, unknown>;
    switch (type) {
      case 'methodchange':
        return this.setMethod(d.method as RankingMethod);
      case 'weightchange':
        return this.setWeight(d.key as MetricKey, d.value);
      case 'reset':
        return this.reset();
      case 'filterchange':
        return this.filter(String(d.name), String(d.value ?? ''));
      case 'sort':
        return this.sort(d.key as SortKey);
      case 'merged':
        return this.recordMerge(String(d.gapId), String(d.survivorId), MERGED_STATUS);
      default:
        return this.state;
    }
  }

  /** Fills confidence into the rows of `generation`; the same snapshot when a newer ranking exists. */
  addConfidence(generation: number): RankingSnapshot {
    const { ranked } = this.state;
    if (generation !== this.state.generation || !ranked) return this.state;
    const rows = withConfidence(ranked.rows, confidenceOf(ranked.model));
    return this.set({
      rows: withDuplicateMarks(rows, this.state.duplicatePairs, LABELS.DUPLICATE_MARK),
      confidencePending: false
    });
  }

  /** What the current ranking rests on, for the publish confirmation; the same object until it changes. */
  basis(partialReason: string | null): PublishBasisView {
    const { state } = this;
    const key = [state.ranked, state.view, state.method, state.weights, partialReason];
    const cached = this.basisCache;
    if (cached && key.every((part, i) => part === cached.key[i])) return cached.basis;
    const submissions = state.ranked?.report.submissionsCounted ?? 0;
    const basis = publishBasis(
      state.view,
      state.method,
      state.weights,
      state.rows.length,
      submissions,
      partialReason
    );
    this.basisCache = { key, basis };
    return basis;
  }

  private set(change: Partial<RankingSnapshot>): RankingSnapshot {
    this.state = { ...this.state, ...change };
    return this.state;
  }

  private rerank(): RankingSnapshot {
    if (!this.session.hasData) return this.state;
    const { method, weights, view } = this.state;
    if (!canRank(weights)) return this.set({ rankProblem: LABELS.WEIGHTS_ZERO });
    this.beforeRank(this.state.generation + 1);
    let ranked: RankedView | null;
    try {
      if (windowInverted(view)) throw new RangeError('window start after its end');
      ranked = this.session.rank(method, weights, windowOf(view));
    } catch {
      // A date the browser let through that is no ISO date, or an inverted window.
      return this.set({ rankProblem: null, windowError: LABELS.WINDOW_INVALID });
    }
    if (!ranked) return this.state;
    const duplicatePairs = this.duplicatesOf(ranked.rows);
    return this.set({
      ranked,
      duplicatePairs,
      rows: withDuplicateMarks(ranked.rows, duplicatePairs, LABELS.DUPLICATE_MARK),
      rankProblem: null,
      windowError: null,
      engineMs: Math.round(ranked.engineMs * 100) / 100,
      generation: this.state.generation + 1,
      confidencePending: true,
      announcement: formatLabel(LABELS.RERANKED, ranked.rows.length, METHOD_LABELS[method])
    });
  }

  /** Likely duplicate pairs of the proposed Top 10, recomputed only when it or the data changed. */
  private duplicatesOf(rows: readonly WorkbenchRow[]): DuplicatePairView[] {
    const top = rows.filter((row) => row.rank <= TOP_N).map((row) => row.id);
    const key = `${this.dataVersion}|${top.join(',')}`;
    if (key === this.duplicatesKey) return this.state.duplicatePairs;
    this.duplicatesKey = key;
    if (this.wordWeights?.version !== this.dataVersion) {
      this.wordWeights = { version: this.dataVersion, weights: corpusWeights(rows, SYNONYMS) };
    }
    return topDuplicatePairs(rows, SYNONYMS, DUPLICATE_TEXTS, TOP_N, this.wordWeights.weights);
  }
}
