// Prints how fast the emulator serves the full 2,000-gap / 50,000-submission org:
// `npx tsx preview/emulator/bench.ts` (figures only; no assertion).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from './index';

const PAGE = `query Page($after: String) { uiapi { query {
  Product_Gap_Submission__c(first: 2000, after: $after, upperBound: 60000, orderBy: { CreatedDate: { order: ASC } }) {
    edges { node { Id Severity__c { value } CreatedDate { value } Product_Gap__c { value }
      Account__r { Id Name { value } Strategic_Account__c { value } TAM__c { value } }
      Opportunity__r { Id Amount { value } IsClosed { value } IsWon { value } } } }
    pageInfo { endCursor hasNextPage } totalCount } } } }`;

async function main(): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'emulator-bench-')), 'org.json');
  let t = performance.now();
  const emulator = await createEmulator({ file, reset: true, gaps: 2000, submissions: 50000 });
  console.log(
    `seed 2,000 gaps / 50,000 submissions + save: ${(performance.now() - t).toFixed(0)} ms`,
    emulator.counts()
  );
  t = performance.now();
  await createEmulator({ file });
  console.log(`load saved org: ${(performance.now() - t).toFixed(0)} ms`);
  const tpm = emulator.users().find((u) => u.permissionSet === 'Product_Gap_TPM')!;
  const pageTimes: number[] = [];
  const pageCpu: number[] = [];
  let after: string | null = null;
  let rows = 0;
  const all = performance.now();
  for (;;) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const res = await emulator.execute({ query: PAGE, variables: { after } }, tpm.id);
    pageTimes.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    pageCpu.push((used.user + used.system) / 1000);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const c = (res.data as any).uiapi.query.Product_Gap_Submission__c;
    rows += c.edges.length;
    if (!c.pageInfo.hasNextPage) break;
    after = c.pageInfo.endCursor;
  }
  const sorted = [...pageTimes].sort((a, b) => a - b);
  const cpuSorted = [...pageCpu].sort((a, b) => a - b);
  console.log(
    `all ${rows} submissions in ${pageTimes.length} pages of 2,000 with parent fields: ${(performance.now() - all).toFixed(0)} ms total; ` +
      `per page median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms wall; ` +
      `CPU median ${cpuSorted[Math.floor(cpuSorted.length / 2)].toFixed(1)} ms, first page (sorts 50,000) ${pageCpu[0].toFixed(1)} ms CPU`
  );
  console.log(
    `load average while measuring: ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`
  );
  t = performance.now();
  const agg = await emulator.execute(
    {
      query:
        'query { uiapi { aggregate { Product_Gap_Submission__c(groupBy: { Product_Gap__c: { group: true } }) { totalCount } } } }'
    },
    tpm.id
  );
  if (agg.errors) throw new Error(JSON.stringify(agg.errors));
  console.log(
    `aggregate grouped by gap over 50,000 submissions: ${(performance.now() - t).toFixed(0)} ms`
  );
}

void main();
