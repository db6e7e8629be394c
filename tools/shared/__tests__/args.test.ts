/** @jest-environment node */
import { ArgsError, parseCommandLine } from '../args';

const OPTIONS = { out: { type: 'string' }, json: { type: 'boolean' } } as const;

describe('parseCommandLine', () => {
  it('reads --flag value, --flag=value, booleans and positionals', () => {
    const { values, positionals } = parseCommandLine(
      ['in.csv', '--out', 'a.json', '--json'],
      OPTIONS,
      true
    );
    expect(values).toEqual({ out: 'a.json', json: true });
    expect(positionals).toEqual(['in.csv']);
    expect(parseCommandLine(['--out=b.json'], OPTIONS).values.out).toBe('b.json');
  });

  it.each([
    [['--fast'], 'unknown', '--fast'],
    [['--out'], 'missing', '--out'],
    // a value that looks like an option is refused rather than taken silently
    [['--out', '--json'], 'missing', '--out'],
    [['stray'], 'positional', 'stray']
  ])('reports %j as %s %s', (argv, kind, flag) => {
    let caught: unknown;
    try {
      parseCommandLine(argv, OPTIONS);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArgsError);
    expect(caught).toMatchObject({ kind, flag });
  });
});
