// Dates and times in the user's locale; date-times in the user's time zone. Salesforce Date
// fields (YYYY-MM-DD) have no time zone, so they are shown as written, never shifted a day.
import { USER_SETTINGS } from './userSettings';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(USER_SETTINGS.locale, options);
  } catch {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
  }
}

let dayFormat: Intl.DateTimeFormat | null = null;
let dateTimeFormat: Intl.DateTimeFormat | null = null;

/** A Date field value (YYYY-MM-DD) in the user's medium date style (en-US: "Mar 9, 2026"); other text is returned as is. */
export function formatDay(isoDay: string | null | undefined): string {
  if (!isoDay) return '';
  if (!DAY.test(isoDay)) return isoDay;
  const date = new Date(`${isoDay}T00:00:00Z`);
  // Date.parse rolls some impossible days over (2026-02-30); a day that does not read back is not a day.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDay) return isoDay;
  dayFormat ??= dateFormat({ dateStyle: 'medium', timeZone: 'UTC' });
  return dayFormat.format(date);
}

/** A DateTime value (ISO 8601) as a medium date and short time in the user's time zone; unreadable text is returned as is. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  dateTimeFormat ??= dateFormat({
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: USER_SETTINGS.timeZone
  });
  return dateTimeFormat.format(date);
}
