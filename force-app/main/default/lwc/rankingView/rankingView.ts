// The Top 10 ranking's view model, shared by the workbench and its children: rows joined to
// metric details, filters and sort, the ranking session and its state holder, likely duplicate
// pairs, the publish basis, and the CSV export. Pure: no template, no lightning/* imports.
export { TOP_N, RankingSession, confidenceOf, explanationOf } from './session';
export type { DateWindow, ExplanationView, RankedView } from './session';
export {
  METRIC_COLUMNS,
  SORT_KEYS,
  buildRows,
  defaultDirection,
  distinctValues,
  filterRows,
  isSortKey,
  sortRows,
  withConfidence
} from './rows';
export type { RowFilters, SortDirection, SortKey, WorkbenchRow } from './rows';
export {
  INITIAL_VIEW,
  applyFilter,
  toggleSort,
  visibleRows,
  windowInverted,
  windowOf
} from './view';
export type { ViewState } from './view';
export { canRank, settingsFromRevision, withWeight } from './settings';
export type { RankingSettings, RevisionSettings } from './settings';
export { topDuplicatePairs, withDuplicateMarks } from './duplicates';
export type { DuplicatePairView, DuplicateTexts } from './duplicates';
export { publishBasis, weightsText, windowText } from './basis';
export type { PublishBasisView } from './basis';
export { csvCell, toCsv } from './csv';
export type { CsvValue } from './csv';
export { csvFileName, rankingCsv } from './rankingCsv';
export type { CsvHeadings } from './rankingCsv';
export { METHOD_LABELS, METRIC_LABELS } from './labels';
export { WorkbenchRanking } from './workbenchRanking';
export type { RankingSnapshot } from './workbenchRanking';
export { RankingFeed, rankingFeed } from './feed';
