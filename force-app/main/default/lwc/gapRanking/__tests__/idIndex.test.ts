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

  it('hands over its record storage once released, then finds nothing', () => {
    const index = indexOf(['001A', '001B']);
    expect(index.release().length).toBeGreaterThanOrEqual(4);
    expect([index.get('001A'), index.get('001B'), index.get('')]).toEqual([-1, -1, -1]);
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

  it('keeps Latin-1, long and non-Latin-1 ids apart', () => {
    const latin1 = ['001Ä000000000001AAA', 'ÿÿÿÿ', 'abc', 'abcd', 'abcde', '\u0000', ''];
    const index = indexOf(latin1);
    latin1.forEach((id, i) => expect(index.get(id)).toBe(i));
    for (const absent of ['abc\u0000', '\u0000\u0000', 'ÿÿÿ', 'abcĀ', 'ab']) {
      expect(index.get(absent)).toBe(-1);
    }
    const long = 'x'.repeat(300);
    const mixed = indexOf(['a', long, 'ä😀', 'b']);
    expect([mixed.get('a'), mixed.get(long), mixed.get('ä😀'), mixed.get('b')]).toEqual([
      0, 1, 2, 3
    ]);
    expect(mixed.get(long + 'x')).toBe(-1);
  });

  it('agrees with a Map on any Unicode ids (fast-check)', () => {
    const idArb = fc.oneof(fc.string({ maxLength: 6 }), fc.fullUnicodeString({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 60 }), fc.array(idArb), (ids, probes) => {
        const index = indexOf(ids);
        const map = new Map(ids.map((id, i) => [id, i]));
        for (const id of [...ids, ...probes]) expect(index.get(id)).toBe(map.get(id) ?? -1);
      })
    );
  });
});
