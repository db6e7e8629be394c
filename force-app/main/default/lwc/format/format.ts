// The formatter service: every number, date, rank and label sentence the package shows goes
// through here, in the running user's locale, currency and time zone.
export { formatLabel, formatCount } from './labels';
export {
  formatMoney,
  formatCompactMoney,
  formatNumber,
  formatDecimal,
  formatPercent
} from './numbers';
export { formatDay, formatDateTime } from './dates';
export { formatRank } from './ranks';
export { USER_SETTINGS } from './userSettings';
