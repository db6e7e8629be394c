import { CliInputError } from './errors';

/** The columns of a submission-row export that the CLI reads. */
export type Column =
  | 'gapId'
  | 'gapName'
  | 'gapStatus'
  | 'duplicateOf'
  | 'productArea'
  | 'githubUrl'
  | 'submissionId'
  | 'accountId'
  | 'accountName'
  | 'strategic'
  | 'tam'
  | 'opportunityId'
  | 'opportunityName'
  | 'amount'
  | 'isClosed'
  | 'isWon'
  | 'severity'
  | 'createdDate';

export const REQUIRED_COLUMNS: readonly Column[] = ['gapId', 'gapName', 'accountId', 'severity'];

/**
 * Accepted header names per column, compared after lower-casing and dropping everything but
 * letters and digits ("Product Gap: ID" → "productgapid"): API names, field labels and the
 * "Object: Field" labels of a Salesforce report export. Documented in examples/README.md.
 */
export const COLUMN_ALIASES: Readonly<Record<Column, readonly string[]>> = {
  gapId: ['gapid', 'productgapid', 'productgapc', 'productgaprecordid', 'productgapproductgapid'],
  gapName: ['gapname', 'productgap', 'productgapname', 'productgapproductgapname', 'gap'],
  gapStatus: ['gapstatus', 'status', 'statusc', 'productgapstatus'],
  duplicateOf: [
    'duplicateof',
    'duplicateofid',
    'duplicateofc',
    'productgapduplicateof',
    'productgapduplicateofid'
  ],
  productArea: ['productarea', 'productareac', 'productgapproductarea'],
  githubUrl: ['githubissueurl', 'githubissueurlc', 'githuburl', 'productgapgithubissueurl'],
  submissionId: ['submissionid', 'productgapsubmissionid', 'productgapsubmissionrecordid', 'id'],
  accountId: ['accountid', 'accountc', 'accountaccountid', 'accountrecordid'],
  accountName: ['accountname', 'account', 'accountaccountname'],
  strategic: [
    'strategic',
    'strategicaccount',
    'strategicaccountc',
    'accountstrategicaccount',
    'accountstrategic'
  ],
  tam: ['tam', 'tamc', 'accounttam', 'accounttamc'],
  opportunityId: [
    'opportunityid',
    'opportunityc',
    'opportunityopportunityid',
    'opportunityrecordid'
  ],
  opportunityName: ['opportunityname', 'opportunity', 'opportunityopportunityname'],
  amount: ['amount', 'opportunityamount', 'arr'],
  isClosed: ['isclosed', 'closed', 'opportunityclosed', 'opportunityisclosed'],
  isWon: ['iswon', 'won', 'opportunitywon', 'opportunityiswon'],
  severity: ['severity', 'severityc', 'productgapsubmissionseverity'],
  createdDate: [
    'createddate',
    'created',
    'createdon',
    'submissiondate',
    'productgapsubmissioncreateddate'
  ]
};

/** Lower-case letters and digits only: the form headers are matched in. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const ALIAS_TO_COLUMN = new Map<string, Column>();
for (const [column, aliases] of Object.entries(COLUMN_ALIASES)) {
  for (const alias of aliases) ALIAS_TO_COLUMN.set(alias, column as Column);
}

/** The column a header names, or undefined for a column the CLI ignores. */
export function columnOf(header: string): Column | undefined {
  return ALIAS_TO_COLUMN.get(normaliseHeader(header));
}

// Thousands grouped by commas, "." as the decimal point; or plain digits.
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/;
const CURRENCY = /^(?:[A-Z]{3}\s*|[$€£¥]\s*)?(.*?)(?:\s*[A-Z]{3}|\s*[$€£¥])?$/;

/**
 * Parses an amount as a report export writes it: optional ISO currency code or symbol before or
 * after ("USD 1,234.50", "$1,234", "1234.5 EUR"), "," only as thousands separator in groups of 3,
 * "." as decimal point. Empty gives null (missing: counted as 0 and reported). "1.234,50" and any
 * other form throw CliInputError naming `where`.
 */
export function parseAmount(raw: unknown, where: string): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw new CliInputError(`${where}: not a number: ${raw}`);
    return raw;
  }
  const text = String(raw).trim();
  if (text === '' || text === '-') return null;
  const body = CURRENCY.exec(text)?.[1] ?? text;
  if (!NUMBER.test(body)) {
    throw new CliInputError(
      `${where}: cannot read "${text}" as a number (use 1234.50 or 1,234.50, optionally with a currency code or symbol)`
    );
  }
  return Number(body.replace(/,/g, ''));
}

const TRUE = new Set(['true', '1', 'yes', 'y', 'x']);
const FALSE = new Set(['false', '0', 'no', 'n', '']);

/** Parses a checkbox: true/false, 1/0, yes/no, y/n, x; empty is false; else CliInputError. */
export function parseBoolean(raw: unknown, where: string): boolean {
  if (typeof raw === 'boolean') return raw;
  if (raw === null || raw === undefined) return false;
  const text = String(raw).trim().toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw new CliInputError(`${where}: cannot read "${String(raw)}" as true/false`);
}

/** Checks a severity starts with P0, P1 or P2 ("P0 - Dealbreaker"); else CliInputError. */
export function parseSeverity(raw: unknown, where: string): string {
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  if (!/^P[0-2](\b|\s|$)/i.test(text)) {
    throw new CliInputError(`${where}: severity "${text}" must start with P0, P1 or P2`);
  }
  return text;
}

/**
 * Parses a created date: ISO 8601 (2026-03-01, 2026-03-01T10:00:00Z) or a US report date
 * (3/1/2026, optionally followed by a time). Empty gives null; anything else CliInputError.
 */
export function parseCreatedDate(raw: unknown, where: string): string | null {
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  if (text === '') return null;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,T].*)?$/.exec(text);
  if (us) {
    const iso = `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
    if (!Number.isNaN(Date.parse(iso))) return iso;
  } else if (/^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(Date.parse(text))) {
    return text;
  }
  throw new CliInputError(`${where}: cannot read "${text}" as a date (use 2026-03-01 or 3/1/2026)`);
}
