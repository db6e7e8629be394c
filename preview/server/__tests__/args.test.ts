/** @jest-environment node */
import { parseArgs } from '../args';

describe('preview CLI arguments', () => {
  it('has defaults', () => {
    expect(parseArgs([])).toEqual({
      port: 3000,
      reset: false,
      rebuild: false,
      lws: true,
      help: false
    });
  });

  it('reads every option, in both --flag value and --flag=value forms', () => {
    expect(
      parseArgs([
        '--port',
        '0',
        '--reset',
        '--gaps=50',
        '--submissions',
        '200',
        '--data-file',
        'x.json',
        '--rebuild',
        '--no-lws'
      ])
    ).toEqual({
      port: 0,
      reset: true,
      gaps: 50,
      submissions: 200,
      dataFile: 'x.json',
      rebuild: true,
      lws: false,
      help: false
    });
  });

  it.each([
    [['--port', 'abc'], /--port needs a whole number/],
    [['--port', '70000'], /at most 65535/],
    [['--gaps', '0'], /--gaps needs a whole number of 1 or more/],
    [['--gaps'], /got nothing/],
    [['--submissions', '-1'], /--submissions/],
    [['--data-file', '--reset'], /--data-file needs a path/],
    [['--colour'], /Unknown option --colour/]
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrow(message);
  });
});
