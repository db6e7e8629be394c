// Exact id -> dense index lookups for the per-submission passes: open addressing over typed
// arrays. Each id is kept once as a record [length (2 units), index (2 units), characters...]
// side by side in one Uint16Array, and a table slot holds the record's offset with spare high
// bits of the hash, so a probe reads the slot and, when those bits agree, one short contiguous
// record: about two cache misses where a hash map needs an entry and the scattered string.

const EMPTY = 0;
const HEADER = 4;

/**
 * FNV-1a over the UTF-16 code units of `text` taken two at a time (half the multiply chain for an
 * 18-character record id), then a murmur3-style finish so low and high bits both mix; unsigned.
 */
function hashOf(text: string): number {
  const length = text.length;
  let hash = 0x811c9dc5 ^ length;
  let c = 0;
  for (; c + 1 < length; c += 2) {
    hash = Math.imul(hash ^ (text.charCodeAt(c) | (text.charCodeAt(c + 1) << 16)), 0x01000193);
  }
  if (c < length) hash = Math.imul(hash ^ text.charCodeAt(c), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

/** Bits needed to write every number below `limit`. */
function bitsFor(limit: number): number {
  let bits = 1;
  while (2 ** bits < limit) bits++;
  return bits;
}

/** A fixed set of ids, each mapped to its position in the list given (a repeated id: the last). */
export class IdIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly records: Uint16Array;
  private readonly offsetBits: number;
  private readonly offsetMask: number;
  private readonly tagUnit: number;
  private readonly tagShift: number;
  private readonly tagMask: number;

  /** Indexes the ids of `items` (any strings; lookups compare every character, never hashes). */
  constructor(items: readonly { id: string }[]) {
    let capacity = 16;
    while (capacity < items.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    let units = 0;
    for (let i = 0; i < items.length; i++) units += HEADER + items[i].id.length;
    this.records = new Uint16Array(units);
    // A slot is (tag << offsetBits) | (offset + 1) in 31 bits; the tag is the hash's top bits.
    this.offsetBits = bitsFor(units + 2);
    this.offsetMask = 2 ** this.offsetBits - 1;
    this.tagUnit = 2 ** this.offsetBits;
    const tagBits = Math.max(0, 31 - this.offsetBits);
    this.tagShift = 32 - tagBits;
    this.tagMask = 2 ** tagBits - 1;
    let end = 0;
    // Read straight from the items: no array of ids beside them (at 1,000,000 rows, megabytes).
    for (let i = 0; i < items.length; i++) end = this.add(items[i].id, i, end);
  }

  /** Adds `id` at index `i` (a repeated id takes the new index); returns the records' new end. */
  private add(id: string, i: number, end: number): number {
    const hash = hashOf(id);
    const records = this.records;
    let slot = hash & this.mask;
    let at = -1;
    while (this.slots[slot] !== EMPTY) {
      at = this.recordAt(slot, hash, id);
      if (at >= 0) break;
      slot = (slot + 1) & this.mask;
    }
    let next = end;
    if (at < 0) {
      at = end;
      records[at] = id.length & 0xffff;
      records[at + 1] = id.length >>> 16;
      for (let c = 0; c < id.length; c++) records[at + HEADER + c] = id.charCodeAt(c);
      next = at + HEADER + id.length;
      this.slots[slot] = this.tagOf(hash) * this.tagUnit + at + 1;
    }
    records[at + 2] = i & 0xffff;
    records[at + 3] = i >>> 16;
    return next;
  }

  private tagOf(hash: number): number {
    return (hash >>> this.tagShift) & this.tagMask;
  }

  /** Offset of the record in `slot` when it holds `id` (whose hash is `hash`), else -1. */
  private recordAt(slot: number, hash: number, id: string): number {
    const entry = this.slots[slot];
    if (entry >>> this.offsetBits !== this.tagOf(hash)) return -1;
    const at = (entry & this.offsetMask) - 1;
    const records = this.records;
    const length = id.length;
    if (records[at] !== (length & 0xffff) || records[at + 1] !== length >>> 16) return -1;
    const start = at + HEADER;
    for (let c = 0; c < length; c++) if (records[start + c] !== id.charCodeAt(c)) return -1;
    return at;
  }

  /** The index of `id`, or -1 when it is not in the set. */
  get(id: string): number {
    const hash = hashOf(id);
    let slot = hash & this.mask;
    while (this.slots[slot] !== EMPTY) {
      const at = this.recordAt(slot, hash, id);
      if (at >= 0) return this.records[at + 2] + this.records[at + 3] * 65536;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }
}
