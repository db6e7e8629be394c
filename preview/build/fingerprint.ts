import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { listFiles } from '../../tools/shared/files';

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
