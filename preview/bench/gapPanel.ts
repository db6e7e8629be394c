// Prints what opening a Product Gap record page costs in the preview with the full 2,000-gap /
// 50,000-submission org: GraphQL requests and milliseconds until the panel shows the gap, its
// first ranks (any place: from the totals, or the whole estimate) and all its ranks (the overall
// rank: live when ARR is weighed, the estimate with --weights aggregate), then the same for the
// live re-rank on demand.
// Run: npx tsx preview/bench/gapPanel.ts [--gaps 2000] [--submissions 50000] [--model org]
// [--weights seeded|aggregate] [--opens 3] [--timeline] (figures only; with --model org or --latency/--bandwidth/
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
const USAGE = `Usage: npx tsx preview/bench/gapPanel.ts [--gaps 2000] [--submissions 50000]
  [--weights seeded|aggregate] [--opens 3] [--timeline]
  [--model org] [--latency MS] [--bandwidth KB/s] [--max-in-flight N]
  --weights seeded     the published weights as seeded (ARR weighed): the panel shows the places the
                       totals give first, all ranks once the exact read of every submission is in
  --weights aggregate  re-weights the published revision to accounts, strategic, P0 (no ARR/TAM/lost
                       ARR): the panel ranks from its one aggregate read (first = all ranks)
  --opens N            open gaps to open per network, spread by Name (medians over them)
  --timeline           print each open's request timeline
  network options      as the preview's (npx tsx preview/server/cli.ts --help): zero latency first,
                       then the model with 1 and 6 in flight, or only the --max-in-flight given
Prints per open and as medians: gap shown, first ranks shown, all ranks shown (in the page and as
this process noticed them), then the live re-rank of the first gap.`;
/** Weights the aggregate totals can rank with: no sum of a parent field. */
const AGGREGATE_WEIGHTS = { arr: 0, accounts: 1, strategic: 1, p0: 1, tam: 0, lost: 0 };

interface PanelOptions {
  weights: 'seeded' | 'aggregate';
  /** How many open gaps to open per network (spread over the gaps by Name). */
  opens: number;
  /** Print each open's request timeline. */
  timeline: boolean;
  /** The arguments left for the shared options (sizes and network). */
  rest: string[];
}

/**
 * Takes `--weights seeded|aggregate`, `--opens N` and `--timeline` out of argv (the shared
 * options know only sizes and network); throws an Error naming a bad value.
 */
function panelOptions(argv: string[]): PanelOptions {
  const rest = [...argv];
  const take = (flag: string, hasValue: boolean): string | undefined => {
    const at = rest.indexOf(flag);
    if (at < 0) return undefined;
    const [, value] = rest.splice(at, hasValue ? 2 : 1);
    return hasValue ? (value ?? '') : 'yes';
  };
  const weights = take('--weights', true) ?? 'seeded';
  if (weights !== 'seeded' && weights !== 'aggregate') {
    throw new Error('--weights needs seeded or aggregate');
  }
  if (take('--help', false) !== undefined || take('-h', false) !== undefined) {
    console.log(USAGE);
    process.exit(0);
  }
  const opens = Number(take('--opens', true) ?? 3);
  if (!Number.isInteger(opens) || opens < 1) throw new Error('--opens needs a whole number >= 1');
  return { weights, opens, timeline: take('--timeline', false) !== undefined, rest };
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

/** One request of a page load: what it was, when it was sent and answered (ms after navigation), its size. */
interface TimedRequest {
  name: string;
  sentMs: number;
  answeredMs: number;
  bytes: number;
}

/**
 * The GraphQL requests `page` sends while `action` runs: operation name and milliseconds from
 * sending to the last byte of the answer (the emulator's time plus the transfer); with
 * `timeline`, every request of the page (documents and scripts too) is also timed against the
 * navigation's start (the first request seen) and listed there.
 */
async function counting(
  page: Page,
  action: () => Promise<void>,
  timeline?: TimedRequest[]
): Promise<string[]> {
  const operations: string[] = [];
  const pending: Promise<void>[] = [];
  const listener = (request: Request) => {
    const graphql = request.url().endsWith('/graphql');
    const name = graphql
      ? operationNameOf(JSON.parse(request.postData() ?? '{}'))
      : new URL(request.url()).pathname;
    const timing = request.timing();
    if (graphql) {
      operations.push(`${name} ${Math.round(timing.responseEnd - timing.requestStart)} ms`);
    }
    if (!timeline) return;
    pending.push(
      request.sizes().then((sizes) => {
        timeline.push({
          name,
          sentMs: timing.startTime,
          answeredMs: timing.startTime + timing.responseEnd,
          bytes: sizes.responseBodySize
        });
      })
    );
  };
  page.on('requestfinished', listener);
  try {
    await action();
  } finally {
    page.off('requestfinished', listener);
    await Promise.all(pending);
  }
  return operations;
}

/** Prints `requests` (epoch times) and `marks` (epoch times) in time order from the first request. */
function printTimeline(requests: TimedRequest[], marks: Record<string, number>): void {
  const origin = Math.min(...requests.map((request) => request.sentMs));
  const rows = [
    ...requests.map((request) => ({
      at: request.sentMs - origin,
      text:
        `${request.name} sent, answered at ${(request.answeredMs - origin).toFixed(0)} ms ` +
        `(${(request.answeredMs - request.sentMs).toFixed(0)} ms, ${(request.bytes / 1000).toFixed(1)} KB)`
    })),
    ...Object.entries(marks).map(([mark, at]) => ({ at: at - origin, text: `== ${mark}` }))
  ].sort((a, b) => a.at - b.at);
  console.log(`    timeline (ms after the navigation's first request):`);
  for (const row of rows) console.log(`    ${row.at.toFixed(0).padStart(7)}  ${row.text}`);
}

/** What the page itself notes the first frame it shows, by the selector that shows it. */
const PAGE_MARKS: Record<string, string> = {
  'preview page up': 'main h1',
  'gap shown': 'c-gap-score-panel .panel[data-state="ready"]',
  // Any place by a metric: the totals' places while the exact read runs, or the estimate.
  'first ranks shown': 'c-gap-score-panel .metric-rank',
  'all ranks shown': 'c-gap-score-panel .overall'
};

/**
 * Makes every later page load of `page` note, in the page, the first animation frame at which
 * each PAGE_MARKS selector matches (performance.now(), ms after the navigation started), in
 * `window.__benchMarks`. The bench's own waits run in this Node process, which also runs the
 * emulator: while it executes a large read they notice late; the page's frames do not.
 */
async function notePageMarks(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
  // The unpatched query: synthetic shadow later hides shadow-tree elements from document queries.
  await page.addInitScript(`(() => {
    const marks = ${JSON.stringify(PAGE_MARKS)};
    const query = Document.prototype.querySelector;
    const seen = (window.__benchMarks = {});
    function check() {
      for (const [mark, selector] of Object.entries(marks)) {
        if (seen[mark] === undefined && query.call(document, selector)) seen[mark] = performance.now();
      }
      if (Object.keys(seen).length < Object.keys(marks).length) requestAnimationFrame(check);
    }
    requestAnimationFrame(check);
  })();`);
}

/** The page's own marks of its current load (see notePageMarks), ms after its navigation started. */
async function pageMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () => (window as unknown as { __benchMarks?: Record<string, number> }).__benchMarks ?? {}
  );
}

/** The median of the finite `values` (the mean of the middle two for an even count); NaN for none. */
function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Ids of `count` open gaps to open, spread evenly by Name from the first to the last, read as the Manager. */
async function sampleGaps(harness: PreviewHarness, count: number): Promise<string[]> {
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
  if (count === 1) return [ids[0]];
  return Array.from(
    { length: count },
    (_, index) => ids[Math.round((index * (ids.length - 1)) / (count - 1))]
  );
}

/**
 * Opens the sample gaps' record pages and prints requests and times to the gap and its ranks, as
 * this process noticed them and as the page showed them (with `timeline`, each open's request
 * timeline), then the medians over the opens.
 */
async function openGaps(
  harness: PreviewHarness,
  page: Page,
  gapIds: string[],
  timeline: boolean
): Promise<void> {
  let started = 0;
  type Mark = 'shown' | 'first' | 'ranked';
  const noticed: Record<Mark, number[]> = { shown: [], first: [], ranked: [] };
  const inPage: Record<Mark, number[]> = { shown: [], first: [], ranked: [] };
  await notePageMarks(page);
  for (const [index, gapId] of gapIds.entries()) {
    let appMs = 0;
    let detailMs = 0;
    let firstMs = 0;
    let ranksMs = 0;
    const requests: TimedRequest[] = [];
    const operations = await counting(
      page,
      async () => {
        started = performance.now();
        await page.goto(`${harness.baseUrl}/gap/${gapId}`);
        await page.locator('main h1').waitFor({ timeout: 120_000 });
        appMs = performance.now() - started;
        await page.locator(PAGE_MARKS['gap shown']).waitFor({ timeout: 120_000 });
        detailMs = performance.now() - started;
        await page.locator(PAGE_MARKS['first ranks shown']).first().waitFor({ timeout: 600_000 });
        firstMs = performance.now() - started;
        await page.locator(PAGE_MARKS['all ranks shown']).waitFor({ timeout: 600_000 });
        ranksMs = performance.now() - started;
        await page.waitForLoadState('networkidle');
      },
      timeline ? requests : undefined
    );
    const marks = await pageMarks(page);
    noticed.shown.push(detailMs);
    noticed.first.push(firstMs);
    noticed.ranked.push(ranksMs);
    inPage.shown.push(marks['gap shown'] ?? NaN);
    inPage.first.push(marks['first ranks shown'] ?? NaN);
    inPage.ranked.push(marks['all ranks shown'] ?? NaN);
    const ms = (value: number | undefined) => `${value?.toFixed(0) ?? '?'} ms`;
    console.log(
      `  open gap ${index + 1} (${gapId}): ${operations.length} GraphQL requests (${operations.sort().join(', ')}); ` +
        `after navigation: preview page up ${ms(appMs)}, gap shown ${ms(detailMs)}, ` +
        `first ranks shown ${ms(firstMs)}, all ranks shown ${ms(ranksMs)}; ` +
        `in the page: page up ${ms(marks['preview page up'])}, gap shown ${ms(marks['gap shown'])}, ` +
        `first ranks shown ${ms(marks['first ranks shown'])}, all ranks shown ${ms(marks['all ranks shown'])}`
    );
    if (timeline) {
      const origin = await page.evaluate(() => performance.timeOrigin);
      const epochMarks = Object.fromEntries(
        Object.entries(marks).map(([mark, at]) => [`${mark} (in the page)`, origin + at])
      );
      printTimeline(requests, epochMarks);
    }
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
  const medians = (times: Record<Mark, number[]>) =>
    `gap shown ${median(times.shown).toFixed(0)} ms, ` +
    `first ranks shown ${median(times.first).toFixed(0)} ms, ` +
    `all ranks shown ${median(times.ranked).toFixed(0)} ms`;
  console.log(
    `  median of ${gapIds.length} opens: in the page ${medians(inPage)}; ` +
      `as this process noticed ${medians(noticed)}`
  );
}

async function main(): Promise<void> {
  const { weights, opens, timeline, rest } = panelOptions(process.argv.slice(2));
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
    const gapIds = await sampleGaps(harness, opens);
    for (const network of networks) {
      harness.preview.server.setNetwork(null);
      console.log(`\nnetwork: ${describeNetwork(network)}`);
      const page = await harness.open('/');
      await harness.switchUser(page, MANAGER);
      harness.preview.server.setNetwork(network);
      await openGaps(harness, page, gapIds, timeline);
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
