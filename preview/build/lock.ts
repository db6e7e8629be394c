import { mkdirSync, rmSync, statSync } from 'node:fs';

/** Runs `work` while holding a lock folder, so that two previews (or test files) never build into one outDir at once; a lock older than staleMs is taken over. */
export async function withLock<T>(
  lockDir: string,
  work: () => Promise<T>,
  staleMs = 10 * 60_000
): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > staleMs)
          rmSync(lockDir, { recursive: true, force: true });
      } catch {
        // The holder released it meanwhile: try again.
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
