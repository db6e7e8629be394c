// `npm run check:duplicates` (a step of npm test): runs jscpd over the components' TypeScript and
// templates, tools/, scripts/ and preview/, and fails on a block repeated between bundles.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { classify, formatFindings, staleKnownPairs, type Clone } from './check';

const SCANNED = '{force-app/main/default/lwc,tools,scripts,preview}/**/*.{ts,html}';
const MIN_TOKENS = '50';
const REPO = resolve(__dirname, '..', '..');

/**
 * Runs jscpd in `root` and judges its clones against the known pairs in `knownFile` (absent: none);
 * returns the report and the exit code (0 clean, 1 a block repeated between bundles, 2 no jscpd).
 */
export function duplicateCheck(
  root: string,
  knownFile = join(root, 'scripts', 'duplicates', 'known.json')
): { code: number; report: string } {
  const out = mkdtempSync(join(tmpdir(), 'jscpd-'));
  try {
    const run = spawnSync(
      process.execPath,
      [
        join(REPO, 'node_modules', 'jscpd', 'run-jscpd.js'),
        ...['--pattern', SCANNED, '--ignore', '**/node_modules/**,**/*.d.ts'],
        ...['--min-tokens', MIN_TOKENS, '--reporters', 'json,silent', '--output', out, '.']
      ],
      { cwd: root, encoding: 'utf8' }
    );
    const reportFile = join(out, 'jscpd-report.json');
    if (run.status !== 0 || !existsSync(reportFile)) {
      return { code: 2, report: `jscpd failed (${run.status}): ${run.stderr || run.stdout}` };
    }
    const { duplicates } = JSON.parse(readFileSync(reportFile, 'utf8')) as { duplicates: Clone[] };
    const known: string[] = existsSync(knownFile)
      ? JSON.parse(readFileSync(knownFile, 'utf8')).pairs
      : [];
    const findings = classify(duplicates, new Set(known));
    return {
      code: findings.some((f) => f.kind === 'between') ? 1 : 0,
      report: formatFindings(findings, staleKnownPairs(findings, known))
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const { code, report } = duplicateCheck(REPO);
  console.log(report);
  process.exit(code);
}
