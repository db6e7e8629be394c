// Benchmark of the Top 10 tab in Chromium on a large org: prints the time from navigation to a
// usable table (and from the data's arrival to it), the engine time per re-rank, and the time
// until the table shows the new order after a weight or method change. Figures, not assertions.
// Run: npx tsx preview/bench/ui.ts [--gaps 2000] [--submissions 50000] [--changes 8] [--model org]
// (with --model org or --latency/--bandwidth/--max-in-flight the first load is also measured
// under an org-like network, with 1 and with 6 requests in flight).
import type { Page } from 'playwright-core';
import { startHarness } from '../browser/harness';
import type { PreviewHarness } from '../browser/harness';
import { chooseOption, comboboxValue } from '../browser/combobox';
import { describeNetwork } from '../server/networkArgs';
import { benchOptions } from './options';
import { timelineLines } from './timeline';

/** The component's performance marks (topTenWorkbench:<name>) as name -> ms since navigation start. */
async function marks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((entry) => entry.name.startsWith('topTenWorkbench:'))
        .map((entry) => [entry.name.slice('topTenWorkbench:'.length), entry.startTime])
    )
  );
}

/** The page's /graphql fetches from its resource timing: when each was called, sent and answered. */
async function browserFetches(page: Page): Promise<string[]> {
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('/graphql'))
      .map((entry) => {
        const timing = entry as PerformanceResourceTiming;
        return [timing.startTime, timing.requestStart, timing.responseEnd];
      })
  );
  return entries.map(
    ([called, sent, answered]) =>
      `  ${called.toFixed(0).padStart(6)} ${sent.toFixed(0).padStart(6)} ${answered.toFixed(0).padStart(6)}  (waited ${(sent - called).toFixed(0)} ms for a connection)`
  );
}

const workbench = (page: Page) => page.locator('c-top-ten-workbench .workbench');

async function generation(page: Page): Promise<number> {
  return Number(await workbench(page).getAttribute('data-generation'));
}

/** Waits until re-rank `target` is rendered; returns [engine ms, change -> rendered ms, change -> painted ms]. */
async function settle(page: Page, target: number): Promise<[number, number, number]> {
  await page.locator(`c-top-ten-workbench .workbench[data-generation="${target}"]`).waitFor();
  // The component marks the first animation frame after the render: the new order is on screen.
  await page.waitForFunction(
    (name) => performance.getEntriesByName(name).length > 0,
    `topTenWorkbench:frame:${target}`
  );
  const all = await marks(page);
  const engine = Number(await workbench(page).getAttribute('data-engine-ms'));
  return [
    engine,
    all[`rendered:${target}`] - all[`change:${target}`],
    all[`frame:${target}`] - all[`change:${target}`]
  ];
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (n=${values.length})`;
}

/** Navigates `page` to the Top 10 tab and prints the first-load figures. */
async function firstLoad(harness: PreviewHarness, page: Page, gaps: number): Promise<void> {
  await page.goto(`${harness.baseUrl}/top10`);
  await page
    .locator('c-top-ten-workbench .workbench[data-state="ready"]')
    .waitFor({ timeout: 600_000 });
  await page.locator('c-ranking-table tbody tr').first().waitFor();
  await page.waitForFunction(
    () => performance.getEntriesByName('topTenWorkbench:frame:1').length > 0
  );
  const first = await marks(page);
  const rows = await page.locator('c-ranking-table tbody tr').count();
  console.log(`  first load (${rows} rows rendered of ${gaps} gaps):`);
  console.log(
    `  navigation -> data loaded      ${first['data-loaded'].toFixed(0)} ms (every page of submissions)`
  );
  console.log(
    `  data loaded -> usable table     ${(first['frame:1'] - first['data-loaded']).toFixed(0)} ms  (target < 2000 ms; to the first frame after the render)`
  );
  console.log(`  navigation -> usable table      ${first['rendered:1'].toFixed(0)} ms`);
  console.log(
    `  engine, first ranking           ${await workbench(page).getAttribute('data-engine-ms')} ms (prepareRanking + rows)`
  );
}

/** Changes weights and the method `changes` + 4 times and prints engine and render times. */
async function reRanks(page: Page, changes: number): Promise<void> {
  await page.locator('c-top-ten-workbench .workbench[data-confidence="done"]').waitFor();
  const engine: number[] = [];
  const rendered: number[] = [];
  const painted: number[] = [];
  const keys = ['arr', 'accounts', 'strategic', 'p0'];
  for (let i = 0; i < changes; i++) {
    const slider = page.locator(
      `lightning-slider[data-key="${keys[i % keys.length]}"] input[type="range"]`
    );
    const target = (await generation(page)) + 1;
    await slider.focus();
    await slider.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    const [e, r, p] = await settle(page, target);
    engine.push(e);
    rendered.push(r);
    painted.push(p);
  }
  const picker = page.locator('c-top-ten-workbench-settings lightning-combobox.method');
  const start = await comboboxValue(picker);
  const others = ['borda', 'rrf', 'pareto', 'score'].filter((method) => method !== start);
  for (const method of [...others, start]) {
    const target = (await generation(page)) + 1;
    await chooseOption(picker, method);
    const [e, r, p] = await settle(page, target);
    engine.push(e);
    rendered.push(r);
    painted.push(p);
    console.log(
      `  method ${method.padEnd(6)} engine ${e.toFixed(1)} ms, table updated ${r.toFixed(1)} ms`
    );
  }
  console.log(`\nre-rank after a weight or method change (${engine.length} changes):`);
  console.log(`  engine re-rank                  ${summary(engine)}  (target < 50 ms)`);
  console.log(`  change -> table rendered        ${summary(rendered)}`);
  console.log(`  change -> next frame painted    ${summary(painted)}  (target < 300 ms)`);
}

async function main(): Promise<void> {
  const { sizes, networks } = benchOptions(process.argv.slice(2), {
    gaps: 2000,
    submissions: 50000,
    changes: 8
  });
  console.log(
    `Top 10 tab benchmark: ${sizes.gaps} gaps, ${sizes.submissions} submissions (preview, Chromium)`
  );
  const startedAt = Date.now();
  const harness = await startHarness({ gaps: sizes.gaps, submissions: sizes.submissions });
  console.log(
    `preview ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (org built in ${harness.preview.emulatorMs} ms)`
  );
  try {
    for (const network of networks) {
      harness.preview.server.setNetwork(null);
      console.log(`\nnetwork: ${describeNetwork(network)}`);
      // Only the tab's own load runs under the model; opening the app and switching user do not.
      const page = await harness.open('/');
      await harness.switchUser(page, 'Product_Gap_TPM');
      harness.preview.server.setNetwork(network);
      harness.preview.server.takeTimeline();
      await firstLoad(harness, page, sizes.gaps);
      console.log(`\n  request timeline (server clock, ms from the first request):`);
      for (const line of timelineLines(harness.preview.server.takeTimeline())) console.log(line);
      console.log(
        `\n  the browser's GraphQL fetches (ms since navigation: fetch() called / sent / answered):`
      );
      for (const line of await browserFetches(page)) console.log(line);
      if (network === null) await reRanks(page, sizes.changes);
      const errors = harness.errors(page);
      if (errors.length > 0) console.log(`\npage errors:\n  ${errors.join('\n  ')}`);
      await page.close();
    }
  } finally {
    await harness.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
