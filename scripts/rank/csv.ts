import { CsvError, parse } from 'csv-parse/sync';
import { CliInputError } from './errors';

/** One CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** csv-parse's error codes, worded as the CLI words them. */
const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'unterminated quoted field',
  INVALID_OPENING_QUOTE: 'quote inside an unquoted field',
  CSV_INVALID_CLOSING_QUOTE: 'text after a closing quote'
};

/**
 * Parses RFC 4180 CSV with csv-parse: comma-separated, fields optionally in double quotes, "" for
 * a quote inside, CRLF or LF line ends, line breaks allowed inside quotes; a leading BOM is
 * dropped. Blank lines are returned as records with one empty cell so the caller can tell where
 * the data ends. Throws CliInputError naming the line of an unterminated or stray quote.
 */
export function parseCsv(text: string): CsvRecord[] {
  const starts: number[] = [];
  let lastLine = 0;
  try {
    const rows: string[][] = parse(text, {
      bom: true,
      relax_column_count: true,
      on_record: (cells: string[], context) => {
        starts.push(lastLine + 1);
        lastLine = context.lines;
        return cells;
      }
    });
    return rows.map((cells, index) => ({ line: starts[index], cells }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const problem = CSV_ERRORS[error.code] ?? error.message;
    // An unterminated quote is reported where its record starts, not at the end of the file.
    const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 : error.lines;
    throw new CliInputError(`line ${line}: ${problem}`);
  }
}
