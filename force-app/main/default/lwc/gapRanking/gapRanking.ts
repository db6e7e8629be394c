// Public API of the ranking engine: pure TypeScript, no platform imports, shared by the screens,
// the data layer, the sample-data generator, the emulator, the CLI and the benchmark.
export { METRIC_KEYS, RANKING_METHODS } from './types';
export type {
  AccountRecord,
  BadNumber,
  GapMetrics,
  GapRecord,
  MetricKey,
  MetricRow,
  MetricValues,
  MetricsInput,
  MetricsOptions,
  MetricsReport,
  MetricsResult,
  OpportunityRecord,
  RankOptions,
  RankedGap,
  Ranking,
  RankingMethod,
  Severity,
  SubmissionRecord,
  Weights
} from './types';
export {
  DEFAULT_WEIGHTS,
  RankingInputError,
  activeMetrics,
  parseMethod,
  parseWeights,
  resolveWeights
} from './weights';
export { isClosedStatus } from './merges';
export { computeGapMetrics } from './metrics';
export { prepareRanking, rankGaps } from './model';
export type { RankingModel } from './model';
export { METRIC_PHRASES, describeRanking, explainGap, explainRankedGap, ordinal } from './explain';
export type { GapExplanation } from './explain';
export { METRIC_STEPS, pathIntoTopN, positionWith } from './whatIf';
export { computeConfidence } from './confidence';
export type { ConfidenceOptions } from './confidence';
export { mulberry32 } from './random';
export { rankMetric } from './metricRanks';
export { paretoLayers } from './pareto';
export { proposeReplacements } from './replacement';
export type {
  PublishedEntry,
  Replacement,
  ReplacementProposal,
  ResolutionReason,
  ResolvedEntry
} from './replacement';
