import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { listFiles } from '../../tools/shared/files';
import { metadataTypeOf } from '../validate/metadataTypes';

/** Members per Metadata API type, as listed by a package.xml. */
export type Manifest = Map<string, Set<string>>;

/** What a conversion produced and what is wrong with it. */
export interface ConversionReport {
  manifest: Manifest;
  problems: string[];
}

// Types whose source files live in a parent object folder: their members are `Object.Name`.
const OBJECT_CHILD_TYPES = new Set([
  'CustomField',
  'ListView',
  'ValidationRule',
  'CompactLayout',
  'RecordType',
  'WebLink',
  'FieldSet',
  'BusinessProcess',
  'SharingReason',
  'Index'
]);
// Paths the .forceignore keeps out of an org: tooling, TypeScript sources and tests.
const FORBIDDEN = [
  /\.ts$/,
  /(^|\/)tsconfig[^/]*\.json$/,
  /(^|\/)__tests__(\/|$)/,
  /(^|\/)jest\.config/
];

/** Reads the package.xml of a converted (Metadata API format) directory. */
export function readManifest(outDir: string): Manifest {
  const xml = readFileSync(path.join(outDir, 'package.xml'), 'utf8');
  const parsed = new XMLParser({ isArray: (name) => name === 'types' || name === 'members' }).parse(
    xml
  );
  const manifest: Manifest = new Map();
  for (const type of parsed.Package?.types ?? [])
    manifest.set(String(type.name), new Set((type.members ?? []).map(String)));
  return manifest;
}

/** The (type, member) a source-format `*-meta.xml` file should appear as in package.xml, if any. */
export function expectedMember(file: string): { type: string; member: string } | undefined {
  const type = metadataTypeOf(file);
  if (!type) return undefined;
  const name = path.basename(file).replace(/\.[^.]+-meta\.xml$/, '');
  const parent = path.basename(path.dirname(path.dirname(file)));
  if (type === 'LightningComponentBundle' || type === 'AuraDefinitionBundle')
    return { type, member: path.basename(path.dirname(file)) };
  if (OBJECT_CHILD_TYPES.has(type)) return { type, member: `${parent}.${name}` };
  if (['Report', 'Dashboard', 'Document', 'EmailTemplate'].includes(type))
    return { type, member: `${path.basename(path.dirname(file))}/${name}` };
  // The CLI lists a folder under its content type with a trailing slash: `Report` `Gaps/`.
  if (type.endsWith('Folder')) return { type: type.replace(/Folder$/, ''), member: `${name}/` };
  return { type, member: name };
}

/**
 * Compares a source-format package with its conversion: every metadata file is in package.xml,
 * every component `.ts` has its compiled `.js`, and no TypeScript, tsconfig or test file went along.
 */
export function compareConversion(sourceRoot: string, outDir: string): ConversionReport {
  const problems: string[] = [];
  const manifest = readManifest(outDir);
  const sourceFiles = listFiles(sourceRoot).filter((f) => !f.split(path.sep).includes('__tests__'));

  for (const file of sourceFiles.filter((f) => f.endsWith('-meta.xml'))) {
    const expected = expectedMember(file);
    if (!expected)
      problems.push(`${file}: not a known metadata file, so the conversion dropped it`);
    else if (!manifest.get(expected.type)?.has(expected.member)) {
      problems.push(`${file}: ${expected.type} ${expected.member} is missing from package.xml`);
    }
  }

  const outFiles = listFiles(outDir).map((f) => path.relative(outDir, f));
  for (const file of outFiles) {
    if (FORBIDDEN.some((pattern) => pattern.test(file.split(path.sep).join('/'))))
      problems.push(`${file}: must not be deployed`);
  }

  // A component's .ts must reach the org as its compiled .js: a missing one means a stale build.
  for (const file of sourceFiles) {
    const parts = file.split(path.sep);
    const lwcAt = parts.lastIndexOf('lwc');
    if (lwcAt === -1 || !file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
    const relative = [...parts.slice(lwcAt)].join(path.sep).replace(/\.ts$/, '.js');
    if (!existsSync(path.join(outDir, relative)))
      problems.push(`${file}: no compiled ${relative} in the output (run the build first)`);
  }
  for (const bundleDir of new Set(sourceFiles.filter(isInLwcBundle).map((f) => path.dirname(f)))) {
    const name = path.basename(bundleDir);
    if (!existsSync(path.join(bundleDir, `${name}.js-meta.xml`))) {
      problems.push(`${bundleDir}: no ${name}.js-meta.xml, so the component is not deployed`);
    }
  }
  return { manifest, problems };
}

/** Whether a file sits directly in a bundle folder under `lwc/`. */
function isInLwcBundle(file: string): boolean {
  const parts = file.split(path.sep);
  return parts.length >= 3 && parts[parts.length - 3] === 'lwc';
}
