// Prints how many GraphQL requests, and how long, the preview takes to load everything the
// ranking needs: gapData's own paged load (the one the Top 10 tab drives from its wire), sent
// over HTTP to the preview server's /graphql as the TPM, on the 2,000-gap / 50,000-submission
// org, first as the old one-after-another queue, then as the parallel cursors the tab uses now.
// Figures only, no assertion: `npm run bench:data [-- --gaps N --submissions N]`; with
// `--model org` (or --latency/--bandwidth/--max-in-flight) also under an org-like network. Each
// run also prints the time the org model alone gives for the bytes it read (modeledTime.ts): the
// wall-clock figure includes this machine's emulator and client CPU, which a busy machine swamps.
import '../../tools/shared/node/nodePlatform';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '../emulator/index';
import { startPreviewServer } from '../server/app';
import { httpExecute } from '../../tools/shared/orgTransport';
import type { Execute } from '../../tools/shared/orgTransport';
import { describeNetwork } from '../server/networkArgs';
import { ORG_MODEL } from '../server/latency';
import { modeledLoadMs } from './modeledTime';
import type { RequestChain } from './modeledTime';
import { benchOptions } from './options';
import {
  RANKING_PARTITIONS,
  acceptBaseData,
  acceptCounts,
  acceptCustomerData,
  acceptPartitionData,
  acceptRankingData,
  asRankingLoad,
  customersNext,
  rankingProgress,
  startParallelLoad,
  startRankingLoad,
  toMetricsInput
} from 'c/gapData';
import type { ParallelRankingLoad, RankingLoad, ReadData, ReadRequest } from 'c/gapData';
import { computeGapMetrics, prepareRanking } from 'c/gapRanking';

/** Response bytes (as JSON) received by the current load. */
const received = { bytes: 0 };
/** The current load's requests by cursor, for the modeled time (see modeledTime.ts). */
let chains: Record<string, RequestChain> = {};

/**
 * One timed request through `execute`, recorded under its cursor `chain` (which starts after the
 * chain `after`, if given); throws on GraphQL errors unless `tolerant`.
 */
async function send(
  execute: Execute,
  request: ReadRequest,
  times: number[],
  chain: string,
  { tolerant = false, after }: { tolerant?: boolean; after?: string } = {}
): Promise<ReadData | null> {
  const started = performance.now();
  const body = {
    query: request.query as unknown as string,
    variables: request.variables,
    operationName: request.operationName
  };
  // A read is safe to repeat: one retry when the connection dropped (a reused keep-alive socket the
  // busy server closed), as a browser retries it.
  const response = await execute(body).catch(() => execute(body));
  times.push(performance.now() - started);
  const bytes = Buffer.byteLength(JSON.stringify(response));
  received.bytes += bytes;
  chains[chain] ??= { bytes: [], after };
  chains[chain].bytes.push(bytes);
  if (response.errors && !tolerant) throw new Error(JSON.stringify(response.errors));
  return response.errors ? null : (response.data as ReadData);
}

/** The old load: one request after another (what the tab did before the parallel cursors). */
async function sequentialLoad(execute: Execute, times: number[]): Promise<RankingLoad> {
  let load = startRankingLoad();
  while (!load.done && load.next) {
    const data = await send(execute, load.next, times, 'queue');
    load = acceptRankingData(load, data);
  }
  return load;
}

/** Pages parents read by the parallel load's accounts and opportunities cursors (see the bound). */
const customerPages = { value: 0 };

/**
 * The tab's load: request 1, the counts and the account and opportunity cursors together, then
 * every partition's cursor at once.
 */
async function parallelLoad(execute: Execute, times: number[]): Promise<RankingLoad> {
  let load: ParallelRankingLoad = startParallelLoad();
  // The accounts and opportunities: a page of each per request, one chain (the loader's one wire).
  const customers = (async () => {
    for (let next = customersNext(load); next; next = customersNext(load)) {
      const data = await send(execute, next, times, 'customers');
      load = acceptCustomerData(load, data);
    }
  })();
  const base = (async () => {
    while (load.baseNext) {
      const data = await send(execute, load.baseNext, times, 'base');
      load = acceptBaseData(load, data);
    }
  })();
  const counts = await send(execute, load.countsNext!, times, 'counts', { tolerant: true });
  load = acceptCounts(load, counts);
  const cursors = load.partitions.map(async (_, index) => {
    while (load.partitions[index].next) {
      const data = await send(execute, load.partitions[index].next!, times, `range ${index}`, {
        after: 'counts'
      });
      load = acceptPartitionData(load, index, data);
    }
  });
  await Promise.all([base, customers, ...cursors]);
  customerPages.value = load.accounts.page.pages + load.opportunities.page.pages;
  if (!load.done) throw new Error('The parallel load did not finish');
  console.log(
    `  accounts / opportunities read once: ${load.accounts.page.rows.length} / ${load.opportunities.page.rows.length}, ${customerPages.value} pages in ${Math.max(load.accounts.page.pages, load.opportunities.page.pages)} requests`
  );
  console.log(
    `  cursors: ${load.partitions.length} (of ${RANKING_PARTITIONS}), ${load.partitions.reduce((n, p) => n + p.ranges.length, 0)} ranges, rows per cursor ${load.partitions.map((p) => p.ranges.reduce((n, r) => n + r.page.rows.length, 0)).join(' / ')}, largest range ${Math.max(...load.partitions.flatMap((p) => p.ranges.map((r) => r.page.rows.length)))}`
  );
  return asRankingLoad(load);
}

/** Loads everything the ranking needs through `execute` and prints requests, time and engine time. */
async function loadOnce(
  execute: Execute,
  submissions: number,
  mode: 'sequential' | 'parallel'
): Promise<void> {
  let started = performance.now();
  const perRequest: number[] = [];
  received.bytes = 0;
  customerPages.value = 0;
  chains = {};
  const load =
    mode === 'parallel'
      ? await parallelLoad(execute, perRequest)
      : await sequentialLoad(execute, perRequest);
  const loadMs = performance.now() - started;
  const progress = rankingProgress(load);
  // The parallel bound: ceil(S / 2000) + partitions + 3, plus the account and opportunity pages.
  const target =
    Math.ceil(submissions / 2000) +
    (mode === 'parallel' ? RANKING_PARTITIONS + customerPages.value : 0) +
    3;
  started = performance.now();
  const metrics = computeGapMetrics(toMetricsInput(load));
  const model = prepareRanking(metrics.gaps, {});
  const rankMs = performance.now() - started;
  const sorted = [...perRequest].sort((a, b) => a - b);
  console.log(`  ${mode}: requests ${load.requests} (at most ${target})`);
  console.log(`  submissions loaded: ${progress.loaded} of ${progress.total}`);
  console.log(`  bytes per load: ${(received.bytes / 1e6).toFixed(1)} MB (response JSON)`);
  console.log(
    `  load over HTTP: ${loadMs.toFixed(0)} ms (per request: median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms)`
  );
  const modeled = [1, 6].map((maxInFlight) => modeledLoadMs({ ...ORG_MODEL, maxInFlight }, chains));
  console.log(
    `  modeled under the org network alone (these bytes, no CPU): ${modeled[0].toFixed(0)} ms with 1 in flight, ${modeled[1].toFixed(0)} ms with 6`
  );
  console.log(
    `  metrics + ranking of ${model.ranking.gaps.length} open gaps: ${rankMs.toFixed(0)} ms`
  );
}

async function main(): Promise<void> {
  const { sizes, networks } = benchOptions(
    process.argv.slice(2).filter((a) => a !== '--parallel-only'),
    {
      gaps: 2000,
      submissions: 50000
    }
  );
  const { gaps, submissions } = sizes;
  // --parallel-only skips the old sequential load (the "before" figure) to save time.
  const modes = process.argv.includes('--parallel-only')
    ? (['parallel'] as const)
    : (['sequential', 'parallel'] as const);
  const dir = mkdtempSync(join(tmpdir(), 'bench-data-'));
  const started = performance.now();
  const emulator = await createEmulator({
    file: join(dir, 'org.json'),
    reset: true,
    gaps,
    submissions
  });
  console.log(
    `org: ${gaps} gaps / ${submissions} submissions seeded in ${(performance.now() - started).toFixed(0)} ms`
  );
  const server = await startPreviewServer({
    emulator,
    appDir: join(__dirname, '..', '..', 'preview', 'app'),
    bundleDir: dir,
    assetsDir: dir,
    port: 0
  });
  try {
    const tpm = emulator.users().find((user) => user.permissionSet === 'Product_Gap_TPM');
    if (!tpm) throw new Error('The sample org has no TPM preview user');
    for (const network of networks) {
      server.setNetwork(network);
      console.log(`\nnetwork: ${describeNetwork(network)}`);
      for (const mode of modes) await loadOnce(httpExecute(server.url, tpm.id), submissions, mode);
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : '';
  console.error(error instanceof Error ? `${error.message}${cause}` : error);
  process.exit(1);
});
