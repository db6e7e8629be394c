import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { NavigationMixin } from 'lightning/navigation';
import canEditAlignmentPermission from '@salesforce/customPermission/Edit_Top_10_Alignment';
import {
  CURATION_ENTRY_GAPS,
  curationEntryGapsVariables,
  mapRevisions,
  revisionRequest,
  revisionsRequest
} from 'c/gapData';
import type { ReadData, RevisionView } from 'c/gapData';
import { classifyErrors } from 'c/ldsErrors';
import { formatLabel } from 'c/format';
import { compareRevisions, currentRevision, findRevision, previousRevisionId } from './board';
import type { Comparison, PreviousState } from './board';
import { LABELS } from './labels';
import { gapsFor, liveGapsOf } from './liveGaps';
import type { LiveGaps } from './liveGaps';
import { Memo } from 'c/memo';
import * as present from './present';

/** How many revisions the picker offers (newest first); an older previous one is read on its own. */
const REVISIONS_SHOWN = 20;

/**
 * The leadership board: the published Top 10 from the entries' publish-time snapshot, what moved
 * since the previous revision, which gaps left and why, who published it and the notes, any
 * earlier revision through a picker, and two charts drawn in SVG with text alternatives.
 */
export default class TopTenBoard extends NavigationMixin(LightningElement) {
  labels = LABELS;
  revisions: RevisionView[] = [];
  loaded = false;
  errors: unknown = null;
  selectedId: string | null = null;
  /** The previous revision read on its own when it is older than the loaded ones. */
  fetchedPrevious: { id: string; revision: RevisionView | null } | null = null;
  liveGaps: LiveGaps | null = null;
  entryLiveGaps: LiveGaps | null = null;
  announcement = '';
  /** Managers edit the roadmap alignment; the save still checks their field access. */
  canEditAlignment = Boolean(canEditAlignmentPermission);
  private revisionsResult: GraphQLResult<ReadData> | null = null;

  private readonly request = revisionsRequest(REVISIONS_SHOWN);
  private comparisonMemo = new Memo(compareRevisions);
  private rowsMemo = new Memo(present.tableRows);
  private chartsMemo = new Memo((revision: RevisionView) => ({
    arr: present.arrChart(revision.entries),
    severity: present.severityChart(revision.entries)
  }));
  private previousMemo = new Memo(
    (
      revision: RevisionView | null,
      revisions: RevisionView[],
      fetched: TopTenBoard['fetchedPrevious']
    ) => this.previousOf(revision, revisions, fetched)
  );

  @wire(graphql, {
    query: '$revisionsQuery',
    variables: '$revisionsVariables',
    operationName: 'TopTenRevisions'
  })
  wiredRevisions(result: GraphQLResult<ReadData>): void {
    this.revisionsResult = result;
    if (result?.errors?.length) {
      this.errors = result.errors;
      return;
    }
    if (!result?.data) return;
    this.errors = null;
    this.revisions = mapRevisions(result.data);
    this.loaded = true;
  }

  @wire(graphql, {
    query: '$previousQuery',
    variables: '$previousVariables',
    operationName: 'TopTenRevision'
  })
  wiredPrevious(result: GraphQLResult<ReadData>): void {
    const id = this.missingPreviousId;
    if (!id || (!result?.data && !result?.errors?.length)) return;
    // No access, a deleted revision or a failed read all leave the comparison unknown.
    const revision = result.data ? findRevision(mapRevisions(result.data), id) : null;
    this.fetchedPrevious = { id, revision };
  }

  @wire(graphql, {
    query: '$gapsQuery',
    variables: '$gapsVariables',
    operationName: 'CurationEntryGaps'
  })
  wiredGaps(result: GraphQLResult<ReadData>): void {
    const live = liveGapsOf(this.gapsVariables, result);
    if (live) this.liveGaps = live;
  }

  // The live status of the shown entries' gaps: an extra that simply stays hidden without access.
  @wire(graphql, {
    query: '$entryGapsQuery',
    variables: '$entryGapsVariables',
    operationName: 'CurationEntryGaps'
  })
  wiredEntryGaps(result: GraphQLResult<ReadData>): void {
    const live = liveGapsOf(this.entryGapsVariables, result);
    if (live) this.entryLiveGaps = live;
  }

  get revisionsQuery(): unknown {
    return this.request.query;
  }
  get revisionsVariables(): Record<string, unknown> {
    return this.request.variables;
  }

  // ---- what is shown

  get current(): RevisionView | null {
    return currentRevision(this.revisions);
  }
  get shown(): RevisionView | null {
    return findRevision(this.revisions, this.selectedId) ?? this.current;
  }
  private previousOf(
    revision: RevisionView | null,
    revisions: RevisionView[],
    fetched: TopTenBoard['fetchedPrevious']
  ): PreviousState {
    const id = revision ? previousRevisionId(revision) : null;
    if (!id) return { kind: 'none' };
    const loaded = findRevision(revisions, id);
    if (loaded) return { kind: 'loaded', revision: loaded };
    if (fetched?.id !== id) return { kind: 'loading' };
    return fetched.revision ? { kind: 'loaded', revision: fetched.revision } : { kind: 'missing' };
  }
  get previous(): PreviousState {
    return this.previousMemo.get(this.shown, this.revisions, this.fetchedPrevious);
  }
  /** The Id of the shown revision's previous one when it is not among the loaded revisions. */
  get missingPreviousId(): string | null {
    const revision = this.shown;
    const id = revision ? previousRevisionId(revision) : null;
    return id && !findRevision(this.revisions, id) ? id : null;
  }
  get previousQuery(): unknown {
    return revisionRequest(this.missingPreviousId)?.query;
  }
  get previousVariables(): Record<string, unknown> | undefined {
    return revisionRequest(this.missingPreviousId)?.variables;
  }
  get comparison(): Comparison | null {
    const revision = this.shown;
    return revision ? this.comparisonMemo.get(revision, this.previous) : null;
  }
  get gapsVariables(): { gapIds: string[] } | null {
    const departed = this.comparison?.departed ?? [];
    return curationEntryGapsVariables(departed.map((entry) => entry.gapId));
  }
  get gapsQuery(): unknown {
    return this.gapsVariables ? CURATION_ENTRY_GAPS : undefined;
  }
  get entryGapsVariables(): { gapIds: string[] } | null {
    return curationEntryGapsVariables((this.shown?.entries ?? []).map((entry) => entry.gapId));
  }
  get entryGapsQuery(): unknown {
    return this.entryGapsVariables ? CURATION_ENTRY_GAPS : undefined;
  }

  // ---- state the template reads

  /** loading | error | noAccess | empty | ready: for tests and styling. */
  get stateName(): string {
    if (this.errors) return classifyErrors(this.errors) === 'noAccess' ? 'noAccess' : 'error';
    if (!this.loaded) return 'loading';
    return this.shown ? 'ready' : 'empty';
  }
  get isLoading(): boolean {
    return this.stateName === 'loading';
  }
  get hasError(): boolean {
    return Boolean(this.errors);
  }
  get isEmpty(): boolean {
    return this.stateName === 'empty';
  }
  get revisionOptions(): { label: string; value: string }[] {
    return present.revisionOptions(this.revisions, this.current?.id ?? null);
  }
  get shownId(): string | undefined {
    return this.shown?.id;
  }
  get isEarlier(): boolean {
    return Boolean(this.shown && this.current && this.shown.id !== this.current.id);
  }
  get publishedBy(): string {
    return formatLabel(LABELS.PUBLISHED_BY, this.shown?.publisherName ?? LABELS.PUBLISHER_UNKNOWN);
  }
  get publishedAt(): string | null {
    return this.shown?.publishedAt ?? null;
  }
  get notes(): string | null {
    return this.shown?.notes ?? null;
  }
  get comparisonNote(): string | null {
    switch (this.previous.kind) {
      case 'none':
        return LABELS.FIRST_REVISION;
      case 'loading':
        return LABELS.PREVIOUS_LOADING;
      case 'missing':
        return LABELS.PREVIOUS_MISSING;
      default:
        return null;
    }
  }
  get rows(): present.BoardTableRow[] {
    const live = gapsFor(this.entryLiveGaps, this.entryGapsVariables);
    return this.rowsMemo.get(this.comparison?.rows ?? [], live?.gaps ?? null);
  }
  get showDepartures(): boolean {
    return this.previous.kind === 'loaded';
  }
  get departures(): present.DepartureRow[] {
    const comparison = this.comparison;
    const variables = this.gapsVariables;
    if (!comparison || !variables) return [];
    const live = gapsFor(this.liveGaps, variables);
    const state = !live ? 'loading' : live.gaps ? 'ready' : 'unavailable';
    return present.departureRows(comparison.departed, live?.gaps ?? null, state);
  }
  get hasDepartures(): boolean {
    return this.departures.length > 0;
  }
  get charts(): { arr: unknown; severity: unknown } | null {
    const revision = this.shown;
    return revision && revision.entries.length > 0 ? this.chartsMemo.get(revision) : null;
  }

  // ---- events

  handleRevisionChange(event: CustomEvent<{ value: string }>): void {
    this.selectedId = event.detail.value;
    const shown = this.shown;
    if (shown) {
      const option = present.revisionOptionLabel(shown, this.current?.id ?? null);
      this.announcement = formatLabel(LABELS.SHOWING, option);
    }
  }

  /** A Manager saved an entry's alignment: read the revisions again (owning PM's name, others' edits). */
  handleAlignmentSaved(): void {
    this.revisionsResult?.refresh?.()?.catch(() => undefined);
  }

  handleOpenGap(event: Event): void {
    event.preventDefault();
    const recordId = (event.currentTarget as HTMLElement).dataset.id;
    this[NavigationMixin.Navigate]({
      type: 'standard__recordPage',
      attributes: { recordId, objectApiName: 'Product_Gap__c', actionName: 'view' }
    });
  }
}
