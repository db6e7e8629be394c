// Builds the bundle and starts the server with an emulator: shared by the CLI and the browser harness.
import { join, resolve } from 'node:path';
import type { Emulator, EmulatorOptions } from '../emulator/index';
import { buildPreview } from '../build/bundle';
import type { BuildResult } from '../build/bundle';
import { startPreviewServer } from './app';
import type { PreviewServer } from './app';
import { loadEmulator } from './emulatorLoader';
import type { NetworkModel } from './latency';

// The package has no "type": "module", so tsx and Jest load this file as CommonJS: __dirname is defined.
/** The repository root (this file is preview/server/start.ts). */
export const ROOT = resolve(__dirname, '..', '..');

export interface StartOptions {
  port?: number;
  emulatorOptions: EmulatorOptions;
  /** an emulator to use instead of preview/emulator (tests) */
  emulator?: Emulator;
  /** bundle output folder (default dist/preview) */
  outDir?: string;
  rebuild?: boolean;
  /** run the components in the Lightning Web Security sandbox; default: on unless PREVIEW_LWS=off */
  lws?: boolean;
  log?: (line: string) => void;
  /** delay GraphQL responses as an org would (absent: answer at once) */
  network?: NetworkModel | null;
}

export interface StartedPreview {
  server: PreviewServer;
  emulator: Emulator;
  build: BuildResult;
  /** ms spent creating or loading the in-memory org */
  emulatorMs: number;
}

/** Builds (or reuses) the bundle, creates the in-memory org and starts serving; the caller closes the server. */
export async function startPreview(options: StartOptions): Promise<StartedPreview> {
  const log = options.log ?? (() => {});
  const build = await buildPreview({
    root: ROOT,
    outDir: options.outDir,
    force: options.rebuild,
    log
  });
  const emulatorStarted = Date.now();
  const emulator = options.emulator ?? (await loadEmulator(ROOT, options.emulatorOptions));
  const emulatorMs = Date.now() - emulatorStarted;
  const server = await startPreviewServer({
    emulator,
    appDir: join(ROOT, 'preview', 'app'),
    bundleDir: build.outDir,
    assetsDir: join(ROOT, 'node_modules', '@salesforce-ux', 'design-system', 'assets'),
    resetOptions: options.emulatorOptions,
    flowsDir: join(ROOT, 'force-app', 'main', 'default', 'flows'),
    port: options.port,
    lws: options.lws ?? process.env.PREVIEW_LWS !== 'off',
    log,
    network: options.network
  });
  return { server, emulator, build, emulatorMs };
}
