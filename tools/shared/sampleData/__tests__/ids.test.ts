/** @jest-environment node */
import fc from 'fast-check';
import { KEY_PREFIX, makeRecordId, toCaseSafeId } from '../ids';

const { parse } = require('formulon') as {
  parse(formula: string, substitutions: Record<string, unknown>): { value: unknown };
};
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'.split('');
const id15Arb = fc
  .array(fc.constantFrom(...ALNUM), { minLength: 15, maxLength: 15 })
  .map((c) => c.join(''));

describe('toCaseSafeId', () => {
  it('appends the suffix worked out by hand', () => {
    // chunks "00130" and "00000" have no capitals (A); "Nlyp8" has one in position 0 (flag 1: B).
    expect(toCaseSafeId('0013000000Nlyp8')).toBe('0013000000Nlyp8AAB');
    // All capitals in a chunk set all 5 flags: index 31 = "5".
    expect(toCaseSafeId('ABCDEABCDEABCDE')).toBe('ABCDEABCDEABCDE555');
  });

  it("agrees with formulon's CASESAFEID on any 15-character Id", () => {
    fc.assert(
      fc.property(id15Arb, (id) => {
        const expected = parse('CASESAFEID(X)', {
          X: { type: 'literal', dataType: 'text', value: id, options: { length: 15 } }
        }).value;
        expect(toCaseSafeId(id)).toBe(expected);
      })
    );
  });

  it('normalises the case of an 18-character suffix, and rejects a suffix that does not match', () => {
    expect(toCaseSafeId('0013000000Nlyp8aab')).toBe('0013000000Nlyp8AAB');
    expect(() => toCaseSafeId('0013000000Nlyp8zzz')).toThrow(/Not a Salesforce record Id/);
  });

  it('makes Ids that differ only in case differ case-insensitively', () => {
    fc.assert(
      fc.property(id15Arb, fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }), (a, flips) => {
        const b = a
          .split('')
          .map((c, i) =>
            flips[i] ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c
          )
          .join('');
        fc.pre(a !== b);
        expect(toCaseSafeId(a).toLowerCase()).not.toBe(toCaseSafeId(b).toLowerCase());
      })
    );
    expect(toCaseSafeId('a01Aa0000000001').toLowerCase()).not.toBe(
      toCaseSafeId('a01aa0000000001').toLowerCase()
    );
  });

  it.each(['', '001', '0013000000Nlyp8A', '0013000000Nlyp-', null, 42])('rejects %p', (bad) => {
    expect(() => toCaseSafeId(bad as string)).toThrow(/Not a Salesforce record Id/);
  });
});

describe('makeRecordId', () => {
  it('gives 18-character case-safe Ids under the key prefix', () => {
    const id = makeRecordId(KEY_PREFIX.Account, 1);
    expect(id).toHaveLength(18);
    expect(id.startsWith('001')).toBe(true);
    expect(toCaseSafeId(id)).toBe(id);
  });

  it('gives distinct Ids, also case-insensitively, for distinct numbers', () => {
    const ids = Array.from({ length: 20000 }, (_, n) => makeRecordId('a02', n).toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is a pure function of prefix and number', () => {
    expect(makeRecordId('a01', 12345)).toBe(makeRecordId('a01', 12345));
    expect(makeRecordId('a01', 12345)).not.toBe(makeRecordId('a03', 12345));
  });

  it.each([
    ['a0', 1],
    ['a0-', 1],
    ['a01', -1],
    ['a01', 1.5],
    ['a01', 62 ** 9]
  ])('rejects prefix %p with number %p', (prefix, n) => {
    expect(() => makeRecordId(prefix, n)).toThrow();
  });
});
