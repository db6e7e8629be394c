/** @jest-environment node */
import { mapRevisions } from 'c/gapData';
import { formatDateTime } from 'c/format';
import { comparisonNote, publishedBy, revisionOptionLabel, revisionOptions } from '../present';
import revisionsData from './data/revisions.json';

const revisions = mapRevisions(revisionsData);
const [r3] = revisions;
const at = (iso: string) => formatDateTime(iso);

describe('revisionOptions', () => {
  it('names each revision by its publish time and publisher, the current one marked', () => {
    expect(revisionOptions(revisions, r3.id).map((o) => o.label)).toEqual([
      `${at('2026-11-20T14:30:00.000Z')} by Tess Planner (current)`,
      `${at('2026-11-01T09:00:00.000Z')} by Tess Planner`,
      `${at('2026-10-01T09:00:00.000Z')} by Tess Planner`
    ]);
    expect(at('2026-11-20T14:30:00.000Z')).toMatch(/2026/);
    expect(revisionOptions(revisions, r3.id).map((o) => o.value)).toEqual(
      revisions.map((r) => r.id)
    );
  });

  it('still names a revision without a publish time or publisher', () => {
    const bare = { ...r3, publishedAt: null, publisherName: null };
    expect(revisionOptionLabel(bare, null)).toBe('— by an unknown user');
  });
});

describe('publishedBy', () => {
  it('says who published and when, through the formatter', () => {
    expect(publishedBy(r3)).toBe(`Published by Tess Planner on ${at('2026-11-20T14:30:00.000Z')}`);
  });
  it('leaves the date out when unknown, and names no one when the revision is missing', () => {
    expect(publishedBy({ ...r3, publishedAt: null })).toBe('Published by Tess Planner');
    expect(publishedBy(null)).toBe('Published by an unknown user');
  });
});

describe('comparisonNote', () => {
  it('explains a first, loading or missing previous revision, and says nothing once loaded', () => {
    expect(comparisonNote('none')).toBe('This is the first published Top 10: every gap is new.');
    expect(comparisonNote('loading')).toBe('Loading the previous revision to show what changed…');
    expect(comparisonNote('missing')).toBe(
      'The revision before this one could not be read, so changes are not shown.'
    );
    expect(comparisonNote('loaded')).toBeNull();
  });
});
