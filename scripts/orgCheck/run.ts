// The org acceptance check: deploy validation, schema diff, every document, the write scenario
// and the post-install checklist, as rows of one report.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildUiApiSchema } from '../../tools/shared/schema/buildSchema';
import type { OrgCheckOptions } from './args';
import { POST_INSTALL_CHECKLIST, type ChecklistStep } from './checklist';
import { checklistStep } from './checklistStep';
import { deployStep } from './deploy';
import { packageOperations, readStep } from './documents';
import {
  API_VERSION,
  OrgCheckError,
  orgClient,
  probePackage,
  type OrgConnection
} from './orgClient';
import { connectionForTarget } from './orgTarget';
import { exitCodeOf, type CheckRow, type OrgCheckReport } from './report';
import { schemaStep } from './schemaDiff';
import { isThrowawayOrg, writeStep } from './writes';

/** What the run may be given instead of the real world (tests). */
export interface OrgCheckDeps {
  root: string;
  fetch?: typeof fetch;
  checklist?: readonly ChecklistStep[];
  log?: (line: string) => void;
}

/** The package's objects: the folders under force-app/main/default/objects. */
export function packageObjects(root: string): string[] {
  return readdirSync(join(root, 'force-app', 'main', 'default', 'objects')).sort();
}

/** Runs every step against the org; a fatal problem (unreachable, 401, package missing) ends the report early. */
export async function runOrgCheck(
  options: OrgCheckOptions,
  deps: OrgCheckDeps
): Promise<OrgCheckReport> {
  const log = deps.log ?? (() => {});
  const startedAt = new Date();
  const rows: CheckRow[] = [];
  const finish = (fatal: OrgCheckError | null, org: string): OrgCheckReport => ({
    org,
    apiVersion: API_VERSION,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    exitCode: fatal ? fatal.exitCode : exitCodeOf(rows),
    fatal: fatal ? fatal.message : null,
    rows
  });
  let org = options.targetOrg ?? options.instanceUrl ?? '?';
  try {
    const connection: OrgConnection = connectionForTarget(options, deps.root);
    org = options.targetOrg
      ? `${options.targetOrg} (${connection.instanceUrl})`
      : connection.instanceUrl;
    log(`org:check: ${org}`);
    rows.push(deployStep(connection.alias, options.deploy, deps.root));
    const client = orgClient(connection, deps.fetch);
    const objects = packageObjects(deps.root);
    await probePackage(client, objects);
    const { schema } = buildUiApiSchema({
      sourceDir: join(deps.root, 'force-app', 'main', 'default')
    });
    const operations = packageOperations(deps.root);
    log('schema diff ...');
    rows.push(
      ...(await schemaStep(client, schema, objects, [...new Set(operations.map((o) => o.doc))]))
    );
    log(`${operations.length} document operation(s) ...`);
    rows.push(...(await readStep(client, schema, operations)));
    const mutations = operations.filter((o) => o.operation === 'mutation');
    if (!options.writes) {
      rows.push({
        step: 'writes',
        name: `${mutations.length} mutation(s)`,
        outcome: 'skipped',
        detail: 'writes run only with --writes (scratch / sandbox orgs)'
      });
    } else {
      const org = await isThrowawayOrg(client);
      if (!org.throwaway && !options.scratchConfirmed) {
        rows.push({
          step: 'writes',
          name: 'write scenario',
          outcome: 'fail',
          detail: `refused: the org does not report itself as sandbox or scratch (${org.detail}); nothing was written`,
          fix: 'Run --writes against a scratch org or sandbox; add --i-know-this-is-a-scratch-org only if it is one.'
        });
      } else {
        log('write scenario ...');
        const { rows: writeRows, sent } = await writeStep(client, startedAt.toISOString());
        rows.push(...writeRows);
        const unsent = mutations.filter((m) => !sent.has(m.name));
        if (unsent.length > 0) {
          rows.push({
            step: 'writes',
            name: `${unsent.length} mutation(s) not in the scenario`,
            outcome: 'skipped',
            detail: unsent.map((m) => `${m.name} (${m.source})`).join(', ')
          });
        }
      }
    }
    rows.push(...(await checklistStep(client, deps.checklist ?? POST_INSTALL_CHECKLIST)));
    return finish(null, org);
  } catch (error) {
    if (error instanceof OrgCheckError) return finish(error, org);
    throw error;
  }
}
