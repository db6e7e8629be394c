// Search results as the list shows them: status, product area and how many accounts already
// asked, so the user adds to an existing gap instead of creating a duplicate.
import type { GapMatch } from 'c/gapData';
import { isClosedStatus } from 'c/gapRanking';
import { formatCount, formatLabel } from 'c/labelFormat';

export interface MatchRow {
  id: string;
  name: string;
  summary: string | null;
  status: string;
  productArea: string | null;
  accountsText: string;
  closed: boolean;
  merged: boolean;
  selected: boolean;
  /** The row's class: highlighted when selected. */
  rowClass: string;
  /** Accessible name of the row's choose button ("Add to <gap>"). */
  chooseLabel: string;
}

/** Account-count sentences: none, one ({0}) and many ({0}); chooseFor ({0} = gap name). */
export interface MatchTexts {
  none: string;
  one: string;
  many: string;
  chooseFor: string;
}

/** One row per match, in the server's order; selected marks the chosen gap (by Id). */
export function matchRows(
  matches: readonly GapMatch[],
  selectedId: string | null,
  texts: MatchTexts
): MatchRow[] {
  return matches.map((match) => {
    const selected = selectedId !== null && match.id === selectedId;
    return {
      id: match.id,
      name: match.name,
      summary: match.summary,
      status: match.status,
      productArea: match.productArea,
      accountsText:
        match.accountCount > 0
          ? formatCount(texts.one, texts.many, match.accountCount)
          : texts.none,
      closed: isClosedStatus(match.status),
      merged: Boolean(match.duplicateOfId),
      selected,
      chooseLabel: formatLabel(texts.chooseFor, match.name),
      rowClass: selected
        ? 'match match_selected slds-box slds-box_x-small'
        : 'match slds-box slds-box_x-small'
    };
  });
}
