import { METRIC_KEYS } from 'c/gapRanking';
import type {
  AccountRecord,
  GapRecord,
  MetricRow,
  MetricsInput,
  OpportunityRecord,
  SubmissionRecord
} from 'c/gapRanking';
import {
  REQUIRED_COLUMNS,
  columnOf,
  parseAmount,
  parseBoolean,
  parseCreatedDate,
  parseSeverity
} from './columns';
import type { Column } from './columns';
import { parseCsv } from './csv';
import { CliInputError } from './errors';

/** What an input file holds: submission rows to compute metrics from, or ready metric rows. */
export type ParsedInput =
  | { kind: 'submissions'; records: MetricsInput; notes: string[] }
  | { kind: 'metrics'; rows: MetricRow[]; notes: string[] };

/** A row of cells by column, with where it came from ("line 4", "item 2"). */
interface SourceRow {
  where: string;
  get: (column: Column) => unknown;
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** Maps headers to columns; unknown ones are noted, a missing required one is an error. */
function mapHeaders(
  headers: readonly string[],
  where: string,
  notes: string[]
): Map<Column, number> {
  const byColumn = new Map<Column, number>();
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    const column = columnOf(header);
    if (column === undefined || byColumn.has(column)) ignored.push(header);
    else byColumn.set(column, index);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!byColumn.has(column)) {
      throw new CliInputError(
        `${where}: missing required column "${column}" (see examples/README.md for accepted names)`
      );
    }
  }
  if (ignored.length > 0) notes.push(`ignored columns: ${ignored.join(', ')}`);
  return byColumn;
}

/** Builds deduplicated records from submission rows; the first row naming an id sets its fields. */
function toRecords(rows: readonly SourceRow[]): MetricsInput {
  const gaps = new Map<string, GapRecord>();
  const accounts = new Map<string, AccountRecord>();
  const opportunities = new Map<string, OpportunityRecord>();
  const submissions: SubmissionRecord[] = [];
  for (const row of rows) {
    const { where, get } = row;
    const gapId = text(get('gapId'));
    if (gapId === '') throw new CliInputError(`${where}: field "gapId" is empty`);
    const accountId = text(get('accountId'));
    const opportunityId = text(get('opportunityId'));
    const severity = parseSeverity(get('severity'), `${where}, field "severity"`);
    const createdDate = parseCreatedDate(get('createdDate'), `${where}, field "createdDate"`);
    // Every value is checked on every row, even where an earlier row already set the record.
    const strategic = parseBoolean(get('strategic'), `${where}, field "strategic"`);
    const tam = parseAmount(get('tam'), `${where}, field "tam"`);
    const amount = parseAmount(get('amount'), `${where}, field "amount"`);
    const isClosed = parseBoolean(get('isClosed'), `${where}, field "isClosed"`);
    const isWon = parseBoolean(get('isWon'), `${where}, field "isWon"`);
    if (!gaps.has(gapId)) {
      gaps.set(gapId, {
        id: gapId,
        name: text(get('gapName')) || gapId,
        status: text(get('gapStatus')) || 'Open',
        duplicateOfId: text(get('duplicateOf')) || null,
        productArea: text(get('productArea')) || null,
        githubUrl: text(get('githubUrl')) || null
      });
    }
    if (accountId !== '' && !accounts.has(accountId)) {
      accounts.set(accountId, {
        id: accountId,
        name: text(get('accountName')) || null,
        strategic,
        tam
      });
    }
    if (opportunityId !== '' && !opportunities.has(opportunityId)) {
      opportunities.set(opportunityId, {
        id: opportunityId,
        name: text(get('opportunityName')) || null,
        amount,
        isClosed,
        isWon
      });
    }
    submissions.push({
      id: text(get('submissionId')) || where,
      gapId,
      accountId: accountId || null,
      opportunityId: opportunityId || null,
      severity,
      createdDate
    });
  }
  // A gap named only in Duplicate Of (no submission of its own) is still a merge target.
  for (const gap of [...gaps.values()]) {
    const target = gap.duplicateOfId;
    if (target && !gaps.has(target)) gaps.set(target, { id: target, name: target, status: 'Open' });
  }
  return {
    gaps: [...gaps.values()],
    accounts: [...accounts.values()],
    opportunities: [...opportunities.values()],
    submissions
  };
}

function fromCsv(source: string): ParsedInput {
  const notes: string[] = [];
  const records = parseCsv(source);
  const header = records.find((record) => record.cells.some((cell) => cell.trim() !== ''));
  if (!header) throw new CliInputError('the file is empty');
  const columns = mapHeaders(header.cells, `line ${header.line}`, notes);
  const rows: SourceRow[] = [];
  let footer = 0;
  for (const record of records.slice(records.indexOf(header) + 1)) {
    const blank = record.cells.every((cell) => cell.trim() === '');
    // A report export ends its data with a blank line, then totals and a copyright footer.
    if (footer > 0 || (blank && rows.length > 0)) {
      if (!blank) footer++;
      else if (footer === 0) footer = 1;
      continue;
    }
    if (blank) continue;
    if (record.cells.length !== header.cells.length) {
      throw new CliInputError(
        `line ${record.line}: ${record.cells.length} fields where the header has ${header.cells.length}`
      );
    }
    rows.push({
      where: `line ${record.line}`,
      get: (column) => {
        const index = columns.get(column);
        return index === undefined ? undefined : record.cells[index];
      }
    });
  }
  if (rows.length === 0) throw new CliInputError('the file has a header but no rows');
  if (footer > 1)
    notes.push(`ignored ${footer - 1} line(s) after the first blank line (report footer)`);
  return { kind: 'submissions', records: toRecords(rows), notes };
}

function fromJsonRows(items: unknown[]): ParsedInput {
  const notes: string[] = [];
  if (items.length === 0) throw new CliInputError('the JSON array is empty');
  const headers = new Set<string>();
  items.forEach((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new CliInputError(`item ${index + 1}: expected an object of column: value`);
    }
    Object.keys(item).forEach((key) => headers.add(key));
  });
  const headerList = [...headers];
  const columns = mapHeaders(headerList, 'JSON items', notes);
  const rows = items.map((item, index): SourceRow => ({
    where: `item ${index + 1}`,
    get: (column) => {
      const key = columns.get(column);
      return key === undefined ? undefined : (item as Record<string, unknown>)[headerList[key]];
    }
  }));
  return { kind: 'submissions', records: toRecords(rows), notes };
}

function fromMetricTable(table: Record<string, unknown>): ParsedInput {
  const notes: string[] = [];
  if (!Array.isArray(table.gaps)) throw new CliInputError('field "gaps" must be an array');
  if (table.gaps.length === 0) throw new CliInputError('field "gaps" is empty');
  const rows = table.gaps.map((gap: unknown, index: number): MetricRow => {
    const where = `gaps[${index}]`;
    if (gap === null || typeof gap !== 'object')
      throw new CliInputError(`${where}: expected an object`);
    const { id, name, metrics } = gap as Record<string, unknown>;
    if (typeof id !== 'string' || id.trim() === '') {
      throw new CliInputError(`${where}.id: expected a non-empty string`);
    }
    if (name !== undefined && typeof name !== 'string')
      throw new CliInputError(`${where}.name: expected a string`);
    if (metrics === null || typeof metrics !== 'object' || Array.isArray(metrics)) {
      throw new CliInputError(`${where}.metrics: expected an object of metric: number`);
    }
    const values = { arr: 0, accounts: 0, strategic: 0, p0: 0, tam: 0, lost: 0 };
    for (const [key, value] of Object.entries(metrics)) {
      if (!(METRIC_KEYS as readonly string[]).includes(key)) {
        throw new CliInputError(
          `${where}.metrics.${key}: unknown metric (expected ${METRIC_KEYS.join(', ')})`
        );
      }
      if (value === null) {
        notes.push(`${where}.metrics.${key} is null: counted as 0`);
        continue;
      }
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new CliInputError(
          `${where}.metrics.${key}: expected a number >= 0, got ${JSON.stringify(value)}`
        );
      }
      values[key as keyof typeof values] = value;
    }
    return { id, name: name ?? id, metrics: values };
  });
  return { kind: 'metrics', rows, notes };
}

/**
 * Reads an input file's text: a metric table (`{"gaps":[...]}`), submission rows as a JSON array,
 * or submission rows as CSV, told apart by the first non-blank character. Throws CliInputError
 * naming the line, item or field for empty, malformed or incomplete input.
 */
export function parseInput(source: string): ParsedInput {
  const body = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const first = body.trimStart()[0];
  if (first === undefined) throw new CliInputError('the file is empty');
  if (first !== '[' && first !== '{') return fromCsv(body);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new CliInputError(`malformed JSON: ${(error as Error).message}`);
  }
  if (Array.isArray(parsed)) return fromJsonRows(parsed);
  if (parsed !== null && typeof parsed === 'object' && 'gaps' in parsed) {
    return fromMetricTable(parsed as Record<string, unknown>);
  }
  throw new CliInputError(
    'JSON input must be an array of submission rows or an object with "gaps"'
  );
}
