import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles as listAllFiles } from '../../tools/shared/files';
import { checkDocument } from './checkSchema';
import { checkReferences } from './crossRefs';
import { missingFieldPermissions } from './permissionRefs';
import type { Issue } from './issue';
import { checkComponentSources, lwcBundleNames } from './lwcRefs';
import { metadataTypeOf } from './metadataTypes';
import { buildIndex, componentName, type MetadataDocument } from './packageIndex';
import { loadMetadataSchema, type MetadataSchema } from './schema';
import { checkWellFormed, parseXmlTree } from './xmlTree';

/** What to validate. */
export interface ValidateOptions {
  /** Package directory, e.g. `force-app`. */
  root: string;
  /** Permission set that must grant every permissionable custom field; none when undefined. */
  fullAccessPermissionSet?: string;
  /** Directory that printed paths are relative to (default: the working directory). */
  cwd?: string;
  schema?: MetadataSchema;
}

/** Outcome of a validation run. */
export interface ValidationResult {
  filesChecked: number;
  issues: Issue[];
}

// The WSDL types targetConfigs as text although source files nest elements in it; crossRefs checks it.
const OPAQUE = new Set(['LightningComponentBundle.targetConfigs']);
let defaultSchema: MetadataSchema | undefined;

/** Validates every `*-meta.xml` under `root` and the LWC sources beside them; never throws on bad input. */
export function validatePackage(options: ValidateOptions): ValidationResult {
  const cwd = options.cwd ?? process.cwd();
  const display = (file: string): string => path.relative(cwd, file);
  const schema = options.schema ?? (defaultSchema ??= loadMetadataSchema());
  const issues: Issue[] = [];
  const documents: MetadataDocument[] = [];
  const metaFiles = listFiles(options.root).filter((f) => f.endsWith('-meta.xml'));

  for (const file of metaFiles) {
    const shown = display(file);
    const xml = readFileSync(file, 'utf8');
    const syntax = checkWellFormed(xml);
    if (syntax) {
      issues.push({
        file: shown,
        line: syntax.line,
        message: `malformed XML: ${syntax.message} (column ${syntax.col})`
      });
      continue;
    }
    const type = metadataTypeOf(file);
    if (!type || !schema.has(type)) {
      issues.push({
        file: shown,
        message: `no Metadata API type for this file name${type ? ` (${type})` : ''}`
      });
      continue;
    }
    const root = parseXmlTree(xml);
    for (const issue of checkDocument(root, type, schema, OPAQUE))
      issues.push({ file: shown, ...issue });
    documents.push({ file: shown, type, root });
  }

  const lwcDirs = new Set(
    documents
      .filter((d) => d.type === 'LightningComponentBundle')
      .map((d) => path.resolve(cwd, path.dirname(path.dirname(d.file))))
  );
  const index = buildIndex(documents, [...lwcDirs].flatMap(lwcBundleNames));
  for (const doc of documents) issues.push(...checkReferences(doc, index));
  if (options.fullAccessPermissionSet)
    issues.push(
      ...fullAccessIssues(options.fullAccessPermissionSet, documents, index, display(options.root))
    );

  let sourceFiles = 0;
  for (const dir of lwcDirs) {
    issues.push(...checkComponentSources(dir, index, display));
    sourceFiles += countSources(dir);
  }
  issues.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { filesChecked: metaFiles.length + sourceFiles, issues };
}

function fullAccessIssues(
  name: string,
  documents: readonly MetadataDocument[],
  index: ReturnType<typeof buildIndex>,
  root: string
): Issue[] {
  const permissionSet = documents.find(
    (d) => d.type === 'PermissionSet' && componentName(d.file) === name
  );
  if (permissionSet) return missingFieldPermissions(permissionSet, index);
  const hasCustomFields = [...index.objects.values()].some((o) =>
    [...o.fields.values()].some((f) => f.declared)
  );
  return hasCustomFields
    ? [
        {
          file: root,
          message: `permission set ${name} is missing: it must grant every custom field`
        }
      ]
    : [];
}

/** The files under `dir`, tests and node_modules left out. */
function listFiles(dir: string): string[] {
  return listAllFiles(dir, ['__tests__', 'node_modules']);
}

function countSources(lwcDir: string): number {
  return listFiles(lwcDir).filter((f) => /\.(ts|js|html)$/.test(f) && !f.endsWith('.d.ts')).length;
}
