/** @jest-environment node */
// Subflow elements (Metadata API FlowSubflow): the called autolaunched flow runs in the same
// transaction for the same user, with its input variables set and its output variables read
// back; a subflow that is not an active autolaunched flow of the package is refused at load.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SOURCE_DIR } from '../../../tools/shared/schema/loadMetadata';
import { FlowRuntime, loadFlows } from '../flow/runtime';
import { updateRecord } from '../writes';
import { flowOrg, org } from './flowContext';

const CALLER = (inputs: string) => `<?xml version="1.0" encoding="UTF-8" ?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
  <apiVersion>66.0</apiVersion>
  <label>Caller</label>
  <processType>AutoLaunchedFlow</processType>
  <recordUpdates>
    <name>Save_Description</name>
    <label>Save Description</label>
    <locationX>0</locationX>
    <locationY>0</locationY>
    <inputAssignments>
      <field>Description__c</field>
      <value><elementReference>Shouted</elementReference></value>
    </inputAssignments>
    <inputReference>$Record</inputReference>
  </recordUpdates>
  <start>
    <locationX>0</locationX>
    <locationY>0</locationY>
    <connector><targetReference>Shout</targetReference></connector>
    <filterLogic>and</filterLogic>
    <filters>
      <field>Summary__c</field>
      <operator>IsChanged</operator>
      <value><booleanValue>true</booleanValue></value>
    </filters>
    <object>Product_Gap__c</object>
    <recordTriggerType>Update</recordTriggerType>
    <triggerType>RecordAfterSave</triggerType>
  </start>
  <status>Active</status>
  <subflows>
    <name>Shout</name>
    <label>Shout</label>
    <locationX>0</locationX>
    <locationY>0</locationY>
    <connector><targetReference>Save_Description</targetReference></connector>
    <flowName>Shout_Text</flowName>
    ${inputs}
    <outputAssignments>
      <assignToReference>Shouted</assignToReference>
      <name>Result</name>
    </outputAssignments>
  </subflows>
  <variables>
    <name>Shouted</name>
    <dataType>String</dataType>
    <isCollection>false</isCollection>
    <isInput>false</isInput>
    <isOutput>false</isOutput>
  </variables>
</Flow>
`;

const SHOUT = `<?xml version="1.0" encoding="UTF-8" ?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
  <apiVersion>66.0</apiVersion>
  <assignments>
    <name>Make_Result</name>
    <label>Make Result</label>
    <locationX>0</locationX>
    <locationY>0</locationY>
    <assignmentItems>
      <assignToReference>Result</assignToReference>
      <operator>Assign</operator>
      <value><elementReference>Upper</elementReference></value>
    </assignmentItems>
  </assignments>
  <formulas>
    <name>Upper</name>
    <dataType>String</dataType>
    <expression>UPPER({!Text})</expression>
  </formulas>
  <label>Shout Text</label>
  <processType>AutoLaunchedFlow</processType>
  <start>
    <locationX>0</locationX>
    <locationY>0</locationY>
    <connector><targetReference>Make_Result</targetReference></connector>
  </start>
  <status>Active</status>
  <variables>
    <name>Result</name>
    <dataType>String</dataType>
    <isCollection>false</isCollection>
    <isInput>false</isInput>
    <isOutput>true</isOutput>
  </variables>
  <variables>
    <name>Text</name>
    <dataType>String</dataType>
    <isCollection>false</isCollection>
    <isInput>true</isInput>
    <isOutput>false</isOutput>
  </variables>
</Flow>
`;

const TEXT_INPUT = `<inputAssignments>
      <name>Text</name>
      <value><elementReference>$Record.Summary__c</elementReference></value>
    </inputAssignments>`;

function packageWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'subflows-'));
  mkdirSync(join(dir, 'flows'));
  for (const [name, xml] of Object.entries(files))
    writeFileSync(join(dir, 'flows', `${name}.flow-meta.xml`), xml);
  return dir;
}

describe('subflows', () => {
  it('runs the called flow with its inputs and reads its output back', () => {
    const dir = packageWith({ Caller: CALLER(TEXT_INPUT), Shout_Text: SHOUT });
    const o = flowOrg([DEFAULT_SOURCE_DIR, dir]);
    const gap = [...o.store.table('Product_Gap__c').values()][0];
    const ctx = o.context();
    updateRecord(ctx, org.Product_Gap__c, gap.Id, { Summary__c: 'make it loud' });
    expect(o.store.table('Product_Gap__c').get(gap.Id)?.Description__c).toBe('MAKE IT LOUD');
  });

  it('refuses an input the subflow does not declare as input', () => {
    const wrong = TEXT_INPUT.replace('<name>Text</name>', '<name>Result</name>');
    const dir = packageWith({ Caller: CALLER(wrong), Shout_Text: SHOUT });
    const o = flowOrg([DEFAULT_SOURCE_DIR, dir]);
    const gap = [...o.store.table('Product_Gap__c').values()][0];
    expect(() =>
      updateRecord(o.context(), org.Product_Gap__c, gap.Id, { Summary__c: 'quiet' })
    ).toThrow('Shout_Text has no input variable Result');
  });

  it('refuses at load a subflow that is not an active autolaunched flow of the package', () => {
    const dir = packageWith({
      Caller: CALLER(TEXT_INPUT),
      Shout_Text: SHOUT.replace('<status>Active</status>', '<status>Draft</status>')
    });
    const dirs = [DEFAULT_SOURCE_DIR, dir];
    expect(() => new FlowRuntime(loadFlows(dirs, org), dirs)).toThrow(
      'Flow Caller, element Shout: subflow Shout_Text is not an active autolaunched flow of the package'
    );
  });
});
