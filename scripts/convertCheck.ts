/**
 * Converts force-app to Metadata API format with the Salesforce CLI, offline, and checks the
 * result: `npx tsx scripts/convertCheck.ts [packageDir]`. Exits 1 on any problem.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareConversion } from './convert-check/compare';

const root = process.argv[2] ?? 'force-app';
const work = mkdtempSync(path.join(tmpdir(), 'convert-check-'));
const outDir = path.join(work, 'mdapi');
const started = performance.now();
try {
  const run = spawnSync(
    'npx',
    ['sf', 'project', 'convert', 'source', '--root-dir', root, '--output-dir', outDir, '--json'],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        SF_DISABLE_TELEMETRY: 'true',
        SF_AUTOUPDATE_DISABLE: 'true',
        SF_SKIP_NEW_VERSION_CHECK: 'true'
      }
    }
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error(`sf project convert source failed (exit ${run.status})`);
    process.exit(1);
  }
  const { manifest, problems } = compareConversion(root, outDir);
  for (const [type, members] of [...manifest].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${type.padEnd(28)} ${members.size}`);
  }
  for (const problem of problems) console.error(problem);
  const total = [...manifest.values()].reduce((sum, members) => sum + members.size, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${manifest.size} types, ${total} components converted, ${problems.length} problems (${seconds} s)`
  );
  process.exitCode = problems.length > 0 ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
