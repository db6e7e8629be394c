/** @jest-environment node */
// Per-transaction query limits of flows (100 queries, 50,000 rows): the wrong form, a Get Records
// inside a loop over a gap's submissions, fails its asynchronous path even with a fault connector;
// the shipped notification flow, which queries once per gap, runs on 5,000 submissions.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SOURCE_DIR } from '../../../tools/shared/schema/loadMetadata';
import { makeRecordId } from '../../../tools/shared/sampleData/ids';
import type { SObject } from '../store';
import { updateRecord } from '../writes';
import { flowOrg, org, USER, type FlowOrg } from './flowContext';

/** A flow that runs Get Records of `inner` for every submission of the gap (the wrong form). */
function queryInLoopFlow(innerObject: string, innerFilter: string): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
  <apiVersion>66.0</apiVersion>
  <assignments>
    <name>Fault_Seen</name>
    <label>Fault Seen</label>
    <locationX>0</locationX>
    <locationY>0</locationY>
    <assignmentItems>
      <assignToReference>Faulted</assignToReference>
      <operator>Assign</operator>
      <value><booleanValue>true</booleanValue></value>
    </assignmentItems>
  </assignments>
  <label>Query In Loop</label>
  <loops>
    <name>Each_Submission</name>
    <label>Each Submission</label>
    <locationX>0</locationX>
    <locationY>0</locationY>
    <collectionReference>Get_Submissions</collectionReference>
    <iterationOrder>Asc</iterationOrder>
    <nextValueConnector><targetReference>Get_Inner</targetReference></nextValueConnector>
  </loops>
  <processType>AutoLaunchedFlow</processType>
  <recordLookups>
    <name>Get_Inner</name>
    <label>Get Inner</label>
    <locationX>0</locationX>
    <locationY>0</locationY>
    <connector><targetReference>Each_Submission</targetReference></connector>
    <faultConnector><targetReference>Fault_Seen</targetReference></faultConnector>
    <filterLogic>and</filterLogic>
    ${innerFilter}
    <getFirstRecordOnly>false</getFirstRecordOnly>
    <object>${innerObject}</object>
    <storeOutputAutomatically>true</storeOutputAutomatically>
  </recordLookups>
  <recordLookups>
    <name>Get_Submissions</name>
    <label>Get Submissions</label>
    <locationX>0</locationX>
    <locationY>0</locationY>
    <connector><targetReference>Each_Submission</targetReference></connector>
    <filterLogic>and</filterLogic>
    <filters>
      <field>Product_Gap__c</field>
      <operator>EqualTo</operator>
      <value><elementReference>$Record.Id</elementReference></value>
    </filters>
    <getFirstRecordOnly>false</getFirstRecordOnly>
    <object>Product_Gap_Submission__c</object>
    <storeOutputAutomatically>true</storeOutputAutomatically>
  </recordLookups>
  <start>
    <locationX>0</locationX>
    <locationY>0</locationY>
    <filterLogic>and</filterLogic>
    <filters>
      <field>Summary__c</field>
      <operator>IsChanged</operator>
      <value><booleanValue>true</booleanValue></value>
    </filters>
    <object>Product_Gap__c</object>
    <recordTriggerType>Update</recordTriggerType>
    <scheduledPaths>
      <name>Query_Each</name>
      <connector><targetReference>Get_Submissions</targetReference></connector>
      <label>Query Each</label>
      <pathType>AsyncAfterCommit</pathType>
    </scheduledPaths>
    <triggerType>RecordAfterSave</triggerType>
  </start>
  <status>Active</status>
  <variables>
    <name>Faulted</name>
    <dataType>Boolean</dataType>
    <isCollection>false</isCollection>
    <isInput>false</isInput>
    <isOutput>false</isOutput>
  </variables>
</Flow>
`;
}

function packageWith(flow: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'flow-limits-'));
  mkdirSync(join(dir, 'flows'));
  writeFileSync(join(dir, 'flows', 'Query_In_Loop.flow-meta.xml'), flow);
  return dir;
}

/** Puts `count` submissions on the gap (store, not a save), from 300 submitters. */
function seed(o: FlowOrg, gap: SObject, count: number): void {
  const submissions = o.store.table('Product_Gap_Submission__c');
  for (const s of [...submissions.values()])
    if (s.Product_Gap__c === gap.Id) submissions.delete(s.Id);
  const account = [...o.store.table('Account').keys()][0];
  for (let i = 0; i < count; i++) {
    const id = makeRecordId('a02', 600_000 + i);
    submissions.set(id, {
      Id: id,
      Product_Gap__c: gap.Id,
      Account__c: account,
      Submission_Key__c: `${gap.Id}:${account}:k${i}`,
      Severity__c: 'P2 - Nice to Have',
      CreatedById: makeRecordId('005', 9000 + (i % 300))
    });
  }
  o.store.changed();
}

const ACCOUNT_BY_ID = `<filters>
      <field>Id</field>
      <operator>EqualTo</operator>
      <value><elementReference>Each_Submission.Account__c</elementReference></value>
    </filters>`;
const SAME_GAP = `<filters>
      <field>Product_Gap__c</field>
      <operator>EqualTo</operator>
      <value><elementReference>$Record.Id</elementReference></value>
    </filters>`;

function run(o: FlowOrg, gap: SObject, values: Record<string, unknown>) {
  const ctx = o.context(USER);
  updateRecord(ctx, org.Product_Gap__c, gap.Id, values);
  o.afterCommit(ctx);
}

describe('per-transaction query limits of flows', () => {
  it('fails a path that queries once per submission past 100 queries, fault connector or not', () => {
    const o = flowOrg([DEFAULT_SOURCE_DIR, packageWith(queryInLoopFlow('Account', ACCOUNT_BY_ID))]);
    const gap = [...o.store.table('Product_Gap__c').values()][0];
    seed(o, gap, 100);
    run(o, gap, { Summary__c: 'Reworded' });
    expect(o.flows.asyncFailures).toEqual([
      expect.objectContaining({
        flow: 'Query_In_Loop',
        message: expect.stringContaining('Too many SOQL queries: 101 (the limit is 100)')
      })
    ]);
    expect(o.store.table('Product_Gap__c').get(gap.Id)?.Summary__c).toBe('Reworded');
  });

  it('runs the same path on 99 submissions (100 queries)', () => {
    const o = flowOrg([DEFAULT_SOURCE_DIR, packageWith(queryInLoopFlow('Account', ACCOUNT_BY_ID))]);
    const gap = [...o.store.table('Product_Gap__c').values()][0];
    seed(o, gap, 99);
    run(o, gap, { Summary__c: 'Reworded' });
    expect(o.flows.asyncFailures).toEqual([]);
  });

  it('fails a path that retrieves more than 50,000 rows in its transaction', () => {
    const o = flowOrg([
      DEFAULT_SOURCE_DIR,
      packageWith(queryInLoopFlow('Product_Gap_Submission__c', SAME_GAP))
    ]);
    const gap = [...o.store.table('Product_Gap__c').values()][0];
    seed(o, gap, 5000);
    run(o, gap, { Summary__c: 'Reworded' });
    expect(o.flows.asyncFailures).toEqual([
      expect.objectContaining({
        flow: 'Query_In_Loop',
        message: expect.stringContaining('Too many query rows: 55000 (the limit is 50000)')
      })
    ]);
  });

  it('runs the shipped notification flow on 5,000 submissions within the limits', () => {
    const o = flowOrg();
    const gap = [...o.store.table('Product_Gap__c').values()].find((g) => g.Status__c === 'Open')!;
    seed(o, gap, 5000);
    run(o, gap, { Status__c: 'Done' });
    expect(o.flows.asyncFailures).toEqual([]);
    expect(o.flows.outbox.filter((n) => n.flow === 'Product_Gap_Tell_Submitters')).toHaveLength(
      300
    );
  });
});
