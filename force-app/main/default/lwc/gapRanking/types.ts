/** The metrics a gap is ranked on; for every one of them a higher value is better. */
export type MetricKey = 'arr' | 'accounts' | 'strategic' | 'p0' | 'tam' | 'lost';

/** Every metric key, in the fixed order used for display and for tie-breaks. */
export const METRIC_KEYS: readonly MetricKey[] = [
  'arr',
  'accounts',
  'strategic',
  'p0',
  'tam',
  'lost'
];

/** Weight per metric (>= 0); a metric weighted 0 takes no part in any method. */
export type Weights = Record<MetricKey, number>;

/** Metric values of one gap. */
export type MetricValues = Record<MetricKey, number>;

export type RankingMethod = 'borda' | 'rrf' | 'pareto' | 'score';

export const RANKING_METHODS: readonly RankingMethod[] = ['borda', 'rrf', 'pareto', 'score'];

export type Severity = 'P0' | 'P1' | 'P2';

export interface GapRecord {
  id: string;
  name: string;
  /** Status__c picklist value: Open, In Review, On Backlog, In Progress, Done, Won't Do, Duplicate. */
  status: string;
  productArea?: string | null;
  duplicateOfId?: string | null;
  githubUrl?: string | null;
  githubState?: string | null;
}

export interface AccountRecord {
  id: string;
  name?: string | null;
  strategic: boolean;
  /** TAM__c; null or not a finite non-negative number counts as 0 and is reported. */
  tam: number | null;
}

export interface OpportunityRecord {
  id: string;
  name?: string | null;
  /** Amount (the deal's ARR); null or bad counts as 0 and is reported. */
  amount: number | null;
  isClosed: boolean;
  isWon: boolean;
}

export interface SubmissionRecord {
  id: string;
  gapId: string;
  /** null when the user cannot see the account (the lookup is required on the object). */
  accountId: string | null;
  /** null when the submission names no opportunity. */
  opportunityId: string | null;
  /** Severity__c picklist value, e.g. "P0 - Dealbreaker"; only its "P0"/"P1"/"P2" prefix is read. */
  severity: string | null;
  /** CreatedDate, ISO 8601 date or date-time. */
  createdDate?: string | null;
}

export interface MetricsInput {
  gaps: readonly GapRecord[];
  submissions: readonly SubmissionRecord[];
  accounts: readonly AccountRecord[];
  opportunities: readonly OpportunityRecord[];
}

export interface MetricsOptions {
  /** Only submissions created on or after this ISO date / date-time count. */
  from?: string | null;
  /** Only submissions created on or before this ISO date (whole day) / date-time count. */
  to?: string | null;
}

/** The minimal row every ranking method needs: the metric-table path starts here. */
export interface MetricRow {
  id: string;
  name: string;
  metrics: MetricValues;
}

/** Metrics of one open gap, merged duplicates folded in. */
export interface GapMetrics extends MetricRow {
  status: string;
  productArea: string | null;
  githubUrl: string | null;
  githubState?: string | null;
  /** Ids of the gaps merged into this one (transitively), in input order. */
  mergedGapIds: string[];
  /** Submissions counted (after the window), including those with hidden records. */
  submissionCount: number;
  openArr: number;
  wonArr: number;
  lostArr: number;
  lostDeals: number;
  /** ARR of the distinct opportunities flagged from strategic accounts. */
  strategicArr: number;
  /** p0 / accounts, 0 when the gap has no visible account. */
  p0Share: number;
  /** Distinct accounts counted once, at the most severe of their submissions. */
  severityAccounts: Record<Severity, number>;
  /** Submissions of this gap whose account is not visible. */
  hiddenAccountSubmissions: number;
  /** Submissions of this gap naming an opportunity that is not visible. */
  hiddenOpportunitySubmissions: number;
}

export interface BadNumber {
  recordId: string;
  field: 'amount' | 'tam' | 'severity' | 'createdDate';
  value: unknown;
}

/** What the metric computation could not count as given, for the screens to say. */
export interface MetricsReport {
  submissionsCounted: number;
  submissionsOutsideWindow: number;
  /** Submissions of closed gaps (Done, Won't Do) or of gaps merged into a closed gap. */
  submissionsOfClosedGaps: number;
  /** Submissions whose gap (or the gap it is merged into) is not among the gaps given. */
  submissionsOfUnknownGaps: number;
  hiddenAccountSubmissions: number;
  hiddenOpportunitySubmissions: number;
  /** Submissions whose account or named opportunity is not visible, each counted once. */
  hiddenRecordSubmissions: number;
  submissionsWithoutOpportunity: number;
  /** Missing or bad amounts, TAMs, severities, dates: counted as 0 / ignored. */
  badNumbers: BadNumber[];
  /** Each Duplicate_Of cycle found, as the gap ids on it; those gaps are not ranked. */
  mergeCycles: string[][];
}

export interface MetricsResult {
  gaps: GapMetrics[];
  report: MetricsReport;
}

export interface RankOptions {
  method?: RankingMethod;
  weights?: Partial<Weights>;
}

export interface RankedGap {
  id: string;
  name: string;
  /** 1-based position in the overall order (no ties: tie-breaks decide). */
  rank: number;
  /** Aggregate score of the method (higher is better); for pareto the Borda score inside the layer. */
  score: number;
  /** Pareto layer (1 = non-dominated); 1 for every gap under the other methods. */
  layer: number;
  metrics: MetricValues;
  /** Per-metric rank, 1 = best, ties share the averaged rank. */
  metricRanks: MetricValues;
  /** Per-metric competition place (1 + number of gaps strictly better), for sentences. */
  metricPlaces: MetricValues;
  /** Each metric's share of the score (sums to 1 when the score is > 0; 0 for weight-0 metrics). */
  shares: MetricValues;
}

export interface Ranking {
  method: RankingMethod;
  weights: Weights;
  /** The gaps in overall order. */
  gaps: RankedGap[];
}
