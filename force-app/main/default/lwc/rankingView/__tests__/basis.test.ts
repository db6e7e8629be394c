import { DEFAULT_WEIGHTS } from 'c/gapRanking';
import { publishBasis, weightsText, windowText } from '../basis';

describe('publish basis', () => {
  it('names the window in words, open bounds included', () => {
    expect(windowText({ from: null, to: null })).toBe('All submissions, any date');
    expect(windowText({ from: '2026-01-05', to: null })).toBe('Submitted on or after Jan 5, 2026');
    expect(windowText({ from: null, to: '2026-01-05' })).toBe('Submitted on or before Jan 5, 2026');
    expect(windowText({ from: '2026-01-05', to: '2026-03-01' })).toBe(
      'Submitted from Jan 5, 2026 to Mar 1, 2026'
    );
  });

  it('lists only weights above 0, and names the method by its label, not its key', () => {
    const weights = { arr: 3, accounts: 1, strategic: 0, p0: 0, tam: 0, lost: 2 };
    expect(weightsText(weights).split(', ')).toEqual([
      expect.stringMatching(/ 3$/),
      expect.stringMatching(/ 1$/),
      expect.stringMatching(/ 2$/)
    ]);
    const basis = publishBasis({ from: null, to: null }, 'borda', DEFAULT_WEIGHTS, 21, 94, null);
    expect(basis).toMatchObject({ gapCount: 21, submissionCount: 94, partialReason: null });
    expect(basis.method).toBe('Weighted Borda (mean percentile rank)');
  });
});
