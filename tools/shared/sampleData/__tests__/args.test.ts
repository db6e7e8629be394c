/** @jest-environment node */
import { parseArgs } from '../args';

describe('parseArgs', () => {
  it('reads sizes, seed and outputs', () => {
    const args = parseArgs([
      '--gaps',
      '2000',
      '--submissions',
      '50000',
      '--seed',
      '7',
      '--out',
      'x.json'
    ]);
    expect(args.options).toMatchObject({ gaps: 2000, submissions: 50000, seed: 7, revisions: 3 });
    expect(args.out).toBe('x.json');
    expect(args.tree).toBeNull();
  });

  it('defaults to the small preview data set with seed 42', () => {
    expect(parseArgs(['--tree', 'data/']).options).toMatchObject({
      gaps: 60,
      submissions: 600,
      seed: 42
    });
  });

  it.each([
    [[], /Nothing to write/],
    [['--out'], /needs a value/],
    [['--gaps', '--out', 'x'], /needs a value/],
    [['--gaps', 'ten', '--out', 'x'], /whole number/],
    [['--gaps', '-1', '--out', 'x'], /needs a value|whole number/],
    [['--bogus', '1'], /Unknown argument/]
  ])('rejects %p', (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrow(message);
  });
});
