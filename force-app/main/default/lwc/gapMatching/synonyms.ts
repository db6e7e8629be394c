// Synonyms and abbreviations an admin edits without code: groups separated by ";" or new lines,
// terms of a group by ",", e.g. "sso, single sign on, single sign-on; mfa, 2fa, two factor".
// Every term of a group reads as the group's first term.
import { normalizeText, stem } from './text';

/** A synonym phrase found in a word list: its canonical token and how many words it spans. */
export interface PhraseHit {
  canonical: string;
  // A property of this plain object, not window.length: the LWS rule matches the name only.
  // eslint-disable-next-line @locker/locker/distorted-window-length-getter
  length: number;
}

/** Looks up synonym phrases (multi-word) and single words. */
export interface SynonymTable {
  /** The longest phrase starting at stems[index] (words already stemmed), or null. */
  longestAt(stems: readonly string[], index: number): PhraseHit | null;
  /** The canonical token of a single (stemmed) word, or null. */
  canonicalOf(word: string): string | null;
  /** Every term of the group a canonical token stands for (normalized), for searching. */
  termsOf(canonical: string): string[];
}

function canonicalToken(term: string): string {
  return term.split(' ').map(stem).join('_');
}

/** Parses the admin's synonym list; blank groups, single-term groups and empty terms are ignored. */
export function parseSynonyms(text: string | null | undefined): SynonymTable {
  const phrases = new Map<string, string>();
  const words = new Map<string, string>();
  const groups = new Map<string, string[]>();
  const starts = new Set<string>();
  let longest = 1;
  for (const group of (text ?? '').split(/[;\n]/)) {
    const terms = [...new Set(group.split(',').map(normalizeText).filter(Boolean))];
    if (terms.length < 2) continue;
    const canonical = canonicalToken(terms[0]);
    groups.set(canonical, [...(groups.get(canonical) ?? []), ...terms]);
    for (const term of terms) {
      const parts = term.split(' ');
      if (parts.length === 1) {
        words.set(stem(term), canonical);
        words.set(term, canonical);
      } else {
        phrases.set(parts.map(stem).join(' '), canonical);
        starts.add(stem(parts[0]));
        longest = Math.max(longest, parts.length);
      }
    }
  }
  return {
    longestAt(list, index) {
      if (!starts.has(list[index])) return null;
      for (let length = Math.min(longest, list.length - index); length >= 2; length -= 1) {
        const key = list.slice(index, index + length).join(' ');
        const canonical = phrases.get(key);
        if (canonical) return { canonical, length };
      }
      return null;
    },
    canonicalOf(word) {
      return words.get(word) ?? null;
    },
    termsOf(canonical) {
      return groups.get(canonical) ?? [];
    }
  };
}

/** No synonyms at all. */
export const NO_SYNONYMS: SynonymTable = parseSynonyms('');
