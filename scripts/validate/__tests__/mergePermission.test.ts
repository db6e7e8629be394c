/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mergeDisagreement, mergeGrant } from '../mergePermission';

const SETS = path.join(__dirname, '..', '..', '..', 'force-app/main/default/permissionsets');
const grantOf = (name: string) =>
  mergeGrant(readFileSync(path.join(SETS, `${name}.permissionset-meta.xml`), 'utf8'));

describe('who may merge: permission sets and the merge control agree', () => {
  it.each([
    ['Product_Gap_Manager', true],
    ['Product_Gap_TPM', true],
    ['Product_Gap_Submitter', false],
    ['Product_Gap_Viewer', false]
  ])('%s may merge: %s', (name, may) => {
    const grant = grantOf(name);
    expect(grant).toEqual({ customPermission: may, canWrite: may });
    expect(mergeDisagreement(name, grant)).toBeNull();
  });

  it('reports the old TPM form: the control offered to a user who can only read gaps', () => {
    const readOnly = `<customPermissions><enabled>true</enabled><name>Merge_Product_Gaps</name></customPermissions>
      <fieldPermissions><editable>false</editable><field>Product_Gap__c.Status__c</field></fieldPermissions>
      <objectPermissions><allowEdit>false</allowEdit><object>Product_Gap__c</object></objectPermissions>`;
    expect(mergeDisagreement('TPM', mergeGrant(readOnly))).toBe(
      'TPM: offered the merge control but cannot write Status__c and Duplicate_Of__c'
    );
    const writeOnly = `<fieldPermissions><editable>true</editable><field>Product_Gap__c.Status__c</field></fieldPermissions>
      <fieldPermissions><editable>true</editable><field>Product_Gap__c.Duplicate_Of__c</field></fieldPermissions>
      <objectPermissions><allowEdit>true</allowEdit><object>Product_Gap__c</object></objectPermissions>`;
    expect(mergeDisagreement('X', mergeGrant(writeOnly))).toBe(
      'X: can merge by its permissions but is not offered the merge control'
    );
  });
});
