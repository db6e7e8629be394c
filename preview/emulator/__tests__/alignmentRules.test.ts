/** @jest-environment node */
// Target_Quarter_Format evaluated from its formula XML, and the board's check agreeing with it.
import { loadOrgDescribe, loadValidationRules } from '../../../tools/shared/schema/loadMetadata';
import { isTargetQuarter } from 'c/gapData';
import { compileRules, violations } from '../rules';
import type { SObject } from '../store';

const rules = compileRules(loadOrgDescribe(), loadValidationRules());
const entry = (quarter: string | null) =>
  violations(
    rules.get('Top_Ten_Entry__c'),
    {
      Id: 'a048d0000000001AAA',
      Rank__c: 1,
      Target_Quarter__c: quarter
    } as SObject,
    undefined
  ).map((v) => v.rule);

describe('Target_Quarter_Format', () => {
  it('accepts a blank quarter', () => {
    expect(entry(null)).toEqual([]);
  });

  it.each(['2027-Q1', '2027-Q4', '2030-Q2'])('accepts %s, as the board does', (quarter) => {
    expect(entry(quarter)).toEqual([]);
    expect(isTargetQuarter(quarter)).toBe(true);
  });

  it.each(['2027-Q5', '2027-Q0', '2027-q1', '27-Q1', '2027 Q1', 'Q1-2027', '2027-Q1x', 'x2027-Q1'])(
    'refuses %s, as the board does (REGEX matches the whole value)',
    (quarter) => {
      expect(entry(quarter)).toEqual(['Target_Quarter_Format']);
      expect(isTargetQuarter(quarter)).toBe(false);
    }
  );
});
