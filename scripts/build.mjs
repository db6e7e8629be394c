#!/usr/bin/env node
// Compiles every component's TypeScript to the .js the platform runs, in place.
// The output must be unambiguous: every .js under lwc/ is removed first, so a deleted or
// renamed .ts can never leave a stale .js behind to be deployed or picked up by Jest.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lwcRoot = join(root, 'force-app', 'main', 'default', 'lwc');

/** Lists files under dir (recursively) whose name satisfies keep. */
function listFiles(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path, keep);
    return keep(name, path) ? [path] : [];
  });
}

const inTests = (path) => path.split(/[\\/]/).includes('__tests__');
const stale = listFiles(lwcRoot, (name) => name.endsWith('.js'));
stale.forEach((path) => rmSync(path));

const started = Date.now();
try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: root,
      stdio: 'inherit'
    }
  );
} catch {
  console.error(
    'build: TypeScript reported errors (above); nothing was left half-built for the platform.'
  );
  stale.length = 0;
  listFiles(lwcRoot, (name) => name.endsWith('.js')).forEach((path) => rmSync(path));
  process.exit(1);
}

const sources = listFiles(
  lwcRoot,
  (name, path) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !inTests(path)
);
const missing = sources.filter((path) => !existsSync(path.replace(/\.ts$/, '.js')));
if (missing.length > 0) {
  console.error(`build: no .js emitted for ${missing.map((p) => relative(root, p)).join(', ')}`);
  process.exit(1);
}
console.log(
  `build: ${sources.length} TypeScript files compiled to .js in ${Date.now() - started} ms (${stale.length} old outputs removed first)`
);
