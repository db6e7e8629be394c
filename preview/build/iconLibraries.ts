// Rollup plugin: the base components' right-to-left icon libraries resolve to the left-to-right
// ones. lightning-primitive-icon imports `lightning/iconSvgTemplates<Category>Rtl` only when
// `@salesforce/i18n/dir` is 'rtl'; in the preview that module is the base components' own stand-in,
// always 'ltr', so those libraries (about 1,700 SVG templates, 44% of the app's modules) were
// compiled at every cold start and never ran.
import type { Plugin } from 'rollup';

/** Matches a right-to-left icon library specifier; group 1 is its left-to-right twin's name. */
const RTL_ICON_LIBRARY = /^lightning\/(iconSvgTemplates[A-Z]\w*?)Rtl$/;

/** The left-to-right library for a right-to-left one (`lightning/iconSvgTemplatesUtilityRtl` -> `lightning/iconSvgTemplatesUtility`); null for any other specifier. */
export function ltrIconLibraryOf(source: string): string | null {
  const match = RTL_ICON_LIBRARY.exec(source);
  return match ? `lightning/${match[1]}` : null;
}

/** Rollup plugin: resolves each right-to-left icon library to its left-to-right twin (the preview's text direction is always ltr). */
export function ltrIconLibraries(): Plugin {
  return {
    name: 'preview-ltr-icon-libraries',
    resolveId(source, importer) {
      const ltr = ltrIconLibraryOf(source);
      return ltr ? this.resolve(ltr, importer, { skipSelf: true }) : null;
    }
  };
}
