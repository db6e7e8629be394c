import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Emulator, EmulatorOptions } from '../emulator/index';

/** Creates the in-memory org from preview/emulator; throws a clear message when it is not there. */
export async function loadEmulator(root: string, options: EmulatorOptions): Promise<Emulator> {
  const entry = join(root, 'preview', 'emulator', 'index.ts');
  if (!existsSync(entry)) throw new Error(`The preview emulator is missing: ${entry}`);
  // Imported by URL at run time so that the server and its tests build without the emulator's sources.
  const module = (await import(pathToFileURL(entry).href)) as {
    createEmulator?: (options?: EmulatorOptions) => Promise<Emulator>;
  };
  if (typeof module.createEmulator !== 'function') {
    throw new Error(`${entry} does not export createEmulator()`);
  }
  return module.createEmulator(options);
}
