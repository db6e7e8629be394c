import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import {
  RANKING_PARTITIONS,
  acceptBaseData,
  acceptCounts,
  acceptCustomerData,
  acceptPartitionData,
  asRankingLoad,
  customersNext,
  oneRangeAfterRefusal,
  parallelProgress,
  startParallelLoad
} from 'c/gapData';
import type { ParallelRankingLoad, ReadData } from 'c/gapData';

/** The progress figure the loader reports: submissions read of the total, and requests so far. */
export interface LoadProgress {
  loaded: number;
  total: number | null;
  fraction: number;
  requests: number;
}

type Result = GraphQLResult<ReadData> | undefined;
type Variables = Record<string, unknown>;

/**
 * Loads everything the ranking needs in parallel and renders nothing: request 1 (gaps and the
 * published revision) beside one aggregate that counts submissions per gap, then
 * RANKING_PARTITIONS (five) @wire cursors over small ranges of submissions (each request reads up
 * to six ranges as aliased subqueries, each cursor with a constant upperBound), and one cursor for
 * the accounts and the opportunities the submissions name (a page of each per request, each
 * record read once, joined at the end). Fires
 * `progress` ({ loaded, total, fraction, requests }) after every answer, `loaded` ({ load }, the
 * sequential load's shape) once, and `loaderror` ({ errors }) when a read fails; a refused
 * aggregate or range filter is no error: one range is then read in sequence.
 */
export default class RankingLoader extends LightningElement {
  private load: ParallelRankingLoad = startParallelLoad();
  private failed = false;
  // The request of every cursor as its wire reads it; undefined while a cursor is idle, and the
  // wire service provisions nothing while a configuration property is undefined.
  baseQuery = this.load.baseNext?.query;
  baseVariables = this.load.baseNext?.variables;
  countsQuery = this.load.countsNext?.query;
  countsVariables = this.load.countsNext?.variables;
  customersQuery = customersNext(this.load)?.query;
  customersVariables = customersNext(this.load)?.variables;
  query0?: unknown;
  variables0?: Variables;
  query1?: unknown;
  variables1?: Variables;
  query2?: unknown;
  variables2?: Variables;
  query3?: unknown;
  variables3?: Variables;
  query4?: unknown;
  variables4?: Variables;

  @wire(graphql, { query: '$baseQuery', variables: '$baseVariables' })
  wiredBase(result: Result): void {
    if (!this.load.baseNext || !this.usable(result)) return;
    this.update(acceptBaseData(this.load, result!.data));
  }

  @wire(graphql, { query: '$countsQuery', variables: '$countsVariables' })
  wiredCounts(result: Result): void {
    if (!this.load.countsNext || this.failed) return;
    // A refused or unavailable aggregate only costs the balance: one range, read in sequence.
    if (result?.errors?.length) this.update(acceptCounts(this.load, null));
    else if (result?.data) this.update(acceptCounts(this.load, result.data));
  }

  @wire(graphql, { query: '$customersQuery', variables: '$customersVariables' })
  wiredCustomers(result: Result): void {
    if (!customersNext(this.load) || !this.usable(result)) return;
    this.update(acceptCustomerData(this.load, result!.data));
  }

  @wire(graphql, { query: '$query0', variables: '$variables0' })
  wiredCursor0(result: Result): void {
    this.acceptCursor(0, result);
  }
  @wire(graphql, { query: '$query1', variables: '$variables1' })
  wiredCursor1(result: Result): void {
    this.acceptCursor(1, result);
  }
  @wire(graphql, { query: '$query2', variables: '$variables2' })
  wiredCursor2(result: Result): void {
    this.acceptCursor(2, result);
  }
  @wire(graphql, { query: '$query3', variables: '$variables3' })
  wiredCursor3(result: Result): void {
    this.acceptCursor(3, result);
  }
  @wire(graphql, { query: '$query4', variables: '$variables4' })
  wiredCursor4(result: Result): void {
    this.acceptCursor(4, result);
  }

  private acceptCursor(index: number, result: Result): void {
    if (!this.load.partitions[index]?.next || this.failed) return;
    // A range the org refuses: read everything as one range before calling it a failure.
    const oneRange = result?.errors?.length ? oneRangeAfterRefusal(this.load) : null;
    if (oneRange) {
      this.update(oneRange);
      return;
    }
    if (!this.usable(result)) return;
    this.update(acceptPartitionData(this.load, index, result!.data));
  }

  /** True for an answer with data; an answer with errors stops the load and reports them. */
  private usable(result: Result): boolean {
    if (this.failed) return false;
    if (result?.errors?.length) {
      this.failed = true;
      this.dispatchEvent(new CustomEvent('loaderror', { detail: { errors: result.errors } }));
      return false;
    }
    return Boolean(result?.data);
  }

  private update(load: ParallelRankingLoad): void {
    this.load = load;
    this.baseQuery = load.baseNext?.query;
    this.baseVariables = load.baseNext?.variables;
    this.countsQuery = load.countsNext?.query;
    this.countsVariables = load.countsNext?.variables;
    // A new configuration only when the request changed: the wire refetches on a new one.
    const customers = customersNext(load);
    if (JSON.stringify(customers?.variables) !== JSON.stringify(this.customersVariables)) {
      this.customersQuery = customers?.query;
      this.customersVariables = customers?.variables;
    }
    const cursors = this as unknown as Record<string, unknown>;
    for (let i = 0; i < RANKING_PARTITIONS; i++) {
      const next = load.partitions[i]?.next;
      cursors[`query${i}`] = next?.query;
      cursors[`variables${i}`] = next?.variables;
    }
    const progress: LoadProgress = parallelProgress(load);
    this.dispatchEvent(new CustomEvent('progress', { detail: progress }));
    if (load.done) {
      this.dispatchEvent(new CustomEvent('loaded', { detail: { load: asRankingLoad(load) } }));
    }
  }
}
