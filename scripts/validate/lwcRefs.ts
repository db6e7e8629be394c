import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lightningModuleNames, lightningTagOf } from './catalog';
import type { Issue } from './issue';
import { findField, findObject, type PackageIndex } from './packageIndex';

// `import x from '...'`, `export { x } from '...'`, side-effect and dynamic imports; group 1 marks
// type-only ones, which the TypeScript build erases before the platform sees them.
const IMPORT =
  /\b(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
// Scopes the platform resolves for a component; anything else (npm packages, paths out of the bundle) fails to deploy.
const PLATFORM_SCOPES = ['c/', 'lightning/', '@salesforce/', './'];
const TAG = /<((?:lightning|c)-[a-z0-9-]+)/g;

/** The LWC bundle folder names under `lwcDir` (empty when it does not exist). */
export function lwcBundleNames(lwcDir: string): string[] {
  if (!existsSync(lwcDir)) return [];
  return readdirSync(lwcDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && d.name !== '__tests__')
    .map((d) => d.name);
}

/**
 * Checks every component source under `lwcDir`: `lightning/*` imports and `<lightning-*>` tags are
 * platform ones; `c/*` imports, `<c-*>` tags, labels, custom permissions and schema fields exist.
 * Tests and generated `.js` beside a `.ts` are skipped. `display` maps a path to its printed form.
 */
export function checkComponentSources(
  lwcDir: string,
  index: PackageIndex,
  display: (file: string) => string
): Issue[] {
  const issues: Issue[] = [];
  for (const bundle of lwcBundleNames(lwcDir)) {
    const dir = path.join(lwcDir, bundle);
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      const isGeneratedJs = name.endsWith('.js') && existsSync(file.replace(/\.js$/, '.ts'));
      if (name.endsWith('.d.ts') || isGeneratedJs) continue;
      const check = /\.(ts|js)$/.test(name)
        ? scriptProblems
        : name.endsWith('.html')
          ? templateProblems
          : undefined;
      if (!check) continue;
      const source = readFileSync(file, 'utf8');
      for (const { offset, message } of check(source, index)) {
        issues.push({ file: display(file), line: lineAt(source, offset), message });
      }
    }
  }
  return issues;
}

interface SourceProblem {
  offset: number;
  message: string;
}

function scriptProblems(source: string, index: PackageIndex): SourceProblem[] {
  const problems: SourceProblem[] = [];
  for (const match of source.matchAll(IMPORT)) {
    if (match[1]) continue;
    const message = importProblem(match[2] ?? match[3], lightningModuleNames(), index);
    if (message) problems.push({ offset: match.index ?? 0, message });
  }
  return problems;
}

function templateProblems(source: string, index: PackageIndex): SourceProblem[] {
  const tags = new Set([...lightningModuleNames()].map(lightningTagOf));
  const problems: SourceProblem[] = [];
  for (const match of source.matchAll(TAG)) {
    const [, tag] = match;
    const offset = match.index ?? 0;
    if (tag.startsWith('lightning-') && !tags.has(tag)) {
      problems.push({ offset, message: `<${tag}> is not a Lightning base component` });
    }
    const bundle = camelOf(tag.slice(2));
    if (tag.startsWith('c-') && !index.lwcBundles.has(bundle)) {
      problems.push({ offset, message: `<${tag}>: component c/${bundle} does not exist` });
    }
  }
  return problems;
}

function importProblem(
  specifier: string,
  modules: ReadonlySet<string>,
  index: PackageIndex
): string | null {
  if (specifier !== 'lwc' && !PLATFORM_SCOPES.some((scope) => specifier.startsWith(scope))) {
    return `'${specifier}' cannot be resolved on the platform: a component imports only lwc, c/*, lightning/*, @salesforce/* and files of its own bundle`;
  }
  const [scope, rest] = splitOnce(specifier, '/');
  if (scope === 'lightning')
    return modules.has(rest) ? null : `'${specifier}' is not a platform lightning/* module`;
  if (scope === 'c')
    return index.lwcBundles.has(rest) ? null : `'${specifier}': component ${rest} does not exist`;
  if (specifier.startsWith('@salesforce/label/')) {
    const label = specifier.slice('@salesforce/label/'.length).replace(/^c\./, '');
    return index.labels.has(label) ? null : `'${specifier}': custom label ${label} does not exist`;
  }
  if (specifier.startsWith('@salesforce/customPermission/')) {
    const permission = specifier.slice('@salesforce/customPermission/'.length);
    return index.customPermissions.has(permission)
      ? null
      : `'${specifier}': custom permission ${permission} does not exist`;
  }
  if (specifier.startsWith('@salesforce/schema/')) {
    const [object, field] = specifier.slice('@salesforce/schema/'.length).split('.');
    if (!findObject(index, object)) return `'${specifier}': object ${object} does not exist`;
    if (field && !field.includes('__r') && !findField(index, object, field))
      return `'${specifier}': field ${object}.${field} does not exist`;
  }
  return null;
}

function splitOnce(s: string, separator: string): [string, string] {
  const i = s.indexOf(separator);
  return i === -1 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

function camelOf(kebab: string): string {
  return kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1))
    line++;
  return line;
}
