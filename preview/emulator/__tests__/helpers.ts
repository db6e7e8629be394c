// Shared set-up for the emulator tests: a fresh small org in a temporary file, users by set.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, type Emulator, type GraphQLResponse, type PreviewUser } from '../index';

export interface TestOrg {
  emulator: Emulator;
  file: string;
  user(permissionSet: string): PreviewUser;
  run(
    query: string,
    permissionSet?: string,
    variables?: Record<string, unknown>
  ): Promise<GraphQLResponse>;
}

/** A freshly seeded emulator (60 gaps / 600 submissions, seed 1) persisted to a temp file. */
export async function testOrg(): Promise<TestOrg> {
  const file = join(mkdtempSync(join(tmpdir(), 'emulator-')), 'org.json');
  const emulator = await createEmulator({ file, reset: true });
  const user = (ps: string) => {
    const u = emulator.users().find((x) => x.permissionSet === ps);
    if (!u) throw new Error(`No preview user holds ${ps}`);
    return u;
  };
  return {
    emulator,
    file,
    user,
    run: (query, ps = 'Product_Gap_TPM', variables) =>
      emulator.execute({ query, variables }, user(ps).id)
  };
}

/** data.uiapi.query.<object> of a response, failing loudly when the response has errors. */
export function conn(res: GraphQLResponse, object: string): any {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return (res.data as any).uiapi.query[object];
}
