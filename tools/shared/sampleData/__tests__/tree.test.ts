/** @jest-environment node */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateSampleData } from '../generate';
import { TREE_RECORDS_PER_FILE, buildTreePlan, type TreeRecord } from '../tree';
import { readFields } from './metadata';

const DATA_DIR = join(__dirname, '../../../../data');
const REF = /^@\w+Ref\d+$/; // what `sf data import tree` treats as a reference
const data = generateSampleData({ seed: 42, gaps: 60, submissions: 600 });
const { plan, files } = buildTreePlan(data);

// Standard fields the plan may set; custom ones must exist in the object metadata.
const STANDARD_FIELDS: Record<string, string[]> = {
  Account: ['Name'],
  Opportunity: ['Name', 'AccountId', 'Amount', 'StageName', 'CloseDate'],
  Product_Gap__c: ['Name']
};

describe('buildTreePlan', () => {
  it('loads parents before children', () => {
    expect(plan.map((step) => step.sobject)).toEqual([
      'Account',
      'Opportunity',
      'Product_Gap__c',
      'Product_Gap_Submission__c',
      'Top_Ten_Revision__c',
      'Top_Ten_Entry__c'
    ]);
  });

  it('keeps every file within the 200 records of one sObject Tree request', () => {
    for (const contents of files.values()) {
      expect(contents.records.length).toBeGreaterThan(0);
      expect(contents.records.length).toBeLessThanOrEqual(TREE_RECORDS_PER_FILE);
    }
    expect(plan.find((s) => s.sobject === 'Product_Gap_Submission__c')?.files).toHaveLength(3);
  });

  it('resolves every reference to a record loaded earlier or in the same object step', () => {
    const known = new Set<string>();
    const unresolved: string[] = [];
    for (const step of plan) {
      const records = step.files.flatMap((f) => files.get(f)?.records ?? []);
      const own = new Set(records.map((r) => r.attributes.referenceId));
      for (const record of records) {
        expect(record.attributes.type).toBe(step.sobject);
        expect(record.attributes.referenceId).toMatch(new RegExp(`^${step.sobject}Ref\\d+$`));
        for (const value of Object.values(record)) {
          if (typeof value !== 'string' || !REF.test(value)) continue;
          const id = value.slice(1);
          if (!known.has(id) && !own.has(id)) unresolved.push(`${step.sobject} -> ${value}`);
        }
      }
      own.forEach((id) => known.add(id));
    }
    expect(unresolved).toEqual([]);
    expect(known.size).toBe(new Set(known).size);
  });

  it('leaves Ids, auto-numbers, owners, audit fields and both keys to the org', () => {
    const forbidden = [
      'Id',
      'OwnerId',
      'CreatedDate',
      'CreatedById',
      'Submission_Key__c',
      'Supersedes_Key__c'
    ];
    const all: TreeRecord[] = [...files.values()].flatMap((f) => f.records);
    expect(all.filter((r) => forbidden.some((f) => f in r))).toEqual([]);
    const autoNumbered = ['Product_Gap_Submission__c', 'Top_Ten_Revision__c', 'Top_Ten_Entry__c'];
    expect(all.filter((r) => autoNumbered.includes(r.attributes.type) && 'Name' in r)).toEqual([]);
  });

  it('names only fields that exist', () => {
    for (const step of plan) {
      const custom = step.sobject === 'Opportunity' ? new Map() : readFields(step.sobject);
      const records = step.files.flatMap((f) => files.get(f)?.records ?? []);
      const names = new Set(
        records.flatMap((r) => Object.keys(r)).filter((k) => k !== 'attributes')
      );
      const unknown = [...names].filter(
        (n) => !custom.has(n) && !(STANDARD_FIELDS[step.sobject] ?? []).includes(n)
      );
      expect(unknown).toEqual([]);
    }
  });

  it('keeps merged gaps pointing at their target and revisions chained', () => {
    const gaps = files.get('Product_Gap__c.json')?.records ?? [];
    const merged = gaps.filter((g) => 'Duplicate_Of__c' in g);
    expect(merged.length).toBe(data.Product_Gap__c.filter((g) => g.Duplicate_Of__c).length);
    const revisions = files.get('Top_Ten_Revision__c.json')?.records ?? [];
    expect(revisions.map((r) => r.Previous_Revision__c)).toEqual([
      undefined,
      '@Top_Ten_Revision__cRef1',
      '@Top_Ten_Revision__cRef2'
    ]);
  });

  it('refuses a lookup to a record outside the data set', () => {
    const broken = {
      ...data,
      Opportunity: [{ ...data.Opportunity[0], AccountId: '001000000000000AAA' }]
    };
    expect(() => buildTreePlan(broken)).toThrow(/outside the data set/);
  });
});

describe('the committed plan in data/', () => {
  it('is what `cli.ts --seed 42 --tree data/` generates today', () => {
    const committed = JSON.parse(readFileSync(join(DATA_DIR, 'plan.json'), 'utf8'));
    expect(committed).toEqual(plan);
    const jsonFiles = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json') && f !== 'plan.json');
    expect(jsonFiles.sort()).toEqual([...files.keys()].sort());
    for (const [name, contents] of files) {
      expect(JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8'))).toEqual(contents);
    }
  });
});
