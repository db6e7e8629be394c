/**
 * Security scan of the package with Salesforce Code Analyzer's engines, offline:
 * `npx tsx scripts/scan/run.ts [dir...]` (default force-app). Runs the rules tagged AppExchange and
 * the Recommended security rules of the eslint, regex, retire-js and (when Java exists) PMD / CPD
 * engines; prints counts per severity and each finding; exits 1 on any severity 1-2 finding.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CodeAnalyzer,
  CodeAnalyzerConfig,
  EventType,
  LogLevel
} from '@salesforce/code-analyzer-core';
import type { EngineLogEvent, LogEvent, Violation } from '@salesforce/code-analyzer-core';
import * as eslintEngine from '@salesforce/code-analyzer-eslint-engine';
import * as regexEngine from '@salesforce/code-analyzer-regex-engine';
import * as retireJsEngine from '@salesforce/code-analyzer-retirejs-engine';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import { failsScan, formatFinding, severityCounts } from './findings';

// Code Analyzer's own selectors: a tag alone, or tags intersected with ':' (see selectRules).
const SELECTORS = ['AppExchange', 'Recommended:Security'];

async function main(): Promise<number> {
  const started = performance.now();
  const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['force-app'];
  const javaFound = spawnSync('java', ['-version']).status === 0;
  const config = CodeAnalyzerConfig.fromObject(
    {
      log_folder: mkdtempSync(path.join(tmpdir(), 'code-analyzer-')),
      // The scan judges what is deployed and its TypeScript source; tests and fixtures are not shipped.
      ignores: { files: ['**/__tests__/**', '**/node_modules/**'] },
      engines: {
        // Without Java the PMD/CPD engines cannot start: skip them rather than fail the scan.
        pmd: { disable_engine: !javaFound },
        cpd: { disable_engine: !javaFound },
        // The scanner's own ESLint setup, not the project's: its rule tags are what AppExchange review uses.
        eslint: { auto_discover_eslint_config: false }
      }
    },
    process.cwd()
  );
  const analyzer = new CodeAnalyzer(config);
  analyzer.onEvent(EventType.LogEvent, (event: LogEvent) => {
    if (event.logLevel <= LogLevel.Warn) console.error(`[code-analyzer] ${event.message}`);
  });
  analyzer.onEvent(EventType.EngineLogEvent, (event: EngineLogEvent) => {
    if (event.logLevel <= LogLevel.Warn) console.error(`[${event.engineName}] ${event.message}`);
  });
  for (const engine of [eslintEngine, regexEngine, retireJsEngine, pmdEngine])
    await analyzer.addEnginePlugin(engine.createEnginePlugin());

  const workspace = await analyzer.createWorkspace(targets);
  const rules = await analyzer.selectRules(SELECTORS, { workspace });
  const results = await analyzer.run(rules, { workspace });
  const violations: Violation[] = results.getViolations();

  const cwd = process.cwd();
  for (const violation of [...violations].sort(
    (a, b) => a.getRule().getSeverityLevel() - b.getRule().getSeverityLevel()
  )) {
    console.log(formatFinding(violation, cwd));
  }
  const counts = severityCounts(violations);
  const engines = results
    .getEngineNames()
    .map((name) => `${name} ${rules.getRulesFor(name).length}`)
    .join(', ');
  console.log(
    `rules: ${rules.getCount()} (${engines})${javaFound ? '' : '; no java: PMD and CPD skipped'}`
  );
  console.log(
    `findings by severity: ${Object.entries(counts)
      .map(([level, n]) => `${level}=${n}`)
      .join(' ')}`
  );
  console.log(`scan took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return failsScan(violations) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  }
);
