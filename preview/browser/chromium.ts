// The one place that finds and launches Chromium for the browser tests, the benches and the
// screenshots: CHROMIUM_PATH, else a system Chromium, else the Chromium shipped in the npm package
// `@sparticuz/chromium` (so `npm ci && npm test` needs nothing but Node).
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createBrotliDecompress } from 'node:zlib';
import PackagedChromium from '@sparticuz/chromium';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

/** Where Chromium is looked for when CHROMIUM_PATH is not set. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Headless, offline, no first-run or background traffic: the preview is the only thing it talks to. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

/** Which Chromium to use: a path (from CHROMIUM_PATH or the system), or the npm package's. */
export type ChromiumChoice =
  { source: 'CHROMIUM_PATH' | 'system'; path: string } | { source: 'npm package' };

/**
 * Chooses the Chromium: CHROMIUM_PATH if set (throws when it does not exist), else the first
 * installed candidate, else the npm package's. GAPS_IGNORE_SYSTEM_CHROMIUM=1 skips the
 * candidates, to prove the path that needs nothing but Node.
 */
export function chooseChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates = CANDIDATES
): ChromiumChoice {
  if (env.CHROMIUM_PATH) {
    if (existsSync(env.CHROMIUM_PATH)) return { source: 'CHROMIUM_PATH', path: env.CHROMIUM_PATH };
    throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist`);
  }
  const found = env.GAPS_IGNORE_SYSTEM_CHROMIUM === '1' ? undefined : candidates.find(existsSync);
  return found ? { source: 'system', path: found } : { source: 'npm package' };
}

/** A Chromium ready to launch: its executable and the environment variables it needs. */
export interface ResolvedChromium {
  source: ChromiumChoice['source'];
  executablePath: string;
  env: Record<string, string>;
}

/** Unpacks a brotli'd tarball into `folder` with the system's `tar`, unless `marker` exists. */
async function unpackTarball(tarball: string, folder: string, marker: string): Promise<void> {
  if (existsSync(marker)) return;
  mkdirSync(folder, { recursive: true });
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(tarball).pipe(createBrotliDecompress())) {
    chunks.push(chunk as Buffer);
  }
  const result = spawnSync('tar', ['-x', '-C', folder], { input: Buffer.concat(chunks) });
  if (result.status !== 0) throw new Error(`Unpacking ${tarball} failed: ${result.stderr}`);
}

/**
 * The npm package's Chromium: unpacks the binary and its fonts (the package's own
 * `executablePath()`, into the temp folder) and the NSS/NSPR/expat libraries it links against
 * (shipped in the package for Amazon Linux; a bare Debian lacks them too), and points fontconfig at
 * the unpacked fonts.
 */
async function packagedChromium(): Promise<ResolvedChromium> {
  const executablePath = await PackagedChromium.executablePath();
  // The package has no "type": "module", so tsx and Jest load this file as CommonJS; the package
  // exports only its entry (build/cjs/index.cjs), with the brotli'd files in bin/ beside build/.
  const bin = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..', 'bin');
  const libraries = join(tmpdir(), 'al2023', 'lib');
  await unpackTarball(
    join(bin, 'al2023.tar.br'),
    join(tmpdir(), 'al2023'),
    join(libraries, 'libnss3.so')
  );
  const fonts = join(tmpdir(), 'fonts');
  // The package's fonts.conf names /tmp/fonts; this one names wherever the fonts were unpacked.
  const fontConfig = join(tmpdir(), 'chromium-fonts.conf');
  writeFileSync(
    fontConfig,
    `<?xml version="1.0"?>\n<fontconfig><dir>${fonts}</dir><cachedir>${fonts}-cache</cachedir></fontconfig>\n`
  );
  const libraryPath = [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return {
    source: 'npm package',
    executablePath,
    env: { LD_LIBRARY_PATH: libraryPath, FONTCONFIG_FILE: fontConfig }
  };
}

/** Resolves the Chromium to launch (see chooseChromium); the npm package's is unpacked on first use. */
export async function resolveChromium(
  env: NodeJS.ProcessEnv = process.env
): Promise<ResolvedChromium> {
  const choice = chooseChromium(env);
  if (choice.source === 'npm package') return packagedChromium();
  return { source: choice.source, executablePath: choice.path, env: {} };
}

/** A launched browser with a fresh profile folder (its --user-data-dir); close() ends it and removes the folder. */
export async function launchChromium(): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  const resolved = await resolveChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'preview-chromium-'));
  // Playwright passes the folder to Chromium as --user-data-dir itself.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: resolved.executablePath,
    env: { ...process.env, ...resolved.env },
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 }
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  };
}
