import { formatToastMessage } from '../lwc/preview/toasts/toasts';
import { parseIdList } from '../lwc/preview/orgControls/orgControls';

describe('toast messages', () => {
  it('fills placeholders from messageData, strings or links', () => {
    expect(
      formatToastMessage('{0} published by {1}', ['Top 10', { url: '/x', label: 'Taylor' }])
    ).toBe('Top 10 published by Taylor');
  });

  it('leaves a placeholder without data as it is', () => {
    expect(formatToastMessage('Saved {0} and {2}', ['gap'])).toBe('Saved gap and {2}');
  });
});

describe('account Id list', () => {
  it('splits on commas, spaces and new lines, dropping blanks', () => {
    expect(parseIdList(' 001A, 001B\n001C ,, ')).toEqual(['001A', '001B', '001C']);
    expect(parseIdList('   ')).toEqual([]);
  });
});
