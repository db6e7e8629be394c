/** @jest-environment node */
// Start conditions and the remaining elements, each from a small flow written for the test:
// "only when the record is updated to meet the conditions", before-delete flows, fault
// connectors, Create Records and loop order; plus the condition logic on its own.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { combine } from '../flow/conditions';
import type { Interview } from '../flow/interview';
import type { SObject } from '../store';
import { deleteRecord, updateRecord } from '../writes';
import { flowOrg, org, type FlowOrg } from './flowContext';

const GAP = org.Product_Gap__c;
const SUBMISSION = org.Product_Gap_Submission__c;

/** A package folder holding one flow made of `start` and `elements` XML. */
function packageWith(name: string, start: string, elements: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'flow-pkg-'));
  mkdirSync(join(dir, 'flows'));
  writeFileSync(
    join(dir, 'flows', `${name}.flow-meta.xml`),
    `<?xml version="1.0" encoding="UTF-8" ?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
  <apiVersion>66.0</apiVersion>
  ${elements}
  <label>${name}</label>
  <processType>AutoLaunchedFlow</processType>
  <start>${start}</start>
  <status>Active</status>
</Flow>`
  );
  return dir;
}

const describeGap = (text: string, connector = '') => `
  <recordUpdates>
    <name>Describe_Gap</name>
    <label>Describe Gap</label>
    <inputAssignments>
      <field>Description__c</field>
      <value>${text}</value>
    </inputAssignments>
    <inputReference>$Record</inputReference>
    ${connector}
  </recordUpdates>`;

function gapOf(o: FlowOrg, where: (g: SObject) => boolean = (g) => g.Status__c === 'Open') {
  return [...o.store.table('Product_Gap__c').values()].find(where)!;
}
const description = (o: FlowOrg, id: string) =>
  o.store.table('Product_Gap__c').get(id)?.Description__c;

describe('start conditions', () => {
  const start = (onlyWhenChanged: boolean) => `
    <connector><targetReference>Describe_Gap</targetReference></connector>
    <doesRequireRecordChangedToMeetCriteria>${onlyWhenChanged}</doesRequireRecordChangedToMeetCriteria>
    <filterLogic>and</filterLogic>
    <filters>
      <field>Status__c</field>
      <operator>EqualTo</operator>
      <value><stringValue>Done</stringValue></value>
    </filters>
    <object>Product_Gap__c</object>
    <recordTriggerType>Update</recordTriggerType>
    <triggerType>RecordAfterSave</triggerType>`;

  const closedFlow = (onlyWhenChanged: boolean) =>
    flowOrg([
      packageWith(
        'Test_Closed',
        start(onlyWhenChanged),
        describeGap('<stringValue>closed</stringValue>')
      )
    ]);

  it('with doesRequireRecordChangedToMeetCriteria, runs once when the gap becomes Done', () => {
    const o = closedFlow(true);
    const gap = gapOf(o);
    const ctx = o.context();
    updateRecord(ctx, GAP, gap.Id, { Status__c: 'Done' });
    expect(description(o, gap.Id)).toBe('closed');
    updateRecord(ctx, GAP, gap.Id, { Description__c: 'edited later' });
    expect(description(o, gap.Id)).toBe('edited later');
  });

  it('without it, a flow updating its own record re-enters until the save is refused', () => {
    const o = closedFlow(false);
    const gap = gapOf(o);
    expect(() => updateRecord(o.context(), GAP, gap.Id, { Status__c: 'Done' })).toThrow(
      /Maximum trigger depth exceeded/
    );
    expect(o.store.table('Product_Gap__c').get(gap.Id)).toBe(gap);
  });

  it('saves $Record as an after-save flow changed it when Update Records names no fields', () => {
    const o = flowOrg([
      packageWith(
        'Test_Closed_Note',
        start(true).replace('Describe_Gap', 'Note_Closed'),
        `<assignments>
           <name>Note_Closed</name>
           <label>Note Closed</label>
           <assignmentItems><assignToReference>$Record.Description__c</assignToReference>
             <operator>Assign</operator><value><stringValue>noted</stringValue></value></assignmentItems>
           <connector><targetReference>Save_Gap</targetReference></connector>
         </assignments>
         <recordUpdates>
           <name>Save_Gap</name>
           <label>Save Gap</label>
           <inputReference>$Record</inputReference>
         </recordUpdates>`
      )
    ]);
    const gap = gapOf(o);
    updateRecord(o.context(), GAP, gap.Id, { Status__c: 'Done' });
    expect(description(o, gap.Id)).toBe('noted');
  });

  it('runs an entry formula with ISCHANGED and PRIORVALUE', () => {
    const o = flowOrg([
      packageWith(
        'Test_Reopened',
        `<connector><targetReference>Describe_Gap</targetReference></connector>
         <filterFormula>ISCHANGED({!$Record.Status__c}) &amp;&amp; TEXT(PRIORVALUE({!$Record.Status__c})) = "Done"</filterFormula>
         <object>Product_Gap__c</object>
         <recordTriggerType>Update</recordTriggerType>
         <triggerType>RecordAfterSave</triggerType>`,
        describeGap('<stringValue>reopened</stringValue>')
      )
    ]);
    const gap = gapOf(o);
    const ctx = o.context();
    updateRecord(ctx, GAP, gap.Id, { Status__c: 'Done' });
    expect(description(o, gap.Id)).toBe(gap.Description__c);
    updateRecord(ctx, GAP, gap.Id, { Status__c: 'In Progress' });
    expect(description(o, gap.Id)).toBe('reopened');
  });
});

describe('other elements', () => {
  it('runs a before-delete flow that updates the parent of the deleted record', () => {
    const o = flowOrg([
      packageWith(
        'Test_Submission_Deleted',
        `<connector><targetReference>Note_Gap</targetReference></connector>
         <object>Product_Gap_Submission__c</object>
         <recordTriggerType>Delete</recordTriggerType>
         <triggerType>RecordBeforeDelete</triggerType>`,
        `<recordUpdates>
           <name>Note_Gap</name>
           <label>Note Gap</label>
           <filterLogic>and</filterLogic>
           <filters><field>Id</field><operator>EqualTo</operator>
             <value><elementReference>$Record.Product_Gap__c</elementReference></value></filters>
           <inputAssignments><field>Description__c</field>
             <value><stringValue>a submission was withdrawn</stringValue></value></inputAssignments>
           <object>Product_Gap__c</object>
         </recordUpdates>`
      )
    ]);
    const submission = [...o.store.table('Product_Gap_Submission__c').values()][0];
    deleteRecord(o.context(), SUBMISSION, submission.Id);
    expect(description(o, String(submission.Product_Gap__c))).toBe('a submission was withdrawn');
  });

  it('takes the fault connector when Create Records fails, with the fault message', () => {
    const o = flowOrg([
      packageWith(
        'Test_Fault',
        `<connector><targetReference>Make_Submission</targetReference></connector>
         <filterLogic>and</filterLogic>
         <filters><field>Status__c</field><operator>IsChanged</operator>
           <value><booleanValue>true</booleanValue></value></filters>
         <object>Product_Gap__c</object>
         <recordTriggerType>Update</recordTriggerType>
         <triggerType>RecordAfterSave</triggerType>`,
        `<recordCreates>
           <name>Make_Submission</name>
           <label>Make Submission</label>
           <faultConnector><targetReference>Describe_Gap</targetReference></faultConnector>
           <inputAssignments><field>Product_Gap__c</field>
             <value><elementReference>$Record.Id</elementReference></value></inputAssignments>
           <object>Product_Gap_Submission__c</object>
           <storeOutputAutomatically>true</storeOutputAutomatically>
         </recordCreates>
         ${describeGap('<elementReference>$Flow.FaultMessage</elementReference>')}`
      )
    ]);
    const gap = gapOf(o);
    const before = o.store.table('Product_Gap_Submission__c').size;
    updateRecord(o.context(), GAP, gap.Id, { Status__c: 'Done' });
    expect(description(o, gap.Id)).toMatch(/Required fields are missing/);
    expect(o.store.table('Product_Gap_Submission__c').size).toBe(before);
  });

  it('filters with custom logic, walks a loop in descending order and concatenates with Add', () => {
    const o = flowOrg([
      packageWith(
        'Test_Loop',
        `<connector><targetReference>Get_Gaps</targetReference></connector>
         <object>Product_Gap__c</object>
         <recordTriggerType>Update</recordTriggerType>
         <triggerType>RecordBeforeSave</triggerType>`,
        `<recordLookups>
           <name>Get_Gaps</name>
           <label>Get Gaps</label>
           <connector><targetReference>Each_Gap</targetReference></connector>
           <filterLogic>1 AND (2 OR 3)</filterLogic>
           <filters><field>Name</field><operator>StartsWith</operator><value><stringValue>allow</stringValue></value></filters>
           <filters><field>Id</field><operator>EqualTo</operator><value><elementReference>$Record.Id</elementReference></value></filters>
           <filters><field>Status__c</field><operator>EqualTo</operator><value><stringValue>Done</stringValue></value></filters>
           <getFirstRecordOnly>false</getFirstRecordOnly>
           <object>Product_Gap__c</object>
           <sortField>Name</sortField>
           <sortOrder>Asc</sortOrder>
           <storeOutputAutomatically>true</storeOutputAutomatically>
         </recordLookups>
         <loops>
           <name>Each_Gap</name>
           <label>Each Gap</label>
           <collectionReference>Get_Gaps</collectionReference>
           <iterationOrder>Desc</iterationOrder>
           <nextValueConnector><targetReference>Collect</targetReference></nextValueConnector>
           <noMoreValuesConnector><targetReference>Write_Names</targetReference></noMoreValuesConnector>
         </loops>
         <assignments>
           <name>Collect</name>
           <label>Collect</label>
           <assignmentItems><assignToReference>Names</assignToReference><operator>Add</operator>
             <value><elementReference>Each_Gap.Name</elementReference></value></assignmentItems>
           <assignmentItems><assignToReference>Names</assignToReference><operator>Add</operator>
             <value><stringValue>;</stringValue></value></assignmentItems>
           <connector><targetReference>Each_Gap</targetReference></connector>
         </assignments>
         <assignments>
           <name>Write_Names</name>
           <label>Write Names</label>
           <assignmentItems><assignToReference>$Record.Description__c</assignToReference><operator>Assign</operator>
             <value><elementReference>Names</elementReference></value></assignmentItems>
         </assignments>
         <variables><name>Names</name><dataType>String</dataType><isCollection>false</isCollection>
           <value><stringValue></stringValue></value></variables>`
      )
    ]);
    const gap = gapOf(o);
    const expected = [...o.store.table('Product_Gap__c').values()]
      .filter(
        (g) =>
          String(g.Name).toLowerCase().startsWith('allow') &&
          (g.Id === gap.Id || g.Status__c === 'Done')
      )
      .map((g) => String(g.Name))
      .sort()
      .reverse();
    expect(expected.length).toBeGreaterThan(0);
    const saved = updateRecord(o.context(), GAP, gap.Id, { Summary__c: 'Touched' });
    expect(saved.Description__c).toBe(expected.map((n) => `${n};`).join(''));
  });
});

describe('condition logic', () => {
  const it0 = { flow: { name: 'F' }, element: 'D' } as unknown as Interview;
  it.each([
    ['and', [true, false], false],
    ['or', [true, false], true],
    ['(1 OR 2) AND 3', [false, true, true], true],
    ['(1 OR 2) AND 3', [true, true, false], false],
    ['1 AND NOT 2', [true, false], true]
  ])('%s over %j is %s', (logic, results, expected) => {
    expect(combine(it0, logic, results)).toBe(expected);
  });

  it('refuses logic naming a condition that does not exist', () => {
    expect(() => combine(it0, '1 AND 4', [true, true])).toThrow(
      'Flow F, element D: condition logic "1 AND 4" names condition 4'
    );
  });
});
