/** @jest-environment node */
import { curationEntryGapsVariables, mapCurationEntryGaps } from 'c/gapData';
import entryGaps from './data/curationEntryGaps.json';

describe('curation entry gaps', () => {
  it('names the distinct valid gap Ids of a published list, at most ten, or none', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `a01${String(i + 1).padStart(12, '0')}AAA`);
    expect(curationEntryGapsVariables([ids[0], ids[0], null, 'not-an-id', ids[1]])).toEqual({
      gapIds: [ids[0], ids[1]]
    });
    expect(curationEntryGapsVariables(ids)!.gapIds).toHaveLength(10);
    expect(curationEntryGapsVariables([])).toBeNull();
    expect(curationEntryGapsVariables([undefined, 'x'])).toBeNull();
  });

  it('maps the gaps as they stand now, and nothing for a missing connection', () => {
    const gaps = mapCurationEntryGaps(entryGaps);
    expect(gaps.map((gap) => [gap.id, gap.name, gap.status, gap.duplicateOfId])).toEqual([
      ['a01000000000020AAA', 'SAML single logout', 'Done', null],
      ['a01000000000001AAA', 'Gap 1', 'Open', null]
    ]);
    expect(mapCurationEntryGaps(null)).toEqual([]);
    expect(mapCurationEntryGaps({ uiapi: { query: null } })).toEqual([]);
  });
});
