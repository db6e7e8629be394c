// The rollup run behind buildPreview: the shell, the package's compiled components and the
// preview's platform modules, compiled by the LWC OSS compiler, with rollup's cache kept on disk.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import type { RollupCache, RollupLog } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { linkComponents } from './components';
import { stripTypeScript } from './typescript';
import { previewVirtualModules } from './virtualModules';
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
    {
      name: '@salesforce/gate/bc.260.enableComboboxElementInternals',
      path: join(dir, 'closedGate.ts')
    }
  ];
}

/** Bundles app.js and bootstrap.js (+ chunks/) into outDir; reuses and refreshes outDir/rollup-cache.json. */
export async function runRollup(options: {
  root: string;
  outDir: string;
  force?: boolean;
}): Promise<{ warnings: string[]; usedCache: boolean }> {
  const { root, outDir } = options;
  const packageDir = join(root, 'force-app', 'main', 'default');
  const appDir = join(root, 'preview', 'app');
  const platformDir = join(root, 'preview', 'platform');
  const cacheFile = join(outDir, 'rollup-cache.json');
  const modulesDir = join(outDir, 'modules');
  linkComponents(join(packageDir, 'lwc'), join(modulesDir, 'c'));

  let cache: RollupCache | undefined;
  if (!options.force && existsSync(cacheFile)) {
    try {
      cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as RollupCache;
    } catch {
      cache = undefined;
    }
  }

  const warnings: string[] = [];
  const bundle = await rollup({
    input: { app: join(appDir, 'main.ts'), bootstrap: join(appDir, 'bootstrap.ts') },
    cache,
    preserveSymlinks: true,
    onwarn(warning: RollupLog) {
      warnings.push(warning.id ? `${warning.message} (${warning.id})` : warning.message);
    },
    plugins: [
      previewVirtualModules({
        packageDir,
        sessionModule: join(platformDir, 'session.ts'),
        optionalComponents: optionalComponents(PAGES)
      }),
      stripTypeScript([appDir, platformDir]),
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
    ]
  });
  rmSync(join(outDir, 'chunks'), { recursive: true, force: true });
  await bundle.write({
    dir: outDir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js'
  });
  await bundle.close();
  // Rollup re-parses code (natively, fast) when a cached module has no AST; the ASTs would make the
  // file ten times larger and cost more to write and read than the parse they save.
  const modules = (bundle.cache?.modules ?? []).map((module) => ({ ...module, ast: null }));
  writeFileSync(cacheFile, JSON.stringify({ ...bundle.cache, modules }));
  return { warnings, usedCache: cache !== undefined };
}
