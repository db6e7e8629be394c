// Step d: the post-install checklist, read from the org where the API allows (FlowDefinitionView
// and PermissionSetAssignment through the REST query resource), else unknown with the admin step.
import type { ChecklistItem } from './checklist';
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

/** One row per checklist item: pass / fail from the org's answer, unknown when it cannot be read. */
export async function checklistStep(
  client: OrgClient,
  items: ChecklistItem[]
): Promise<CheckRow[]> {
  const flows = items.flatMap((i) => (i.probe.kind === 'flowActive' ? [i.probe.flow] : []));
  const sets = items.flatMap((i) =>
    i.probe.kind === 'permissionSetAssigned' ? [i.probe.permissionSet] : []
  );
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
  return items.map((item): CheckRow => {
    const base = { step: 'checklist' as const, name: item.title, fix: item.adminStep };
    const probe = item.probe;
    if (probe.kind === 'manual') {
      return { ...base, outcome: 'unknown', detail: 'not readable through the API: check by hand' };
    }
    const answer = probe.kind === 'flowActive' ? flowRows : assignmentRows;
    if (typeof answer === 'string')
      return { ...base, outcome: 'unknown', detail: `could not read: ${answer}` };
    if (probe.kind === 'flowActive') {
      const found = answer.find((r) => r.ApiName === probe.flow);
      if (!found) return { ...base, outcome: 'fail', detail: 'the flow is not in the org' };
      return found.IsActive === true
        ? { ...base, outcome: 'pass', detail: 'active' }
        : { ...base, outcome: 'fail', detail: 'deployed but not active' };
    }
    const holders = answer.filter(
      (r) => (r.PermissionSet as { Name?: string } | null)?.Name === probe.permissionSet
    ).length;
    return holders > 0
      ? { ...base, outcome: 'pass', detail: `assigned to ${holders} user(s)` }
      : { ...base, outcome: 'fail', detail: 'assigned to nobody' };
  });
}
