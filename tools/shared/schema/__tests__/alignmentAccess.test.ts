/** @jest-environment node */
// Who reads and who edits the roadmap alignment of Top 10 entries, from the schema each
// permission set sees (field permissions decide which fields the update input holds).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validationErrorsAs as errorsAs } from '../validateAs';

const ALIGNMENT_SOURCE = readFileSync(
  join(__dirname, '../../../../force-app/main/default/lwc/gapData/alignment.ts'),
  'utf8'
);
const UPDATE_ENTRY_ALIGNMENT = /gql`([\s\S]*?)`/.exec(ALIGNMENT_SOURCE)![1];
const READ_ALIGNMENT = `query { uiapi { query { Top_Ten_Entry__c { edges { node { Roadmap_Status__c { value } Target_Quarter__c { value } Owning_PM__c { value } Owning_PM__r { Name { value } } Alignment_Note__c { value } } } } } } }`;
/** The old, wrong form: a Manager edit that also touches a publish-time snapshot field. */
const UPDATE_WITH_SNAPSHOT = `mutation M($Id: IdOrRef!, $s: Picklist, $r: LongTextArea) { uiapi { Top_Ten_Entry__cUpdate(input: { Id: $Id, Top_Ten_Entry__c: { Roadmap_Status__c: $s, Rationale__c: $r } }) { success } } }`;

describe('roadmap alignment access', () => {
  it.each([
    'Product_Gap_Viewer',
    'Product_Gap_Submitter',
    'Product_Gap_Manager',
    'Product_Gap_TPM'
  ])('%s reads the four alignment fields and the owning PM name', (permissionSet) => {
    expect(errorsAs(permissionSet, READ_ALIGNMENT)).toEqual([]);
  });

  it('the Manager sends the alignment update', () => {
    expect(errorsAs('Product_Gap_Manager', UPDATE_ENTRY_ALIGNMENT)).toEqual([]);
  });

  it('the Manager edits the four fields only: a snapshot field is refused', () => {
    expect(errorsAs('Product_Gap_Manager', UPDATE_WITH_SNAPSHOT).join(' ')).toMatch(
      /Rationale__c.*is not defined by type/
    );
  });

  it.each(['Product_Gap_Viewer', 'Product_Gap_Submitter', 'Product_Gap_GitHub_Sync'])(
    '%s cannot send the alignment update',
    (permissionSet) => {
      expect(errorsAs(permissionSet, UPDATE_ENTRY_ALIGNMENT)).not.toEqual([]);
    }
  );

  it('the TPM publishes the carried alignment (create needs edit on the four fields)', () => {
    const next = readFileSync(
      join(__dirname, '../../../../force-app/main/default/lwc/gapData/publishNextDocuments.ts'),
      'utf8'
    );
    const documents = [...next.matchAll(/gql`([\s\S]*?)`/g)].map((m) => m[1]);
    expect(documents[9]).toMatch(/e10_Alignment_Note__c: LongTextArea/);
    expect(errorsAs('Product_Gap_TPM', documents[9])).toEqual([]);
    expect(errorsAs('Product_Gap_Viewer', documents[9])).not.toEqual([]);
  });

  it('the GitHub sync does not read the alignment', () => {
    expect(errorsAs('Product_Gap_GitHub_Sync', READ_ALIGNMENT)).not.toEqual([]);
  });
});
