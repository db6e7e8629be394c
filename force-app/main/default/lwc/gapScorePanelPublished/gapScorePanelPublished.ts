import { LightningElement, api } from 'lwc';
import type { EntryView, RevisionView } from 'c/gapData';
import { formatDay, formatLabel, formatPercent, formatRank } from 'c/format';
import HEADING from '@salesforce/label/c.GapScorePanel_Published_Heading';
import IN from '@salesforce/label/c.GapScorePanel_Published_In';
import OUT from '@salesforce/label/c.GapScorePanel_Published_Out';
import NONE from '@salesforce/label/c.GapScorePanel_Published_None';
import CONFIDENCE from '@salesforce/label/c.GapScorePanel_Published_Confidence';

/** The day of an ISO date-time in the user's format, or the text as given when it is not one. */
export function publishedDay(iso: string | null | undefined): string {
  if (!iso) return '';
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? formatDay(iso.slice(0, 10)) : iso;
}

/** The published Top 10 lines: its rank there (or not in it) and its confidence when published. */
export function publishedLines(
  entry: EntryView | null | undefined,
  revision: RevisionView | null | undefined
): string[] {
  if (!revision) return [NONE];
  const day = publishedDay(revision.publishedAt);
  if (!entry || typeof entry.rank !== 'number') return [formatLabel(OUT, day)];
  const lines = [formatLabel(IN, formatRank(entry.rank), day)];
  if (typeof entry.confidence === 'number') {
    lines.push(formatLabel(CONFIDENCE, formatPercent(entry.confidence)));
  }
  return lines;
}

/** The gap's place in the published Top 10 (nothing until the revision is read). */
export default class GapScorePanelPublished extends LightningElement {
  @api entry: EntryView | null = null;
  @api revision: RevisionView | null = null;
  /** False until the published revision has been read. */
  @api loaded = false;
  heading = HEADING;

  get lines(): { key: string; text: string }[] {
    if (!this.loaded) return [];
    return publishedLines(this.entry, this.revision).map((text, index) => ({
      key: `p${index}`,
      text
    }));
  }
}
