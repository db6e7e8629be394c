/** @jest-environment node */
import fc from 'fast-check';
import { csvCell, toCsv } from '../csv';

/** Minimal RFC 4180 reader, to check that what we write reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`]
  ])('defuses a formula start: %j -> %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(csvCell('Search, AI')).toBe('"Search, AI"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('writes numbers as numbers, including negatives, and empties for missing values', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1234.5)).toBe('1234.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell('plain text')).toBe('plain text');
  });
});

describe('toCsv', () => {
  it('joins records with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['Rank', 'Gap'],
        [1, 'SSO']
      ])
    ).toBe('Rank,Gap\r\n1,SSO\r\n');
    expect(toCsv([])).toBe('');
  });

  it('reads back to the same cells, and no text cell starts a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        (rows) => {
          const parsed = parseCsv(toCsv(rows));
          expect(parsed).toHaveLength(rows.length);
          parsed.forEach((row, r) =>
            row.forEach((cell, c) => {
              expect(cell).not.toMatch(/^[=+\-@\t\r]/);
              const original = rows[r][c];
              expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
            })
          );
        }
      )
    );
  });
});
