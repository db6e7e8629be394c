// A list view's filterScope must make sense for its object: the owner-based scopes filter by the
// record's owner ("mine: Filter for records owned by the user running the query"), and the detail
// side of a master-detail relationship has no owner ("The Owner field on the detail object is not
// available and is automatically set to the owner of its associated master record"), so such a
// list view is refused on deploy ("Invalid scope").
import {
  childText,
  type MetadataDocument,
  type PackageIndex,
  parentObjectOf
} from './packageIndex';
import type { Report } from './refChecks';

/** Scopes that select records by their owner (or the owner's queues, territories and teams). */
export const OWNER_SCOPES: ReadonlySet<string> = new Set([
  'Mine',
  'MineAndMyGroups',
  'Queue',
  'AssignedToMe',
  'MyTerritory',
  'MyTeamTerritory',
  'Team',
  'SalesTeam'
]);

/** The master-detail field that makes `object` owner-less, if the package declares one. */
export function masterDetailField(index: PackageIndex, object: string): string | undefined {
  const fields = index.objects.get(object)?.fields;
  return [...(fields?.values() ?? [])].find((f) => f.type === 'MasterDetail')?.name;
}

/** Reports an owner-based filterScope on a list view of an object on the detail side of a master-detail. */
export function checkListViewScope(
  doc: MetadataDocument,
  index: PackageIndex,
  report: Report
): void {
  const scope = childText(doc.root, 'filterScope');
  if (!scope || !OWNER_SCOPES.has(scope)) return;
  const object = parentObjectOf(doc.file);
  const master = masterDetailField(index, object);
  if (!master) return;
  const element = doc.root.children.find((c) => c.name === 'filterScope')!;
  report(
    element,
    'filterScope',
    `filter scope '${scope}' selects records by owner, but ${object} has no owner (detail side of the master-detail ${master}): use Everything`
  );
}
