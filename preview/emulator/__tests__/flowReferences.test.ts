/** @jest-environment node */
// Cross-object references in flows ({!record.Lookup__r.Field}): a null value before the last
// field fails the element; a null last field is just null.
import { newInterview, resolve } from '../flow/interview';
import { parseFlow } from '../flow/parse';
import { flowEnvironmentOf } from '../writes';
import { flowOrg } from './flowContext';

const FLOW = parseFlow(
  'Reads_Survivor',
  `<Flow xmlns="http://soap.sforce.com/2006/04/metadata"><label>Reads Survivor</label>
  <processType>AutoLaunchedFlow</processType><status>Active</status></Flow>`
);

describe('cross-object references', () => {
  const o = flowOrg();
  const gaps = [...o.store.table('Product_Gap__c').values()];
  const env = flowEnvironmentOf(o.context());
  const interview = (rec: Record<string, unknown>) =>
    newInterview(FLOW, env, 'Product_Gap__c', { Id: gaps[0].Id, ...rec } as any, undefined);

  it('reads a field through a set lookup', () => {
    const it = interview({ Duplicate_Of__c: gaps[1].Id });
    expect(resolve(it, '$Record.Duplicate_Of__r.Name')).toBe(gaps[1].Name);
  });

  it('fails when the lookup on the way is empty', () => {
    const it = interview({ Duplicate_Of__c: null });
    expect(() => resolve(it, '$Record.Duplicate_Of__r.Name')).toThrow(
      'Flow Reads_Survivor: the lookup Duplicate_Of__r is empty: cannot read Name'
    );
  });

  it('returns null for an empty last field', () => {
    const it = interview({ Duplicate_Of__c: null });
    expect(resolve(it, '$Record.Duplicate_Of__c')).toBeNull();
  });
});
