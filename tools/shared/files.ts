// The one recursive file lister the tools share.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir` (recursively, sorted), skipping folders named in `skip`; [] when `dir` is missing. */
export function listFiles(dir: string, skip: readonly string[] = []): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return skip.includes(entry.name) ? [] : listFiles(path, skip);
      return entry.isFile() ? [path] : [];
    })
    .sort();
}
