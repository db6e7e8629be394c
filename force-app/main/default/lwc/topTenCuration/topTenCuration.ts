import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import canPublishPermission from '@salesforce/customPermission/Publish_Top_10';
import userId from '@salesforce/user/Id';
import { CURATION_ENTRY_GAPS, curationEntryGapsVariables } from 'c/gapData';
import { mapCompetingRevision, mapCurationEntryGaps } from 'c/gapData';
import type { GapView, ReadData, ReadRequest, RevisionView } from 'c/gapData';
import type { GapMetrics, RankingMethod, Weights } from 'c/gapRanking';
import * as curation from 'c/topTenPublishing';
import type { Competing, ConfidenceInput, CurationView } from 'c/topTenPublishing';
import type { EditDetail, PublishBasis, RankingInput } from 'c/topTenPublishing';

/**
 * Curate and publish the Top 10 beside the workbench's ranking: the published list against the
 * proposed one and the TPM's draft. State and publishing live in c/topTenPublishing; this screen
 * wires the reads and routes its children's events. Users without Publish_Top_10 see the comparison.
 */
export default class TopTenCuration extends LightningElement {
  /** The engine's ranking of open gaps (a Ranking or its rows, in order). */
  @api ranking: RankingInput = null;
  /** Metric details of the ranked gaps (ARR split, severity counts) for the published snapshot. */
  @api gapMetrics: readonly GapMetrics[] | null = null;
  /** Confidence per gap id (Map or object), when the rows do not carry it. */
  @api confidence: ConfidenceInput = null;
  @api method: RankingMethod = 'borda';
  @api weights: Weights | null = null;
  /** The current published revision as gapData maps it, or null before the first publish. */
  @api revision: RevisionView | null = null;
  /** What the ranking rests on (window, method label, weights, counts, partial data), from the workbench. */
  @api basis: PublishBasis | null = null;

  labels = curation.LABELS;
  canPublish = Boolean(canPublishPermission);
  announcement = '';
  publishing = false;
  publishErrors: string[] | null = null;
  refusal: Competing | undefined = undefined;
  entryGapErrors: unknown = null;
  private entryGaps: GapView[] = [];
  private staleLookup: ReadRequest | null = null;
  /** Bumped after each change to the draft: the view is rebuilt from it. */
  private version = 0;
  private readonly session = new curation.CurationSession(curation.draftKey(userId));
  /** The view, rebuilt only when an input or the draft (`version`) changes. */
  get view(): CurationView {
    const { ranking, gapMetrics: metrics, confidence, method, weights, revision } = this;
    const inputs = { ranking, metrics, confidence, method, weights, revision };
    return this.session.sync({ ...inputs, entryGaps: this.entryGaps }, this.version);
  }

  get entryGapsVariables() {
    return curationEntryGapsVariables((this.view.published?.entries ?? []).map((e) => e.gapId));
  }
  get entryGapsQuery() {
    return this.entryGapsVariables ? CURATION_ENTRY_GAPS : undefined;
  }
  @wire(graphql, { query: '$entryGapsQuery', variables: '$entryGapsVariables' })
  wiredEntryGaps({ data, errors }: GraphQLResult<ReadData>): void {
    this.entryGapErrors = errors && errors.length > 0 ? errors : null;
    if (data) this.entryGaps = mapCurationEntryGaps(data);
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
    if (competing && this.refusal !== undefined) this.refusal = competing;
  }

  /** Takes the focus (the workbench's skip link): the summary of what is published, first in the panel. */
  @api
  focus(): void {
    this.template?.querySelector<HTMLElement>('.published-summary')?.focus();
  }

  get isStale(): boolean {
    return this.canPublish && this.view.stale;
  }
  get texts() {
    const { basis, method, publishing: busy, refusal } = this;
    return curation.screenTexts(this.view, { basis, method, busy, refusal });
  }

  private changed(announcement: string | void = ''): void {
    this.version += 1;
    if (announcement) this.announcement = announcement;
  }

  /** One handler for the editor's and comparison's events: each names its gap. */
  handleEdit(event: CustomEvent<EditDetail>): void {
    this.changed(this.session.apply(event.type, event.detail));
  }

  handleNotesChange(event: CustomEvent<{ value?: string }>): void {
    const input = event.currentTarget as HTMLElement & { value?: string };
    this.session.setNotes(event.detail?.value ?? input.value ?? '');
    this.changed();
  }

  handleRebase(): void {
    this.session.rebase();
    this.refusal = undefined;
    this.changed();
  }

  handleDiscard(): void {
    this.refusal = undefined;
    this.publishErrors = null;
    this.changed(this.session.discard());
  }

  /** Publishes the confirmed list through c/topTenPublishing; the outcome shows beside Publish. */
  async handleConfirm(): Promise<void> {
    this.publishing = true;
    this.publishErrors = null;
    this.refusal = undefined;
    this.staleLookup = null;
    this.announcement = this.labels.publishing;
    const outcome = await curation.publishSession(this.session);
    this.publishing = false;
    this.changed();
    if (outcome.kind === 'published') {
      const { message, revisionId } = outcome;
      this.announcement = message;
      const toast = { title: this.labels.toastTitle, message, variant: 'success' as const };
      this.dispatchEvent(new ShowToastEvent(toast));
      this.dispatchEvent(new CustomEvent('published', { detail: revisionId }));
    } else if (outcome.kind === 'stale') {
      this.refusal = outcome.competing;
      this.staleLookup = outcome.lookup;
      this.announcement = this.texts.refusalMessage;
    } else {
      this.publishErrors = outcome.messages;
      this.announcement = this.labels.publishFailed;
    }
  }
}
