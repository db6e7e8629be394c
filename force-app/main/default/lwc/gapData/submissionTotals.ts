// The score panel's cheap ranking read: per-gap metric totals of every open gap from aggregate
// queries, one request whatever the number of submissions. Only documented aggregate shapes:
// functions on the submission's own fields (distinct accounts, strategic accounts, P0 accounts).
// Sums of parent fields (opportunity Amount, account TAM) are not documented aggregates, so ARR,
// TAM and lost ARR are not in the totals: when the ranking weighs them the panel ranks from the
// exact paged read instead and says so. Counts fold no merged duplicates: an estimate.
import { gql } from 'lightning/graphql';
import type { MetricKey, MetricRow, MetricValues } from 'c/gapRanking';
import type { Connection, Field } from './fields';
import { nodesOf, numberOrNull, text } from './fields';
import type { AggregateNode, GapNode, ReadData } from './nodes';
import type { ReadRequest } from './ranking';
import { isRecordId, toCaseSafeId } from './recordIds';

/**
 * Open gaps (Id only: the panel shows no other gap's name, and 2,000 names are ~90 KB of a
 * response sent on every record page), the merged gaps and the gap each points to (`merged`: a
 * survivor's totals leave its merged gaps' submissions out) and, grouped by gap over the
 * submissions of open gaps and then of merged gaps: distinct accounts; distinct strategic
 * accounts; distinct P0 accounts. Eight subqueries (the limit is 10).
 */
export const GAP_METRIC_TOTALS = gql`
  query GapMetricTotals($first: Int) {
    uiapi {
      query {
        Product_Gap__c(
          first: $first
          where: { Status__c: { nin: ["Done", "Won't Do", "Duplicate"] } }
        ) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              Id
            }
          }
        }
        merged: Product_Gap__c(first: $first, where: { Duplicate_Of__c: { ne: null } }) {
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              Id
              Duplicate_Of__c {
                value
              }
            }
          }
        }
      }
      aggregate {
        totals: Product_Gap_Submission__c(
          first: $first
          groupBy: { Product_Gap__c: { group: true } }
          where: { Product_Gap__r: { Status__c: { nin: ["Done", "Won't Do", "Duplicate"] } } }
        ) {
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              aggregate {
                Product_Gap__c {
                  value
                }
                Account__c {
                  countDistinct {
                    value
                  }
                }
              }
            }
          }
        }
        strategic: Product_Gap_Submission__c(
          first: $first
          groupBy: { Product_Gap__c: { group: true } }
          where: {
            and: [
              { Product_Gap__r: { Status__c: { nin: ["Done", "Won't Do", "Duplicate"] } } }
              { Account__r: { Strategic_Account__c: { eq: true } } }
            ]
          }
        ) {
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              aggregate {
                Product_Gap__c {
                  value
                }
                Account__c {
                  countDistinct {
                    value
                  }
                }
              }
            }
          }
        }
        p0: Product_Gap_Submission__c(
          first: $first
          groupBy: { Product_Gap__c: { group: true } }
          where: {
            and: [
              { Product_Gap__r: { Status__c: { nin: ["Done", "Won't Do", "Duplicate"] } } }
              { Severity__c: { eq: "P0 - Dealbreaker" } }
            ]
          }
        ) {
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              aggregate {
                Product_Gap__c {
                  value
                }
                Account__c {
                  countDistinct {
                    value
                  }
                }
              }
            }
          }
        }
        mergedTotals: Product_Gap_Submission__c(
          first: $first
          groupBy: { Product_Gap__c: { group: true } }
          where: { Product_Gap__r: { Duplicate_Of__c: { ne: null } } }
        ) {
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              aggregate {
                Product_Gap__c {
                  value
                }
                Account__c {
                  countDistinct {
                    value
                  }
                }
              }
            }
          }
        }
        mergedStrategic: Product_Gap_Submission__c(
          first: $first
          groupBy: { Product_Gap__c: { group: true } }
          where: {
            and: [
              { Product_Gap__r: { Duplicate_Of__c: { ne: null } } }
              { Account__r: { Strategic_Account__c: { eq: true } } }
            ]
          }
        ) {
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              aggregate {
                Product_Gap__c {
                  value
                }
                Account__c {
                  countDistinct {
                    value
                  }
                }
              }
            }
          }
        }
        mergedP0: Product_Gap_Submission__c(
          first: $first
          groupBy: { Product_Gap__c: { group: true } }
          where: {
            and: [
              { Product_Gap__r: { Duplicate_Of__c: { ne: null } } }
              { Severity__c: { eq: "P0 - Dealbreaker" } }
            ]
          }
        ) {
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              aggregate {
                Product_Gap__c {
                  value
                }
                Account__c {
                  countDistinct {
                    value
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** Groups per aggregate page: the UI API maximum, so an org of up to 2,000 open gaps needs one request. */
export const METRIC_TOTALS_PAGE = 2000;

/** The one request for every open gap's metric totals. */
export function metricTotalsRequest(): ReadRequest {
  return {
    operationName: 'GapMetricTotals',
    query: GAP_METRIC_TOTALS,
    variables: { first: METRIC_TOTALS_PAGE }
  };
}

/** The metrics no documented aggregate gives (sums of parent fields): 0 in the totals' rows. */
export const METRICS_NOT_AGGREGATED: MetricKey[] = ['arr', 'tam', 'lost'];

/** Estimated metric rows of all open gaps, and whether any list was cut at the page size. */
export interface MetricTotals {
  rows: MetricRow[];
  /** Metrics the totals cannot give (METRICS_NOT_AGGREGATED): a ranking weighing them needs the exact read. */
  missing: MetricKey[];
  /** Open gaps the server counted (totalCount), or the rows' length when not sent. */
  openGaps: number;
  /** True when a list had more than one page: gaps past it are missing or undercounted. */
  truncated: boolean;
  /**
   * Case-safe Ids of the gaps other gaps were merged into (their totals leave the merged gaps'
   * submissions out, so their exact counts can only be higher); null when not known in full.
   */
  mergedInto: string[] | null;
  /**
   * Per gap others were merged into (case-safe Id), its merged gaps' own totals added up: at least
   * what folding them in can add to each count (a union has at most the sum of its parts); null
   * when not known in full (a list cut at the page size, or the org sent no merged totals).
   */
  mergedBound: Record<string, MergedCounts> | null;
}

/** The counts a merge can raise: distinct accounts, strategic accounts and P0 accounts. */
export type MergedCounts = Pick<MetricValues, 'accounts' | 'strategic' | 'p0'>;

/** The aggregate aliases of the open gaps' counts, and the metric each gives. */
const COUNT_ALIASES: readonly [string, keyof MergedCounts][] = [
  ['totals', 'accounts'],
  ['strategic', 'strategic'],
  ['p0', 'p0']
];

/** The aggregate aliases of the merged gaps' counts, and the metric each gives. */
const MERGED_ALIASES: readonly [string, keyof MergedCounts][] = [
  ['mergedTotals', 'accounts'],
  ['mergedStrategic', 'strategic'],
  ['mergedP0', 'p0']
];

type AggregateSlot = { value?: unknown; [fn: string]: unknown } | null | undefined;

function slotNumber(slot: AggregateSlot, fn: 'countDistinct'): number {
  const value = numberOrNull(slot?.[fn] as Field);
  return value !== null && value > 0 ? value : 0;
}

function gapKey(node: AggregateNode): string | null {
  const value = node.aggregate?.Product_Gap__c?.value;
  return isRecordId(value) ? toCaseSafeId(value) : null;
}

/**
 * Maps a GapMetricTotals response into one MetricRow per open gap (input order of the gaps, 0 for
 * every metric a gap has no submissions for, and for the metrics in `missing`); missing or bad
 * numbers count as 0.
 */
export function mapMetricTotals(data: ReadData | null | undefined): MetricTotals {
  const query = data?.uiapi?.query;
  const aggregate = data?.uiapi?.aggregate;
  const byGap = new Map<string, MetricValues>();
  const gapConnection = query?.Product_Gap__c;
  const rows: MetricRow[] = nodesOf(gapConnection).map((node) => {
    const metrics: MetricValues = { arr: 0, accounts: 0, strategic: 0, p0: 0, tam: 0, lost: 0 };
    if (isRecordId(node.Id)) byGap.set(toCaseSafeId(node.Id), metrics);
    return { id: node.Id, name: text(node.Name) ?? node.Id, metrics };
  });
  for (const [alias, key] of COUNT_ALIASES) {
    for (const node of nodesOf(aggregate?.[alias])) {
      const gap = gapKey(node);
      const metrics = gap === null ? undefined : byGap.get(gap);
      if (metrics) metrics[key] = slotNumber(node.aggregate?.Account__c, 'countDistinct');
    }
  }
  const truncated =
    gapConnection?.pageInfo?.hasNextPage === true ||
    ['totals', 'strategic', 'p0'].some(
      (alias) => aggregate?.[alias]?.pageInfo?.hasNextPage === true
    );
  const openGaps =
    typeof gapConnection?.totalCount === 'number' ? gapConnection.totalCount : rows.length;
  const merged = (query as MergedQuery | null | undefined)?.merged;
  return {
    rows,
    missing: [...METRICS_NOT_AGGREGATED],
    openGaps,
    truncated,
    mergedInto: mergedInto(merged),
    mergedBound: mergedBound(merged, aggregate, byGap)
  };
}

type Aggregates = NonNullable<NonNullable<ReadData['uiapi']>['aggregate']> | null | undefined;

/**
 * Per open gap, the summed counts of the gaps merged into it (through chains of merges); null
 * unless the merged list and the three merged aggregates came whole.
 */
function mergedBound(
  merged: Connection<GapNode> | null | undefined,
  aggregate: Aggregates,
  open: ReadonlyMap<string, unknown>
): Record<string, MergedCounts> | null {
  if (!merged || merged.pageInfo?.hasNextPage === true) return null;
  const lists = MERGED_ALIASES.map(([alias]) => aggregate?.[alias]);
  if (lists.some((list) => !list || list.pageInfo?.hasNextPage === true)) return null;
  const into = new Map<string, string>();
  for (const node of nodesOf(merged)) {
    const target = node.Duplicate_Of__c?.value;
    if (isRecordId(node.Id) && isRecordId(target))
      into.set(toCaseSafeId(node.Id), toCaseSafeId(target));
  }
  const bound: Record<string, MergedCounts> = {};
  MERGED_ALIASES.forEach(([, key], i) => {
    for (const node of nodesOf(lists[i])) {
      const root = survivorOf(gapKey(node), into);
      if (root === null || !open.has(root)) continue;
      bound[root] ??= { accounts: 0, strategic: 0, p0: 0 };
      bound[root][key] += slotNumber(node.aggregate?.Account__c, 'countDistinct');
    }
  });
  return bound;
}

/** The gap a merged gap ends in, following `into` (null for an unknown gap or a cycle). */
function survivorOf(gap: string | null, into: ReadonlyMap<string, string>): string | null {
  let at = gap;
  for (let step = 0; at !== null && into.has(at); step++) {
    if (step > into.size) return null;
    at = into.get(at)!;
  }
  return at === gap ? null : at;
}

/** The document's aliased list of merged gaps (an alias RecordQuery does not name). */
type MergedQuery = { merged?: Connection<GapNode> | null };

/** The case-safe targets of a `merged` list; null when it is missing or was cut at the page size. */
function mergedInto(connection: Connection<GapNode> | null | undefined): string[] | null {
  if (!connection || connection.pageInfo?.hasNextPage === true) return null;
  const targets = new Set<string>();
  for (const node of nodesOf(connection)) {
    const target = node.Duplicate_Of__c?.value;
    if (isRecordId(target)) targets.add(toCaseSafeId(target));
  }
  return [...targets];
}
