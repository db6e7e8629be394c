// Seeds the in-memory org from the sample-data generator and picks one preview user per
// permission set.
import { generateSampleData, SMALL_SIZES } from '../../tools/shared/sampleData/generate';
import type { OrgDescribe } from '../../tools/shared/schema/describe';
import type { OrgState, SObject } from './store';

export interface SeedOptions {
  gaps?: number;
  submissions?: number;
  seed?: number;
}

/** Preview users: which sample User (by index) holds which permission set; API-only users get no preview session. */
export const PREVIEW_USER_ROLES = [
  { permissionSet: 'Product_Gap_Submitter', userIndex: 4 },
  { permissionSet: 'Product_Gap_Manager', userIndex: 2 },
  { permissionSet: 'Product_Gap_TPM', userIndex: 0 },
  { permissionSet: 'Product_Gap_Viewer', userIndex: 1 },
  { permissionSet: 'Product_Gap_GitHub_Sync', userIndex: 11, apiOnly: true }
] as const;

/** A fresh org state from the generator (default 60 gaps / 600 submissions, seed 1), with audit fields filled. */
export function seedState(org: OrgDescribe, options: SeedOptions = {}): OrgState {
  const data = generateSampleData({
    seed: options.seed ?? 1,
    gaps: options.gaps ?? SMALL_SIZES.gaps,
    submissions: options.submissions ?? SMALL_SIZES.submissions
  }) as unknown as Record<string, unknown>;
  const records: Record<string, SObject[]> = {};
  const fallbackUser = (data.User as SObject[])[0]?.Id ?? null;
  const created = '2026-01-01T00:00:00.000Z';
  for (const name of Object.keys(org)) {
    const rows = (data[name] as SObject[] | undefined) ?? [];
    records[name] = rows.map((row) => {
      const rec: SObject = { ...row };
      const o = org[name];
      if (o.fields.CreatedDate) {
        rec.CreatedDate ??= created;
        rec.CreatedById ??= (row.OwnerId as string | undefined) ?? fallbackUser;
        rec.LastModifiedDate ??= rec.CreatedDate;
        rec.LastModifiedById ??= rec.CreatedById;
      }
      return rec;
    });
  }
  const counters: Record<string, number> = {};
  for (const [name, list] of Object.entries(records)) counters[name] = list.length + 1;
  return { records, counters };
}
