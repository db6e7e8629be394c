// Every read the package makes, grouped by screen in the *Queries.ts files.
export { RANKING_DATA, RANKING_SUBMISSIONS_PAGE, RANKING_GAPS_PAGE } from './rankingQueries';
export { TOP_TEN_REVISIONS, TOP_TEN_REVISION, REVISION_BY_SUPERSEDES_KEY } from './revisionQueries';
export { GAP_DETAIL, GAP_SUBMISSIONS_PAGE, GAP_SEARCH } from './gapQueries';
export { CUSTOMER_SUBMISSIONS, SUBMISSION_BY_KEY } from './submissionQueries';
export {
  RANKING_BASE,
  RANKING_SUBMISSION_COUNTS,
  RANKING_PARTITION_ALL,
  RANKING_PARTITION_BELOW,
  RANKING_PARTITION_BETWEEN,
  RANKING_PARTITION_FROM
} from './partitionQueries';
export { RANKING_ACCOUNTS, RANKING_OPPORTUNITIES } from './customerQueries';
