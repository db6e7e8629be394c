// Money, counts and percentages in the user's locale and currency. A missing value reads "—".
import { USER_SETTINGS } from './userSettings';

const MISSING = '—';

/** One Intl.NumberFormat per option set; formatters are costly to build and used per cell. */
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(USER_SETTINGS.locale, options);
    } catch {
      // A locale or currency code the browser does not know: fall back to its default locale.
      format = new Intl.NumberFormat(undefined, {
        ...options,
        currency: options.currency && 'USD'
      });
    }
    cache.set(key, format);
  }
  return format;
}

/** Money in whole units of the user's currency, grouped (en-US: 1234567.8 -> "$1,234,568"); null -> "—". */
export function formatMoney(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return MISSING;
  return numberFormat('money', {
    style: 'currency',
    currency: USER_SETTINGS.currency,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0
  }).format(amount);
}

/** Money in short form for charts and tight cells (en-US: 1234567 -> "$1.2M"); null -> "—". */
export function formatCompactMoney(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return MISSING;
  return numberFormat('compactMoney', {
    style: 'currency',
    currency: USER_SETTINGS.currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1
  }).format(amount);
}

/** A whole count grouped by thousands (en-US: 12345 -> "12,345"); null -> "—". */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return numberFormat('count', { maximumFractionDigits: 0 }).format(value);
}

/**
 * A decimal with up to `digits` fraction digits and at least `minimumDigits` (en-US: 2.456, 1 ->
 * "2.5"; 0.5, 3, 3 -> "0.500", so a column of scores lines up); null -> "—".
 */
export function formatDecimal(
  value: number | null | undefined,
  digits = 1,
  minimumDigits = 0
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const minimum = Math.min(minimumDigits, digits);
  return numberFormat(`decimal${digits}:${minimum}`, {
    maximumFractionDigits: digits,
    minimumFractionDigits: minimum
  }).format(value);
}

/** A share 0..1 as a whole percentage (en-US: 0.425 -> "43%"); null -> "—". */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return MISSING;
  return numberFormat('percent', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
