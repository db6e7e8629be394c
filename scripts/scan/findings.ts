import path from 'node:path';
import type { Violation } from '@salesforce/code-analyzer-core';

/** Severity levels that fail the scan: 1 (Critical) and 2 (High). */
export const FAILING_SEVERITY = 2;

/** Whether any finding is of severity 1 or 2. */
export function failsScan(violations: readonly Violation[]): boolean {
  return violations.some((v) => v.getRule().getSeverityLevel() <= FAILING_SEVERITY);
}

/** Number of findings per severity level 1..5 (every level present, zero when none). */
export function severityCounts(violations: readonly Violation[]): Record<string, number> {
  const counts: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  for (const v of violations) counts[String(v.getRule().getSeverityLevel())]++;
  return counts;
}

/** One finding as `sev<N> file:line engine/rule: message`, the file relative to `cwd`. */
export function formatFinding(violation: Violation, cwd: string): string {
  const location = violation.getPrimaryLocation();
  const file = location.getFile() ? path.relative(cwd, location.getFile()!) : '(no file)';
  const line = location.getStartLine() ?? 0;
  const rule = violation.getRule();
  return `sev${rule.getSeverityLevel()} ${file}:${line} ${rule.getEngineName()}/${rule.getName()}: ${violation.getMessage()}`;
}
