import { LightningElement, api } from 'lwc';
import { gapRecordPage } from 'c/gapData';
import { NavigationMixin } from 'lightning/navigation';
import { formatLabel } from 'c/format';
import type { RankingModel } from 'c/gapRanking';
import { LABELS } from './labels';
import { PAGE_SIZE, headerCells, tableColumns, tableRows } from './tableRows';
import type { HeaderCell, TableInputRow, TableRow } from './tableRows';

const COLUMNS = tableColumns();

/**
 * The ranked gaps as a sortable table: rank and gap stay in view when scrolling right, "Why?"
 * beside each name opens the explanation in a row right under it (focus moves into it, and back
 * to the button when it closes), and each metric's rank shows on demand. The parent owns the rows
 * (already filtered and sorted) and the sort state; header clicks fire `sort` (detail { key }).
 */
export default class RankingTable extends NavigationMixin(LightningElement) {
  @api sortedBy: string | null = null;
  @api sortDirection: 'asc' | 'desc' | null = null;
  @api confidencePending = false;
  /** The ranking (c/rankingView RankingFeed) whose model the explanations are computed from. */
  @api feed: { model: RankingModel | null } | null = null;
  /** Rows rendered at first and added by each "show more". */
  @api pageSize = PAGE_SIZE;
  /** Increases with every new ranking; exposed as data-generation for tests and the benchmark. */
  @api generation = 0;
  labels = LABELS;
  columnCount = COLUMNS.length;
  showMetricRanks = false;
  expandedId: string | null = null;

  private _rows: readonly TableInputRow[] = [];
  private shown: number | null = null;
  private cache: { key: unknown[]; rows: TableRow[] } | null = null;
  /** Where focus goes after the next render: the open explanation, or a row's "Why?" button. */
  private focusTarget: { explanation: boolean; id: string } | null = null;

  @api
  get rows(): readonly TableInputRow[] {
    return this._rows;
  }
  set rows(value: readonly TableInputRow[] | null | undefined) {
    this._rows = value ?? [];
  }

  get headers(): HeaderCell[] {
    return headerCells(COLUMNS, this.sortedBy, this.sortDirection);
  }
  get tableClass(): string {
    const base = 'slds-table slds-table_bordered slds-table_cell-buffer ranking';
    return this.showMetricRanks ? `${base} with-metric-ranks` : base;
  }
  private get visibleCount(): number {
    return this.shown ?? this.pageSize;
  }
  /** Visible rows, rebuilt only when rows, count or the open explanation change. */
  get visibleRows(): TableRow[] {
    const key = [this._rows, this.visibleCount, this.expandedId];
    if (!this.cache || key.some((part, i) => part !== this.cache!.key[i])) {
      this.cache = { key, rows: tableRows(this._rows, this.visibleCount, this.expandedId) };
    }
    return this.cache.rows;
  }
  get hasMore(): boolean {
    return this._rows.length > this.visibleCount;
  }
  get showMoreLabel(): string {
    const more = Math.min(this.pageSize, this._rows.length - this.visibleCount);
    return formatLabel(LABELS.SHOW_MORE, more);
  }

  override renderedCallback(): void {
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = null;
    if (target.explanation) {
      const panel = this.template?.querySelector('c-gap-explanation') as
        (HTMLElement & { focusHeading?: () => void }) | null;
      panel?.focusHeading?.();
      return;
    }
    const buttons = this.template?.querySelectorAll<HTMLElement>('button.explain') ?? [];
    [...buttons].find((button) => button.dataset.id === target.id)?.focus();
  }

  handleSort(event: Event): void {
    const key = (event.currentTarget as HTMLElement).dataset.key;
    this.dispatchEvent(new CustomEvent('sort', { detail: { key } }));
  }
  handleExplain(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id ?? null;
    if (!id) return;
    const opening = this.expandedId !== id;
    this.expandedId = opening ? id : null;
    this.focusTarget = { explanation: opening, id };
  }
  handleCloseExplanation(): void {
    if (!this.expandedId) return;
    this.focusTarget = { explanation: false, id: this.expandedId };
    this.expandedId = null;
  }
  handleToggleMetricRanks(event: CustomEvent<{ checked: boolean }>): void {
    this.showMetricRanks = Boolean(event.detail?.checked);
  }
  handleShowMore(): void {
    this.shown = this.visibleCount + this.pageSize;
  }
  handleOpenRecord(event: Event): void {
    event.preventDefault();
    const recordId = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this[NavigationMixin.Navigate](gapRecordPage(recordId));
  }
}
