// Step d: the post-install checklist, read from the org where the API allows (FlowDefinitionView,
// CustomNotificationType and PermissionSetAssignment through the REST query resource), else
// unknown with the admin step.
import { plainText, type ChecklistStep } from './checklist';
import type { OrgClient, QueryRow } from './orgClient';
import type { CheckRow } from './report';

const quoted = (names: string[]) => names.map((n) => `'${n.replace(/'/g, "\\'")}'`).join(', ');

async function tryQuery(client: OrgClient, soql: string): Promise<QueryRow[] | string> {
  try {
    return await client.query(soql);
  } catch (error) {
    return (error as Error).message;
  }
}

const flowsOf = (steps: readonly ChecklistStep[]) =>
  steps.flatMap((s) => (s.check?.kind === 'flowsActive' ? s.check.flows : []));
const typesOf = (steps: readonly ChecklistStep[]) =>
  steps.flatMap((s) => (s.check?.kind === 'notificationTypesPresent' ? s.check.types : []));
const setsOf = (steps: readonly ChecklistStep[]) =>
  steps.flatMap((s) => (s.check?.kind === 'permissionSetsAssigned' ? s.check.permissionSets : []));

function flowRow(base: Omit<CheckRow, 'outcome' | 'detail'>, rows: QueryRow[], flow: string) {
  const found = rows.find((r) => r.ApiName === flow);
  if (!found) return { ...base, outcome: 'fail', detail: 'the flow is not in the org' } as CheckRow;
  return (
    found.IsActive === true
      ? { ...base, outcome: 'pass', detail: 'active' }
      : { ...base, outcome: 'fail', detail: 'deployed but not active' }
  ) as CheckRow;
}

function assignmentRow(base: Omit<CheckRow, 'outcome' | 'detail'>, rows: QueryRow[], set: string) {
  const holders = rows.filter(
    (r) => (r.PermissionSet as { Name?: string } | null)?.Name === set
  ).length;
  return (
    holders > 0
      ? { ...base, outcome: 'pass', detail: `assigned to ${holders} user(s)` }
      : { ...base, outcome: 'fail', detail: 'assigned to nobody' }
  ) as CheckRow;
}

type FieldCheck = Extract<NonNullable<ChecklistStep['check']>, { kind: 'fieldAccess' }>;

/** Rows of a fieldAccess check: the permission set exists, and grants read / edit on each field named. */
async function fieldAccessRows(
  client: OrgClient,
  check: FieldCheck,
  fix: string
): Promise<CheckRow[]> {
  const set = check.permissionSet;
  const base = { step: 'checklist' as const, fix };
  const sets = await tryQuery(
    client,
    `SELECT Name FROM PermissionSet WHERE Name IN (${quoted([set])})`
  );
  const present = { ...base, name: `Permission set ${set} is present` };
  if (typeof sets === 'string')
    return [{ ...present, outcome: 'unknown', detail: `could not read: ${sets}` }];
  if (sets.length === 0)
    return [{ ...present, outcome: 'fail', detail: 'not in the org: deploy the package' }];
  const fields = await tryQuery(
    client,
    `SELECT Field, PermissionsRead, PermissionsEdit FROM FieldPermissions WHERE Parent.Name IN (${quoted([set])})`
  );
  const access = { ...base, name: `Permission set ${set} grants the sync's field access` };
  if (typeof fields === 'string') {
    return [
      { ...present, outcome: 'pass', detail: 'deployed' },
      { ...access, outcome: 'unknown', detail: `could not read: ${fields}` }
    ];
  }
  const grant = (field: string) => fields.find((r) => r.Field === field);
  const missing = [
    ...check.readable.filter((f) => grant(f)?.PermissionsRead !== true).map((f) => `read ${f}`),
    ...check.editable.filter((f) => grant(f)?.PermissionsEdit !== true).map((f) => `edit ${f}`)
  ];
  return [
    { ...present, outcome: 'pass', detail: 'deployed' },
    missing.length
      ? { ...access, outcome: 'fail', detail: `missing: ${missing.join(', ')}` }
      : {
          ...access,
          outcome: 'pass',
          detail: `reads ${check.readable.length + check.editable.length} field(s), edits ${check.editable.length}`
        }
  ];
}

/**
 * Rows for the checklist: one per flow and per permission set (pass / fail from the org's answer,
 * unknown when it cannot be read), one unknown row per step the API cannot verify.
 */
export async function checklistStep(
  client: OrgClient,
  steps: readonly ChecklistStep[]
): Promise<CheckRow[]> {
  const flows = flowsOf(steps);
  const sets = setsOf(steps);
  const types = typesOf(steps);
  const flowRows = flows.length
    ? await tryQuery(
        client,
        `SELECT ApiName, IsActive FROM FlowDefinitionView WHERE ApiName IN (${quoted(flows)})`
      )
    : [];
  const assignmentRows = sets.length
    ? await tryQuery(
        client,
        `SELECT AssigneeId, PermissionSet.Name FROM PermissionSetAssignment WHERE PermissionSet.Name IN (${quoted(sets)})`
      )
    : [];
  const typeRows = types.length
    ? await tryQuery(
        client,
        `SELECT DeveloperName FROM CustomNotificationType WHERE DeveloperName IN (${quoted(types)})`
      )
    : [];
  const fieldRows = new Map<string, CheckRow[]>();
  for (const step of steps) {
    if (step.check?.kind === 'fieldAccess') {
      fieldRows.set(step.id, await fieldAccessRows(client, step.check, plainText(step.detail)));
    }
  }
  return steps.flatMap((step): CheckRow[] => {
    const fix = plainText(step.detail);
    const check = step.check;
    if (check?.kind === 'fieldAccess') return fieldRows.get(step.id) ?? [];
    if (check?.kind === 'flowsActive') {
      return check.flows.map((flow) => {
        const base = { step: 'checklist' as const, name: `Flow ${flow} is active`, fix };
        return typeof flowRows === 'string'
          ? { ...base, outcome: 'unknown', detail: `could not read: ${flowRows}` }
          : flowRow(base, flowRows, flow);
      });
    }
    if (check?.kind === 'notificationTypesPresent') {
      return check.types.map((type) => {
        const base = { step: 'checklist' as const, name: `Notification type ${type} exists`, fix };
        if (typeof typeRows === 'string')
          return { ...base, outcome: 'unknown', detail: `could not read: ${typeRows}` } as CheckRow;
        return (
          typeRows.some((r) => r.DeveloperName === type)
            ? { ...base, outcome: 'pass', detail: 'present' }
            : { ...base, outcome: 'fail', detail: 'the notification type is not in the org' }
        ) as CheckRow;
      });
    }
    if (check?.kind === 'permissionSetsAssigned') {
      return check.permissionSets.map((set) => {
        const base = { step: 'checklist' as const, name: `Permission set ${set} is assigned`, fix };
        return typeof assignmentRows === 'string'
          ? { ...base, outcome: 'unknown', detail: `could not read: ${assignmentRows}` }
          : assignmentRow(base, assignmentRows, set);
      });
    }
    return [
      {
        step: 'checklist',
        name: plainText(step.title),
        fix,
        outcome: 'unknown',
        detail: 'not readable through the API: check by hand'
      }
    ];
  });
}
