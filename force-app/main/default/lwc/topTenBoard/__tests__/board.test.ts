/** @jest-environment node */
import { mapRevisions } from 'c/gapData';
import type { GapView, RevisionView } from 'c/gapData';
import {
  compareRevisions,
  currentRevision,
  departureReason,
  findRevision,
  previousRevisionId
} from '../board';
import revisionsData from './data/revisions.json';
import liveGapsData from './data/liveGaps.json';
import { mapCurationEntryGaps } from 'c/gapData';

const revisions = mapRevisions(revisionsData);
const [r3, r2, r1] = revisions;
const liveGaps = mapCurationEntryGaps(liveGapsData);

function gapOf(revision: RevisionView, rank: number): string {
  return revision.entries.find((entry) => entry.rank === rank)!.gapId!;
}

describe('currentRevision', () => {
  it('is the newest Published revision', () => {
    expect(currentRevision(revisions)?.id).toBe('a03D000000Rev03');
  });
  it('falls back to the newest revision when none is Published, and null when there is none', () => {
    expect(currentRevision([r2, r1])?.id).toBe(r2.id);
    expect(currentRevision([])).toBeNull();
  });
});

describe('previousRevisionId and findRevision', () => {
  it('reads Previous_Revision__c, else the Supersedes_Key__c, and null for the first revision', () => {
    expect(previousRevisionId(r3)).toBe('a03D000000Rev02');
    expect(previousRevisionId({ ...r3, previousRevisionId: null })).toBe('a03D000000Rev02');
    expect(previousRevisionId(r1)).toBeNull();
    expect(previousRevisionId({ ...r1, supersedesKey: null })).toBeNull();
  });
  it('matches an 18-character Id against a 15-character one', () => {
    expect(findRevision(revisions, 'a03D000000Rev02AAA')?.id).toBe(r2.id);
    expect(findRevision(revisions, 'a03D000000Rev09')).toBeNull();
    expect(findRevision(revisions, null)).toBeNull();
  });
});

describe('compareRevisions', () => {
  const comparison = compareRevisions(r3, { kind: 'loaded', revision: r2 });
  const moves = comparison.rows.map(({ entry, movement }) => [
    entry.gapName,
    movement.kind,
    movement.places
  ]);

  it('gives every entry its movement against the previous rank of the same gap', () => {
    expect(moves).toEqual([
      ['SAML single logout', 'up', 1],
      ['Bulk API for submissions', 'up', 1],
      ['Search across archived records', 'down', 2],
      ['Field-level audit trail', 'same', 0],
      ['Custom report folders', 'same', 0],
      ['Usage analytics export', 'new', 0],
      ['AI summary of cases', 'new', 0],
      ['Webhook retries', 'up', 1],
      ['Terraform provider', 'new', 0],
      ['Sandbox refresh API', 'new', 0]
    ]);
    expect(comparison.rows[2].movement.previousRank).toBe(1);
  });

  it('lists the previous entries whose gap left, in their old rank order', () => {
    expect(comparison.departed.map((entry) => [entry.rank, entry.gapName])).toEqual([
      [6, 'Offline mobile edits'],
      [7, 'Regional data residency'],
      [8, 'SCIM provisioning'],
      [10, 'Duplicate SSO logout']
    ]);
  });

  it('marks every entry new for the first revision, with no departures', () => {
    const first = compareRevisions(r1, { kind: 'none' });
    expect(new Set(first.rows.map((row) => row.movement.kind))).toEqual(new Set(['new']));
    expect(first.departed).toEqual([]);
  });

  it('says nothing moved or left while the previous revision is loading or missing', () => {
    for (const kind of ['loading', 'missing'] as const) {
      const unknown = compareRevisions(r3, { kind });
      expect(new Set(unknown.rows.map((row) => row.movement.kind))).toEqual(new Set(['unknown']));
      expect(unknown.departed).toEqual([]);
    }
  });

  it('treats an entry without a gap or rank as unknown, not as new', () => {
    const broken = { ...r3, entries: [{ ...r3.entries[0], gapId: null }] };
    expect(compareRevisions(broken, { kind: 'loaded', revision: r2 }).rows[0].movement.kind).toBe(
      'unknown'
    );
  });
});

describe('departureReason', () => {
  const reason = (
    rank: number,
    gaps: GapView[] | null,
    state: 'loading' | 'ready' | 'unavailable'
  ) => departureReason(gapOf(r2, rank), gaps, state).reason;

  it('is outranked for a gap still open, resolved for Done, merged when Duplicate_Of__c is set', () => {
    expect(departureReason(gapOf(r2, 6), liveGaps, 'ready')).toEqual({
      reason: 'outranked',
      status: 'In Progress'
    });
    expect(departureReason(gapOf(r2, 8), liveGaps, 'ready')).toEqual({
      reason: 'resolved',
      status: 'Done'
    });
    // Merged gaps are closed (Won't Do) too: merged wins.
    expect(reason(10, liveGaps, 'ready')).toBe('merged');
  });

  it("is resolved for Won't Do without a duplicate", () => {
    const wontDo = liveGaps.map((gap) => ({ ...gap, duplicateOfId: null, status: "Won't Do" }));
    expect(reason(10, wontDo, 'ready')).toBe('resolved');
  });

  it('is not visible when the gap is not returned, the read failed, or the entry has no gap', () => {
    expect(reason(7, liveGaps, 'ready')).toBe('notVisible');
    expect(reason(6, null, 'unavailable')).toBe('notVisible');
    expect(departureReason(null, liveGaps, 'ready').reason).toBe('notVisible');
  });

  it('is checking while the live read runs', () => {
    expect(reason(6, null, 'loading')).toBe('checking');
  });

  it('matches an 18-character live Id to a 15-character entry gap Id', () => {
    const long = liveGaps.map((gap) => ({ ...gap, id: `${gap.id}XYZ` }));
    expect(reason(8, long, 'ready')).toBe('resolved');
  });
});
