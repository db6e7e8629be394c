// The TPM's draft Top 10 is kept as overrides of the computed order (pins, additions, removals,
// links, rationales), not as a frozen list: unpinned entries keep following the ranking when the
// weights or the method change, while every choice the TPM made stays put. Every operation is
// pure and returns a new draft, so the screen can persist each step and tests need no DOM.
import { isGitHubIssueUrl } from 'c/gapData';
import { isTpmRationale } from './rationale';
import { TOP_N } from './types';
import type { CurationGap, PublishedRevisionView } from './types';

/** Long text fields (Rationale__c, Notes__c) hold at most this many characters. */
export const MAX_TEXT_LENGTH = 32768;

/** A removal reason is a short sentence on the board's departures: at most this many characters. */
export const MAX_REMOVAL_REASON_LENGTH = 255;

export interface Pin {
  gapId: string;
  /** 1-based rank the TPM fixed the gap at. */
  rank: number;
}

export interface Draft {
  /** Id of the published revision the draft was built on; null before the first publish. */
  baseRevisionId: string | null;
  pins: Pin[];
  /** Gaps the TPM added to the list (kept in even when the ranking would leave them out). */
  added: string[];
  /** Gaps the TPM took off the list. */
  removed: string[];
  /** Why the TPM took a gap off (gap id -> reason as typed), shown on the board; optional. */
  removalReasons: Record<string, string>;
  /** GitHub link per gap id as the TPM typed it ('' = no link). */
  links: Record<string, string>;
  rationales: Record<string, string>;
  notes: string;
}

/** One line of the proposed Top 10. */
export interface ProposedEntry {
  rank: number;
  gapId: string;
  name: string;
  pinned: boolean;
  added: boolean;
  /** The gap's position in the current ranking. */
  computedRank: number;
  githubUrl: string;
  /** True when the link is empty or a valid GitHub issue / pull / discussion link. */
  githubUrlValid: boolean;
  rationale: string;
  /** True when the rationale is a TPM's text carried forward from the published list. */
  rationaleCarried: boolean;
  gap: CurationGap;
}

export type AddResult =
  { ok: true; draft: Draft } | { ok: false; reason: 'unknown' | 'alreadyListed' | 'full' };

function own(record: Record<string, string>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A fresh draft on a revision: its pinned entries stay pinned at their published ranks. */
export function newDraft(revision: PublishedRevisionView | null): Draft {
  const pins: Pin[] = [];
  for (const entry of revision?.entries ?? []) {
    if (entry.pinned && !pins.some((pin) => pin.rank === entry.rank)) {
      pins.push({ gapId: entry.gapId, rank: entry.rank });
    }
  }
  return {
    baseRevisionId: revision?.id ?? null,
    pins,
    added: [],
    removed: [],
    removalReasons: {},
    links: {},
    rationales: {},
    notes: ''
  };
}

/** True when the draft was built on another revision than the one now published. */
export function isStale(draft: Draft, revision: PublishedRevisionView | null): boolean {
  return draft.baseRevisionId !== (revision?.id ?? null);
}

/** The same choices carried onto the current revision, so a publish is no longer refused as stale. */
export function rebase(draft: Draft, revision: PublishedRevisionView | null): Draft {
  return { ...draft, baseRevisionId: revision?.id ?? null };
}

/**
 * The proposed Top 10: pinned gaps at their ranks, then the gaps the TPM added and the best-ranked
 * remaining open gaps, in ranking order, in the free places. `gaps` is the ranking (open gaps, in
 * order). Pins on gaps no longer ranked (resolved, removed) are ignored; a pin beyond the list's
 * length (fewer open gaps than ranks) keeps the gap in the list, in ranking order. Links default to the gap's own link, then the
 * published one. Rationales: the TPM's draft text, else a published rationale a TPM wrote
 * (carried forward), else `generate(gap)` from the current ranking (never a published generated
 * sentence, whose numbers are those of an older ranking).
 */
export function composeList(
  draft: Draft,
  gaps: readonly CurationGap[],
  revision: PublishedRevisionView | null,
  generate: (gap: CurationGap) => string = () => ''
): ProposedEntry[] {
  const removed = new Set(draft.removed);
  const eligible = gaps.filter((gap) => !removed.has(gap.id));
  const size = Math.min(TOP_N, eligible.length);
  const order = new Map(eligible.map((gap, index) => [gap.id, index]));
  const slots: (string | null)[] = new Array<string | null>(size).fill(null);
  const pinned = new Set<string>();
  const mustInclude = new Set(draft.added.filter((id) => order.has(id)));
  for (const pin of draft.pins) {
    if (!order.has(pin.gapId) || pinned.has(pin.gapId)) continue;
    if (pin.rank >= 1 && pin.rank <= size && slots[pin.rank - 1] === null) {
      slots[pin.rank - 1] = pin.gapId;
      pinned.add(pin.gapId);
    } else {
      mustInclude.add(pin.gapId);
    }
  }
  const free = slots.filter((slot) => slot === null).length;
  const chosen = [...mustInclude].filter((id) => !pinned.has(id)).slice(0, free);
  for (const gap of eligible) {
    if (chosen.length >= free) break;
    if (!pinned.has(gap.id) && !mustInclude.has(gap.id)) chosen.push(gap.id);
  }
  chosen.sort((a, b) => order.get(a)! - order.get(b)!);
  let next = 0;
  for (let index = 0; index < size; index++) {
    if (slots[index] === null) slots[index] = chosen[next++] ?? null;
  }
  const published = new Map((revision?.entries ?? []).map((entry) => [entry.gapId, entry]));
  const added = new Set(draft.added);
  return slots
    .filter((id): id is string => id !== null)
    .map((gapId, index) => {
      const gap = eligible[order.get(gapId)!];
      const entry = published.get(gapId);
      const githubUrl = own(draft.links, gapId) ?? gap.githubUrl ?? entry?.githubUrl ?? '';
      return {
        rank: index + 1,
        gapId,
        name: gap.name,
        pinned: pinned.has(gapId),
        added: added.has(gapId),
        computedRank: gap.rank,
        githubUrl,
        githubUrlValid: githubUrl === '' || isGitHubIssueUrl(githubUrl),
        ...rationaleOf(draft, gap, entry?.rationale, generate),
        gap
      };
    });
}

function rationaleOf(
  draft: Draft,
  gap: CurationGap,
  published: string | null | undefined,
  generate: (gap: CurationGap) => string
): { rationale: string; rationaleCarried: boolean } {
  const typed = own(draft.rationales, gap.id);
  if (typed !== undefined) return { rationale: typed, rationaleCarried: false };
  if (isTpmRationale(published)) return { rationale: published, rationaleCarried: true };
  return { rationale: generate(gap), rationaleCarried: false };
}

function withoutReason(reasons: Record<string, string>, gapId: string): Record<string, string> {
  const rest = { ...reasons };
  delete rest[gapId];
  return rest;
}

function withPin(pins: readonly Pin[], gapId: string, rank: number): Pin[] {
  return [...pins.filter((pin) => pin.gapId !== gapId && pin.rank !== rank), { gapId, rank }];
}

/**
 * Adds an open gap to the list (it takes the place of the lowest computed entry). Refused for a
 * gap not in the ranking, one already listed, or when every place is pinned or added by hand.
 */
export function addGap(
  draft: Draft,
  gapId: string,
  gaps: readonly CurationGap[],
  revision: PublishedRevisionView | null
): AddResult {
  if (!gaps.some((gap) => gap.id === gapId)) return { ok: false, reason: 'unknown' };
  const list = composeList(draft, gaps, revision);
  if (list.some((entry) => entry.gapId === gapId)) return { ok: false, reason: 'alreadyListed' };
  if (list.length >= TOP_N && list.every((entry) => entry.pinned || entry.added)) {
    return { ok: false, reason: 'full' };
  }
  return {
    ok: true,
    draft: {
      ...draft,
      added: [...draft.added.filter((id) => id !== gapId), gapId],
      removed: draft.removed.filter((id) => id !== gapId),
      removalReasons: withoutReason(draft.removalReasons, gapId)
    }
  };
}

/** Takes a gap off the list: its pin and addition go, and the ranking refills the place. */
export function removeGap(draft: Draft, gapId: string): Draft {
  return {
    ...draft,
    pins: draft.pins.filter((pin) => pin.gapId !== gapId),
    added: draft.added.filter((id) => id !== gapId),
    removed: draft.removed.includes(gapId) ? draft.removed : [...draft.removed, gapId]
  };
}

/** Pins a listed gap at its current rank, or unpins it (it then follows the ranking again). */
export function togglePin(draft: Draft, list: readonly ProposedEntry[], gapId: string): Draft {
  const entry = list.find((candidate) => candidate.gapId === gapId);
  if (!entry) return draft;
  if (entry.pinned) return { ...draft, pins: draft.pins.filter((pin) => pin.gapId !== gapId) };
  return { ...draft, pins: withPin(draft.pins, gapId, entry.rank) };
}

/**
 * Swaps a listed gap with its neighbour (delta -1 = up, +1 = down). Moving overrides the computed
 * order, so the moved gap is pinned at its new rank; the neighbour keeps its pin (at the old rank)
 * or, unpinned, flows into the freed place — checked, and pinned there if the flow would not.
 * Out of range or unknown: the draft is returned unchanged.
 */
export function moveEntry(
  draft: Draft,
  gaps: readonly CurationGap[],
  revision: PublishedRevisionView | null,
  gapId: string,
  delta: -1 | 1
): Draft {
  const list = composeList(draft, gaps, revision);
  const from = list.findIndex((entry) => entry.gapId === gapId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return draft;
  const neighbour = list[to];
  let pins = withPin(draft.pins, gapId, to + 1);
  if (neighbour.pinned) pins = withPin(pins, neighbour.gapId, from + 1);
  let moved: Draft = { ...draft, pins };
  const check = composeList(moved, gaps, revision);
  if (check[from]?.gapId !== neighbour.gapId) {
    moved = { ...moved, pins: withPin(moved.pins, neighbour.gapId, from + 1) };
  }
  return moved;
}

/** Puts the proposed replacement of a resolved entry at that entry's published rank, pinned. */
export function acceptReplacement(draft: Draft, gapId: string, rank: number): Draft {
  return {
    ...draft,
    pins: withPin(draft.pins, gapId, rank),
    added: draft.added.includes(gapId) ? draft.added : [...draft.added, gapId],
    removed: draft.removed.filter((id) => id !== gapId),
    removalReasons: withoutReason(draft.removalReasons, gapId)
  };
}

/** Sets why the TPM removed a gap (cut to the limit; blank clears it); unchanged for a gap not removed. */
export function setRemovalReason(draft: Draft, gapId: string, reason: string): Draft {
  if (!draft.removed.includes(gapId)) return draft;
  const text = reason.slice(0, MAX_REMOVAL_REASON_LENGTH);
  const rest = withoutReason(draft.removalReasons, gapId);
  return { ...draft, removalReasons: text.trim() === '' ? rest : { ...rest, [gapId]: text } };
}

/** The removed gaps with their reasons ('' when none was given), as departuresOf takes them. */
export function removalsOf(draft: Draft): Map<string, string> {
  return new Map(draft.removed.map((gapId) => [gapId, own(draft.removalReasons, gapId) ?? '']));
}

/** Sets the GitHub link of a gap's entry as typed (trimmed; validity is checked when listed). */
export function setLink(draft: Draft, gapId: string, url: string): Draft {
  return { ...draft, links: { ...draft.links, [gapId]: url.trim() } };
}

/** Sets the rationale of a gap's entry, cut to the field's length. */
export function setRationale(draft: Draft, gapId: string, rationale: string): Draft {
  return {
    ...draft,
    rationales: { ...draft.rationales, [gapId]: rationale.slice(0, MAX_TEXT_LENGTH) }
  };
}

/** Sets the publish notes, cut to the field's length. */
export function setNotes(draft: Draft, notes: string): Draft {
  return { ...draft, notes: notes.slice(0, MAX_TEXT_LENGTH) };
}

/** Entries that block a publish: a GitHub link that is neither empty nor a valid issue link. */
export function invalidEntries(list: readonly ProposedEntry[]): ProposedEntry[] {
  return list.filter((entry) => !entry.githubUrlValid);
}

/** True when the draft holds no choice of the TPM beyond what a fresh draft on its base carries. */
export function isUntouched(draft: Draft, revision: PublishedRevisionView | null): boolean {
  return serializeDraft(draft) === serializeDraft(newDraft(revision));
}

/** The draft as JSON text, for storage. */
export function serializeDraft(draft: Draft): string {
  return JSON.stringify({ version: 1, ...draft });
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function stringRecord(value: unknown): Record<string, string> {
  const record: Record<string, string> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return record;
  for (const [key, text] of Object.entries(value)) {
    if (typeof text === 'string' && key !== '__proto__') record[key] = text;
  }
  return record;
}

function reasonsOf(value: unknown): Record<string, string> {
  const reasons = stringRecord(value);
  for (const gapId of Object.keys(reasons)) {
    reasons[gapId] = reasons[gapId].slice(0, MAX_REMOVAL_REASON_LENGTH);
  }
  return reasons;
}

/** A draft read back from storage; null for anything that is not a draft this code wrote. */
export function parseDraft(text: string | null | undefined): Draft | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  if (value.version !== 1) return null;
  const base = value.baseRevisionId;
  if (base !== null && typeof base !== 'string') return null;
  const pins = Array.isArray(value.pins)
    ? value.pins.filter(
        (pin): pin is Pin =>
          typeof pin === 'object' &&
          pin !== null &&
          typeof (pin as Pin).gapId === 'string' &&
          Number.isInteger((pin as Pin).rank)
      )
    : [];
  return {
    baseRevisionId: base,
    pins: pins.map((pin) => ({ gapId: pin.gapId, rank: pin.rank })),
    added: stringArray(value.added),
    removed: stringArray(value.removed),
    // Drafts stored before reasons were collected have none.
    removalReasons: reasonsOf(value.removalReasons),
    links: stringRecord(value.links),
    rationales: stringRecord(value.rationales),
    notes: typeof value.notes === 'string' ? value.notes.slice(0, MAX_TEXT_LENGTH) : ''
  };
}
