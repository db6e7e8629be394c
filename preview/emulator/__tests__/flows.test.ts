/** @jest-environment node */
// The TS mirrors of the before-save flows against the flow XML: same object, trigger, and the
// fields each reads and assigns; and their effect on records.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_SOURCE_DIR,
  loadOrgDescribe,
  readXml,
  text
} from '../../../scripts/schema/loadMetadata';
import { compileFormula } from '../formula';
import { FLOWS, runBeforeSaveFlows } from '../flows';
import type { SObject } from '../store';

const flowDir = join(DEFAULT_SOURCE_DIR, 'flows');
const flowFiles = readdirSync(flowDir).filter((f) => f.endsWith('.flow-meta.xml'));

function fieldsIn(xml: string): string[] {
  return [
    ...new Set(
      [...xml.matchAll(/\$Record\.(\w+)/g)]
        .map((m) => m[1])
        .concat([...xml.matchAll(/<field>(\w+)<\/field>/g)].map((m) => m[1]))
    )
  ].sort();
}

describe('before-save flows', () => {
  it('mirrors every active before-save flow of the package', () => {
    const active = flowFiles
      .map((f) => ({ name: f.replace('.flow-meta.xml', ''), flow: readXml(join(flowDir, f)).Flow }))
      .filter(
        ({ flow }) =>
          text(flow.start?.triggerType) === 'RecordBeforeSave' &&
          text(flow.status ?? 'Active') !== 'Obsolete'
      )
      .map(({ name }) => name)
      .sort();
    expect(FLOWS.map((f) => f.name).sort()).toEqual(active);
  });

  it.each(FLOWS.map((f) => [f.name, f] as const))(
    '%s matches its XML trigger and fields',
    (name, mirror) => {
      const file = join(flowDir, `${name}.flow-meta.xml`);
      const flow = readXml(file).Flow;
      const raw = JSON.stringify(flow);
      expect(text(flow.start.object)).toBe(mirror.object);
      expect(text(flow.start.recordTriggerType)).toBe(mirror.trigger);
      expect(fieldsIn(raw.replace(/\{!/g, ''))).toEqual([...mirror.reads].sort());
      const assigned = [flow.assignments]
        .flat()
        .flatMap((a: any) => [a.assignmentItems].flat().map((i: any) => text(i.assignToReference)));
      expect([...new Set(assigned)]).toEqual([`$Record.${mirror.writes}`]);
    }
  );

  it('fills the submission key on create and re-parent, keeps it otherwise', () => {
    const rec = {
      Id: 'a028d0000000001AAA',
      Product_Gap__c: 'a018d0000000001AAA',
      Account__c: '0018d0000000001AAA',
      Opportunity__c: null
    } as SObject;
    const created = runBeforeSaveFlows('Product_Gap_Submission__c', rec, undefined, '2026-11-27');
    expect(created.Submission_Key__c).toBe('a018d0000000001AAA:0018d0000000001AAA:none');
    const same = runBeforeSaveFlows(
      'Product_Gap_Submission__c',
      { ...created, Severity__c: 'P0 - Dealbreaker' },
      created,
      '2026-11-27'
    );
    expect(same.Submission_Key__c).toBe(created.Submission_Key__c);
    const moved = runBeforeSaveFlows(
      'Product_Gap_Submission__c',
      { ...created, Product_Gap__c: 'a018d0000000002AAA' },
      created,
      '2026-11-27'
    );
    expect(moved.Submission_Key__c).toBe('a018d0000000002AAA:0018d0000000001AAA:none');
    // Re-parented by the platform without automation (Account merge): prior and record agree on
    // the new account, only the stored key is stale; the next edit recomputes it.
    const merged = { ...created, Account__c: '0018d0000000002AAA' };
    const edited = runBeforeSaveFlows(
      'Product_Gap_Submission__c',
      { ...merged, Severity__c: 'P2 - Nice to Have' },
      merged,
      '2026-11-27'
    );
    expect(edited.Submission_Key__c).toBe('a018d0000000001AAA:0018d0000000002AAA:none');
  });

  it("the submission key flow's XML entry formula runs on a blank or stale key only", () => {
    const xml = readXml(join(flowDir, 'Product_Gap_Submission_Key.flow-meta.xml')).Flow;
    const entry = compileFormula(
      loadOrgDescribe().Product_Gap_Submission__c,
      text(xml.start.filterFormula).replace(/\{!\$Record\.(\w+)\}/g, '$1')
    );
    const fresh = {
      Id: 'a028d0000000001AAA',
      Product_Gap__c: 'a018d0000000001AAA',
      Account__c: '0018d0000000002AAA',
      Opportunity__c: null,
      Submission_Key__c: 'a018d0000000001AAA:0018d0000000002AAA:none'
    } as SObject;
    const runs = (rec: SObject, prior?: SObject) => entry.evaluate(rec, prior).value === true;
    expect(runs({ ...fresh, Submission_Key__c: null }, undefined)).toBe(true);
    expect(runs(fresh, fresh)).toBe(false);
    const merged = { ...fresh, Submission_Key__c: 'a018d0000000001AAA:0018d0000000001AAA:none' };
    expect(runs(merged, merged)).toBe(true);
    expect(runs({ ...fresh, Submission_Key__c: null }, fresh)).toBe(true);
    expect(runs({ ...fresh, Submission_Key__c: 'forged' }, undefined)).toBe(true);
    expect(runs(fresh, undefined)).toBe(false);
    // The old entry formula (create, blank key or a lookup changed in this save) missed a merge.
    const old = compileFormula(
      loadOrgDescribe().Product_Gap_Submission__c,
      'ISNEW() || ISBLANK(Submission_Key__c) || ISCHANGED(Product_Gap__c) || ISCHANGED(Account__c) || ISCHANGED(Opportunity__c)'
    );
    expect(old.evaluate(merged, merged).value).toBe(false);
  });

  it('stamps and clears Resolved On, and fills the supersedes key only on create when blank', () => {
    const gap = { Id: 'a018d0000000001AAA', Status__c: 'Done', Resolved_On__c: null } as SObject;
    expect(runBeforeSaveFlows('Product_Gap__c', gap, undefined, '2026-11-27').Resolved_On__c).toBe(
      '2026-11-27'
    );
    expect(
      runBeforeSaveFlows(
        'Product_Gap__c',
        { ...gap, Resolved_On__c: '2026-01-02' },
        gap,
        '2026-11-27'
      ).Resolved_On__c
    ).toBe('2026-01-02');
    expect(
      runBeforeSaveFlows(
        'Product_Gap__c',
        { ...gap, Status__c: 'Open', Resolved_On__c: '2026-01-02' },
        gap,
        '2026-11-27'
      ).Resolved_On__c
    ).toBeNull();
    const rev = {
      Id: 'a038d0000000004AAA',
      Previous_Revision__c: 'a038d0000000003AAA',
      Supersedes_Key__c: null
    } as SObject;
    expect(
      runBeforeSaveFlows('Top_Ten_Revision__c', rev, undefined, '2026-11-27').Supersedes_Key__c
    ).toBe('a038d0000000003AAA');
    expect(
      runBeforeSaveFlows(
        'Top_Ten_Revision__c',
        { ...rev, Previous_Revision__c: null },
        undefined,
        '2026-11-27'
      ).Supersedes_Key__c
    ).toBe('FIRST');
    expect(
      runBeforeSaveFlows('Top_Ten_Revision__c', rev, rev, '2026-11-27').Supersedes_Key__c
    ).toBeNull();
  });
});
