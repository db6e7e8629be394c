import { CliInputError } from './errors';

/** One CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Parses RFC 4180 CSV: comma-separated, fields optionally in double quotes, "" for a quote inside,
 * CRLF or LF line ends, line breaks allowed inside quotes; a leading BOM is dropped. Blank lines
 * are returned as records with one empty cell so the caller can tell where the data ends.
 * Throws CliInputError naming the line of an unterminated quote or a stray quote.
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < source.length) {
    const ch = source[i];
    if (ch === '"' && cell === '') {
      const openedOn = line;
      i++;
      for (;;) {
        if (i >= source.length)
          throw new CliInputError(`line ${openedOn}: unterminated quoted field`);
        const q = source[i];
        if (q === '"') {
          if (source[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        cell += q;
        i++;
      }
      const next = source[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CliInputError(`line ${line}: text after a closing quote`);
      }
      continue;
    }
    if (ch === '"') throw new CliInputError(`line ${line}: quote inside an unquoted field`);
    if (ch === ',') {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || cells.length > 0 || source.endsWith('"')) endRecord();
  return records;
}
