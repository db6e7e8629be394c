// Rollup plugin for the platform's scoped imports that have no file: custom labels, custom
// permissions, the running user's Id, and the list of package components the preview can show.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'rollup';
import { parseCustomLabels } from './labels';
import { loadOrgPages } from './orgPages';

/** Specifier of the virtual module that maps `c/<name>` to the components present in force-app. */
export const COMPONENTS_MODULE = 'virtual:preview-components';
/** Specifier of the virtual module holding the org's page rules (tab visibility, record pages). */
export const ORG_PAGES_MODULE = 'virtual:preview-org-pages';

/** Specifier of the virtual module that maps each module the sandboxed components import to its namespace. */
export const HOST_MODULES_MODULE = 'virtual:preview-host-modules';

export interface VirtualModuleOptions {
  /** force-app/main/default */
  packageDir: string;
  /** preview/platform/session.ts, read by the generated modules at run time */
  sessionModule: string;
  /** component names (`topTenWorkbench`) the app may show when they exist */
  optionalComponents: string[];
  /** test-only components (`lwsProbe`) linked into namespace `c` from preview/probes, always listed */
  probeComponents?: string[];
  /** modules the sandboxed components bundle imports from outside (`lwc`, `lightning/button`) */
  hostModules: string[];
}

const PREFIX = '\0preview-virtual:';

/**
 * The user settings the preview can change from the page address; the other `@salesforce/i18n`
 * properties (number and date patterns, `dir`) come from the base components' en-US stand-ins.
 */
export const USER_I18N_MODULES = new Set(
  ['locale', 'currency', 'timeZone'].map((name) => `@salesforce/i18n/${name}`)
);

/** True when force-app holds a component bundle with that name (compiled or not). */
export function componentExists(packageDir: string, name: string): boolean {
  const bundle = join(packageDir, 'lwc', name, name);
  return existsSync(`${bundle}.js`) || existsSync(`${bundle}.ts`);
}

/** Rollup plugin resolving `@salesforce/label/c.*`, `@salesforce/customPermission/*`, `@salesforce/i18n/*`, `@salesforce/user/Id`, the components list and the host modules. */
export function previewVirtualModules(options: VirtualModuleOptions): Plugin {
  const labelsFile = join(options.packageDir, 'labels', 'CustomLabels.labels-meta.xml');
  let labels: Record<string, string> = {};
  const session = JSON.stringify(options.sessionModule);
  return {
    name: 'preview-virtual-modules',
    buildStart() {
      this.addWatchFile(labelsFile);
      labels = existsSync(labelsFile) ? parseCustomLabels(readFileSync(labelsFile, 'utf8')) : {};
    },
    resolveId(source) {
      if (
        source.startsWith('@salesforce/label/c.') ||
        source.startsWith('@salesforce/customPermission/') ||
        USER_I18N_MODULES.has(source) ||
        source === '@salesforce/user/Id' ||
        source === COMPONENTS_MODULE ||
        source === ORG_PAGES_MODULE ||
        source === HOST_MODULES_MODULE
      ) {
        return PREFIX + source;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const source = id.slice(PREFIX.length);
      if (source.startsWith('@salesforce/label/c.')) {
        const name = source.slice('@salesforce/label/c.'.length);
        // The platform refuses to save a component that imports a label the org lacks: so does the preview build.
        if (!(name in labels))
          this.error(`Unknown custom label c.${name}: add it to ${labelsFile}`);
        return `export default ${JSON.stringify(labels[name])};`;
      }
      if (source.startsWith('@salesforce/customPermission/')) {
        const name = source.slice('@salesforce/customPermission/'.length);
        // As on the platform: true when granted, undefined otherwise.
        return `import { hasCustomPermission } from ${session};\nexport default hasCustomPermission(${JSON.stringify(name)}) ? true : undefined;`;
      }
      if (USER_I18N_MODULES.has(source)) {
        const name = source.slice('@salesforce/i18n/'.length);
        // The running user's setting, as in the org; the preview reads it from the page address.
        return `import { i18nSetting } from ${session};\nexport default i18nSetting(${JSON.stringify(name)});`;
      }
      if (source === ORG_PAGES_MODULE) {
        return `export default ${JSON.stringify(loadOrgPages(options.packageDir))};`;
      }
      if (source === '@salesforce/user/Id') {
        return `import { currentSession } from ${session};\nexport default currentSession().user.id;`;
      }
      if (source === HOST_MODULES_MODULE) {
        const imports = options.hostModules.map(
          (name, i) => `import * as m${i} from ${JSON.stringify(name)};`
        );
        const entries = options.hostModules.map((name, i) => `  ${JSON.stringify(name)}: m${i}`);
        return `${imports.join('\n')}\nexport default {\n${entries.join(',\n')}\n};\n`;
      }
      const present = [
        ...options.optionalComponents.filter((name) => componentExists(options.packageDir, name)),
        ...(options.probeComponents ?? [])
      ];
      const imports = present.map((name, index) => `import m${index} from 'c/${name}';`);
      const entries = present.map((name, index) => `  ${JSON.stringify(`c/${name}`)}: m${index}`);
      return `${imports.join('\n')}\nexport default {\n${entries.join(',\n')}\n};\n`;
    }
  };
}
