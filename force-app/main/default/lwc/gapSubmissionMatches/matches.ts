// Search results as the list shows them: status, product area and how many accounts already
// asked, so the user adds to an existing gap instead of creating a duplicate. Closed gaps are
// marked; a merged gap leads to its survivor; a gap this customer already flagged opens the
// existing submission instead of offering "Add".
import type { GapMatch } from 'c/gapData';
import { isRecordId, toCaseSafeId } from 'c/gapData';
import { isClosedStatus } from 'c/gapRanking';
import { formatCount, formatLabel } from 'c/format';

/** Rows the list shows at most; the status line gives the total. */
export const MATCH_ROWS = 10;

export interface MatchRow {
  id: string;
  name: string;
  summary: string | null;
  status: string;
  productArea: string | null;
  accountsText: string;
  closed: boolean;
  merged: boolean;
  /** "Merged into <survivor>", when merged. */
  mergedText: string | null;
  /** The survivor a merged gap leads to; null when not merged. */
  survivorId: string | null;
  survivorName: string | null;
  /** Accessible name of the "use the survivor" button. */
  survivorLabel: string | null;
  /** The submission this customer already made for the gap, or null. */
  existingSubmissionId: string | null;
  /** Offered "Add to this gap": not chosen, not merged, not already flagged. */
  choosable: boolean;
  selected: boolean;
  /** The row's class: highlighted when selected. */
  rowClass: string;
  /** Accessible name of the row's choose button ("Add to <gap>"). */
  chooseLabel: string;
}

/** Account-count sentences: none, one ({0}) and many ({0}); chooseFor and mergedInto and useSurvivor ({0} = gap name). */
export interface MatchTexts {
  none: string;
  one: string;
  many: string;
  chooseFor: string;
  mergedInto: string;
  useSurvivor: string;
}

const caseSafe = (id: string): string => (isRecordId(id) ? toCaseSafeId(id) : id);

/** One row per match (the first MATCH_ROWS, in the given order); `flagged` maps case-safe gap Ids to this customer's submission Ids. */
export function matchRows(
  matches: readonly GapMatch[],
  selectedId: string | null,
  texts: MatchTexts,
  flagged: ReadonlyMap<string, string> = new Map()
): MatchRow[] {
  return matches.slice(0, MATCH_ROWS).map((match) => {
    const selected = selectedId !== null && match.id === selectedId;
    const survivorId = match.duplicateOfId;
    const survivorName = survivorId ? (match.duplicateOfName ?? survivorId) : null;
    const existingSubmissionId = flagged.get(caseSafe(match.id)) ?? null;
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
      merged: Boolean(survivorId),
      mergedText: survivorName ? formatLabel(texts.mergedInto, survivorName) : null,
      survivorId,
      survivorName,
      survivorLabel: survivorName ? formatLabel(texts.useSurvivor, survivorName) : null,
      existingSubmissionId,
      choosable: !selected && !survivorId && !existingSubmissionId,
      selected,
      chooseLabel: formatLabel(texts.chooseFor, match.name),
      rowClass: selected
        ? 'match match_selected slds-box slds-box_x-small'
        : 'match slds-box slds-box_x-small'
    };
  });
}

/** This customer's submissions by gap (case-safe gap Id → submission Id), only those for the same opportunity (none on an Account). */
export function flaggedGaps(
  submissions: readonly { id: string; gapId: string | null; opportunityId: string | null }[],
  opportunityId: string | null
): Map<string, string> {
  const want = opportunityId ? caseSafe(opportunityId) : null;
  const flagged = new Map<string, string>();
  for (const submission of submissions) {
    const opportunity = submission.opportunityId ? caseSafe(submission.opportunityId) : null;
    if (submission.gapId && opportunity === want)
      flagged.set(caseSafe(submission.gapId), submission.id);
  }
  return flagged;
}

const SURVIVOR = { status: '', productArea: null, duplicateOfId: null, githubUrl: null };

/** The gap a choose button picks: a listed gap, or the survivor a merged one leads to (known by Id and name only); null otherwise. */
export function chosenGap(
  matches: readonly GapMatch[],
  gapId: string | undefined,
  name: string | undefined
): GapMatch | null {
  const listed = matches.find((match) => match.id === gapId);
  if (listed || !gapId || !name) return listed ?? null;
  return { ...SURVIVOR, id: gapId, name, summary: null, accountCount: 0 };
}
