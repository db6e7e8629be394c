// Shared set-up for the flow tests: the write layer over a seeded store, with the flows of the
// given package folders, so each test saves records as the org would and reads what flows did.
import { join } from 'node:path';
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
import { runAsyncPaths, type WriteContext } from '../writes';

export const org = loadOrgDescribe();
const rules = compileRules(org, loadValidationRules());
const adminView = buildUiApiSchema({ org }).view;

/** The test-only package folder (flows and a notification type that never ship). */
export const TEST_PACKAGE = join(__dirname, 'data', 'flowPackage');

export interface FlowOrg {
  store: OrgStore;
  flows: FlowRuntime;
  /** A request's write context, as the admin (full access) acting as `userId`. */
  context(userId?: string): WriteContext;
  /** Commits nothing itself: runs the asynchronous paths a context queued. */
  afterCommit(ctx: WriteContext): void;
}

export const USER = '0058d0000000001AAA';

/** A small seeded org (20 gaps, 200 submissions) running the flows of `dirs`. */
export function flowOrg(dirs: string[] = [DEFAULT_SOURCE_DIR]): FlowOrg {
  const store = new OrgStore(org);
  store.load(seedState(org, { gaps: 20, submissions: 200 }));
  const flows = new FlowRuntime(loadFlows(dirs, org), dirs);
  const context = (userId = USER): WriteContext => ({
    store,
    view: adminView,
    userId,
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
  });
  return {
    store,
    flows,
    context,
    afterCommit: (ctx) => void runAsyncPaths(ctx.asyncQueue, (userId) => context(userId))
  };
}
