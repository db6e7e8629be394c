// Public API of the data layer: every GraphQL query and mutation the package makes, the
// variables builders, the paging state machines and the mapping into typed plain records.
export { isRecordId, submissionKey, toCaseSafeId } from './recordIds';
export { MAX_URL_LENGTH, gapRecordPage, isGitHubIssueUrl } from './links';
export { flag, nodesOf, numberOrNull, text } from './fields';
export type { Connection, Field, FieldValue } from './fields';
export type { ReadData } from './nodes';
export { GAP_STATUSES, MERGED_STATUS, PRODUCT_AREAS, SEVERITIES } from './picklists';
export {
  CUSTOMER_SUBMISSIONS,
  GAP_DETAIL,
  GAP_SEARCH,
  GAP_SUBMISSIONS_PAGE,
  RANKING_BASE,
  RANKING_DATA,
  RANKING_GAPS_PAGE,
  RANKING_ACCOUNTS,
  RANKING_OPPORTUNITIES,
  RANKING_PARTITION_ALL,
  RANKING_PARTITION_BELOW,
  RANKING_PARTITION_BETWEEN,
  RANKING_PARTITION_FROM,
  RANKING_SUBMISSION_COUNTS,
  RANKING_SUBMISSIONS_PAGE,
  REVISION_BY_SUPERSEDES_KEY,
  SUBMISSION_BY_KEY,
  TOP_TEN_REVISION,
  TOP_TEN_REVISIONS
} from './queries';
export {
  CREATE_GAP,
  CREATE_GAP_WITH_SUBMISSION,
  CREATE_SUBMISSION,
  DELETE_SUBMISSION,
  MERGE_GAP,
  UPDATE_SUBMISSION
} from './mutations';
export { PUBLISH_FIRST } from './publishFirstDocuments';
export { PUBLISH_NEXT } from './publishNextDocuments';
export { PAGE_SIZE, UPPER_BOUND, acceptPage, pageProgress, startPaging } from './paging';
export type { PageState } from './paging';
export {
  mapAccount,
  mapEntry,
  mapGap,
  mapOpportunity,
  mapRevision,
  mapSubmission
} from './records';
export { departuresOf, parseDepartures } from './departures';
export {
  USER_SEARCH,
  USER_SEARCH_LIMIT,
  USER_SEARCH_MIN,
  mapUserSearch,
  userSearchVariables
} from './userSearch';
export type { UserOption } from './userSearch';
export type { DepartureKind, DepartureSnapshot, LeavingEntry } from './departures';
export {
  ROADMAP_STATUSES,
  alignmentProblems,
  isTargetQuarter,
  updateEntryAlignment
} from './alignment';
export type { AlignmentChanges } from './alignment';
export type { EntryAlignment, EntryView, GapView, MappedSubmission, RevisionView } from './records';
export {
  acceptRankingData,
  rankingProgress,
  rankingRequestCount,
  startRankingLoad,
  toMetricsInput
} from './ranking';
export type { RankingLoad, ReadRequest } from './ranking';
export {
  RANKING_PARTITIONS,
  acceptAccountData,
  acceptBaseData,
  acceptCounts,
  acceptOpportunityData,
  acceptPartitionData,
  asRankingLoad,
  oneRangeAfterRefusal,
  parallelProgress,
  startParallelLoad
} from './parallelLoad';
export type { ParallelRankingLoad, PartitionCursor } from './parallelLoad';
export { joinCustomers } from './customerLoad';
export type { CustomerCursor } from './customerLoad';
export { balancedCuts, countsOf } from './partitions';
export type { GapCount } from './partitions';
export {
  MIN_SEARCH_LENGTH,
  acceptGapSubmissionsPage,
  customerSubmissionsRequest,
  escapeLike,
  gapDetailRequest,
  gapCandidatesRequest,
  gapSearchRequest,
  CANDIDATE_PAGE,
  gapSubmissionsPageRequest,
  mapCustomerSubmission,
  mapCustomerSubmissions,
  mapGapDetail,
  mapGapSearch,
  mapRevisions,
  revisionRequest,
  revisionsRequest
} from './reads';
export type { CustomerSubmission, GapDetail, GapMatch, KnownSurvivor, MergeMoves } from './reads';
export { platformTransport, readFailure } from './transport';
export type {
  GraphQLResponse,
  MutationRequest,
  Transport,
  WriteFailure,
  WriteResult
} from './transport';
export {
  createGap,
  createGapWithSubmission,
  createSubmission,
  mergeGap,
  mergeProblems,
  submissionByKeyRequest,
  updateSubmission,
  withdrawSubmission
} from './writes';
export { lookupsKey } from './duplicates';
export type { DuplicateSubmission, SubmissionLookups } from './duplicates';
export type {
  AlreadyFlagged,
  MergeRequest,
  NewGap,
  NewSubmission,
  SubmissionDetails
} from './writes';
export {
  FIRST_KEY,
  TOP_TEN_SIZE,
  mapCompetingRevision,
  publishProblems,
  publishRequest,
  publishTopTen,
  revisionBySupersedesKeyRequest
} from './publish';
export type { PublishDraft, PublishEntry, PublishResult, StalePublish } from './publish';
export {
  CURATION_ENTRY_GAPS,
  curationEntryGapsVariables,
  mapCurationEntryGaps
} from './topTenCurationQueries';
export {
  FLAG_CONTEXT_ACCOUNT,
  FLAG_CONTEXT_OPPORTUNITY,
  flagContextObject,
  flagContextRequest,
  mapFlagContext
} from './gapSubmissionQueries';
export type { FlagContext } from './gapSubmissionQueries';
export {
  GAP_METRIC_TOTALS,
  METRICS_NOT_AGGREGATED,
  METRIC_TOTALS_PAGE,
  mapMetricTotals,
  metricTotalsRequest
} from './gapScorePanelQueries';
export type { MetricTotals } from './gapScorePanelQueries';
export { FIELD_LIMITS } from './limits';
export { DONE_STATUS, SET_GAP_STATUS, setGapDone } from './gapScorePanelWrites';
