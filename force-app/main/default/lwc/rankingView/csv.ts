// CSV for spreadsheets: RFC 4180 quoting, and cells that a spreadsheet would run as a formula
// (=, +, -, @, tab, CR at the start) are defused with a leading apostrophe, because gap names
// and product areas are typed by users and must never execute on the TPM's machine.

/** A cell value as the exporter accepts it; null and undefined become an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell: numbers as plain decimals (non-finite -> empty), text defused against formula
 * injection (a leading =, +, -, @, tab or CR gets a `'` prefix, so negative numbers are passed
 * as numbers, not text) and quoted per RFC 4180 when it holds a comma, quote, CR or LF.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Joins rows of cells into CSV text: cells by commas, records by CRLF (RFC 4180), with a final CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length ? '\r\n' : '');
}
