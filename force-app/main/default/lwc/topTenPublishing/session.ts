// The curation screen's state outside the component: the inputs from the workbench, the TPM's
// draft (kept in the browser until published), the proposed list and its comparison with the
// published one. Every action returns the sentence announced to screen readers.
import { formatLabel, formatNumber } from 'c/format';
import type { GapView, RevisionView } from 'c/gapData';
import { DEFAULT_WEIGHTS } from 'c/gapRanking';
import type { GapMetrics, RankingMethod, Weights } from 'c/gapRanking';
import { compareLists } from './diff';
import type { ComparisonRow } from './diff';
import * as drafts from './draft';
import type { Draft, ProposedEntry } from './draft';
import { currentGapRecords, toCurationGaps, toEngineRanking, toPublishedRevision } from './inputs';
import type { ConfidenceInput, RankingInput } from './inputs';
import { LABELS } from './labels';
import { generatedRationale } from './rationale';
import { clearDraft, loadDraft, saveDraft } from './storage';
import type { CurationGap, PublishedRevisionView } from './types';
import { addCandidates, comparisonLines, editorEntries } from './view';

/** What the curation templates show, rebuilt once per change. */
export interface CurationView {
  draft: Draft;
  list: ProposedEntry[];
  rows: ComparisonRow[];
  editorRows: ReturnType<typeof editorEntries>;
  lines: ReturnType<typeof comparisonLines>;
  candidates: ReturnType<typeof addCandidates>;
  gapCount: number;
  published: PublishedRevisionView | null;
  /** The draft was started on an older revision than the published one. */
  stale: boolean;
  /** An entry's link is not a GitHub issue address. */
  invalidLinks: boolean;
}

/** What an editor or comparison event carries: its gap, and the move, place or text. */
export type EditDetail = { gapId: string; delta?: -1 | 1; rank?: number; value?: string };

/** The inputs the workbench passes the curation screen, and the published entries' gap records. */
export interface CurationInputs {
  ranking: RankingInput;
  metrics: readonly GapMetrics[] | null;
  confidence: ConfidenceInput;
  method: RankingMethod | null | undefined;
  weights: Weights | null | undefined;
  revision: RevisionView | null | undefined;
  entryGaps: GapView[];
}

/** The TPM's draft of the Top 10 against the ranking and the published revision. */
export class CurationSession {
  method: RankingMethod = 'borda';
  weights: Weights = DEFAULT_WEIGHTS;
  published: PublishedRevisionView | null = null;
  draft: Draft = drafts.newDraft(null);
  private inputs: CurationInputs | null = null;
  private gaps: CurationGap[] = [];
  private dirty = false;
  private loaded = false;
  private current: CurationView | null = null;
  private syncKey: unknown[] | null = null;

  constructor(private readonly storageKey: string) {}

  /**
   * Takes new inputs (only what changed is rebuilt) and returns the view; the same view object
   * while every input and the caller's `version` (bumped after each draft change) are unchanged.
   */
  sync(inputs: CurationInputs, version?: number): CurationView {
    const before = this.inputs;
    const { ranking, metrics, confidence, method, weights, revision, entryGaps } = inputs;
    const key = [ranking, metrics, confidence, method, weights, revision, entryGaps, version];
    const same = this.syncKey?.length === key.length && key.every((v, i) => v === this.syncKey![i]);
    if (same && this.current && version !== undefined) return this.current;
    this.syncKey = key;
    this.inputs = inputs;
    this.method = method ?? 'borda';
    this.weights = weights ?? DEFAULT_WEIGHTS;
    if (
      !before ||
      before.ranking !== ranking ||
      before.metrics !== metrics ||
      before.confidence !== confidence
    ) {
      this.gaps = toCurationGaps(ranking, metrics, confidence);
    }
    if (!before || before.revision !== inputs.revision) {
      this.published = toPublishedRevision(inputs.revision ?? null);
      this.restore();
      if (!this.dirty) this.draft = drafts.newDraft(this.published);
    }
    return this.view();
  }

  /** Restores the stored draft once; a later call does nothing. */
  restore(): void {
    if (this.loaded) return;
    this.loaded = true;
    const stored = loadDraft(this.storageKey);
    if (stored) {
      this.draft = stored;
      this.dirty = true;
    }
  }

  /** The view of the current state (a new object after each change, for the component's reactivity). */
  view(): CurationView {
    const gaps = this.gaps;
    const weights = this.weights;
    const list = drafts.composeList(this.draft, gaps, this.published, (gap) =>
      generatedRationale(gap, gaps, weights)
    );
    const engine = toEngineRanking(this.inputs?.ranking ?? null, this.method, weights);
    const records = currentGapRecords(gaps, this.inputs?.entryGaps ?? []);
    const rows = compareLists(this.published, list, engine, records);
    this.current = {
      draft: this.draft,
      list,
      rows,
      editorRows: editorEntries(list, LABELS),
      lines: comparisonLines(rows, LABELS, drafts.removalsOf(this.draft)),
      candidates: addCandidates(gaps, list),
      gapCount: gaps.length,
      published: this.published,
      stale: drafts.isStale(this.draft, this.published),
      invalidLinks: drafts.invalidEntries(list).length > 0
    };
    return this.current;
  }

  private get list(): ProposedEntry[] {
    return (this.current ?? this.view()).list;
  }

  /** The name of a gap the ranking holds, or null when it holds none with that Id. */
  gapName(gapId: string): string | null {
    return this.gaps.find((gap) => gap.id === gapId)?.name ?? null;
  }

  private nameOf(gapId: string): string {
    return this.gapName(gapId) ?? gapId;
  }

  private rankOf(gapId: string): string {
    return formatNumber(this.list.findIndex((entry) => entry.gapId === gapId) + 1);
  }

  private update(draft: Draft): void {
    this.draft = draft;
    this.dirty = true;
    saveDraft(this.storageKey, draft);
    this.view();
  }

  /** Moves a gap one place up (-1) or down (1); '' when it cannot move. */
  move(gapId: string, delta: -1 | 1): string {
    const next = drafts.moveEntry(this.draft, this.gaps, this.published, gapId, delta);
    if (next === this.draft) return '';
    this.update(next);
    return formatLabel(
      LABELS.moved,
      this.nameOf(gapId),
      this.rankOf(gapId),
      formatNumber(this.list.length)
    );
  }

  /** Pins a gap at its place, or unpins it. */
  togglePin(gapId: string): string {
    this.update(drafts.togglePin(this.draft, this.list, gapId));
    const entry = this.list.find((candidate) => candidate.gapId === gapId);
    return entry?.pinned
      ? formatLabel(LABELS.pinned, entry.name, formatNumber(entry.rank))
      : formatLabel(LABELS.unpinned, this.nameOf(gapId));
  }

  /** Takes a gap off the proposed list. */
  remove(gapId: string): string {
    this.update(drafts.removeGap(this.draft, gapId));
    return formatLabel(LABELS.removed, this.nameOf(gapId));
  }

  /** Adds a gap from outside the list; says so when the list is full. */
  add(gapId: string): string {
    const result = drafts.addGap(this.draft, gapId, this.gaps, this.published);
    if (!result.ok) return result.reason === 'full' ? LABELS.addFull : '';
    this.update(result.draft);
    return formatLabel(LABELS.added, this.nameOf(gapId), this.rankOf(gapId));
  }

  /** Puts the proposed replacement of a resolved gap at its place. */
  acceptReplacement(gapId: string, rank: number): string {
    const replaced = this.current?.rows.find((row) => row.replacement?.gapId === gapId);
    this.update(drafts.acceptReplacement(this.draft, gapId, rank));
    return formatLabel(
      LABELS.replacementDone,
      this.nameOf(gapId),
      replaced?.name ?? '',
      formatNumber(rank)
    );
  }

  /** Sets an entry's GitHub link (checked on publish). */
  setLink(gapId: string, value: string): void {
    this.update(drafts.setLink(this.draft, gapId, value));
  }

  /** Sets an entry's rationale. */
  setRationale(gapId: string, value: string): void {
    this.update(drafts.setRationale(this.draft, gapId, value));
  }

  /** Sets why a removed gap leaves the list (shown on the board's departures). */
  setRemovalReason(gapId: string, value: string): void {
    this.update(drafts.setRemovalReason(this.draft, gapId, value));
  }

  /** Sets the revision notes. */
  setNotes(value: string): void {
    this.update(drafts.setNotes(this.draft, value));
  }

  /** Keeps the draft's changes on top of the revision published since it was started. */
  rebase(): void {
    this.update(drafts.rebase(this.draft, this.published));
  }

  /** Forgets the draft: back to the published list. */
  discard(): string {
    clearDraft(this.storageKey);
    this.dirty = false;
    this.draft = drafts.newDraft(this.published);
    this.view();
    return LABELS.draftDiscarded;
  }

  /** Applies an editor or comparison event by its name; returns the sentence to announce. */
  apply(type: string, detail: EditDetail): string {
    const { gapId, delta, rank, value } = detail;
    const act: Record<string, () => string | void> = {
      move: () => this.move(gapId, delta ?? 1),
      pin: () => this.togglePin(gapId),
      remove: () => this.remove(gapId),
      add: () => this.add(gapId),
      accept: () => this.acceptReplacement(gapId, rank ?? 1),
      linkchange: () => this.setLink(gapId, value ?? ''),
      rationalechange: () => this.setRationale(gapId, value ?? ''),
      reasonchange: () => this.setRemovalReason(gapId, value ?? '')
    };
    return act[type]?.() ?? '';
  }
}
