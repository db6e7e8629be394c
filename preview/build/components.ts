// The preview bundles the .js that `npm run build` compiles from each component's .ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../tools/shared/files';

/** Component .ts files (not tests, not .d.ts) whose .js is missing or older than the .ts. */
export function staleComponentSources(lwcDir: string): string[] {
  return listFiles(lwcDir, ['__tests__']).filter((file) => {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts')) return false;
    const compiled = file.replace(/\.ts$/, '.js');
    return !existsSync(compiled) || statSync(compiled).mtimeMs < statSync(file).mtimeMs;
  });
}

/** Runs `node scripts/build.mjs` when a component's .js is missing or stale; returns whether it ran. */
export function ensureComponentsCompiled(root: string): boolean {
  const stale = staleComponentSources(join(root, 'force-app', 'main', 'default', 'lwc'));
  if (stale.length === 0) return false;
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
      cwd: root,
      stdio: 'inherit'
    });
  } catch {
    throw new Error(
      'The components did not compile (TypeScript errors above): fix them, then start again.'
    );
  }
  return true;
}

/**
 * Fills `c/` with one symlink per component bundle that has an entry file: the LWC resolver takes a
 * `dir` module's namespace from its folder name, and refuses a whole `dir` if one folder lacks an
 * entry (a component still being written), which must not stop the preview.
 */
export function linkComponents(lwcDir: string, namespaceDir: string): string[] {
  rmSync(namespaceDir, { recursive: true, force: true });
  mkdirSync(namespaceDir, { recursive: true });
  const names = readdirSync(lwcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) =>
      ['js', 'ts', 'html'].some((ext) => existsSync(join(lwcDir, name, `${name}.${ext}`)))
    );
  for (const name of names) symlinkSync(join(lwcDir, name), join(namespaceDir, name), 'dir');
  return names;
}
