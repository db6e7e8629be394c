// The running user's locale, currency and time zone, as Salesforce provides them
// (Access Internationalization Properties, LWC guide). Every formatter reads them from here.
import LOCALE from '@salesforce/i18n/locale';
import CURRENCY from '@salesforce/i18n/currency';
import TIME_ZONE from '@salesforce/i18n/timeZone';

/** The user's settings as Intl expects them; Salesforce locales may use '_' (en_US), Intl needs '-'. */
export const USER_SETTINGS = Object.freeze({
  locale: String(LOCALE || 'en-US').replace(/_/g, '-'),
  currency: String(CURRENCY || 'USD'),
  timeZone: String(TIME_ZONE || 'UTC')
});
