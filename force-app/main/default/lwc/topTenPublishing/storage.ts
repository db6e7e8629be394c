// The draft lives in the browser until it is published: one entry per user in localStorage, so a
// reload (or a second tab) finds it again. Storage can be missing or refuse writes (private
// browsing, quota): the draft then lives for the page only, and nothing fails.
import { parseDraft, serializeDraft } from './draft';
import type { Draft } from './draft';

const KEY_PREFIX = 'gtmProductGaps.topTenDraft.';

/** The storage key of a user's draft (the revision it was built on is stored inside it). */
export function draftKey(userId: string | null | undefined): string {
  return KEY_PREFIX + (userId || 'anonymous');
}

function browserStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** The stored draft, or null when there is none, it is unreadable, or storage is unavailable. */
export function loadDraft(key: string, storage: Storage | null = browserStorage()): Draft | null {
  try {
    return parseDraft(storage?.getItem(key));
  } catch {
    return null;
  }
}

/** Stores the draft; false when storage is unavailable or full. */
export function saveDraft(
  key: string,
  draft: Draft,
  storage: Storage | null = browserStorage()
): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, serializeDraft(draft));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the stored draft (after a publish or a discard); never throws. */
export function clearDraft(key: string, storage: Storage | null = browserStorage()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing stored can be cleared: the next load finds nothing either way.
  }
}
