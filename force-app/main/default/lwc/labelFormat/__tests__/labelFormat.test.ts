import { formatCount, formatLabel } from 'c/labelFormat';

describe('formatLabel', () => {
  it('fills placeholders in any order, more than once', () => {
    expect(formatLabel('Loaded {0} of {1} submissions ({0})', 12000, '50,000')).toBe(
      'Loaded 12000 of 50,000 submissions (12000)'
    );
    expect(formatLabel('{1} before {0}', 'a', 'b')).toBe('b before a');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(formatLabel('{0} and {1}', 'one')).toBe('one and {1}');
    expect(formatLabel('{0}', null)).toBe('{0}');
  });

  it('does not treat values as patterns', () => {
    expect(formatLabel('{0}', '$& {1}', 'x')).toBe('$& {1}');
  });
});

describe('formatCount', () => {
  it('picks singular or plural and groups thousands', () => {
    expect(formatCount('{0} account', '{0} accounts', 1)).toBe('1 account');
    expect(formatCount('{0} account', '{0} accounts', 0)).toBe('0 accounts');
    expect(formatCount('{0} account', '{0} accounts', 12345)).toBe('12,345 accounts');
  });
});
