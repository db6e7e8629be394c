import { LightningElement, api } from 'lwc';
import type { GapDetail } from 'c/gapData';
import HEADING from '@salesforce/label/c.GapScorePanel_Strategic_Heading';
import NONE from '@salesforce/label/c.GapScorePanel_Strategic_None';

/** The distinct strategic accounts among the loaded submissions, by name; [] without a detail. */
export function strategicAccounts(
  detail: GapDetail | null | undefined
): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const row of detail?.submissions?.rows ?? []) {
    if (row.account?.strategic && !byId.has(row.account.id)) {
      byId.set(row.account.id, row.account.name ?? row.account.id);
    }
  }
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The strategic accounts that flagged the gap, or a plain sentence when there are none. */
export default class GapScorePanelAccounts extends LightningElement {
  @api detail: GapDetail | null = null;
  labels = { HEADING, NONE };

  get accounts(): { id: string; name: string }[] {
    return strategicAccounts(this.detail);
  }
  get hasAccounts(): boolean {
    return this.accounts.length > 0;
  }
}
