import { LightningElement, api } from 'lwc';
import type { DepartureSnapshot, EntryView } from 'c/gapData';
import { LABELS } from './labels';
import { recordedRows, unrecordedRows } from './departures';
import type { DepartureRow } from './departures';

/**
 * Which gaps left the list since the previous revision and why, as recorded when the shown
 * revision was published (readable by every reader of the board, whatever their gap access).
 */
export default class TopTenBoardDepartures extends LightningElement {
  labels = LABELS;
  /** The shown revision's recorded departures; null when it recorded none (older revisions). */
  @api recorded: DepartureSnapshot[] | null = null;
  /** The previous revision's entries that are not in the shown one (used when nothing was recorded). */
  @api departed: EntryView[] | null = null;

  get isRecorded(): boolean {
    return Array.isArray(this.recorded);
  }
  get rows(): DepartureRow[] {
    return this.isRecorded
      ? recordedRows(this.recorded ?? [])
      : unrecordedRows(Array.isArray(this.departed) ? this.departed : []);
  }
  get hasRows(): boolean {
    return this.rows.length > 0;
  }
  get notRecordedNote(): string | null {
    return !this.isRecorded && this.hasRows ? LABELS.NOT_RECORDED_NOTE : null;
  }
}
