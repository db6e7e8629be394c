// `npm run check:duplicates` (a step of npm test): runs jscpd over the components' TypeScript and
// templates, tools/, scripts/ and preview/, and fails on a block repeated between bundles.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classify, formatFindings, staleKnownPairs, type Clone } from './check';

const SCANNED = '{force-app/main/default/lwc,tools,scripts,preview}/**/*.{ts,html}';
const MIN_TOKENS = '50';

const out = mkdtempSync(join(tmpdir(), 'jscpd-'));
try {
  const run = spawnSync(
    'npx',
    [
      '--no-install',
      'jscpd',
      '--pattern',
      SCANNED,
      '--ignore',
      '**/node_modules/**,**/*.d.ts',
      '--min-tokens',
      MIN_TOKENS,
      '--reporters',
      'json,silent',
      '--output',
      out,
      '.'
    ],
    { encoding: 'utf8' }
  );
  if (run.status !== 0) {
    console.error(`jscpd failed (${run.status}): ${run.stderr || run.stdout}`);
    process.exit(2);
  }
  const report = JSON.parse(readFileSync(join(out, 'jscpd-report.json'), 'utf8')) as {
    duplicates: Clone[];
  };
  const known: string[] = JSON.parse(readFileSync(join(__dirname, 'known.json'), 'utf8')).pairs;
  const findings = classify(report.duplicates, new Set(known));
  console.log(formatFindings(findings, staleKnownPairs(findings, known)));
  process.exit(findings.some((f) => f.kind === 'between') ? 1 : 0);
} finally {
  rmSync(out, { recursive: true, force: true });
}
