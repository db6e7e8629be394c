import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { NavigationMixin } from 'lightning/navigation';
import { CURATION_ENTRY_GAPS, curationEntryGapsVariables, gapRecordPage } from 'c/gapData';
import type { GapView, ReadData } from 'c/gapData';
import { Memo } from 'c/memo';
import { LABELS } from './labels';
import { gapsFor, liveGapsOf } from './liveGaps';
import type { LiveGaps } from './liveGaps';
import { tableRows } from './rows';
import type { BoardTableRow, ComparedEntry } from './rows';

/**
 * The board's table of published entries: rank, change, the gap (a link only for readers who can
 * open it), pinned with what it means, the rationale, the snapshot numbers, GitHub and roadmap.
 */
export default class TopTenBoardTable extends NavigationMixin(LightningElement) {
  labels = LABELS;
  /** The shown revision's entries with their movement (the board's comparison). */
  @api rows: ComparedEntry[] | null = null;
  /** Managers edit the roadmap alignment; the save still checks their field access. */
  @api canEditAlignment = false;

  private live: LiveGaps | null = null;
  private rowsMemo = new Memo(tableRows);

  // The entries' live gaps: an extra that simply stays absent for a reader without access.
  @wire(graphql, {
    query: '$gapsQuery',
    variables: '$gapsVariables',
    operationName: 'CurationEntryGaps'
  })
  wiredGaps(result: GraphQLResult<ReadData>): void {
    const live = liveGapsOf(this.gapsVariables, result);
    if (live) this.live = live;
  }

  get gapsVariables(): { gapIds: string[] } | null {
    const rows = Array.isArray(this.rows) ? this.rows : [];
    return curationEntryGapsVariables(rows.map((row) => row.entry?.gapId ?? null));
  }
  get gapsQuery(): unknown {
    return this.gapsVariables ? CURATION_ENTRY_GAPS : undefined;
  }
  /** The live gaps the reader could read for the shown entries; null when none (no access, not read yet). */
  get liveGaps(): GapView[] | null {
    return gapsFor(this.live, this.gapsVariables);
  }
  get tableRows(): BoardTableRow[] {
    return this.rowsMemo.get(this.rows, this.liveGaps);
  }
  get hasPinned(): boolean {
    return this.tableRows.some((row) => row.pinned);
  }

  handleAlignmentSaved(): void {
    this.dispatchEvent(new CustomEvent('alignmentsaved'));
  }

  handleOpenGap(event: Event): void {
    event.preventDefault();
    const recordId = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this[NavigationMixin.Navigate](gapRecordPage(recordId));
  }
}
