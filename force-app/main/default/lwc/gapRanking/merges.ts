import type { IdIndex } from './idIndex';
import type { GapRecord } from './types';

const CLOSED_STATUSES = new Set(['Done', "Won't Do", 'Duplicate']);

/** True for Done, Won't Do and Duplicate (the closed Status__c values; the one list every layer matches). */
export function isClosedStatus(status: string | null | undefined): boolean {
  return CLOSED_STATUSES.has((status ?? '').trim());
}

export interface MergeResolution {
  /** Per gap index: index of the gap its submissions count for, or -1 (unknown target or cycle). */
  target: Int32Array;
  cycles: string[][];
}

/**
 * Follows Duplicate_Of__c chains to the gap that is not merged, transitively. A chain that reaches a
 * gap not in the list resolves to -1; a cycle is reported once (its gap ids in chain order) and
 * every gap leading into it resolves to -1. Linear in the number of gaps.
 */
export function resolveMerges(gaps: readonly GapRecord[], indexById: IdIndex): MergeResolution {
  const n = gaps.length;
  const target = new Int32Array(n).fill(-2); // -2 = not resolved yet
  const visiting = new Int32Array(n).fill(-1); // walk number that is visiting this gap
  const cycles: string[][] = [];
  // The current walk's gaps, path[0] to path[depth - 1]: a typed array, so no walk reallocates it.
  const path = new Int32Array(n);
  for (let start = 0; start < n; start++) {
    if (target[start] !== -2) continue;
    let depth = 0;
    let current = start;
    let resolved = -2;
    for (;;) {
      if (target[current] !== -2) {
        resolved = target[current];
        break;
      }
      if (visiting[current] === start) {
        const from = path.subarray(0, depth).indexOf(current);
        cycles.push(Array.from(path.subarray(from, depth), (i) => gaps[i].id));
        resolved = -1;
        break;
      }
      visiting[current] = start;
      path[depth++] = current;
      const next = gaps[current].duplicateOfId;
      if (next === null || next === undefined || next === '') {
        resolved = current;
        break;
      }
      const nextIndex = indexById.get(next);
      if (nextIndex < 0) {
        resolved = -1;
        break;
      }
      current = nextIndex;
    }
    for (let d = 0; d < depth; d++) target[path[d]] = resolved;
  }
  return { target, cycles };
}
