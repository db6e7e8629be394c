/** @jest-environment node */
import { testOrg } from './helpers';

// Two requests in flight at once must behave as two transactions: the failing one rolls back
// only its own writes.
describe('concurrent requests', () => {
  it('a failing allOrNone request never rolls back a concurrent request', async () => {
    const org = await testOrg();
    const before = org.emulator.counts().Product_Gap__c;
    const query = `mutation CreateTwo($name: String!) { uiapi {
      a: Product_Gap__cCreate(input: { Product_Gap__c: { Name: "kept or not" } }) { Record { Id } }
      b: Product_Gap__cCreate(input: { Product_Gap__c: { Name: $name } }) { Record { Id } }
    } }`;
    const submitter = org.user('Product_Gap_Submitter').id;
    const [failing, succeeding] = await Promise.all([
      org.emulator.execute({ query, variables: { name: 'x'.repeat(81) } }, submitter),
      org.emulator.execute({ query, variables: { name: 'second' } }, submitter)
    ]);
    expect(failing.errors?.length).toBeGreaterThan(0);
    expect(succeeding.errors).toBeUndefined();
    expect(org.emulator.counts().Product_Gap__c).toBe(before + 2);
  });
});
