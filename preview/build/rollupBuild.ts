// The rollup run behind buildPreview: the shell, the package's compiled components and the
// preview's platform modules, compiled by the LWC OSS compiler, with rollup's cache kept on disk.
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import type { InputOptions, RollupCache, RollupLog } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { linkComponents } from './components';
import { ltrIconLibraries } from './iconLibraries';
import { stripTypeScript } from './typescript';
import { nodePackages } from './nodePackages';
import { isHostModule, PROBE_COMPONENTS } from './sandboxModules';
import { COMPONENTS_MODULE, previewVirtualModules } from './virtualModules';
import { optionalComponents, PAGES } from '../app/pages';

/** The preview's platform module implementations, by the specifier components import. */
export function platformModules(root: string): { name: string; path: string }[] {
  const dir = join(root, 'preview', 'platform');
  return [
    { name: 'lightning/graphql', path: join(dir, 'graphql.ts') },
    { name: 'lightning/navigation', path: join(dir, 'navigation.ts') },
    { name: 'lightning/platformShowToastEvent', path: join(dir, 'toast.ts') },
    { name: 'lightning/actions', path: join(dir, 'actions.ts') },
    { name: 'lightning/refresh', path: join(dir, 'refresh.ts') },
    { name: 'lightning/flowSupport', path: join(dir, 'flowSupport.ts') },
    {
      name: 'lightning/quickActionPanel',
      path: join(dir, 'lwc', 'quickActionPanel', 'quickActionPanel.ts')
    },
    {
      name: '@salesforce/gate/bc.260.enableComboboxElementInternals',
      path: join(dir, 'closedGate.ts')
    }
  ];
}

function readCache(file: string, force?: boolean): RollupCache | undefined {
  if (force || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RollupCache;
  } catch {
    return undefined;
  }
}

// Rollup re-parses code (natively, fast) when a cached module has no AST; the ASTs would make the
// file ten times larger and cost more to write and read than the parse they save.
function writeCache(file: string, cache: RollupCache | undefined): void {
  const modules = (cache?.modules ?? []).map((module) => ({ ...module, ast: null }));
  writeFileSync(file, JSON.stringify({ ...cache, modules }));
}

/**
 * Bundles, into outDir: chunks/components.js, the package's components (namespace `c`) as one AMD
 * module that the app evaluates inside a Lightning Web Security sandbox; then app.js and
 * bootstrap.js (+ chunks/) with everything outside it. Reuses and refreshes the rollup caches.
 */
export async function runRollup(options: {
  root: string;
  outDir: string;
  force?: boolean;
}): Promise<{ warnings: string[]; usedCache: boolean }> {
  const { root, outDir } = options;
  const packageDir = join(root, 'force-app', 'main', 'default');
  const appDir = join(root, 'preview', 'app');
  const platformDir = join(root, 'preview', 'platform');
  const probesDir = join(root, 'preview', 'probes', 'lwc');
  const modulesDir = join(outDir, 'modules');
  linkComponents(join(packageDir, 'lwc'), join(modulesDir, 'c'));
  for (const name of PROBE_COMPONENTS) {
    symlinkSync(join(probesDir, name), join(modulesDir, 'c', name), 'dir');
  }

  const warnings: string[] = [];
  const onwarn = (warning: RollupLog) => {
    warnings.push(warning.id ? `${warning.message} (${warning.id})` : warning.message);
  };
  const plugins = (hostModules: string[]): InputOptions['plugins'] => [
    nodePackages(root),
    ltrIconLibraries(),
    previewVirtualModules({
      packageDir,
      sessionModule: join(platformDir, 'session.ts'),
      optionalComponents: optionalComponents(PAGES),
      probeComponents: PROBE_COMPONENTS,
      hostModules
    }),
    stripTypeScript([
      appDir,
      platformDir,
      // the one gql the platform modules share with the Node tools
      join(root, 'tools', 'shared'),
      ...PROBE_COMPONENTS.map((name) => join(modulesDir, 'c', name))
    ]),
    lwc({
      rootDir: appDir,
      // Not a component: its run-time import of /app.js is one the LWC compiler would refuse.
      exclude: [join(appDir, 'bootstrap.ts')],
      enableDynamicComponents: true,
      modules: [
        ...platformModules(root),
        { dir: modulesDir },
        { dir: join(appDir, 'lwc') },
        { npm: 'lightning-base-components' }
      ]
    }),
    replace({
      preventAssignment: true,
      values: {
        'process.env.NODE_ENV': JSON.stringify('development'),
        'import.meta.env.SSR': 'false'
      }
    })
  ];

  const componentsCacheFile = join(outDir, 'rollup-cache-components.json');
  const componentsCache = readCache(componentsCacheFile, options.force);
  const componentsBundle = await rollup({
    input: { components: COMPONENTS_MODULE },
    cache: componentsCache,
    preserveSymlinks: true,
    external: (source, importer) => importer !== undefined && isHostModule(source),
    onwarn,
    plugins: plugins([])
  });
  rmSync(join(outDir, 'chunks'), { recursive: true, force: true });
  const { output } = await componentsBundle.write({
    dir: join(outDir, 'chunks'),
    format: 'amd',
    exports: 'default',
    interop: 'esModule',
    entryFileNames: '[name].js'
  });
  await componentsBundle.close();
  writeCache(componentsCacheFile, componentsBundle.cache);
  const hostModules = [
    ...new Set(output.flatMap((chunk) => (chunk.type === 'chunk' ? chunk.imports : [])))
  ];

  const cacheFile = join(outDir, 'rollup-cache.json');
  const cache = readCache(cacheFile, options.force);
  const bundle = await rollup({
    input: { app: join(appDir, 'main.ts'), bootstrap: join(appDir, 'bootstrap.ts') },
    cache,
    preserveSymlinks: true,
    onwarn,
    plugins: plugins(hostModules)
  });
  await bundle.write({
    dir: outDir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Synthetic shadow must run before the engine, which reads at load time whether it is there:
    // its own chunk, imported first, keeps it ahead of the engine's shared chunk.
    manualChunks: (id) => (id.includes('@lwc/synthetic-shadow') ? 'synthetic-shadow' : undefined)
  });
  await bundle.close();
  writeCache(cacheFile, bundle.cache);
  return { warnings, usedCache: cache !== undefined && componentsCache !== undefined };
}
