/** @jest-environment node */
// The write layer on its own, with the admin view where no preview user holds the permission
// (deletes of gaps and accounts) and with a forbidding view (the check behind the schema).
import { buildUiApiSchema } from '../../../tools/shared/schema/buildSchema';
import {
  DEFAULT_SOURCE_DIR,
  loadOrgDescribe,
  loadValidationRules
} from '../../../tools/shared/schema/loadMetadata';
import { FlowRuntime, loadFlows } from '../flow/runtime';
import { compileRules } from '../rules';
import { seedState } from '../seed';
import { OrgStore } from '../store';
import { createRecord, deleteRecord, updateRecord, type WriteContext } from '../writes';

const org = loadOrgDescribe();
const rules = compileRules(org, loadValidationRules());
const flows = new FlowRuntime(loadFlows([DEFAULT_SOURCE_DIR], org), [DEFAULT_SOURCE_DIR]);
const adminView = buildUiApiSchema({ org }).view;

function context(permissionSet?: string): WriteContext {
  const store = new OrgStore(org);
  store.load(seedState(org, { gaps: 20, submissions: 200 }));
  return {
    store,
    view: buildUiApiSchema({ org, forPermissionSets: permissionSet ? [permissionSet] : undefined })
      .view,
    userId: '0058d0000000001AAA',
    hiddenAccounts: new Set(),
    today: '2026-11-27',
    now: '2026-11-27T12:00:00.000Z',
    cache: new Map(),
    rules,
    flows,
    asyncQueue: [],
    systemView: () => adminView,
    depth: 0,
    aliases: new Map(),
    failedAliases: new Set(),
    beforeWrite: () => undefined
  };
}

function errorCode(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return (e as { extensions?: { errorCode?: string } }).extensions?.errorCode;
  }
  return 'no error';
}

describe('write layer', () => {
  it('refuses with INSUFFICIENT_ACCESS what the permission set forbids, whatever the schema', () => {
    const ctx = context('Product_Gap_Viewer');
    expect(errorCode(() => createRecord(ctx, org.Product_Gap__c, { Name: 'x' }))).toBe(
      'INSUFFICIENT_ACCESS'
    );
    const revision = [...ctx.store.table('Top_Ten_Revision__c').keys()][0];
    expect(
      errorCode(() => updateRecord(ctx, org.Top_Ten_Revision__c, revision, { Notes__c: 'x' }))
    ).toBe('INSUFFICIENT_ACCESS');
    const manager = context('Product_Gap_Manager');
    const gap = [...manager.store.table('Product_Gap__c').keys()][0];
    expect(errorCode(() => deleteRecord(manager, org.Product_Gap__c, gap))).toBe(
      'INSUFFICIENT_ACCESS'
    );
  });

  it('cascades a gap delete to its submissions and clears lookups to it', () => {
    const ctx = context();
    const gap = [...ctx.store.table('Product_Gap__c').values()].find(
      (g) => ctx.store.children('Product_Gap_Submission__c', 'Product_Gap__c', g.Id).length
    )!;
    const children = ctx.store.children(
      'Product_Gap_Submission__c',
      'Product_Gap__c',
      gap.Id
    ).length;
    const before = ctx.store.table('Product_Gap_Submission__c').size;
    deleteRecord(ctx, org.Product_Gap__c, gap.Id);
    expect(ctx.store.table('Product_Gap__c').has(gap.Id)).toBe(false);
    expect(ctx.store.table('Product_Gap_Submission__c').size).toBe(before - children);
  });

  it('refuses to delete an account that has submissions (Restrict) and changes nothing', () => {
    const ctx = context();
    const sub = [...ctx.store.table('Product_Gap_Submission__c').values()][0];
    const accounts = ctx.store.table('Account').size;
    expect(errorCode(() => deleteRecord(ctx, org.Account, sub.Account__c))).toBe('DELETE_FAILED');
    expect(ctx.store.table('Account').size).toBe(accounts);
  });

  it('requires the master of a detail record', () => {
    const ctx = context();
    const account = [...ctx.store.table('Account').keys()][0];
    expect(
      errorCode(() =>
        createRecord(ctx, org.Product_Gap_Submission__c, {
          Account__c: account,
          Severity__c: 'P0 - Dealbreaker'
        })
      )
    ).toBe('REQUIRED_FIELD_MISSING');
    expect(
      errorCode(() =>
        createRecord(ctx, org.Product_Gap_Submission__c, {
          Product_Gap__c: 'a018d000000zzzzAAA',
          Account__c: account,
          Severity__c: 'P0 - Dealbreaker'
        })
      )
    ).toBe('INVALID_CROSS_REFERENCE_KEY');
  });

  it('refuses a lookup to an account the user cannot see', () => {
    const ctx = context('Product_Gap_Submitter');
    const gap = [...ctx.store.table('Product_Gap__c').keys()][0];
    const account = [...ctx.store.table('Account').keys()].at(-1)!;
    ctx.hiddenAccounts.add(account);
    expect(
      errorCode(() =>
        createRecord(ctx, org.Product_Gap_Submission__c, {
          Product_Gap__c: gap,
          Account__c: account,
          Severity__c: 'P0 - Dealbreaker'
        })
      )
    ).toBe('INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY');
  });
});
