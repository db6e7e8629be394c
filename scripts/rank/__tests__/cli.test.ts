/** @jest-environment node */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAmount, parseBoolean, parseCreatedDate } from '../columns';
import { parseCsv } from '../csv';
import { runCli } from '../run';

const ROOT = join(__dirname, '..', '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const files: Record<string, string> = {};
const read = (path: string) => {
  if (path in files) return files[path];
  return readFileSync(path, 'utf8');
};
const run = (...argv: string[]) => runCli(argv, read);

const HEADER = 'Gap ID,Gap Name,Account ID,Severity,Amount,Opportunity ID,Strategic';

describe('parseCsv', () => {
  it('reads RFC 4180 quoting, a BOM, CRLF and line breaks inside quotes, with start lines', () => {
    const records = parseCsv('\ufeffa,"b ""q"", c"\r\n"multi\nline",2\r\n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b "q", c'] },
      { line: 2, cells: ['multi\nline', '2'] }
    ]);
  });

  it('keeps empty quoted fields and a last line without a line break', () => {
    expect(parseCsv('"",x\ny,""')).toEqual([
      { line: 1, cells: ['', 'x'] },
      { line: 2, cells: ['y', ''] }
    ]);
  });

  it.each([
    ['a,"open\nb', /line 1: unterminated/],
    ['a,b\nc,d"e', /line 2: quote inside/],
    ['a,"b"c', /line 1: text after a closing quote/]
  ])('rejects %j', (text, message) => expect(() => parseCsv(text)).toThrow(message));
});

describe('value parsers', () => {
  it.each([
    ['1234.5', 1234.5],
    ['1,234.50', 1234.5],
    ['USD 1,234.50', 1234.5],
    ['$1,234', 1234],
    ['1234.50 EUR', 1234.5],
    ['€ 12', 12],
    ['', null],
    ['-', null]
  ])('reads the amount %j', (text, value) => expect(parseAmount(text, 'x')).toBe(value));

  it.each(['1.234,50', '12,34', 'abc', '1,2345', '$'])('rejects the amount %j', (text) => {
    expect(() => parseAmount(text, 'line 3, field "amount"')).toThrow(/line 3, field "amount"/);
  });

  it('reads checkboxes and dates, rejecting anything else', () => {
    expect([
      parseBoolean('TRUE', 'x'),
      parseBoolean('0', 'x'),
      parseBoolean('', 'x'),
      parseBoolean('x', 'x')
    ]).toEqual([true, false, false, true]);
    expect(() => parseBoolean('maybe', 'line 4')).toThrow(/line 4/);
    expect(parseCreatedDate('3/1/2026 10:00 AM', 'x')).toBe('2026-03-01');
    expect(parseCreatedDate('2026-03-01T10:00:00Z', 'x')).toBe('2026-03-01T10:00:00Z');
    expect(() => parseCreatedDate('01.03.2026', 'line 5')).toThrow(/line 5/);
    expect(() => parseAmount(Infinity, 'item 1')).toThrow(/item 1/);
  });
});

describe('rank CLI on the examples', () => {
  it('ranks the CSV report export, folding the merged gap and skipping the Done one', () => {
    const result = run(join(EXAMPLES, 'submissions.csv'), '--json');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.ranking.map((gap: { name: string }) => gap.name)).toEqual([
      'Audit log export to S3',
      'SSO for contractor accounts',
      'Bulk API for gap import'
    ]);
    expect(result.stderr).toContain('ignored columns: Submitted By');
    expect(result.stderr).toContain('006000000000005AAA.amount');
  });

  it('prints the --json shape for the JSON rows', () => {
    const result = run(
      join(EXAMPLES, 'submissions.json'),
      '--json',
      '--method',
      'rrf',
      '--top',
      '1'
    );
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['method', 'weights', 'ranking']);
    expect(output.method).toBe('rrf');
    expect(output.weights).toEqual({ arr: 1, accounts: 1, strategic: 1, p0: 1, tam: 0, lost: 0 });
    expect(Object.keys(output.ranking[0])).toEqual([
      'id',
      'name',
      'rank',
      'score',
      'metricRanks',
      'confidence'
    ]);
    expect(output.ranking.map((gap: { id: string }) => gap.id)).toEqual(['G1', 'G2', 'G3']);
    expect(output.ranking[2].confidence).toBe(0);
  });

  it('prints an aligned table of the Top N for a metric table', () => {
    const result = run(join(EXAMPLES, 'metrics.json'), '--top', '3', '--weights', 'tam=1');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(
      /^#\s+Gap\s+Score\s+ARR\s+Accounts\s+Strategic\s+P0\s+TAM\s+Confidence$/
    );
    expect(lines).toHaveLength(1 + 2 + 3 + 1);
    expect(lines[3]).toMatch(/^1 {2}SSO for contractor accounts/);
    expect(lines[6]).toBe('(2 more; --top to show more, --json for all)');
    // Every row is as wide as the header: the columns line up.
    expect(new Set(lines.slice(1, 6).map((line) => line.length)).size).toBe(1);
  });

  it('shows the layer under pareto and is deterministic for a seed', () => {
    const first = run(join(EXAMPLES, 'metrics.json'), '--method=pareto', '--seed=5');
    expect(first.stdout).toContain('Layer');
    expect(run(join(EXAMPLES, 'metrics.json'), '--method=pareto', '--seed=5')).toEqual(first);
  });

  it('prints usage for --help', () => {
    expect(run('--help')).toMatchObject({ code: 0, stderr: '' });
    expect(run('--help').stdout).toContain('Usage:');
  });
});

describe('rank CLI on bad input: exit 2, the line or field named, nothing on stdout', () => {
  const cases: [string, string, string[], RegExp][] = [
    [
      'missing required column',
      'Gap ID,Gap Name,Severity\nG1,A,P0\n',
      [],
      /line 1: missing required column "accountId"/
    ],
    [
      'unparseable amount',
      `${HEADER}\nG1,A,A1,P0,"1.234,50",O1,1\n`,
      [],
      /line 2, field "amount": cannot read "1.234,50"/
    ],
    ['bad checkbox', `${HEADER}\nG1,A,A1,P0,5,O1,perhaps\n`, [], /line 2, field "strategic"/],
    ['bad severity', `${HEADER}\nG1,A,A1,High,5,O1,1\n`, [], /line 2, field "severity"/],
    ['empty gap id', `${HEADER}\n,A,A1,P0,5,O1,1\n`, [], /line 2: field "gapId" is empty/],
    ['ragged row', `${HEADER}\nG1,A,A1,P0,5\n`, [], /line 2: 5 fields where the header has 7/],
    ['malformed CSV', `${HEADER}\nG1,"A,A1,P0,5,O1,1\n`, [], /line 2: unterminated quoted field/],
    ['empty file', '  \n', [], /the file is empty/],
    ['header only', `${HEADER}\n`, [], /header but no rows/],
    ['malformed JSON', '[{"Gap ID": "G1",}]', [], /malformed JSON/],
    ['empty JSON array', '[]', [], /JSON array is empty/],
    [
      'JSON row not an object',
      '[{"Gap ID":"G1","Gap Name":"A","Account ID":"A1","Severity":"P0"}, 3]',
      [],
      /item 2: expected an object/
    ],
    [
      'JSON bad number',
      '[{"Gap ID":"G1","Gap Name":"A","Account ID":"A1","Severity":"P0","Amount":"ten"}]',
      [],
      /item 1, field "amount"/
    ],
    [
      'JSON neither rows nor table',
      '{"rows":[]}',
      [],
      /array of submission rows or an object with "gaps"/
    ],
    ['metric table: gaps not an array', '{"gaps":{}}', [], /field "gaps" must be an array/],
    ['metric table: empty', '{"gaps":[]}', [], /field "gaps" is empty/],
    [
      'metric table: bad value',
      '{"gaps":[{"id":"G1","metrics":{"arr":"9"}}]}',
      [],
      /gaps\[0\]\.metrics\.arr: expected a number/
    ],
    [
      'metric table: unknown metric',
      '{"gaps":[{"id":"G1","metrics":{"revenue":9}}]}',
      [],
      /gaps\[0\]\.metrics\.revenue: unknown metric/
    ],
    ['metric table: no id', '{"gaps":[{"metrics":{}}]}', [], /gaps\[0\]\.id/],
    ['metric table: no metrics', '{"gaps":[{"id":"G1"}]}', [], /gaps\[0\]\.metrics/],
    [
      'metric table: bad name',
      '{"gaps":[{"id":"G1","name":5,"metrics":{}}]}',
      [],
      /gaps\[0\]\.name/
    ],
    ['metric table: not an object', '{"gaps":[7]}', [], /gaps\[0\]: expected an object/],
    [
      'metric table: duplicate id',
      '{"gaps":[{"id":"G1","metrics":{}},{"id":"G1","metrics":{}}]}',
      [],
      /"G1" appears twice/
    ],
    [
      'unknown method',
      '{"gaps":[{"id":"G1","metrics":{}}]}',
      ['--method', 'median'],
      /Unknown method "median"/
    ],
    [
      'unknown weight',
      '{"gaps":[{"id":"G1","metrics":{}}]}',
      ['--weights', 'revenue=1'],
      /Unknown weight "revenue"/
    ],
    [
      'bad weight number',
      '{"gaps":[{"id":"G1","metrics":{}}]}',
      ['--weights', 'arr=lots'],
      /Weight "arr"/
    ],
    [
      'all weights 0',
      '{"gaps":[{"id":"G1","metrics":{}}]}',
      ['--weights', 'arr=0,accounts=0,strategic=0,p0=0'],
      /At least one weight/
    ],
    [
      'bad --top',
      '{"gaps":[{"id":"G1","metrics":{}}]}',
      ['--top', '0'],
      /--top expects an integer >= 1/
    ],
    [
      'bad --seed',
      '{"gaps":[{"id":"G1","metrics":{}}]}',
      ['--seed', 'x'],
      /--seed expects an integer/
    ],
    [
      'missing value',
      '{"gaps":[{"id":"G1","metrics":{}}]}',
      ['--method'],
      /--method expects a value/
    ],
    [
      'unknown option',
      '{"gaps":[{"id":"G1","metrics":{}}]}',
      ['--fast'],
      /unknown option "--fast"/
    ],
    ['two files', '{"gaps":[{"id":"G1","metrics":{}}]}', ['other.csv'], /one input file only/]
  ];

  it.each(cases)('%s', (name, content, extra, message) => {
    const path = `/virtual/${name}.txt`;
    files[path] = content;
    const result = run(path, ...extra);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('names a file it cannot read, and a missing file argument', () => {
    expect(run('/no/such/file.csv')).toMatchObject({ code: 2, stdout: '' });
    expect(run('/no/such/file.csv').stderr).toMatch(/cannot read \/no\/such\/file\.csv/);
    expect(run().stderr).toMatch(/missing input file/);
  });

  it('ignores a report footer after the first blank line, with a note', () => {
    const path = '/virtual/footer.csv';
    files[path] =
      `${HEADER}\nG1,A,A1,P0,5,O1,1\n\n"Grand Totals (1 record)"\n"Confidential Information - Do Not Distribute"\n`;
    const result = run(path, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).ranking).toHaveLength(1);
    expect(result.stderr).toContain('ignored 2 line(s) after the first blank line');
  });
});

describe('rank CLI as a process', () => {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const cli = join(ROOT, 'scripts', 'rank', 'cli.ts');

  it('prints the table and exits 0', () => {
    const done = spawnSync(tsx, [cli, join(EXAMPLES, 'metrics.json')], { encoding: 'utf8' });
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('SSO for contractor accounts');
  }, 30000);

  it('exits 2 with nothing on stdout for bad input', () => {
    const done = spawnSync(tsx, [cli, join(EXAMPLES, 'metrics.json'), '--method', 'nope'], {
      encoding: 'utf8'
    });
    expect(done.status).toBe(2);
    expect(done.stdout).toBe('');
    expect(done.stderr).toContain('Unknown method "nope"');
  }, 30000);
});
