// Text limits of the package's fields (PRODUCT.md data model), checked before anything is sent so
// the user sees the limit next to the field instead of a STRING_TOO_LONG from the org.

/** Maximum characters (UTF-16 units, as Salesforce counts) per text field the screens write. */
export const FIELD_LIMITS = Object.freeze({
  gapName: 80,
  gapSummary: 255,
  longText: 32768
});
