// Builds the preview app: the shell, the package's compiled components and the preview's
// platform modules, bundled by rollup with the LWC OSS compiler. Skips the build when no input
// changed since the last one, and feeds rollup its previous cache otherwise.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureComponentsCompiled } from './components';
import { fingerprint } from './fingerprint';
import { withLock } from './lock';

export interface BuildOptions {
  /** Repository root (holds force-app/, preview/, node_modules/). */
  root: string;
  /** Output folder; default <root>/dist/preview. */
  outDir?: string;
  /** Rebuild even when no input changed. */
  force?: boolean;
  /** Receives one line per notable event (compile, warnings). */
  log?: (line: string) => void;
}

export interface BuildResult {
  outDir: string;
  /** Wall time of the whole step, in ms. */
  ms: number;
  /** 'skipped' when the fingerprint matched the last build. */
  mode: 'skipped' | 'cached' | 'cold';
  warnings: string[];
}

async function buildUnlocked(options: BuildOptions): Promise<BuildResult> {
  const started = Date.now();
  const { root } = options;
  const log = options.log ?? (() => {});
  const outDir = options.outDir ?? join(root, 'dist', 'preview');
  const packageDir = join(root, 'force-app', 'main', 'default');

  if (ensureComponentsCompiled(root)) log('components: compiled .ts to .js (npm run build)');

  const inputs = [
    join(packageDir, 'lwc'),
    join(packageDir, 'labels'),
    // The page rules: tab visibility, Lightning pages and their assignment.
    join(packageDir, 'permissionsets'),
    join(packageDir, 'tabs'),
    join(packageDir, 'flexipages'),
    join(packageDir, 'applications'),
    join(packageDir, 'quickActions'),
    join(root, 'preview', 'app'),
    join(root, 'preview', 'platform'),
    join(root, 'preview', 'build'),
    join(root, 'preview', 'probes'),
    join(root, 'tools', 'shared', 'gql.ts'),
    join(root, 'package-lock.json')
  ];
  const print = fingerprint(inputs, ['__tests__']);
  const printFile = join(outDir, 'fingerprint.txt');
  const built = ['app.js', 'bootstrap.js', join('chunks', 'components.js')].every((file) =>
    existsSync(join(outDir, file))
  );
  if (
    !options.force &&
    built &&
    existsSync(printFile) &&
    readFileSync(printFile, 'utf8') === print
  ) {
    return { outDir, ms: Date.now() - started, mode: 'skipped', warnings: [] };
  }

  // Loaded only when a build is needed: rollup, the LWC compiler and TypeScript take seconds to import.
  const { runRollup } = await import('./rollupBuild');
  const { warnings, usedCache } = await runRollup({ root, outDir, force: options.force });
  writeFileSync(printFile, print);
  for (const warning of warnings.slice(0, 5)) log(`rollup warning: ${warning}`);
  if (warnings.length > 5) log(`rollup: ${warnings.length - 5} more warnings`);
  return { outDir, ms: Date.now() - started, mode: usedCache ? 'cached' : 'cold', warnings };
}

/** Builds (or reuses) the preview bundle into outDir: app.js, bootstrap.js and chunks/ (with components.js); one build per outDir at a time. */
export async function buildPreview(options: BuildOptions): Promise<BuildResult> {
  const outDir = options.outDir ?? join(options.root, 'dist', 'preview');
  mkdirSync(dirname(outDir), { recursive: true });
  return withLock(`${outDir}.lock`, () => buildUnlocked({ ...options, outDir }));
}
