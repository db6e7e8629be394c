// Field values as the UI API returns them: { value, displayValue } with displayValue formatted
// the way the API formats it for an en-US user.
import type { FieldDescribe } from '../../tools/shared/schema/describe';
import type { FieldValue } from './store';

const currency = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 18 });

/** M/D/YYYY for a YYYY-MM-DD date (no time-zone shift). */
export function formatDate(value: string): string {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return `${m}/${d}/${y}`;
}

/** M/D/YYYY, h:mm AM/PM in UTC for an ISO date-time. */
export function formatDateTime(value: string): string {
  const t = new Date(value);
  if (Number.isNaN(t.getTime())) return value;
  const h = t.getUTCHours();
  const mm = String(t.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(t.toISOString())}, ${h % 12 || 12}:${mm} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The displayValue of a field value; `parentName` is the Name of a lookup's visible parent. */
export function displayValue(
  f: FieldDescribe,
  v: FieldValue,
  parentName?: string | null
): string | null {
  if (v === null || v === undefined) return null;
  switch (f.dataType) {
    case 'Currency':
      return currency.format(Number(v));
    case 'Double':
    case 'Long':
    case 'Int':
      return number.format(Number(v));
    case 'Percent':
      return `${number.format(Number(v))}%`;
    case 'Date':
      return formatDate(String(v));
    case 'DateTime':
      return formatDateTime(String(v));
    case 'Picklist':
      return String(v);
    case 'ID':
      return f.referenceTo ? (parentName ?? null) : null;
    default:
      return null;
  }
}

/** Comparable key of a value for sorting and range filters (dates as ISO strings compare as text). */
export function compare(a: FieldValue, b: FieldValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}
