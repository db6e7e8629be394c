/** @jest-environment node */
import { DEFAULT_WEIGHTS } from 'c/gapRanking';
import type { GapRecord } from 'c/gapRanking';
import { compareLists } from '../diff';
import { acceptReplacement, composeList, newDraft } from '../draft';
import { currentGapRecords, toEngineRanking } from '../inputs';
import type { CurationGap, PublishedRevisionView } from '../types';
import { gapId, ranking, revision } from './fixtures';

function compare(
  rev: PublishedRevisionView | null,
  gaps: CurationGap[],
  entryGaps: GapRecord[] = [],
  draft = newDraft(rev)
) {
  const list = composeList(draft, gaps, rev);
  const engine = toEngineRanking(gaps, 'borda', DEFAULT_WEIGHTS);
  const records = currentGapRecords(
    gaps,
    entryGaps.map((gap) => ({
      ...gap,
      productArea: null,
      duplicateOfId: gap.duplicateOfId ?? null,
      githubUrl: null,
      summary: null
    }))
  );
  return compareLists(rev, list, engine, records);
}

const kinds = (rows: ReturnType<typeof compare>) =>
  rows.map((row) => [row.kind, row.name, row.publishedRank, row.proposedRank, row.shift]);

describe('compareLists', () => {
  it('marks every proposed entry new when nothing was published', () => {
    const rows = compare(null, ranking(12));
    expect(rows).toHaveLength(10);
    expect(rows.every((row) => row.kind === 'new' && row.publishedRank === null)).toBe(true);
  });

  it('tells entries that moved up, down or stayed, and the ones dropped', () => {
    // Published: 3, 1, 2, 4..10 and 12 at rank 10 instead of 10; the ranking now says 1..10.
    const published = [3, 1, 2, 4, 5, 6, 7, 8, 9, 12].map(gapId);
    const rows = compare(revision(published), ranking(15));
    expect(kinds(rows).slice(0, 4)).toEqual([
      ['up', 'Gap 1', 2, 1, 1],
      ['up', 'Gap 2', 3, 2, 1],
      ['down', 'Gap 3', 1, 3, -2],
      ['same', 'Gap 4', 4, 4, 0]
    ]);
    expect(kinds(rows).slice(9)).toEqual([
      ['new', 'Gap 10', null, 10, 0],
      ['dropped', `Published ${gapId(12)}`, 10, null, 0]
    ]);
  });

  it("marks published gaps now Done, Won't Do or merged as resolved, each with its replacement", () => {
    const published = [1, 20, 2, 21, 22].map(gapId);
    const rev = revision(published);
    const entryGaps: GapRecord[] = [
      { id: gapId(20), name: 'Gap 20', status: 'Done' },
      { id: gapId(21), name: 'Gap 21', status: "Won't Do" },
      { id: gapId(22), name: 'Gap 22', status: 'Open', duplicateOfId: gapId(1) }
    ];
    const rows = compare(rev, ranking(12), entryGaps);
    const resolved = rows.filter((row) => row.kind === 'resolved');
    expect(resolved.map((row) => [row.publishedRank, row.reason, row.mergedIntoId])).toEqual([
      [2, 'done', null],
      [4, 'wontDo', null],
      [5, 'merged', gapId(1)]
    ]);
    // The best-ranked open gaps not already published take their places, in order.
    expect(
      resolved.map((row) => row.replacement && [row.replacement.name, row.replacement.rank])
    ).toEqual([
      ['Gap 3', 3],
      ['Gap 4', 4],
      ['Gap 5', 5]
    ]);
    expect(resolved.every((row) => !row.replacementAccepted)).toBe(true);
  });

  it('says a replacement is accepted once it stands at the resolved rank', () => {
    const rev = revision([1, 20].map(gapId));
    const entryGaps: GapRecord[] = [{ id: gapId(20), name: 'Gap 20', status: 'Done' }];
    const draft = acceptReplacement(newDraft(rev), gapId(3), 2);
    const rows = compare(rev, ranking(12), entryGaps, draft);
    const resolved = rows.find((row) => row.kind === 'resolved')!;
    expect(resolved.replacement?.gapId).toBe(gapId(2));
    expect(resolved.replacementAccepted).toBe(false);
    const accepted = compare(
      rev,
      ranking(12),
      entryGaps,
      acceptReplacement(newDraft(rev), gapId(2), 2)
    );
    expect(accepted.find((row) => row.kind === 'resolved')!.replacementAccepted).toBe(true);
  });

  it('proposes no replacement when no open gap is left, and counts unknown gaps as dropped', () => {
    const rev = revision([gapId(1), gapId(30), gapId(31)]);
    const rows = compare(rev, ranking(1), [{ id: gapId(30), name: 'Gap 30', status: 'Done' }]);
    const tail = rows.slice(1);
    expect(tail.map((row) => [row.kind, row.replacement])).toEqual([
      ['resolved', null],
      ['dropped', null]
    ]);
  });
});
