// Custom Labels hold whole sentences with {0}, {1} placeholders, so translators can move the
// numbers; this fills them in.
import { formatNumber } from './numbers';

/** Replaces each {n} in template with values[n]; a placeholder without a value is left as written. */
export function formatLabel(
  template: string,
  ...values: (string | number | null | undefined)[]
): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = values[Number(index)];
    return value === undefined || value === null ? placeholder : String(value);
  });
}

/** Formats a count with a singular or plural label, e.g. ("{0} account", "{0} accounts", 2). */
export function formatCount(singular: string, plural: string, count: number): string {
  return formatLabel(count === 1 ? singular : plural, formatNumber(count));
}
