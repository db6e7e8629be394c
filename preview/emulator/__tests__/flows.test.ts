/** @jest-environment node */
// The shipped record-triggered flows, run from their XML by the write layer: the cases the
// hand-written copies used to cover, a flow changed in a temporary copy, and unsupported XML
// refused with the flow and element named.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SOURCE_DIR } from '../../../tools/shared/schema/loadMetadata';
import { loadFlows } from '../flow/runtime';
import { parseFlow } from '../flow/parse';
import type { SObject } from '../store';
import { createRecord, updateRecord } from '../writes';
import { flowOrg, org, type FlowOrg } from './flowContext';

const GAP = org.Product_Gap__c;
const SUBMISSION = org.Product_Gap_Submission__c;
const REVISION = org.Top_Ten_Revision__c;

function first(o: FlowOrg, object: string, where: (r: SObject) => boolean = () => true): SObject {
  const rec = [...o.store.table(object).values()].find(where);
  if (!rec) throw new Error(`no ${object} in the seed`);
  return rec;
}

/** An account/opportunity pair with no submission on `gapId` yet. */
function freshPair(o: FlowOrg, gapId: string) {
  const used = new Set(
    [...o.store.table('Product_Gap_Submission__c').values()]
      .filter((s) => s.Product_Gap__c === gapId)
      .map((s) => `${s.Account__c}:${s.Opportunity__c}`)
  );
  const opp = first(o, 'Opportunity', (x) => !used.has(`${x.AccountId}:${x.Id}`) && !!x.AccountId);
  return { Account__c: opp.AccountId as string, Opportunity__c: opp.Id };
}

const PUBLISHED = { Status__c: 'Published', Published_At__c: '2026-11-20T10:00:00Z' };

/** The org without revisions (their supersedes keys are unique). */
function emptyRevisions(o: FlowOrg): FlowOrg {
  o.store.table('Top_Ten_Entry__c').clear();
  o.store.table('Top_Ten_Revision__c').clear();
  o.store.changed();
  return o;
}

describe('shipped flows from their XML', () => {
  it('loads every shipped flow as a record-triggered flow', () => {
    expect(
      loadFlows([DEFAULT_SOURCE_DIR], org)
        .map((f) => `${f.name}:${f.start.object}:${f.start.triggerType}`)
        .sort()
    ).toEqual([
      'Product_Gap_Notify_Submitters:Product_Gap__c:RecordAfterSave',
      'Product_Gap_Resolved_On:Product_Gap__c:RecordBeforeSave',
      'Product_Gap_Submission_Key:Product_Gap_Submission__c:RecordBeforeSave',
      'Top_Ten_Revision_Notify_Submitters:Top_Ten_Revision__c:RecordAfterSave',
      'Top_Ten_Revision_Supersedes_Key:Top_Ten_Revision__c:RecordBeforeSave'
    ]);
  });

  it('recomputes a stale submission key on the next ordinary edit (an Account merge runs no flow)', () => {
    const o = flowOrg();
    const ctx = o.context();
    const gap = first(o, 'Product_Gap__c');
    const pair = freshPair(o, gap.Id);
    const created = createRecord(ctx, SUBMISSION, {
      Product_Gap__c: gap.Id,
      ...pair,
      Severity__c: 'P2 - Nice to Have'
    });
    const target = first(o, 'Account', (a) => a.Id !== pair.Account__c);
    // The platform re-parents the submission without automation: only the stored key is stale.
    o.store.table('Product_Gap_Submission__c').set(created.Id, {
      ...created,
      Account__c: target.Id,
      Opportunity__c: null
    });
    o.store.changed();
    const edited = updateRecord(ctx, SUBMISSION, created.Id, { Severity__c: 'P0 - Dealbreaker' });
    expect(edited.Submission_Key__c).toBe(`${gap.Id}:${target.Id}:none`);
  });

  it('fills the submission key on create and re-parent, keeps it on other edits', () => {
    const o = flowOrg();
    const ctx = o.context();
    const gap = first(o, 'Product_Gap__c');
    const pair = freshPair(o, gap.Id);
    const created = createRecord(ctx, SUBMISSION, {
      Product_Gap__c: gap.Id,
      ...pair,
      Severity__c: 'P2 - Nice to Have'
    });
    expect(created.Submission_Key__c).toBe(`${gap.Id}:${pair.Account__c}:${pair.Opportunity__c}`);
    const edited = updateRecord(ctx, SUBMISSION, created.Id, { Severity__c: 'P0 - Dealbreaker' });
    expect(edited.Submission_Key__c).toBe(created.Submission_Key__c);
    const other = first(o, 'Product_Gap__c', (g) => g.Id !== gap.Id);
    const otherPair = freshPair(o, other.Id);
    const moved = updateRecord(ctx, SUBMISSION, created.Id, {
      Product_Gap__c: other.Id,
      ...otherPair
    });
    expect(moved.Submission_Key__c).toBe(
      `${other.Id}:${otherPair.Account__c}:${otherPair.Opportunity__c}`
    );
  });

  it('keys a submission without an opportunity as "none"', () => {
    const o = flowOrg();
    const gap = first(o, 'Product_Gap__c');
    const account = first(
      o,
      'Account',
      (a) =>
        ![...o.store.table('Product_Gap_Submission__c').values()].some(
          (s) => s.Product_Gap__c === gap.Id && s.Account__c === a.Id && !s.Opportunity__c
        )
    );
    const created = createRecord(o.context(), SUBMISSION, {
      Product_Gap__c: gap.Id,
      Account__c: account.Id,
      Severity__c: 'P2 - Nice to Have'
    });
    expect(created.Submission_Key__c).toBe(`${gap.Id}:${account.Id}:none`);
  });

  it('stamps Resolved On when a gap closes, keeps an existing date, clears it on reopen', () => {
    const o = flowOrg();
    const ctx = o.context();
    const gap = first(o, 'Product_Gap__c', (g) => g.Status__c === 'Open');
    expect(updateRecord(ctx, GAP, gap.Id, { Status__c: 'Done' }).Resolved_On__c).toBe('2026-11-27');
    expect(
      updateRecord(ctx, GAP, gap.Id, { Status__c: "Won't Do", Resolved_On__c: '2026-01-02' })
        .Resolved_On__c
    ).toBe('2026-01-02');
    expect(updateRecord(ctx, GAP, gap.Id, { Status__c: 'Open' }).Resolved_On__c).toBeNull();
  });

  it('fills the supersedes key on create only when it is blank', () => {
    const o = emptyRevisions(flowOrg());
    const ctx = o.context();
    const firstRev = createRecord(ctx, REVISION, PUBLISHED);
    expect(firstRev.Supersedes_Key__c).toBe('FIRST');
    const next = createRecord(ctx, REVISION, { ...PUBLISHED, Previous_Revision__c: firstRev.Id });
    expect(next.Supersedes_Key__c).toBe(firstRev.Id);
    const given = createRecord(ctx, REVISION, {
      ...PUBLISHED,
      Previous_Revision__c: next.Id,
      Supersedes_Key__c: next.Id
    });
    expect(given.Supersedes_Key__c).toBe(next.Id);
  });
});

describe('a flow changed in a temporary copy', () => {
  function copyWith(name: string, edit: (xml: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), 'flows-'));
    cpSync(join(DEFAULT_SOURCE_DIR, 'flows'), join(dir, 'flows'), { recursive: true });
    const file = join(dir, 'flows', `${name}.flow-meta.xml`);
    const xml = readFileSync(file, 'utf8');
    const changed = edit(xml);
    expect(changed).not.toBe(xml);
    writeFileSync(file, changed);
    return dir;
  }

  it('follows a changed decision value: only Done stamps Resolved On', () => {
    const dir = copyWith('Product_Gap_Resolved_On', (xml) =>
      xml.replace("<stringValue>Won't Do</stringValue>", '<stringValue>Not A Status</stringValue>')
    );
    const shipped = flowOrg();
    const changed = flowOrg([dir]);
    for (const [o, expected] of [
      [shipped, '2026-11-27'],
      [changed, null]
    ] as const) {
      const gap = first(o, 'Product_Gap__c', (g) => g.Status__c === 'Open');
      expect(updateRecord(o.context(), GAP, gap.Id, { Status__c: "Won't Do" }).Resolved_On__c).toBe(
        expected
      );
    }
  });

  it('follows a changed formula: the first revision gets ORIGIN, which the rule then refuses', () => {
    const dir = copyWith('Top_Ten_Revision_Supersedes_Key', (xml) =>
      xml.replace('"FIRST"', '"ORIGIN"')
    );
    expect(
      createRecord(emptyRevisions(flowOrg()).context(), REVISION, PUBLISHED).Supersedes_Key__c
    ).toBe('FIRST');
    const o = emptyRevisions(flowOrg([dir]));
    expect(() => createRecord(o.context(), REVISION, PUBLISHED)).toThrow(
      /supersedes key must be the Id of the previous revision/
    );
    expect(o.store.table('Top_Ten_Revision__c').size).toBe(0);
  });

  it('follows a deactivated flow: nothing stamps Resolved On', () => {
    const dir = copyWith('Product_Gap_Resolved_On', (xml) =>
      xml.replace('<status>Active</status>', '<status>Draft</status>')
    );
    const o = flowOrg([dir]);
    const gap = first(o, 'Product_Gap__c', (g) => g.Status__c === 'Open');
    expect(updateRecord(o.context(), GAP, gap.Id, { Status__c: 'Done' }).Resolved_On__c).toBeNull();
  });
});

describe('unsupported flow XML', () => {
  const shipped = readFileSync(
    join(DEFAULT_SOURCE_DIR, 'flows', 'Product_Gap_Resolved_On.flow-meta.xml'),
    'utf8'
  );

  it('names the flow and the element of an unknown element type', () => {
    const xml = shipped.replace(
      '<decisions>',
      '<waits><name>Wait_A_Day</name><label>Wait</label></waits>\n  <decisions>'
    );
    expect(() => parseFlow('Product_Gap_Resolved_On', xml)).toThrow(
      'Flow Product_Gap_Resolved_On, element Wait_A_Day: element type <waits> is not supported'
    );
  });

  it('names the element of an unknown operator and of an unknown action type', () => {
    expect(() =>
      parseFlow(
        'Product_Gap_Resolved_On',
        shipped.replace('<operator>IsNull</operator>', '<operator>WasVisited</operator>')
      )
    ).toThrow('Flow Product_Gap_Resolved_On, element Closed_Or_Reopened: operator WasVisited');
    const action =
      '<actionCalls><name>Post_It</name><actionName>chatterPost</actionName><actionType>chatterPost</actionType></actionCalls>\n  <decisions>';
    expect(() => parseFlow('F', shipped.replace('<decisions>', action))).toThrow(
      'Flow F, element Post_It: action type chatterPost is not supported'
    );
  });

  it('refuses a before-save flow that does more than change $Record, naming it on save', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flows-'));
    cpSync(join(DEFAULT_SOURCE_DIR, 'flows'), join(dir, 'flows'), { recursive: true });
    const file = join(dir, 'flows', 'Product_Gap_Resolved_On.flow-meta.xml');
    writeFileSync(
      file,
      shipped
        .replace(
          '<assignments>',
          `<recordCreates><name>Make_Revision</name><label>x</label><object>Top_Ten_Revision__c</object>
    <inputAssignments><field>Status__c</field><value><stringValue>Draft</stringValue></value></inputAssignments>
  </recordCreates>\n  <assignments>`
        )
        .replace(
          '<targetReference>Closed_Or_Reopened</targetReference>',
          '<targetReference>Make_Revision</targetReference>'
        )
    );
    const o = flowOrg([dir]);
    const gap = first(o, 'Product_Gap__c');
    expect(() => updateRecord(o.context(), GAP, gap.Id, { Status__c: 'Done' })).toThrow(
      /Flow Product_Gap_Resolved_On, element Make_Revision: a before-save flow cannot run <recordCreates>/
    );
    expect(o.store.table('Product_Gap__c').get(gap.Id)).toBe(gap);
  });
});
