/** @jest-environment node */
// The schema diff finds every kind of difference, and the checklist covers what the package ships.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildUiApiSchema } from '../../../tools/shared/schema/buildSchema';
import { POST_INSTALL_CHECKLIST } from '../checklist';
import { checklistStep } from '../checklistStep';
import { packageOperations } from '../documents';
import type { OrgClient } from '../orgClient';
import { packageObjects } from '../run';
import {
  diffTypes,
  localTypes,
  typesToCompare,
  typesUsedBy,
  type IntrospectedType
} from '../schemaDiff';

const ROOT = resolve(__dirname, '..', '..', '..');
const { schema } = buildUiApiSchema();
const operations = packageOperations(ROOT);
const names = typesToCompare(
  schema,
  packageObjects(ROOT),
  typesUsedBy(
    operations.map((o) => o.doc),
    schema
  )
);

function orgLike(): Map<string, IntrospectedType | null> {
  return new Map(
    [...localTypes(schema, names)].map(([name, type]) => [name, structuredClone(type)])
  );
}

describe('schema diff', () => {
  it('covers the package objects and the types the documents use', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'Product_Gap__c',
        'Product_Gap__c_Filter',
        'Top_Ten_Revision__cCreateRepresentation',
        'TextAreaOperators',
        'PageInfo'
      ])
    );
    expect(operations.some((o) => o.operation === 'mutation')).toBe(true);
  });

  it('finds nothing when the org answers as the generated schema does', () => {
    expect(diffTypes(localTypes(schema, names), orgLike())).toEqual([]);
  });

  it('reports a type guess the org does not share (a Text Area filter typed String), by type and field', () => {
    const org = orgLike();
    const filter = org.get('Product_Gap__c_Filter')!;
    filter.inputFields!.find((f) => f.name === 'Summary__c')!.type = {
      kind: 'INPUT_OBJECT',
      name: 'StringOperators',
      ofType: null
    };
    expect(diffTypes(localTypes(schema, names), org)).toEqual([
      {
        type: 'Product_Gap__c_Filter',
        field: 'Summary__c',
        kind: 'type-differs',
        expected: 'TextAreaOperators',
        actual: 'StringOperators',
        severity: 'error'
      }
    ]);
  });

  it('reports missing types, fields and arguments as errors and what the org has beyond them as info', () => {
    const org = orgLike();
    org.set('Top_Ten_Entry__cCreateRepresentation', null);
    const gap = org.get('Product_Gap__c')!;
    gap.fields = gap.fields!.filter((f) => f.name !== 'Summary__c');
    gap.fields.push({
      name: 'SystemModstamp',
      args: [],
      type: { kind: 'OBJECT', name: 'DateTimeValue', ofType: null }
    });
    const connection = gap.fields.find((f) => f.args.some((a) => a.name === 'where'))!;
    connection.args = connection.args.filter((a) => a.name !== 'where');
    const kinds = diffTypes(localTypes(schema, names), org).map(
      (f) => `${f.severity} ${f.kind} ${f.type}.${f.field}`
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        'error missing-type Top_Ten_Entry__cCreateRepresentation.null',
        'error missing-field Product_Gap__c.Summary__c',
        `error missing-argument Product_Gap__c.${connection.name}(where)`,
        'info extra-field Product_Gap__c.SystemModstamp'
      ])
    );
  });
});

describe('post-install checklist', () => {
  const source = join(ROOT, 'force-app', 'main', 'default');
  it('has an item for every flow and permission set the package ships', () => {
    const flows = readdirSync(join(source, 'flows')).map((f) => f.replace('.flow-meta.xml', ''));
    const sets = readdirSync(join(source, 'permissionsets')).map((f) =>
      f.replace('.permissionset-meta.xml', '')
    );
    const checks = POST_INSTALL_CHECKLIST.map((s) => s.check);
    const checkedFlows = checks.flatMap((c) => (c?.kind === 'flowsActive' ? c.flows : []));
    const checkedSets = checks.flatMap((c) =>
      c?.kind === 'permissionSetsAssigned' ? c.permissionSets : []
    );
    expect(checkedFlows.sort()).toEqual(flows.sort());
    expect(checkedSets.sort()).toEqual(sets.sort());
  });

  const client = (answer: (soql: string) => Record<string, unknown>[]): OrgClient => ({
    connection: { instanceUrl: 'http://org', accessToken: 't', alias: null },
    graphql: async () => ({}),
    query: async (soql) => answer(soql)
  });

  it('fails an inactive flow and an unassigned permission set, with the admin step', async () => {
    const rows = await checklistStep(
      client((soql) =>
        soql.includes('FlowDefinitionView')
          ? [{ ApiName: 'Product_Gap_Submission_Key', IsActive: false }]
          : [{ AssigneeId: '005', PermissionSet: { Name: 'Product_Gap_TPM' } }]
      ),
      POST_INSTALL_CHECKLIST
    );
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName['Flow Product_Gap_Submission_Key is active']).toMatchObject({
      outcome: 'fail',
      detail: 'deployed but not active',
      fix: expect.stringContaining('activate')
    });
    expect(byName['Flow Product_Gap_Resolved_On is active']).toMatchObject({
      outcome: 'fail',
      detail: 'the flow is not in the org'
    });
    expect(byName['Notification type Product_Gap_Update exists']).toMatchObject({
      outcome: 'fail',
      detail: 'the notification type is not in the org',
      fix: expect.stringContaining('Custom Notifications')
    });
    expect(byName['Permission set Product_Gap_TPM is assigned']).toMatchObject({ outcome: 'pass' });
    expect(byName['Permission set Product_Gap_Viewer is assigned']).toMatchObject({
      outcome: 'fail',
      fix: expect.stringContaining('Manage Assignments')
    });
  });

  it('passes the notification type the org returns by DeveloperName', async () => {
    const asked: string[] = [];
    const rows = await checklistStep(
      client((soql) => {
        asked.push(soql);
        return soql.includes('CustomNotificationType')
          ? [{ DeveloperName: 'Product_Gap_Update' }]
          : [];
      }),
      POST_INSTALL_CHECKLIST
    );
    expect(asked).toContain(
      "SELECT DeveloperName FROM CustomNotificationType WHERE DeveloperName IN ('Product_Gap_Update')"
    );
    expect(
      rows.find((r) => r.name === 'Notification type Product_Gap_Update exists')
    ).toMatchObject({ outcome: 'pass', detail: 'present' });
  });

  it('reports unknown, not pass, when the org refuses the read', async () => {
    const rows = await checklistStep(
      client(() => {
        throw new Error('INSUFFICIENT_ACCESS');
      }),
      POST_INSTALL_CHECKLIST
    );
    // Not vacuous: the checklist has rows, and every one of them is unknown.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.outcome)).toEqual(rows.map(() => 'unknown'));
    expect(rows[0].detail).toBe('could not read: INSUFFICIENT_ACCESS');
  });
});
