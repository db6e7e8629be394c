// `npm run org:check:preview`: starts a throwaway preview org (small fresh data set, free port),
// runs `org:check --instance-url <it> --access-token preview --writes` against it, stops it and
// exits with the check's code. `npm test` runs it to prove the check itself.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createEmulator, type Emulator } from '../emulator/index';
import { startPreviewServer } from './app';
import { PREVIEW_TOKEN } from './restApi';

const ROOT = resolve(__dirname, '..', '..');

/** Starts the preview org on 127.0.0.1:0 backed by a fresh data set in a temp folder. */
export async function startPreviewOrg(): Promise<{
  url: string;
  emulator: Emulator;
  stop(): Promise<void>;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'org-check-'));
  const emulatorOptions = {
    file: join(dataDir, 'org.json'),
    reset: true,
    gaps: 12,
    submissions: 40,
    seed: 1
  };
  const emulator = await createEmulator(emulatorOptions);
  const server = await startPreviewServer({
    emulator,
    appDir: join(ROOT, 'preview', 'app'),
    bundleDir: join(ROOT, 'dist', 'preview'),
    assetsDir: join(ROOT, 'node_modules', '@salesforce-ux', 'design-system', 'assets'),
    flowsDir: join(ROOT, 'force-app', 'main', 'default', 'flows'),
    resetOptions: emulatorOptions,
    port: 0
  });
  return {
    url: server.url,
    emulator,
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

async function main(): Promise<number> {
  const org = await startPreviewOrg();
  try {
    const args = [
      'tsx',
      join(ROOT, 'scripts', 'orgCheck', 'cli.ts'),
      '--instance-url',
      org.url,
      '--access-token',
      PREVIEW_TOKEN,
      '--writes',
      ...process.argv.slice(2)
    ];
    const child = spawn('npx', args, { cwd: ROOT, stdio: 'inherit' });
    return await new Promise<number>((done) => child.on('exit', (code) => done(code ?? 1)));
  } finally {
    await org.stop();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`org:check:preview: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    }
  );
}
