import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import canEditAlignmentPermission from '@salesforce/customPermission/Edit_Top_10_Alignment';
import { mapRevisions, revisionRequest, revisionsRequest } from 'c/gapData';
import type { DepartureSnapshot, ReadData, RevisionView } from 'c/gapData';
import { errorState } from 'c/ldsErrors';
import { formatLabel } from 'c/format';
import { Memo } from 'c/memo';
import { compareRevisions, currentRevision, findRevision, previousState } from './board';
import type { Comparison, FetchedPrevious, PreviousState } from './board';
import { LABELS } from './labels';
import { comparisonNote, publishedBy, revisionOptionLabel, revisionOptions } from './present';

/** The revisions the picker offers (20, newest first); an older previous one is read on its own. */
const REQUEST = revisionsRequest(20);

/**
 * The leadership board: the published Top 10 from the entries' publish-time snapshot (table),
 * which gaps left and why as recorded at publish (departures), who published it and the notes,
 * any earlier revision through a picker, and two charts with text alternatives.
 */
export default class TopTenBoard extends LightningElement {
  labels = LABELS;
  revisions: RevisionView[] = [];
  loaded = false;
  errors: unknown = null;
  selectedId: string | null = null;
  fetchedPrevious: FetchedPrevious = null;
  announcement = '';
  /** Managers edit the roadmap alignment; the save still checks their field access. */
  canEditAlignment = Boolean(canEditAlignmentPermission);
  revisionsQuery = REQUEST.query;
  revisionsVariables = REQUEST.variables;
  private revisionsResult: GraphQLResult<ReadData> | null = null;
  private comparisonMemo = new Memo(compareRevisions);
  private previousMemo = new Memo(previousState);

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

  get current(): RevisionView | null {
    return currentRevision(this.revisions);
  }
  get shown(): RevisionView | null {
    return findRevision(this.revisions, this.selectedId) ?? this.current;
  }
  get previous(): PreviousState {
    return this.previousMemo.get(this.shown, this.revisions, this.fetchedPrevious);
  }
  /** The Id of the shown revision's previous one when it is not among the loaded revisions. */
  get missingPreviousId(): string | null {
    const previous = this.previous;
    return previous.kind === 'loading' ? previous.id : null;
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
  /** loading | error | noAccess | empty | ready: for tests and styling. */
  get stateName(): string {
    const failed = errorState(this.errors);
    if (failed) return failed;
    if (!this.loaded) return 'loading';
    return this.shown ? 'ready' : 'empty';
  }
  get isLoading(): boolean {
    return this.stateName === 'loading';
  }
  get isEmpty(): boolean {
    return this.stateName === 'empty';
  }
  get revisionOptions(): { label: string; value: string }[] {
    return revisionOptions(this.revisions, this.current?.id ?? null);
  }
  get isEarlier(): boolean {
    return Boolean(this.shown && this.current && this.shown.id !== this.current.id);
  }
  get publishedBy(): string {
    return publishedBy(this.shown);
  }
  get comparisonNote(): string | null {
    return comparisonNote(this.previous.kind);
  }
  /** Departures show once the previous revision is known, or whenever they were recorded. */
  get showDepartures(): boolean {
    return (
      this.previous.kind === 'loaded' ||
      (this.previous.kind !== 'none' && Boolean(this.recordedDepartures))
    );
  }
  get recordedDepartures(): DepartureSnapshot[] | null {
    return this.shown?.departures ?? null;
  }

  handleRevisionChange(event: CustomEvent<{ value: string }>): void {
    this.selectedId = event.detail.value;
    const shown = this.shown;
    if (shown) {
      this.announcement = formatLabel(
        LABELS.SHOWING,
        revisionOptionLabel(shown, this.current?.id ?? null)
      );
    }
  }

  /** A Manager saved an entry's alignment: read the revisions again (owning PM's name, others' edits). */
  handleAlignmentSaved(): void {
    this.revisionsResult?.refresh?.()?.catch(() => undefined);
  }
}
