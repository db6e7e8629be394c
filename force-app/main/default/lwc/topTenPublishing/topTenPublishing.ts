// Public API of the Top 10 curation service: the draft kept in the browser, the comparison with
// the published list, the publish request and its one call, and the sentences they produce.
export { CurationSession } from './session';
export type { CurationInputs, CurationView, EditDetail } from './session';
export { publishSession } from './publish';
export type { Competing, PublishOutcome } from './publish';
export { LABELS } from './labels';
export {
  basisLines,
  confirmation,
  confirmContent,
  partialWarning,
  publishBlockedReason,
  publishDisabled,
  publishedSummary,
  refusalMessage,
  screenTexts,
  staleDraftMessage
} from './messages';
export { isUnchangedList } from './unchanged';
export { TOP_N } from './types';
export { MAX_REMOVAL_REASON_LENGTH } from './draft';
export type { CurationGap, PublishBasis, PublishedEntryView, PublishedRevisionView } from './types';
export type { ComparisonRow } from './diff';
export type { Draft, ProposedEntry } from './draft';
export type { ConfidenceInput, RankedRowInput, RankingInput } from './inputs';
export { draftKey } from './storage';
export type { EditorEntry } from './view';
