// The entry a row shows when it was given none: every text empty, nothing to move.
import type { EditorEntry } from 'c/topTenPublishing';

/** An entry with no gap: the row renders empty and fires nothing. */
export const BLANK: EditorEntry = {
  gapId: '',
  rank: 0,
  rankLabel: '',
  name: '',
  pinned: false,
  added: false,
  computedLabel: '',
  githubUrl: '',
  linkInvalid: false,
  rationale: '',
  rationaleCarried: false,
  isFirst: true,
  isLast: true,
  moveUpLabel: '',
  moveDownLabel: '',
  pinLabel: '',
  removeLabel: ''
};
