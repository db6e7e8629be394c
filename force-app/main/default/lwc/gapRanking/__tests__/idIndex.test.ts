/** @jest-environment node */
import fc from 'fast-check';
import { IdIndex } from '../idIndex';

const indexOf = (ids: string[]) => new IdIndex(ids.map((id) => ({ id })));

describe('IdIndex', () => {
  it('finds every id at its position and nothing else', () => {
    const ids = ['001A', '001B', '', 'ä😀', '001A0000000001AAA'];
    const index = indexOf(ids);
    ids.forEach((id, i) => expect(index.get(id)).toBe(i));
    for (const absent of ['001', '001A ', '001a', 'ä', '001A0000000001AAB']) {
      expect(index.get(absent)).toBe(-1);
    }
    expect(indexOf([]).get('001A')).toBe(-1);
  });

  it('maps a repeated id to its last position, as Map.set would', () => {
    expect(indexOf(['a', 'b', 'a']).get('a')).toBe(2);
  });

  it('agrees with a Map on any ids and probes (fast-check)', () => {
    const idArb = fc.string({ maxLength: 4 });
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 60 }), fc.array(idArb), (ids, probes) => {
        const index = indexOf(ids);
        const map = new Map(ids.map((id, i) => [id, i]));
        for (const id of [...ids, ...probes]) expect(index.get(id)).toBe(map.get(id) ?? -1);
      })
    );
  });
});
