// Exact id -> dense index lookups for the per-submission passes: open addressing over typed
// arrays, with every id's characters packed side by side, so a probe reads two short runs of
// contiguous memory instead of a hash map's entry and the scattered string it points to.

const EMPTY = 0;

/** FNV-1a over the UTF-16 code units of `text`, as a non-negative 31-bit number. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let c = 0; c < text.length; c++) hash = Math.imul(hash ^ text.charCodeAt(c), 0x01000193);
  return hash >>> 1;
}

/** A fixed set of ids, each mapped to its position in the list given (a repeated id: the last). */
export class IdIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly starts: Int32Array;
  private readonly chars: Uint16Array;

  /** Indexes `ids` (any strings; lookups compare every character, never only hashes). */
  constructor(ids: readonly string[]) {
    let capacity = 16;
    while (capacity < ids.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.starts = new Int32Array(ids.length + 1);
    let total = 0;
    for (let i = 0; i < ids.length; i++) {
      this.starts[i] = total;
      total += ids[i].length;
    }
    this.starts[ids.length] = total;
    this.chars = new Uint16Array(total);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      const start = this.starts[i];
      for (let c = 0; c < id.length; c++) this.chars[start + c] = id.charCodeAt(c);
      let slot = hashOf(id) & this.mask;
      while (this.slots[slot] !== EMPTY && !this.matches(this.slots[slot] - 1, id)) {
        slot = (slot + 1) & this.mask;
      }
      this.slots[slot] = i + 1;
    }
  }

  private matches(index: number, id: string): boolean {
    const start = this.starts[index];
    if (this.starts[index + 1] - start !== id.length) return false;
    for (let c = 0; c < id.length; c++)
      if (this.chars[start + c] !== id.charCodeAt(c)) return false;
    return true;
  }

  /** The index of `id`, or -1 when it is not in the set. */
  get(id: string): number {
    let slot = hashOf(id) & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === EMPTY) return -1;
      if (this.matches(entry - 1, id)) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}
