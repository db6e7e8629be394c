// Reading the loosely typed fields of records: severities, money, window bounds.

/** Code of a submission without a readable P0/P1/P2 severity. */
export const NO_SEVERITY = 3;

/** The P0/P1/P2 prefix of a Severity__c value as 0/1/2, or 3 when it has none. */
export function severityCode(severity: string | null | undefined): number {
  if (typeof severity !== 'string') return NO_SEVERITY;
  const text = severity.trimStart();
  if (text.length < 2 || (text[0] !== 'P' && text[0] !== 'p')) return NO_SEVERITY;
  const digit = text.charCodeAt(1) - 48;
  return digit >= 0 && digit <= 2 && !/^\d/.test(text.slice(2)) ? digit : NO_SEVERITY;
}

/** A usable money amount, or NaN for a missing, non-finite or negative one. */
export function money(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : NaN;
}

/** Parses an ISO date or date-time to epoch ms; a date-only `to` bound covers its whole day. */
export function windowBound(text: string | null | undefined, endOfDay: boolean): number | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new RangeError(`Bad window date "${text}": expected ISO 8601`);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
  return endOfDay && dateOnly ? ms + 86_400_000 - 1 : ms;
}
