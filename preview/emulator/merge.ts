// A record merge as the platform performs it: the children of the losing records are re-parented
// to the survivor without running flows, validation rules or triggers ("Operations That Don't
// Invoke Triggers": cascading updates of children re-parented by a merge; that flows are skipped
// too is inferred), then the losers are deleted. Derived keys on the children go stale.
import type { OrgStore } from './store';

/** Re-parents every child of `loserIds` to `survivorId` without automation and deletes the losers; returns the children moved. */
export function mergeWithoutAutomation(
  store: OrgStore,
  object: string,
  survivorId: string,
  loserIds: readonly string[]
): number {
  if (!store.org[object]) throw new Error(`Unknown object ${object}`);
  if (!store.table(object).has(survivorId)) throw new Error(`No ${object} ${survivorId}`);
  // Every lookup and master-detail field of any object that points at `object`.
  const references = Object.values(store.org).flatMap((o) =>
    Object.values(o.fields)
      .filter((f) => f.referenceTo === object)
      .map((f) => [o.name, f.name] as const)
  );
  let moved = 0;
  for (const loserId of loserIds) {
    if (loserId === survivorId || !store.table(object).has(loserId))
      throw new Error(`No ${object} ${loserId} to merge into ${survivorId}`);
    for (const [childObject, field] of references) {
      for (const child of store.children(childObject, field, loserId)) {
        store.put(childObject, { ...child, [field]: survivorId });
        moved += 1;
      }
    }
    store.remove(object, loserId);
  }
  return moved;
}
