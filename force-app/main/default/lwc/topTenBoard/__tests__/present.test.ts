/** @jest-environment node */
import { mapRevisions } from 'c/gapData';
import { comparisonNote, publishedBy, revisionOptionLabel, revisionOptions } from '../present';
import revisionsData from './data/revisions.json';

const revisions = mapRevisions(revisionsData);
const [r3] = revisions;

describe('revisionOptions', () => {
  it('names each revision by its publish time and publisher, the current one marked', () => {
    expect(revisionOptions(revisions, r3.id).map((o) => o.label)).toEqual([
      'c.TopTen_Board_Revision_Current',
      'c.TopTen_Board_Revision_Option',
      'c.TopTen_Board_Revision_Option'
    ]);
    expect(revisionOptions(revisions, r3.id).map((o) => o.value)).toEqual(
      revisions.map((r) => r.id)
    );
  });

  it('still names a revision without a publish time or publisher', () => {
    const bare = { ...r3, publishedAt: null, publisherName: null };
    expect(revisionOptionLabel(bare, null)).toBe('c.TopTen_Board_Revision_Option');
  });
});

describe('publishedBy', () => {
  it('says who published and when, through the formatter', () => {
    expect(publishedBy(r3)).toMatch(
      /^c\.TopTen_Board_Published_By c\.TopTen_Board_Published_On .*2026/
    );
  });
  it('leaves the date out when unknown, and names no one when the revision is missing', () => {
    expect(publishedBy({ ...r3, publishedAt: null })).toBe('c.TopTen_Board_Published_By');
    expect(publishedBy(null)).toBe('c.TopTen_Board_Published_By');
  });
});

describe('comparisonNote', () => {
  it('explains a first, loading or missing previous revision, and says nothing once loaded', () => {
    expect(comparisonNote('none')).toBe('c.TopTen_Board_First_Revision');
    expect(comparisonNote('loading')).toBe('c.TopTen_Board_Previous_Loading');
    expect(comparisonNote('missing')).toBe('c.TopTen_Board_Previous_Missing');
    expect(comparisonNote('loaded')).toBeNull();
  });
});
