import {
  formatCompactMoney,
  formatCount,
  formatDateTime,
  formatDay,
  formatDecimal,
  formatLabel,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRank
} from 'c/format';

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

describe('numbers in the user locale (the Jest default user: en-US, USD)', () => {
  it('writes money in whole units of the user currency', () => {
    expect(formatMoney(1234567.8)).toBe('$1,234,568');
    expect(formatMoney(0)).toBe('$0');
    expect(formatMoney(-2500)).toBe('-$2,500');
    expect(formatCompactMoney(1234567)).toBe('$1.2M');
  });

  it('writes counts, decimals and shares', () => {
    expect(formatNumber(12345)).toBe('12,345');
    expect(formatNumber(2.6)).toBe('3');
    expect(formatDecimal(2.456)).toBe('2.5');
    expect(formatDecimal(2.456, 2)).toBe('2.46');
    expect(formatDecimal(0.5, 3, 3)).toBe('0.500');
    expect(formatDecimal(0.6333, 3, 3)).toBe('0.633');
    expect(formatDecimal(1, 2, 5)).toBe('1.00');
    expect(formatPercent(0.425)).toBe('43%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('shows a dash for a missing or unusable value, never "NaN" or "null"', () => {
    for (const format of [
      formatMoney,
      formatCompactMoney,
      formatNumber,
      formatDecimal,
      formatPercent
    ]) {
      expect(format(null)).toBe('—');
      expect(format(undefined)).toBe('—');
      expect(format(Number.NaN)).toBe('—');
      expect(format(Number.POSITIVE_INFINITY)).toBe('—');
    }
  });
});

describe('dates', () => {
  it('shows a Date field as written, whatever the time zone', () => {
    expect(formatDay('2026-03-09')).toBe('Mar 9, 2026');
    expect(formatDay('2026-12-31')).toBe('Dec 31, 2026');
  });

  it('returns text that is not a date as it is, and nothing for nothing', () => {
    expect(formatDay('next week')).toBe('next week');
    expect(formatDay('2026-13-45')).toBe('2026-13-45');
    expect(formatDay('2026-02-30')).toBe('2026-02-30');
    expect(formatDay('')).toBe('');
    expect(formatDay(null)).toBe('');
    expect(formatDateTime('soon')).toBe('soon');
    expect(formatDateTime(undefined)).toBe('');
  });

  it('shows a date-time in the user time zone (Jest user: America/Los_Angeles)', () => {
    // 07:30 UTC is 23:30 the day before in Los Angeles (PST, UTC-8, in January).
    // ICU versions differ in the space before PM (U+0020 or U+202F): compare words, not spaces.
    expect(formatDateTime('2026-01-10T07:30:00.000Z').replace(/\s/g, ' ')).toBe(
      'Jan 9, 2026, 11:30 PM'
    );
  });
});

describe('ranks', () => {
  it('writes a place one way, and a shared place one way', () => {
    expect(formatRank(2)).toBe('#2');
    expect(formatRank(2, true)).toBe('#2 (tied)');
    expect(formatRank(1290)).toBe('#1,290');
  });
});

describe('another user locale', () => {
  it('follows the locale, currency and time zone Salesforce gives the user', () => {
    jest.isolateModules(() => {
      jest.doMock('@salesforce/i18n/locale', () => ({ default: 'de_DE' }), { virtual: true });
      jest.doMock('@salesforce/i18n/currency', () => ({ default: 'EUR' }), { virtual: true });
      jest.doMock('@salesforce/i18n/timeZone', () => ({ default: 'Europe/Berlin' }), {
        virtual: true
      });
      const german = require('c/format') as typeof import('c/format');
      // Intl separates the number from € and % with a no-break space.
      expect(german.formatMoney(1234567.8)).toBe('1.234.568\u00a0€');
      expect(german.formatNumber(12345)).toBe('12.345');
      expect(german.formatPercent(0.425)).toBe('43\u00a0%');
      expect(german.formatDay('2026-03-09')).toBe('09.03.2026');
      expect(german.formatDateTime('2026-01-10T07:30:00.000Z')).toBe('10.01.2026, 08:30');
    });
  });
});
