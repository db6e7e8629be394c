import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { formatLabel } from 'c/format';
import { PAGE_SIZE, headerCells, tableRows } from './tableRows';
import type { HeaderCell, TableColumn, TableInputRow, TableRow } from './tableRows';

export interface TableText {
  caption: string;
  rankShort: string;
  explain: string;
  explainShort: string;
  explainColumn: string;
  computing: string;
  showMore: string;
}

/**
 * The ranked gaps as a sortable table: the parent owns the rows (already filtered and sorted)
 * and the sort state; the table renders the first rows, reports header clicks (`sort`, detail
 * { key }) and explain clicks (`explain`, detail { gapId }), and opens gap records.
 */
export default class RankingTable extends NavigationMixin(LightningElement) {
  @api columns: TableColumn[] = [];
  @api sortedBy: string | null = null;
  @api sortDirection: 'asc' | 'desc' | null = null;
  @api confidencePending = false;
  @api selectedId: string | null = null;
  /** Rows rendered at first and added by each "show more". */
  @api pageSize = PAGE_SIZE;
  /** Increases with every new ranking; exposed as data-generation for tests and the benchmark. */
  @api generation = 0;
  @api text: TableText = {
    caption: '',
    rankShort: '#{0}',
    explain: '{0}',
    explainShort: '',
    explainColumn: '',
    computing: '',
    showMore: '{0}'
  };

  private _rows: readonly TableInputRow[] = [];
  private shown: number | null = null;
  private cache: { key: unknown[]; rows: TableRow[] } | null = null;

  @api
  get rows(): readonly TableInputRow[] {
    return this._rows;
  }
  set rows(value: readonly TableInputRow[] | null | undefined) {
    this._rows = value ?? [];
  }

  get headers(): HeaderCell[] {
    return headerCells(this.columns ?? [], this.sortedBy, this.sortDirection);
  }

  /** Visible rows, rebuilt only when rows, count, selection or text change (not on every render). */
  private get visibleCount(): number {
    return this.shown ?? this.pageSize;
  }

  get visibleRows(): TableRow[] {
    const key = [this._rows, this.visibleCount, this.selectedId, this.text];
    if (!this.cache || key.some((part, i) => part !== this.cache!.key[i])) {
      this.cache = {
        key,
        rows: tableRows(this._rows, this.visibleCount, this.text, this.selectedId)
      };
    }
    return this.cache.rows;
  }

  get hasMore(): boolean {
    return this._rows.length > this.visibleCount;
  }

  get showMoreLabel(): string {
    const more = Math.min(this.pageSize, this._rows.length - this.visibleCount);
    return formatLabel(this.text.showMore, more);
  }

  handleSort(event: Event): void {
    const key = (event.currentTarget as HTMLElement).dataset.key;
    this.dispatchEvent(new CustomEvent('sort', { detail: { key } }));
  }

  handleExplain(event: Event): void {
    const gapId = (event.currentTarget as HTMLElement).dataset.id;
    this.dispatchEvent(new CustomEvent('explain', { detail: { gapId } }));
  }

  handleShowMore(): void {
    this.shown = this.visibleCount + this.pageSize;
  }

  handleOpenRecord(event: Event): void {
    event.preventDefault();
    const recordId = (event.currentTarget as HTMLElement).dataset.id;
    this[NavigationMixin.Navigate]({
      type: 'standard__recordPage',
      attributes: { recordId, objectApiName: 'Product_Gap__c', actionName: 'view' }
    });
  }
}
