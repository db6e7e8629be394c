/** @jest-environment node */
// The parallel ranking load against the emulator: the same submissions, each once, as the
// sequential load, within ceil(S / 2000) + cursors + 3 requests plus the account and
// opportunity pages (each parent read once; "cursors" are the RANKING_PARTITIONS request cursors,
// each reading up to five ranges a request), the same engine input; records created at the
// range boundaries after the counts, an empty range, and the refused-aggregate fallback.
jest.mock('lightning/graphql', () =>
  jest.requireActual('../../../tools/shared/node/lightningGraphql')
);
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PAGE_SIZE,
  RANGES_PER_REQUEST,
  RANKING_PARTITIONS,
  SEVERITIES,
  acceptBaseData,
  acceptCounts,
  acceptCustomerData,
  acceptPartitionData,
  acceptRankingData,
  asRankingLoad,
  createSubmission,
  customersNext,
  parallelProgress,
  startParallelLoad,
  startRankingLoad,
  toMetricsInput
} from 'c/gapData';
import type { ParallelRankingLoad, RankingLoad, ReadData, ReadRequest } from 'c/gapData';
import { createEmulator } from '../index';
import type { Emulator } from '../index';
import { emulatorExecute, orgTransport } from '../../../tools/shared/orgTransport';

let emulator: Emulator;
let dir: string;
let send: (request: ReadRequest) => Promise<{ data?: unknown; errors?: unknown[] }>;
let tpmId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallel-load-'));
  emulator = await createEmulator({
    file: join(dir, 'org.json'),
    reset: true,
    gaps: 60,
    submissions: 6000
  });
  tpmId = emulator.users().find((u) => u.permissionSet === 'Product_Gap_TPM')!.id;
  send = (request) =>
    emulator.execute(
      {
        query: request.query as unknown as string,
        variables: request.variables,
        operationName: request.operationName
      },
      tpmId
    );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(request: ReadRequest): Promise<ReadData> {
  const response = await send(request);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as ReadData;
}

async function sequential(): Promise<RankingLoad> {
  let load = startRankingLoad();
  while (load.next) load = acceptRankingData(load, await read(load.next));
  return load;
}

/** Request 1 and the counts; `counts` may rewrite the aggregate answer (null: refused). */
async function planned(
  parts: number,
  counts: (data: ReadData) => ReadData | null = (data) => data
): Promise<ParallelRankingLoad> {
  let load = startParallelLoad();
  const answer = await read(load.countsNext!);
  load = acceptCounts(load, counts(answer), parts);
  while (load.baseNext) load = acceptBaseData(load, await read(load.baseNext));
  // The accounts and opportunities a page of each per request, as the loader's one wire reads them.
  for (let next = customersNext(load); next; next = customersNext(load)) {
    load = acceptCustomerData(load, await read(next));
  }
  return load;
}

/** Pages every cursor, one request of each in turn (as the cursors interleave). */
async function paged(start: ParallelRankingLoad): Promise<ParallelRankingLoad> {
  let load = start;
  while (!load.done) {
    for (let index = 0; index < load.partitions.length; index++) {
      const next = load.partitions[index].next;
      if (next) load = acceptPartitionData(load, index, await read(next));
    }
  }
  return load;
}

const ids = (load: RankingLoad) => load.submissions.rows.map((row) => row.submission.id);
const ranges = (load: ParallelRankingLoad) => load.partitions.flatMap((p) => p.ranges);
const rawRows = (load: ParallelRankingLoad) =>
  ranges(load).reduce((sum, range) => sum + range.page.rows.length, 0);
const cursorRows = (load: ParallelRankingLoad) =>
  load.partitions.map((p) => p.ranges.reduce((sum, range) => sum + range.page.rows.length, 0));

function expectSameAsSequential(parallel: ParallelRankingLoad, reference: RankingLoad): void {
  const merged = asRankingLoad(parallel);
  // Each submission read exactly once: no range overlapped, and the ids are the sequential ones.
  expect(rawRows(parallel)).toBe(reference.submissions.rows.length);
  expect(merged.submissions.rows).toHaveLength(reference.submissions.rows.length);
  expect([...ids(merged)].sort()).toEqual([...ids(reference)].sort());
  expect(merged.gaps.rows.map((gap) => gap.id)).toEqual(reference.gaps.rows.map((gap) => gap.id));
  expect(merged.revision).toEqual(reference.revision);
  expect(merged.submissions.incomplete).toBe(false);
  // The engine input is the one the submissions-with-parents reads give.
  const input = toMetricsInput(merged);
  expect(input).toEqual(toMetricsInput(reference));
  expect(input.accounts.length).toBeGreaterThan(0);
  expect(input.opportunities.length).toBeGreaterThan(0);
  // Each account and opportunity read once, by one cursor each.
  const { accounts, opportunities } = parallel;
  expect(new Set(accounts.page.rows.map((a) => a.id)).size).toBe(accounts.page.rows.length);
  expect(new Set(opportunities.page.rows.map((o) => o.id)).size).toBe(
    opportunities.page.rows.length
  );
  const parentPages =
    Math.max(1, Math.ceil(accounts.page.rows.length / PAGE_SIZE)) +
    Math.max(1, Math.ceil(opportunities.page.rows.length / PAGE_SIZE));
  expect(accounts.page.pages + opportunities.page.pages).toBe(parentPages);
  const bound =
    Math.ceil(reference.submissions.rows.length / PAGE_SIZE) + RANKING_PARTITIONS + 3 + parentPages;
  expect(parallel.requests).toBeLessThanOrEqual(bound);
}

describe('parallel ranking load', () => {
  it('reads every submission once, as the sequential load does, in balanced ranges', async () => {
    const reference = await sequential();
    const load = await paged(await planned(RANKING_PARTITIONS * RANGES_PER_REQUEST));
    expect(load.partitions).toHaveLength(RANKING_PARTITIONS);
    expect(ranges(load).length).toBeLessThanOrEqual(RANKING_PARTITIONS * RANGES_PER_REQUEST);
    expectSameAsSequential(load, reference);
    // Balanced: no cursor holds more than twice its share, and 6,000 rows take one request each.
    const share = reference.submissions.rows.length / RANKING_PARTITIONS;
    for (const rows of cursorRows(load)) expect(rows).toBeLessThan(2 * share);
    // The gaps, the counts, one request for the accounts with the opportunities, one per cursor.
    expect(load.requests).toBe(3 + RANKING_PARTITIONS);
    const progress = parallelProgress(load);
    expect(progress).toMatchObject({ loaded: progress.total, fraction: 1 });
    // The merged rows keep the sequential load's creation order.
    const dates = asRankingLoad(load).submissions.rows.map((r) => r.submission.createdDate ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it('pages a range over several requests with its own cursor and a constant upperBound', async () => {
    const reference = await sequential();
    const load = await paged(await planned(2));
    expect(ranges(load).some((range) => range.page.pages > 1)).toBe(true);
    expectSameAsSequential(load, reference);
  });

  it('reads records created at the partition boundaries after the counts exactly once', async () => {
    let load = await planned(RANKING_PARTITIONS * RANGES_PER_REQUEST);
    // The start of an inside range other than the first (a cut between two ranges).
    const cut = load.partitions[2].ranges[0].range.from!;
    // The last gap below the cut (end of range 1) and the cut's own gap (start of range 2).
    const below = load.gaps.rows
      .map((gap) => gap.id)
      .filter((id) => id < cut)
      .sort()
      .pop()!;
    const submitter = emulator.users().find((u) => u.permissionSet === 'Product_Gap_Submitter')!;
    const transport = orgTransport(emulatorExecute(emulator, submitter.id));
    const accountsRead = await emulator.execute(
      { query: 'query { uiapi { query { Account(first: 200) { edges { node { Id } } } } } }' },
      tpmId
    );
    const { edges } = (
      accountsRead.data as { uiapi: { query: { Account: { edges: { node: { Id: string } }[] } } } }
    ).uiapi.query.Account;
    const accounts = edges.map((edge) => edge.node.Id);
    const created: string[] = [];
    for (const gapId of [below, cut]) {
      for (const accountId of accounts.slice(-40)) {
        const result = await createSubmission(
          { gapId, accountId, severity: SEVERITIES[1] },
          { transport }
        );
        if (result.ok) {
          created.push(result.value.id);
          break;
        }
      }
    }
    expect(created).toHaveLength(2);
    load = await paged(load);
    const reference = await sequential();
    const loaded = new Set(ids(asRankingLoad(load)));
    for (const id of created) expect(loaded.has(id)).toBe(true);
    expectSameAsSequential(load, reference);
  });

  it('reads an empty range in one request and still finishes', async () => {
    const reference = await sequential();
    // A counted gap whose Id sorts after every real one (its submissions gone since): the range
    // outside the counted gaps (below the first, from that Id on) holds nothing.
    const load = await paged(
      await planned(RANKING_PARTITIONS * RANGES_PER_REQUEST, (data) => {
        const connection = data.uiapi!.aggregate!.Product_Gap_Submission__c!;
        const ghost = {
          node: {
            aggregate: {
              Product_Gap__c: { value: 'zzzzzzzzzzzzzzzzzz' },
              Id: { count: { value: 100000 } }
            }
          }
        };
        return {
          uiapi: {
            aggregate: {
              Product_Gap_Submission__c: { ...connection, edges: [...connection.edges!, ghost] }
            }
          }
        };
      })
    );
    const [outside] = load.partitions[0].ranges;
    expect(outside.range).toMatchObject({ to: 'zzzzzzzzzzzzzzzzzz', outside: true });
    expect(outside.page.rows).toHaveLength(0);
    expect(outside.page.pages).toBe(1);
    expectSameAsSequential(load, reference);
  });

  it('falls back to one range read in sequence when the aggregate is refused', async () => {
    const reference = await sequential();
    const load = await paged(await planned(RANKING_PARTITIONS * RANGES_PER_REQUEST, () => null));
    expect(load.partitions).toHaveLength(1);
    expect(load.partitions[0].ranges.map((r) => r.range)).toEqual([{ from: null, to: null }]);
    expect(load.counted).toBeNull();
    expectSameAsSequential(load, reference);
    // The same reads as the sequential load, plus the refused count and the parents' requests
    // (a page of each per request).
    const parentRequests = Math.max(load.accounts.page.pages, load.opportunities.page.pages);
    expect(load.requests).toBe(reference.requests + 1 + parentRequests);
  });

  it('leaves accounts the user cannot see (and their opportunities) hidden, as the joined reads did', async () => {
    const accounts = await read({
      operationName: 'Accounts',
      query: 'query Accounts { uiapi { query { Account(first: 20) { edges { node { Id } } } } } }',
      variables: {}
    } as unknown as ReadRequest);
    const hidden = accounts.uiapi!.query!.Account!.edges!.map((edge) => edge!.node!.Id);
    // The last test: the accounts stay hidden in this emulator.
    emulator.hideAccounts(hidden);
    const reference = await sequential();
    const load = await paged(await planned(RANKING_PARTITIONS * RANGES_PER_REQUEST));
    expectSameAsSequential(load, reference);
    const input = toMetricsInput(asRankingLoad(load));
    expect(input.accounts.some((account) => hidden.includes(account.id))).toBe(false);
    const named = input.submissions.filter((s) => s.accountId && hidden.includes(s.accountId));
    expect(named.length).toBeGreaterThan(0);
  });
});
