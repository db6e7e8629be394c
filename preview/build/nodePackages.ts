// Rollup plugin that resolves a few npm packages (ES module builds) the preview bundles outside
// the LWC module resolver: Lightning Web Security's runtime and what it imports.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'rollup';

/** True for the bare specifiers this plugin resolves: `@locker/*` and `dompurify`. */
export function isBundledNodePackage(source: string): boolean {
  return source.startsWith('@locker/') || source === 'dompurify';
}

/** Rollup plugin: resolves `@locker/*` and `dompurify` to their ES module build in node_modules. */
export function nodePackages(root: string): Plugin {
  return {
    name: 'preview-node-packages',
    resolveId(source) {
      if (!isBundledNodePackage(source)) return null;
      const manifest = join(root, 'node_modules', source, 'package.json');
      const { module: entry } = JSON.parse(readFileSync(manifest, 'utf8')) as { module?: string };
      if (!entry) throw new Error(`${source} has no ES module build ("module" in package.json)`);
      return join(dirname(manifest), entry);
    }
  };
}
