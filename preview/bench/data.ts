// Prints how many GraphQL requests, and how long, the preview takes to load everything the
// ranking needs: gapData's own paged load (the one the Top 10 tab drives from its wire), sent
// over HTTP to the preview server's /graphql as the TPM, on the 2,000-gap / 50,000-submission
// org. Figures only, no assertion: `npm run bench:data [-- --gaps N --submissions N]`; with
// `--model org` (or --latency/--bandwidth/--max-in-flight) also under an org-like network.
import '../../tools/shared/node/nodePlatform';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '../emulator/index';
import { startPreviewServer } from '../server/app';
import { httpExecute } from '../../tools/shared/orgTransport';
import type { Execute } from '../../tools/shared/orgTransport';
import { describeNetwork } from '../server/networkArgs';
import { benchOptions } from './options';
import { acceptRankingData, rankingProgress, startRankingLoad, toMetricsInput } from 'c/gapData';
import { computeGapMetrics, prepareRanking } from 'c/gapRanking';

/** Loads everything the ranking needs through `execute` and prints requests, time and engine time. */
async function loadOnce(execute: Execute, submissions: number): Promise<void> {
  let started = performance.now();
  let load = startRankingLoad();
  const perRequest: number[] = [];
  while (!load.done && load.next) {
    const requestStarted = performance.now();
    const response = await execute({
      query: load.next.query as string,
      variables: load.next.variables,
      operationName: load.next.operationName
    });
    perRequest.push(performance.now() - requestStarted);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    load = acceptRankingData(load, response.data as Parameters<typeof acceptRankingData>[1]);
  }
  const loadMs = performance.now() - started;
  const progress = rankingProgress(load);
  const target = Math.ceil(submissions / 2000) + 3;
  started = performance.now();
  const metrics = computeGapMetrics(toMetricsInput(load));
  const model = prepareRanking(metrics.gaps, {});
  const rankMs = performance.now() - started;
  const sorted = [...perRequest].sort((a, b) => a - b);
  console.log(
    `  requests: ${progress.requests} (target: at most ceil(${submissions} / 2000) + 3 = ${target})`
  );
  console.log(`  submissions loaded: ${progress.loaded} of ${progress.total}`);
  console.log(
    `  load over HTTP: ${loadMs.toFixed(0)} ms (per request: median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms)`
  );
  console.log(
    `  metrics + ranking of ${model.ranking.gaps.length} open gaps: ${rankMs.toFixed(0)} ms`
  );
}

async function main(): Promise<void> {
  const { sizes, networks } = benchOptions(process.argv.slice(2), {
    gaps: 2000,
    submissions: 50000
  });
  const { gaps, submissions } = sizes;
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
      await loadOnce(httpExecute(server.url, tpm.id), submissions);
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
