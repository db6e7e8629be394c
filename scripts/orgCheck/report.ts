// The check's result: one row per check, printed as a table and written as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checklistText } from './checklist';

/** How one check came out; only `fail` makes the run fail. */
export type Outcome = 'pass' | 'fail' | 'skipped' | 'unknown';

/** The steps of the check, in the order they run. */
export type Step = 'deploy' | 'schema' | 'documents' | 'writes' | 'checklist';

/** One difference between the org's GraphQL schema and the generated one. */
export interface SchemaFinding {
  type: string;
  field: string | null;
  kind:
    | 'missing-type'
    | 'kind-differs'
    | 'missing-field'
    | 'type-differs'
    | 'extra-field'
    | 'missing-argument'
    | 'extra-argument'
    | 'argument-differs'
    | 'missing-enum-value'
    | 'extra-enum-value';
  expected: string | null;
  actual: string | null;
  /** errors make the schema check fail; info (what the org has beyond the package) does not */
  severity: 'error' | 'info';
}

/** One row of the table. */
export interface CheckRow {
  step: Step;
  name: string;
  outcome: Outcome;
  detail: string;
  /** what an admin does to fix a failed or unknown row */
  fix?: string;
  findings?: SchemaFinding[];
}

/** What the JSON file holds. */
export interface OrgCheckReport {
  org: string;
  apiVersion: string;
  startedAt: string;
  finishedAt: string;
  exitCode: number;
  /** the one-line reason when the check stopped early (unreachable, token, package) */
  fatal: string | null;
  rows: CheckRow[];
}

/** Exit code of a finished run: 1 when any row failed, else 0. */
export function exitCodeOf(rows: CheckRow[]): number {
  return rows.some((row) => row.outcome === 'fail') ? 1 : 0;
}

/** The pass/fail table as text lines (fix hints under failed and unknown rows). */
export function formatTable(rows: CheckRow[]): string[] {
  const width = Math.max(4, ...rows.map((r) => `${r.step}: ${r.name}`.length));
  const lines = [`${'CHECK'.padEnd(width)}  RESULT   DETAIL`];
  for (const row of rows) {
    const label = `${row.step}: ${row.name}`.padEnd(width);
    lines.push(`${label}  ${row.outcome.toUpperCase().padEnd(7)}  ${row.detail}`);
    if (row.fix && (row.outcome === 'fail' || row.outcome === 'unknown')) {
      lines.push(`${' '.repeat(width)}           fix: ${row.fix}`);
    }
  }
  const count = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  lines.push(
    `${count('pass')} passed, ${count('fail')} failed, ${count('unknown')} unknown, ${count('skipped')} skipped`
  );
  return lines;
}

/** What the CLI prints for a report: the table, then, once the checklist step ran, the whole post-install checklist (the list README "After install" shows). */
export function reportText(report: Pick<OrgCheckReport, 'rows'>): string[] {
  if (report.rows.length === 0) return [];
  const lines = formatTable(report.rows);
  if (report.rows.some((row) => row.step === 'checklist')) {
    lines.push(
      '',
      'Post-install checklist (README "After install: what an admin activates and assigns"):',
      checklistText()
    );
  }
  return lines;
}

/** Writes the report as JSON, creating the folder. */
export function writeReport(file: string, report: OrgCheckReport): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
