// Every sentence the curation screen shows comes from a Custom Label, so admins can translate it.

import TITLE from '@salesforce/label/c.TopTenCuration_Title';
import READ_ONLY_HINT from '@salesforce/label/c.TopTenCuration_ReadOnlyHint';
import NO_REVISION from '@salesforce/label/c.TopTenCuration_NoRevision';
import PUBLISHED_BY from '@salesforce/label/c.TopTenCuration_PublishedBy';
import EMPTY_RANKING from '@salesforce/label/c.TopTenCuration_EmptyRanking';
import STALE_DRAFT from '@salesforce/label/c.TopTenCuration_StaleDraft';
import STALE_DRAFT_KEEP from '@salesforce/label/c.TopTenCuration_StaleDraftKeep';
import DISCARD_DRAFT from '@salesforce/label/c.TopTenCuration_DiscardDraft';
import DRAFT_DISCARDED from '@salesforce/label/c.TopTenCuration_DraftDiscarded';
import STALE_PUBLISH from '@salesforce/label/c.TopTenCuration_StalePublish';
import STALE_PUBLISH_UNKNOWN from '@salesforce/label/c.TopTenCuration_StalePublishUnknown';
import PUBLISH_FAILED from '@salesforce/label/c.TopTenCuration_PublishFailed';
import NOTES from '@salesforce/label/c.TopTenCuration_Notes';
import PUBLISH from '@salesforce/label/c.TopTenCuration_Publish';
import PUBLISHING from '@salesforce/label/c.TopTenCuration_Publishing';
import INVALID_LINKS from '@salesforce/label/c.TopTenCuration_InvalidLinks';
import TOAST_TITLE from '@salesforce/label/c.TopTenCuration_ToastTitle';
import TOAST_MESSAGE from '@salesforce/label/c.TopTenCuration_ToastMessage';
import REMOVAL_REASON_ARIA from '@salesforce/label/c.TopTenCuration_RemovalReasonAria';
import MOVED from '@salesforce/label/c.TopTenCuration_Moved';
import ADDED from '@salesforce/label/c.TopTenCuration_Added';
import REMOVED from '@salesforce/label/c.TopTenCuration_Removed';
import PINNED from '@salesforce/label/c.TopTenCuration_Pinned';
import UNPINNED from '@salesforce/label/c.TopTenCuration_Unpinned';
import REPLACEMENT_DONE from '@salesforce/label/c.TopTenCuration_ReplacementDone';
import ADD_FULL from '@salesforce/label/c.TopTenCuration_AddFull';
import CONFIRM_TITLE from '@salesforce/label/c.TopTenCuration_ConfirmTitle';
import CONFIRM_BODY from '@salesforce/label/c.TopTenCuration_ConfirmBody';
import CONFIRM_CHANGES from '@salesforce/label/c.TopTenCuration_ConfirmChanges';
import MOVE_UP from '@salesforce/label/c.TopTenCuration_MoveUp';
import MOVE_DOWN from '@salesforce/label/c.TopTenCuration_MoveDown';
import PIN from '@salesforce/label/c.TopTenCuration_Pin';
import UNPIN from '@salesforce/label/c.TopTenCuration_Unpin';
import REMOVE from '@salesforce/label/c.TopTenCuration_Remove';
import COMPUTED_RANK from '@salesforce/label/c.TopTenCuration_ComputedRank';
import CHANGE_NEW from '@salesforce/label/c.TopTenCuration_ChangeNew';
import CHANGE_UP from '@salesforce/label/c.TopTenCuration_ChangeUp';
import CHANGE_DOWN from '@salesforce/label/c.TopTenCuration_ChangeDown';
import CHANGE_SAME from '@salesforce/label/c.TopTenCuration_ChangeSame';
import CHANGE_DROPPED from '@salesforce/label/c.TopTenCuration_ChangeDropped';
import RESOLVED_DONE from '@salesforce/label/c.TopTenCuration_ResolvedDone';
import RESOLVED_WONT_DO from '@salesforce/label/c.TopTenCuration_ResolvedWontDo';
import RESOLVED_MERGED from '@salesforce/label/c.TopTenCuration_ResolvedMerged';
import REPLACEMENT from '@salesforce/label/c.TopTenCuration_Replacement';
import NO_REPLACEMENT from '@salesforce/label/c.TopTenCuration_NoReplacement';
import ACCEPT_ARIA from '@salesforce/label/c.TopTenCuration_AcceptAria';
import BASIS_WINDOW from '@salesforce/label/c.TopTenCuration_BasisWindow';
import BASIS_METHOD from '@salesforce/label/c.TopTenCuration_BasisMethod';
import BASIS_WEIGHTS from '@salesforce/label/c.TopTenCuration_BasisWeights';
import BASIS_COUNTS from '@salesforce/label/c.TopTenCuration_BasisCounts';
import PARTIAL_WARNING from '@salesforce/label/c.TopTenCuration_PartialWarning';
import PUBLISH_BLOCKED_EMPTY from '@salesforce/label/c.TopTenCuration_PublishBlockedEmpty';
import UNCHANGED_NOTICE from '@salesforce/label/c.TopTenCuration_UnchangedNotice';

/** The screen's labels, by use. */
export const LABELS = {
  title: TITLE,
  readOnlyHint: READ_ONLY_HINT,
  noRevision: NO_REVISION,
  publishedBy: PUBLISHED_BY,
  emptyRanking: EMPTY_RANKING,
  staleDraft: STALE_DRAFT,
  staleDraftKeep: STALE_DRAFT_KEEP,
  discardDraft: DISCARD_DRAFT,
  draftDiscarded: DRAFT_DISCARDED,
  stalePublish: STALE_PUBLISH,
  stalePublishUnknown: STALE_PUBLISH_UNKNOWN,
  publishFailed: PUBLISH_FAILED,
  notes: NOTES,
  publish: PUBLISH,
  publishing: PUBLISHING,
  invalidLinks: INVALID_LINKS,
  toastTitle: TOAST_TITLE,
  toastMessage: TOAST_MESSAGE,
  moved: MOVED,
  added: ADDED,
  removed: REMOVED,
  pinned: PINNED,
  unpinned: UNPINNED,
  replacementDone: REPLACEMENT_DONE,
  addFull: ADD_FULL,
  confirmTitle: CONFIRM_TITLE,
  confirmBody: CONFIRM_BODY,
  confirmChanges: CONFIRM_CHANGES,
  moveUp: MOVE_UP,
  moveDown: MOVE_DOWN,
  pin: PIN,
  unpin: UNPIN,
  remove: REMOVE,
  computedRank: COMPUTED_RANK,
  changeNew: CHANGE_NEW,
  changeUp: CHANGE_UP,
  changeDown: CHANGE_DOWN,
  changeSame: CHANGE_SAME,
  changeDropped: CHANGE_DROPPED,
  resolvedDone: RESOLVED_DONE,
  resolvedWontDo: RESOLVED_WONT_DO,
  resolvedMerged: RESOLVED_MERGED,
  replacement: REPLACEMENT,
  noReplacement: NO_REPLACEMENT,
  acceptAria: ACCEPT_ARIA,
  removalReasonAria: REMOVAL_REASON_ARIA,
  basisWindow: BASIS_WINDOW,
  basisMethod: BASIS_METHOD,
  basisWeights: BASIS_WEIGHTS,
  basisCounts: BASIS_COUNTS,
  partialWarning: PARTIAL_WARNING,
  publishBlockedEmpty: PUBLISH_BLOCKED_EMPTY,
  unchangedNotice: UNCHANGED_NOTICE
};
