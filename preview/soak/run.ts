// The soak: a temporary org behind the preview server on 127.0.0.1, N Submitters and one TPM
// writing at once for a bounded time, then everything read back and checked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createEmulator } from '../emulator/index';
import { startPreviewServer } from '../server/app';
import { soakViolations, type Counts } from './invariants';
import { createLedger, type Ledger } from './ledger';
import { httpExecute, orgTransport } from '../../tools/shared/orgTransport';
import { readAll, readSnapshot } from './readBack';
import { submitterLoop, tpmLoop, userRandom, type Pool } from './simulate';

const ROOT = resolve(__dirname, '..', '..');

export interface SoakOptions {
  users: number;
  seconds: number;
  /** 0 picks a free port. */
  port: number;
  seed: number;
  /** Actions per simulated user at most (the time bound usually stops first). */
  maxActions: number;
}

export interface SoakResult {
  url: string;
  ledger: Ledger;
  before: Counts;
  after: Counts;
  violations: string[];
  elapsedSeconds: number;
}

async function loadPool(execute: ReturnType<typeof httpExecute>): Promise<Pool> {
  const gaps = await readAll(execute, 'Product_Gap__c', ['Status__c']);
  const opportunities = await readAll(execute, 'Opportunity', ['AccountId']);
  const accounts = await readAll(execute, 'Account', []);
  const value = (n: any, f: string) => (n[f]?.value ?? null) as string | null;
  return {
    openGapIds: gaps.filter((g) => value(g, 'Status__c') === 'Open').map((g) => String(g.Id)),
    customers: [
      ...opportunities
        .filter((o) => value(o, 'AccountId'))
        .map((o) => ({ accountId: value(o, 'AccountId')!, opportunityId: String(o.Id) })),
      ...accounts.map((a) => ({ accountId: String(a.Id), opportunityId: null }))
    ]
  };
}

/** Runs the soak and returns what happened and every invariant violation found. */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const dir = mkdtempSync(join(tmpdir(), 'soak-'));
  const emulator = await createEmulator({
    file: join(dir, 'org.json'),
    reset: true,
    seed: options.seed
  });
  const server = await startPreviewServer({
    emulator,
    appDir: join(ROOT, 'preview', 'app'),
    bundleDir: join(ROOT, 'dist', 'preview'),
    assetsDir: join(ROOT, 'node_modules', '@salesforce-ux', 'design-system', 'assets'),
    port: options.port
  });
  try {
    const userId = (ps: string) => emulator.users().find((u) => u.permissionSet === ps)!.id;
    const asTpm = httpExecute(server.url, userId('Product_Gap_TPM'));
    const asSubmitter = httpExecute(server.url, userId('Product_Gap_Submitter'));
    const pool = await loadPool(asTpm);
    const ledger = createLedger();
    const before = emulator.counts();
    const started = Date.now();
    const bounds = { deadline: started + options.seconds * 1000, maxActions: options.maxActions };
    await Promise.all([
      ...Array.from({ length: options.users }, (_, i) =>
        submitterLoop(
          orgTransport(asSubmitter),
          userRandom(options.seed, i + 1),
          pool,
          ledger,
          bounds,
          i + 1
        )
      ),
      tpmLoop(orgTransport(asTpm), asTpm, userRandom(options.seed, 0), pool, ledger, bounds)
    ]);
    const elapsedSeconds = (Date.now() - started) / 1000;
    const after = emulator.counts();
    const snapshot = await readSnapshot(asTpm);
    const violations = soakViolations({ before, after, snapshot, ledger });
    return { url: server.url, ledger, before, after, violations, elapsedSeconds };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
