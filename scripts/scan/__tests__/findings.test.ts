/** @jest-environment node */
import type { Violation } from '@salesforce/code-analyzer-core';
import { failsScan, formatFinding, severityCounts } from '../findings';

/** A violation as Code Analyzer returns one, reduced to what the report reads. */
function violation(severity: number, file?: string, line?: number): Violation {
  return {
    getRule: () => ({
      getSeverityLevel: () => severity,
      getEngineName: () => 'pmd',
      getName: () => 'AvoidApiSessionId'
    }),
    getMessage: () => 'Session id exposed',
    getPrimaryLocation: () => ({ getFile: () => file, getStartLine: () => line })
  } as unknown as Violation;
}

describe('scan findings', () => {
  it('fails on severity 1 or 2 and passes on 3 to 5', () => {
    expect(failsScan([violation(3), violation(4), violation(5)])).toBe(false);
    expect(failsScan([violation(3), violation(2)])).toBe(true);
    expect(failsScan([violation(1)])).toBe(true);
    expect(failsScan([])).toBe(false);
  });

  it('counts findings per severity, zero for absent levels', () => {
    expect(severityCounts([violation(3), violation(3), violation(1)])).toEqual({
      '1': 1,
      '2': 0,
      '3': 2,
      '4': 0,
      '5': 0
    });
  });

  it('prints each finding with severity, file:line, rule and message', () => {
    expect(formatFinding(violation(2, '/repo/force-app/x.xml', 7), '/repo')).toBe(
      'sev2 force-app/x.xml:7 pmd/AvoidApiSessionId: Session id exposed'
    );
    expect(formatFinding(violation(3), '/repo')).toBe(
      'sev3 (no file):0 pmd/AvoidApiSessionId: Session id exposed'
    );
  });
});
