/** @jest-environment node */
import { isRecordId, submissionKey, toCaseSafeId } from 'c/gapData';

// 15 -> 18 pairs from Salesforce's own REST API documentation examples.
const KNOWN_PAIRS: [string, string][] = [
  ['001D000000IqhSL', '001D000000IqhSLIAZ'],
  ['001D000000INjVe', '001D000000INjVeIAL'],
  ['005D0000001KyEI', '005D0000001KyEIIA0'],
  ['a00D0000008oWP8', 'a00D0000008oWP8IAM'],
  ['a03D0000003DUhc', 'a03D0000003DUhcIAG']
];

describe('toCaseSafeId', () => {
  it.each(KNOWN_PAIRS)('turns %s into %s', (id15, id18) => {
    expect(toCaseSafeId(id15)).toBe(id18);
  });

  it('keeps an 18-character Id (and upper-cases a lower-case suffix)', () => {
    expect(toCaseSafeId('001D000000IqhSLIAZ')).toBe('001D000000IqhSLIAZ');
    expect(toCaseSafeId('001D000000IqhSLiaz')).toBe('001D000000IqhSLIAZ');
  });

  it('gives Ids that differ only in case different suffixes', () => {
    expect(toCaseSafeId('001d000000iqhsl')).toBe('001d000000iqhslAAA');
    expect(toCaseSafeId('001d000000iqhsl')).not.toBe(toCaseSafeId('001D000000IqhSL'));
  });

  it.each([
    '',
    '001D000000IqhS',
    '001D000000IqhSLIA',
    '001D000000IqhSLIAA',
    '001D00000-IqhSL',
    'x'.repeat(40)
  ])('throws on %p', (bad) => {
    expect(() => toCaseSafeId(bad)).toThrow(/Not a Salesforce record Id/);
  });
});

describe('isRecordId', () => {
  it('accepts 15-character Ids and 18-character Ids with a matching suffix', () => {
    expect(isRecordId('001D000000IqhSL')).toBe(true);
    expect(isRecordId('001D000000IqhSLIAZ')).toBe(true);
  });

  it.each([null, undefined, 42, '', '001D000000IqhSLIAA', '001D000000IqhSL ', "001D000000Iq'SL"])(
    'rejects %p',
    (bad) => {
      expect(isRecordId(bad)).toBe(false);
    }
  );
});

describe('submissionKey', () => {
  it('joins the three 18-character Ids', () => {
    expect(submissionKey('a00D0000008oWP8', '001D000000IqhSL', '005D0000001KyEI')).toBe(
      'a00D0000008oWP8IAM:001D000000IqhSLIAZ:005D0000001KyEIIA0'
    );
  });

  it('writes "none" when there is no opportunity', () => {
    for (const none of [null, undefined, '']) {
      expect(submissionKey('a00D0000008oWP8IAM', '001D000000IqhSLIAZ', none)).toBe(
        'a00D0000008oWP8IAM:001D000000IqhSLIAZ:none'
      );
    }
  });

  it('fits Submission_Key__c (56 characters)', () => {
    expect(submissionKey('a00D0000008oWP8', '001D000000IqhSL', '005D0000001KyEI')).toHaveLength(56);
  });

  it('throws on a bad Id rather than write a key the validation rule rejects', () => {
    expect(() => submissionKey('nope', '001D000000IqhSL', null)).toThrow();
    expect(() => submissionKey('a00D0000008oWP8', '001D000000IqhSL', 'bad')).toThrow();
  });
});
