import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under dir (recursively), skipping folders named in `skip`; [] when dir is missing. */
export function listFiles(dir: string, skip: string[] = []): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : listFiles(path, skip);
    return [path];
  });
}

/** A hash of the paths, sizes and modification times of the files under `paths` (files or folders). */
export function fingerprint(paths: string[], skip: string[] = []): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    const files = existsSync(path) && statSync(path).isDirectory() ? listFiles(path, skip) : [path];
    for (const file of files.sort()) {
      const stat = existsSync(file) ? statSync(file) : undefined;
      hash.update(`${file}\0${stat ? `${stat.size}:${stat.mtimeMs}` : 'missing'}\n`);
    }
  }
  return hash.digest('hex');
}
