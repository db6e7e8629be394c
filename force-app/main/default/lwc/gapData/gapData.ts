// Public API of the data layer, and its index: everything gapData exports is listed here (screens,
// tools and tests import `c/gapData`, never a file of it). Every GraphQL query and mutation the
// package makes, the variables builders, the paging state machines and the mapping into typed
// plain records. Files are laid out by record type: gap* (gaps), submission* (submissions),
// customer* (accounts and opportunities), revision* / publish* / alignment / departures (Top 10
// revisions and entries), user* (users); beside them the plumbing every record type shares
// (fields, nodes, records, paging, transport, recordIds, links, limits, picklists, writes,
// mutations) and the ranking load over all of them (ranking, parallelLoad, partitions).
export { isRecordId, submissionKey, toCaseSafeId } from './recordIds';
export { MAX_URL_LENGTH, gapRecordPage, isGitHubIssueUrl } from './links';
export { flag, nodesOf, numberOrNull, text } from './fields';
export type { Connection, Field, FieldValue } from './fields';
export type { ReadData } from './nodes';
export { GAP_STATUSES, MERGED_STATUS, PRODUCT_AREAS, SEVERITIES } from './picklists';
// Gaps
export { GAP_DETAIL, GAP_SEARCH, GAP_SUBMISSIONS_PAGE } from './gapQueries';
export { RANKING_BASE, RANKING_GAPS_PAGE } from './gapListQueries';
// Submissions
export { CUSTOMER_SUBMISSIONS, SUBMISSION_BY_KEY } from './submissionQueries';
export { RANKING_SUBMISSIONS_PAGE } from './submissionPageQueries';
export { RANKING_PARTITION_ALL, RANKING_SUBMISSION_COUNTS } from './submissionPartitionQueries';
export { RANKING_RANGES, RANKING_RANGES_OUTER } from './submissionRangeQueries';
// Accounts and opportunities
export { RANKING_CUSTOMERS } from './customerQueries';
// Top 10 revisions and entries
export { REVISION_BY_SUPERSEDES_KEY, TOP_TEN_REVISION, TOP_TEN_REVISIONS } from './revisionQueries';
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
  acceptCustomerData,
  customersNext,
  acceptBaseData,
  acceptCounts,
  acceptPartitionData,
  asRankingLoad,
  oneRangeAfterRefusal,
  parallelProgress,
  startParallelLoad
} from './parallelLoad';
export type { ParallelRankingLoad } from './parallelLoad';
export { RANGES_PER_REQUEST, planRanges } from './submissionRanges';
export type { PartitionCursor, RangeCursor, SubmissionRange } from './submissionRanges';
export { joinCustomers } from './customerLoad';
export type { CustomerCursor } from './customerLoad';
export { countsOf, smallestRangeCuts } from './partitions';
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
  updateSubmission,
  withdrawSubmission
} from './writes';
export { readSubmissionByKey, submissionByKeyRequest } from './submissionLookup';
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
export { CURATION_ENTRY_GAPS, curationEntryGapsVariables, mapCurationEntryGaps } from './gapsById';
export {
  FLAG_CONTEXT_ACCOUNT,
  FLAG_CONTEXT_OPPORTUNITY,
  flagContextObject,
  flagContextRequest,
  mapFlagContext
} from './customerContext';
export type { FlagContext } from './customerContext';
export {
  GAP_METRIC_TOTALS,
  METRICS_NOT_AGGREGATED,
  METRIC_TOTALS_PAGE,
  mapMetricTotals,
  metricTotalsRequest
} from './submissionTotals';
export type { MetricTotals } from './submissionTotals';
export { FIELD_LIMITS } from './limits';
export { DONE_STATUS, SET_GAP_STATUS, setGapDone } from './gapStatus';
