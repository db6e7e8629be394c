import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import canPublishPermission from '@salesforce/customPermission/Publish_Top_10';
import userId from '@salesforce/user/Id';
import {
  CURATION_ENTRY_GAPS,
  curationEntryGapsVariables,
  mapCompetingRevision,
  mapCurationEntryGaps,
  departuresOf,
  publishTopTen
} from 'c/gapData';
import type { GapView, ReadData, ReadRequest, RevisionView } from 'c/gapData';
import { DEFAULT_WEIGHTS } from 'c/gapRanking';
import type { GapMetrics, RankingMethod, Weights } from 'c/gapRanking';
import { formatLabel } from 'c/format';
import TopTenCurationConfirm from 'c/topTenCurationConfirm';
import type { ConfirmResult } from 'c/topTenCurationConfirm';

export type { PublishBasis } from './types';
import { compareLists } from './diff';
import type { ComparisonRow } from './diff';
import * as drafts from './draft';
import type { Draft, ProposedEntry } from './draft';
import { currentGapRecords, toCurationGaps, toEngineRanking, toPublishedRevision } from './inputs';
import type { ConfidenceInput, RankingInput } from './inputs';
import { LABELS } from './labels';
import * as messages from './messages';
import { publishDraftOf } from './payload';
import { clearDraft, draftKey, loadDraft, saveDraft } from './storage';
import { generatedRationale } from './rationale';
import type { CurationGap, PublishBasis, PublishedRevisionView } from './types';
import { isUnchangedList } from './unchanged';
import { addCandidates, comparisonLines, editorEntries } from './view';

type Refusal = { publisherName: string | null; publishedAt: string | null } | null;

/**
 * Curate and publish the Top 10, beside the workbench's ranking: the published list against the
 * proposed one, the TPM's draft (kept in the browser until published) and the one-request publish.
 * Users without Publish_Top_10 see the comparison only.
 */
export default class TopTenCuration extends LightningElement {
  @api method: RankingMethod = 'borda';
  @api weights: Weights = DEFAULT_WEIGHTS;
  /** What the ranking rests on (window, method label, weights, counts, partial data), from the workbench. */
  @api basis: PublishBasis | null = null;

  labels = LABELS;
  canPublish = Boolean(canPublishPermission);

  draft: Draft = drafts.newDraft(null);
  list: ProposedEntry[] = [];
  rows: ComparisonRow[] = [];
  editorRows: ReturnType<typeof editorEntries> = [];
  lines: ReturnType<typeof comparisonLines> = [];
  candidates: ReturnType<typeof addCandidates> = [];
  announcement = '';
  confirming = false;
  publishing = false;
  publishErrors: string[] | null = null;
  refusal: Refusal = null;
  refused = false;
  entryGapErrors: unknown = null;

  private rankingInput: RankingInput = null;
  private metricsInput: readonly GapMetrics[] | null = null;
  private confidenceInput: ConfidenceInput = null;
  private revisionInput: RevisionView | null = null;
  private gaps: CurationGap[] = [];
  private published: PublishedRevisionView | null = null;
  private entryGaps: GapView[] = [];
  private dirty = false;
  private loaded = false;
  private staleLookup: ReadRequest | null = null;
  private readonly storageKey = draftKey(userId);
  /** Set when a refusal was just shown: the next render moves the focus onto it. */
  private focusRefusal = false;
  /**
   * Set once the refusal has the focus, until the person next presses a key or the pointer: the
   * closing confirmation hands the focus back to Publish on its own schedule, and that hand-back
   * must not take the focus off the refusal.
   */
  private holdRefusalFocus = false;

  /** The engine's ranking of open gaps (a Ranking or its rows, in order). */
  @api
  get ranking(): RankingInput {
    return this.rankingInput;
  }
  set ranking(value: RankingInput) {
    this.rankingInput = value;
    this.refreshGaps();
  }

  /** Metric details of the ranked gaps (ARR split, severity counts) for the published snapshot. */
  @api
  get gapMetrics(): readonly GapMetrics[] | null {
    return this.metricsInput;
  }
  set gapMetrics(value: readonly GapMetrics[] | null) {
    this.metricsInput = value;
    this.refreshGaps();
  }

  /** Confidence per gap id (Map or object), when the rows do not carry it. */
  @api
  get confidence(): ConfidenceInput {
    return this.confidenceInput;
  }
  set confidence(value: ConfidenceInput) {
    this.confidenceInput = value;
    this.refreshGaps();
  }

  /** The current published revision as gapData maps it, or null before the first publish. */
  @api
  get revision(): RevisionView | null {
    return this.revisionInput;
  }
  set revision(value: RevisionView | null) {
    this.revisionInput = value ?? null;
    this.published = toPublishedRevision(value);
    this.loadStoredDraft();
    if (!this.dirty) this.draft = drafts.newDraft(this.published);
    this.recompute();
  }

  override renderedCallback(): void {
    if (!this.focusRefusal) return;
    const refusal = this.template?.querySelector<HTMLElement>('.refusal');
    if (!refusal) return;
    this.focusRefusal = false;
    // The refusal is drawn beside the Publish button; the focus follows so it is read at once.
    refusal.focus();
    this.holdRefusalFocus = true;
  }

  /** The confirmation's late focus hand-back to Publish goes to the refusal instead. */
  handlePublishFocus(): void {
    if (!this.holdRefusalFocus || !this.refused) return;
    this.holdRefusalFocus = false;
    this.template?.querySelector<HTMLElement>('.refusal')?.focus();
  }

  /** A key or pointer press is the person moving on: the focus is theirs again. */
  handlePersonInput(): void {
    this.holdRefusalFocus = false;
  }

  override connectedCallback(): void {
    this.loadStoredDraft();
    this.recompute();
  }

  get entryGapsQuery() {
    return this.entryGapsVariables ? CURATION_ENTRY_GAPS : undefined;
  }

  get entryGapsVariables() {
    return curationEntryGapsVariables((this.published?.entries ?? []).map((e) => e.gapId));
  }

  @wire(graphql, { query: '$entryGapsQuery', variables: '$entryGapsVariables' })
  wiredEntryGaps({ data, errors }: GraphQLResult<ReadData>): void {
    this.entryGapErrors = errors && errors.length > 0 ? errors : null;
    if (data) {
      this.entryGaps = mapCurationEntryGaps(data);
      this.recompute();
    }
  }

  get staleLookupQuery() {
    return this.staleLookup?.query;
  }

  get staleLookupVariables() {
    return this.staleLookup?.variables;
  }

  // The platform has no imperative read: who won a publish race is read through the wire.
  @wire(graphql, { query: '$staleLookupQuery', variables: '$staleLookupVariables' })
  wiredCompetingRevision({ data }: GraphQLResult<ReadData>): void {
    const competing = data ? mapCompetingRevision(data) : null;
    if (competing) this.refusal = competing;
  }

  private loadStoredDraft(): void {
    if (this.loaded) return;
    this.loaded = true;
    const stored = loadDraft(this.storageKey);
    if (stored) {
      this.draft = stored;
      this.dirty = true;
    }
  }

  private refreshGaps(): void {
    this.gaps = toCurationGaps(this.rankingInput, this.metricsInput, this.confidenceInput);
    this.recompute();
  }

  private recompute(): void {
    const gaps = this.gaps;
    const weights = this.weights;
    this.list = drafts.composeList(this.draft, gaps, this.published, (gap) =>
      generatedRationale(gap, gaps, weights)
    );
    const ranking = toEngineRanking(this.rankingInput, this.method, this.weights);
    const records = currentGapRecords(this.gaps, this.entryGaps);
    this.rows = compareLists(this.published, this.list, ranking, records);
    this.editorRows = editorEntries(this.list, this.labels);
    this.lines = comparisonLines(this.rows, this.labels);
    this.candidates = addCandidates(this.gaps, this.list);
  }

  private update(draft: Draft, announcement?: string): void {
    this.draft = draft;
    this.dirty = true;
    saveDraft(this.storageKey, draft);
    this.recompute();
    if (announcement) this.announcement = announcement;
  }

  private nameOf(gapId: string): string {
    return this.gaps.find((gap) => gap.id === gapId)?.name ?? gapId;
  }

  get hasGaps(): boolean {
    return this.gaps.length > 0;
  }

  get publishedSummary(): string {
    return messages.publishedSummary(this.published);
  }

  get isStale(): boolean {
    return this.canPublish && drafts.isStale(this.draft, this.published);
  }

  get staleDraftMessage(): string {
    return messages.staleDraftMessage(this.published);
  }

  get refusalMessage(): string {
    return messages.refusalMessage(this.refusal);
  }

  get hasInvalidLinks(): boolean {
    return drafts.invalidEntries(this.list).length > 0;
  }

  /** Why publishing is unavailable for this ranking (no submission in the window), or null. */
  get publishBlocked(): string | null {
    return messages.publishBlockedReason(this.basis, this.gaps.length);
  }

  get publishDisabled(): boolean {
    return (
      this.publishing ||
      this.list.length === 0 ||
      this.hasInvalidLinks ||
      this.publishBlocked !== null
    );
  }

  get confirmation(): { body: string; changes: string } {
    return messages.confirmation(this.list.length, this.basis?.method ?? this.method, this.rows);
  }

  handleMove(event: CustomEvent<{ gapId: string; delta: -1 | 1 }>): void {
    const { gapId, delta } = event.detail;
    const next = drafts.moveEntry(this.draft, this.gaps, this.published, gapId, delta);
    if (next === this.draft) return;
    this.update(next);
    const rank = this.list.findIndex((entry) => entry.gapId === gapId) + 1;
    this.announcement = formatLabel(this.labels.moved, this.nameOf(gapId), rank, this.list.length);
  }

  handlePin(event: CustomEvent<{ gapId: string }>): void {
    const { gapId } = event.detail;
    const next = drafts.togglePin(this.draft, this.list, gapId);
    this.update(next);
    const entry = this.list.find((candidate) => candidate.gapId === gapId);
    this.announcement = entry?.pinned
      ? formatLabel(this.labels.pinned, entry.name, entry.rank)
      : formatLabel(this.labels.unpinned, this.nameOf(gapId));
  }

  handleRemove(event: CustomEvent<{ gapId: string }>): void {
    const { gapId } = event.detail;
    this.update(
      drafts.removeGap(this.draft, gapId),
      formatLabel(this.labels.removed, this.nameOf(gapId))
    );
  }

  handleAdd(event: CustomEvent<{ gapId: string }>): void {
    const { gapId } = event.detail;
    const result = drafts.addGap(this.draft, gapId, this.gaps, this.published);
    if (!result.ok) {
      this.announcement = result.reason === 'full' ? this.labels.addFull : '';
      return;
    }
    this.update(result.draft);
    const rank = this.list.findIndex((entry) => entry.gapId === gapId) + 1;
    this.announcement = formatLabel(this.labels.added, this.nameOf(gapId), rank);
  }

  handleAccept(event: CustomEvent<{ gapId: string; rank: number }>): void {
    const { gapId, rank } = event.detail;
    const replaced = this.rows.find((row) => row.replacement?.gapId === gapId);
    this.update(
      drafts.acceptReplacement(this.draft, gapId, rank),
      formatLabel(this.labels.replacementDone, this.nameOf(gapId), replaced?.name ?? '', rank)
    );
  }

  handleLinkChange(event: CustomEvent<{ gapId: string; value: string }>): void {
    this.update(drafts.setLink(this.draft, event.detail.gapId, event.detail.value ?? ''));
  }

  handleRationaleChange(event: CustomEvent<{ gapId: string; value: string }>): void {
    this.update(drafts.setRationale(this.draft, event.detail.gapId, event.detail.value ?? ''));
  }

  handleNotesChange(event: CustomEvent<{ value?: string }>): void {
    const input = event.currentTarget as HTMLElement & { value?: string };
    this.update(drafts.setNotes(this.draft, event.detail?.value ?? input.value ?? ''));
  }

  handleRebase(): void {
    this.update(drafts.rebase(this.draft, this.published));
    this.refused = false;
    this.refusal = null;
  }

  handleDiscard(): void {
    clearDraft(this.storageKey);
    this.dirty = false;
    this.draft = drafts.newDraft(this.published);
    this.refused = false;
    this.refusal = null;
    this.publishErrors = null;
    this.recompute();
    this.announcement = this.labels.draftDiscarded;
  }

  /** Opens the publish confirmation (LightningModal); publishes only on its Publish button. */
  async handlePublish(): Promise<void> {
    if (this.publishDisabled || this.confirming) return;
    this.confirming = true;
    // LightningModal.open, not window.open / XMLHttpRequest.open: the LWS rule matches the name only.
    // eslint-disable-next-line @locker/locker/distorted-xml-http-request-window-open
    const result: ConfirmResult = await TopTenCurationConfirm.open({
      size: 'small',
      label: this.labels.confirmTitle,
      ...this.confirmation,
      basis: messages.basisLines(this.basis),
      partial: messages.partialWarning(this.basis),
      unchanged: isUnchangedList(this.list, this.published),
      entries: this.list.map(({ gapId, rank, name, pinned }) => ({ gapId, rank, name, pinned }))
    });
    this.confirming = false;
    if (result === 'publish') await this.handleConfirm();
    else this.handleCancel();
  }

  handleCancel(): void {
    this.confirming = false;
    // Back to the control that opened the dialog, once it is no longer hidden behind it.
    Promise.resolve().then(() => this.template?.querySelector<HTMLElement>('.publish')?.focus?.());
  }

  async handleConfirm(): Promise<void> {
    this.publishing = true;
    this.publishErrors = null;
    this.refused = false;
    this.refusal = null;
    this.staleLookup = null;
    this.announcement = this.labels.publishing;
    const request = {
      ...publishDraftOf(this.draft, this.list, this.method, this.weights),
      // Why each gap left, recorded now so readers without access to gaps see it on the board.
      departures: departuresOf(this.rows, this.draft.removed, (id) => this.nameOf(id))
    };
    // Alignment of the gaps that stay is read from the published entries, never from the draft.
    const result = await publishTopTen(request, { published: this.published?.entries ?? null });
    this.publishing = false;
    if (result.ok) {
      clearDraft(this.storageKey);
      this.dirty = false;
      this.draft = drafts.newDraft(this.published);
      this.recompute();
      const message = formatLabel(this.labels.toastMessage, request.entries.length);
      this.announcement = message;
      this.dispatchEvent(
        new ShowToastEvent({ title: this.labels.toastTitle, message, variant: 'success' })
      );
      this.dispatchEvent(new CustomEvent('published', { detail: result.value.revisionId }));
      return;
    }
    if (result.kind === 'stale') {
      this.refused = true;
      this.focusRefusal = true;
      this.refusal = result.competing;
      if (!result.competing) this.staleLookup = result.lookup;
      this.announcement = this.refusalMessage;
      return;
    }
    this.publishErrors = result.messages;
    this.announcement = this.labels.publishFailed;
  }
}
