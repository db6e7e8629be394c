import path from 'node:path';

interface RegistryType {
  name: string;
  suffix?: string;
  directoryName?: string;
  strategies?: { adapter?: string };
  children?: { types: Record<string, RegistryType>; suffixes: Record<string, string> };
}

interface Registry {
  types: Record<string, RegistryType>;
  suffixes: Record<string, string>;
}

// The Salesforce CLI's own source-format registry (source-deploy-retrieve) is the maintained map
// from file suffix / folder to Metadata API type; we reuse it rather than keeping our own.
const registry: Registry = require('@salesforce/source-deploy-retrieve/lib/src/registry/metadataRegistry.json');

const byId = new Map<string, RegistryType>();
for (const [id, type] of Object.entries(registry.types)) {
  byId.set(id, type);
  for (const [childId, child] of Object.entries(type.children?.types ?? {}))
    byId.set(childId, child);
}
const bySuffix = new Map<string, string>();
for (const [suffix, id] of Object.entries(registry.suffixes)) {
  const type = byId.get(id);
  if (type) bySuffix.set(suffix, type.name);
}
for (const type of Object.values(registry.types)) {
  for (const [suffix, id] of Object.entries(type.children?.suffixes ?? {})) {
    const child = byId.get(id);
    if (child && !bySuffix.has(suffix)) bySuffix.set(suffix, child.name);
  }
}
const bundleByDirectory = new Map<string, string>();
for (const type of Object.values(registry.types)) {
  if (type.strategies?.adapter === 'bundle' && type.directoryName)
    bundleByDirectory.set(type.directoryName, type.name);
}

/**
 * The Metadata API type of a source-format `*-meta.xml` file (e.g. `fields/X.field-meta.xml` ->
 * CustomField, `lwc/a/a.js-meta.xml` -> LightningComponentBundle), or undefined when unknown.
 */
export function metadataTypeOf(filePath: string): string | undefined {
  const base = path.basename(filePath);
  const match = /^(.+)\.([^.]+)-meta\.xml$/.exec(base);
  if (!match) return undefined;
  const bundleDir = path.basename(path.dirname(path.dirname(filePath)));
  const bundleType = bundleByDirectory.get(bundleDir);
  if (bundleType && path.basename(path.dirname(filePath)) === match[1]) return bundleType;
  return bySuffix.get(match[2]);
}
