// Prints what opening a Product Gap record page costs in the preview with the full 2,000-gap /
// 50,000-submission org: GraphQL requests and milliseconds until the panel shows the gap and
// until it shows its ranks, then the same for the live re-rank on demand.
// Run: npx tsx preview/bench/gapPanel.ts [--gaps 2000] [--submissions 50000] [--model org]
// [--weights seeded|aggregate] (figures only; with --model org or --latency/--bandwidth/
// --max-in-flight also under an org-like network, with 1 and with 6 requests in flight).
// --weights aggregate first re-weights the published revision to the metrics the aggregate
// totals give (accounts, strategic, P0), so the panel ranks from its one aggregate read; with
// the seeded weights (ARR weighed) it ranks from the exact read, which issue 20 exempts.
import type { Page, Request } from 'playwright-core';
import { startHarness } from '../browser/harness';
import type { PreviewHarness } from '../browser/harness';
import { operationNameOf } from '../server/app';
import { describeNetwork } from '../server/networkArgs';
import { benchOptions } from './options';

const MANAGER = 'Product_Gap_Manager';
/** Weights the aggregate totals can rank with: no sum of a parent field. */
const AGGREGATE_WEIGHTS = { arr: 0, accounts: 1, strategic: 1, p0: 1, tam: 0, lost: 0 };

/** Takes `--weights seeded|aggregate` out of argv (the shared options know only sizes and network). */
function weightsOption(argv: string[]): { weights: 'seeded' | 'aggregate'; rest: string[] } {
  const at = argv.indexOf('--weights');
  if (at < 0) return { weights: 'seeded', rest: argv };
  const value = argv[at + 1];
  if (value !== 'seeded' && value !== 'aggregate') {
    throw new Error('--weights needs seeded or aggregate');
  }
  return { weights: value, rest: [...argv.slice(0, at), ...argv.slice(at + 2)] };
}

/** Re-weights the published revision (as the integration user) to AGGREGATE_WEIGHTS. */
async function useAggregateWeights(harness: PreviewHarness): Promise<void> {
  const { emulator } = harness.preview;
  const user = emulator.integrationUser?.();
  if (!user) throw new Error('The emulator has no integration user to re-weight with.');
  const read = await emulator.execute(
    {
      query: `query Published { uiapi { query { Top_Ten_Revision__c(first: 1,
        where: { Status__c: { eq: "Published" } }) { edges { node { Id } } } } } }`
    },
    user.id
  );
  const id = (read.data as any)?.uiapi?.query?.Top_Ten_Revision__c?.edges?.[0]?.node?.Id;
  if (!id) throw new Error('No published revision to re-weight.');
  const write = await emulator.execute(
    {
      query: `mutation Reweight($id: IdOrRef!, $weights: String) { uiapi { Top_Ten_Revision__cUpdate(
        input: { Id: $id, Top_Ten_Revision__c: { Weights__c: $weights } }) { success } } }`,
      variables: { id, weights: JSON.stringify(AGGREGATE_WEIGHTS) }
    },
    user.id
  );
  if (write.errors?.length) throw new Error(JSON.stringify(write.errors));
  console.log(`published revision ${id} re-weighted to ${JSON.stringify(AGGREGATE_WEIGHTS)}`);
}

/**
 * The GraphQL requests `page` sends while `action` runs: operation name and milliseconds from
 * sending to the last byte of the answer (the emulator's time plus the transfer).
 */
async function counting(page: Page, action: () => Promise<void>): Promise<string[]> {
  const operations: string[] = [];
  const listener = (request: Request) => {
    if (!request.url().endsWith('/graphql')) return;
    const name = operationNameOf(JSON.parse(request.postData() ?? '{}'));
    const timing = request.timing();
    operations.push(`${name} ${Math.round(timing.responseEnd - timing.requestStart)} ms`);
  };
  page.on('requestfinished', listener);
  try {
    await action();
  } finally {
    page.off('requestfinished', listener);
  }
  return operations;
}

/** Ids of open gaps to open: the first, the middle and the last by Name, read as the Manager. */
async function sampleGaps(harness: PreviewHarness): Promise<string[]> {
  const manager = harness.preview.emulator.users().find((user) => user.permissionSet === MANAGER)!;
  const response = await harness.preview.emulator.execute(
    {
      query: `query Open { uiapi { query { Product_Gap__c(first: 2000, where: { Status__c: { eq: "Open" } },
        orderBy: { Name: { order: ASC } }) { edges { node { Id } } } } } }`
    },
    manager.id
  );
  const ids = (response.data as any).uiapi.query.Product_Gap__c.edges.map(
    (edge: any) => edge.node.Id
  );
  return [ids[0], ids[Math.floor(ids.length / 2)], ids[ids.length - 1]];
}

/** Opens the sample gaps' record pages and prints requests and times to the gap and its ranks. */
async function openGaps(harness: PreviewHarness, page: Page, gapIds: string[]): Promise<void> {
  let started = 0;
  for (const [index, gapId] of gapIds.entries()) {
    let appMs = 0;
    let detailMs = 0;
    let ranksMs = 0;
    const operations = await counting(page, async () => {
      started = performance.now();
      await page.goto(`${harness.baseUrl}/gap/${gapId}`);
      await page.locator('main h1').waitFor({ timeout: 120_000 });
      appMs = performance.now() - started;
      await page
        .locator('c-gap-score-panel .panel[data-state="ready"]')
        .waitFor({ timeout: 120_000 });
      detailMs = performance.now() - started;
      await page.locator('c-gap-score-panel .overall').waitFor({ timeout: 600_000 });
      ranksMs = performance.now() - started;
      await page.waitForLoadState('networkidle');
    });
    console.log(
      `  open gap ${index + 1} (${gapId}): ${operations.length} GraphQL requests (${operations.sort().join(', ')}); ` +
        `after navigation: preview page up ${appMs.toFixed(0)} ms, gap shown ${detailMs.toFixed(0)} ms, ` +
        `ranks shown ${ranksMs.toFixed(0)} ms`
    );
    if (index > 0) continue;
    let liveMs = 0;
    const live = await counting(page, async () => {
      started = performance.now();
      await page.getByRole('button', { name: 'Re-rank live' }).click();
      await page
        .locator('c-gap-score-panel .source', { hasText: /^Live, all/ })
        .waitFor({ timeout: 600_000 });
      liveMs = performance.now() - started;
    });
    console.log(
      `  live re-rank of gap 1: ${live.length} GraphQL requests, ${liveMs.toFixed(0)} ms until the live ranks show`
    );
  }
}

async function main(): Promise<void> {
  const { weights, rest } = weightsOption(process.argv.slice(2));
  const { sizes, networks } = benchOptions(rest, {
    gaps: 2000,
    submissions: 50000
  });
  const { gaps, submissions } = sizes;
  const started = performance.now();
  const harness = await startHarness({ gaps, submissions });
  console.log(
    `preview with ${gaps.toLocaleString('en-US')} gaps / ${submissions.toLocaleString('en-US')} submissions ` +
      `started in ${(performance.now() - started).toFixed(0)} ms (emulator ${harness.preview.emulatorMs} ms)`
  );
  try {
    if (weights === 'aggregate') await useAggregateWeights(harness);
    const gapIds = await sampleGaps(harness);
    for (const network of networks) {
      harness.preview.server.setNetwork(null);
      console.log(`\nnetwork: ${describeNetwork(network)}`);
      const page = await harness.open('/');
      await harness.switchUser(page, MANAGER);
      harness.preview.server.setNetwork(network);
      await openGaps(harness, page, gapIds);
      const errors = harness.errors(page);
      if (errors.length) console.log(`  page errors: ${errors.join(' | ')}`);
      await page.close();
    }
  } finally {
    await harness.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
