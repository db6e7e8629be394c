/** @jest-environment node */
import { mapRevisions } from 'c/gapData';
import {
  compareRevisions,
  currentRevision,
  findRevision,
  previousRevisionId,
  previousState
} from '../board';
import revisionsData from './data/revisions.json';

const revisions = mapRevisions(revisionsData);
const [r3, r2, r1] = revisions;

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
    for (const previous of [
      { kind: 'loading', id: r2.id } as const,
      { kind: 'missing' } as const
    ]) {
      const unknown = compareRevisions(r3, previous);
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

describe('previousState', () => {
  it('is none for the first revision and loaded when the previous one is among the loaded', () => {
    expect(previousState(r1, revisions, null)).toEqual({ kind: 'none' });
    expect(previousState(r3, revisions, null)).toEqual({ kind: 'loaded', revision: r2 });
    expect(previousState(null, revisions, null)).toEqual({ kind: 'none' });
  });

  it('is loading (with the Id to read) until the older previous revision is read on its own', () => {
    const previousId = previousRevisionId(r3)!;
    expect(previousState(r3, [r3], null)).toEqual({ kind: 'loading', id: previousId });
    expect(previousState(r3, [r3], { id: 'a03D000000Other', revision: null })).toEqual({
      kind: 'loading',
      id: previousId
    });
    expect(previousState(r3, [r3], { id: previousId, revision: r2 })).toEqual({
      kind: 'loaded',
      revision: r2
    });
  });

  it('is missing when the read on its own found nothing (no access, deleted)', () => {
    expect(previousState(r3, [r3], { id: previousRevisionId(r3)!, revision: null })).toEqual({
      kind: 'missing'
    });
  });
});
