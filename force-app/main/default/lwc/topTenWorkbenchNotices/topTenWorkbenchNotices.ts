import { LightningElement, api } from 'lwc';

/** One notice about what the ranking rests on (incomplete load, hidden records, bad numbers). */
export interface WorkbenchNotice {
  key: string;
  text: string;
  /** SLDS alert classes plus the key, e.g. "slds-notify ... load-incomplete". */
  className: string;
}

/**
 * The notices above the Top 10 ranking, each a status message (announced when it appears); shows
 * nothing when there are none. The workbench computes them (topTenWorkbench present.ts).
 */
export default class TopTenWorkbenchNotices extends LightningElement {
  @api notices: readonly WorkbenchNotice[] = [];

  get items(): readonly WorkbenchNotice[] {
    return Array.isArray(this.notices) ? this.notices : [];
  }
}
