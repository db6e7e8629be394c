// Exact id -> dense index lookups for the per-submission pass: open addressing over typed arrays.
// Each id is kept once as a record of 32-bit words [length, index, characters two per word...]
// side by side in one Int32Array, and a table slot holds the record's offset with spare high bits
// of the hash, so a probe reads the slot and, when those bits agree, one short contiguous record:
// about two cache misses where a hash map needs an entry and the scattered string. Characters are
// hashed and compared two UTF-16 units per step.

const EMPTY = 0;
const HEADER = 2;
const HASH_BITS = 30;

/** UTF-16 units c and c + 1 of `text` as one 32-bit word (c + 1 past the end reads as 0). */
function wordAt(text: string, c: number, length: number): number {
  return c + 1 < length ? text.charCodeAt(c) | (text.charCodeAt(c + 1) << 16) : text.charCodeAt(c);
}

/**
 * FNV-1a over the words of `text` (two UTF-16 units each: half the multiply chain for an
 * 18-character record id), then a murmur3-style finish so low and high bits both mix. 30 bits:
 * a small integer in every V8 configuration, so passing it to a call never allocates a heap
 * number (an unsigned 32-bit hash did, for every other lookup: megabytes of garbage per pass).
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
  return hash >>> 2;
}

/** Bits needed to write every number below `limit`. */
function bitsFor(limit: number): number {
  let bits = 1;
  while (2 ** bits < limit) bits++;
  return bits;
}

/** A fixed set of ids, each mapped to its position in the list given (a repeated id: the last). */
export class IdIndex {
  private slots: Int32Array;
  private mask: number;
  private records: Int32Array;
  private readonly offsetBits: number;
  private readonly offsetMask: number;
  private readonly tagUnit: number;
  private readonly tagShift: number;
  private readonly tagMask: number;
  /** Where the next record goes in `records`. */
  private end = 0;

  /**
   * Indexes the ids of `items` (any strings; lookups compare every character, never hashes); with
   * `addEach` false it only makes room for them and the caller adds each with add(id, i).
   */
  constructor(items: readonly { id: string }[], addEach = true) {
    let capacity = 16;
    while (capacity < items.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    let words = 0;
    for (let i = 0; i < items.length; i++) words += HEADER + ((items[i].id.length + 1) >>> 1);
    this.records = new Int32Array(words);
    // A slot is (tag << offsetBits) | (offset + 1) in 31 bits; the tag is the hash's top bits.
    this.offsetBits = bitsFor(words + 2);
    this.offsetMask = 2 ** this.offsetBits - 1;
    this.tagUnit = 2 ** this.offsetBits;
    const tagBits = Math.max(0, Math.min(HASH_BITS, 31 - this.offsetBits));
    this.tagShift = HASH_BITS - tagBits;
    this.tagMask = 2 ** tagBits - 1;
    // Read straight from the items: no array of ids beside them (at 1,000,000 rows, megabytes).
    if (addEach) for (let i = 0; i < items.length; i++) this.add(items[i].id, i);
  }

  /** Adds `id` at index `i` (a repeated id takes the new index); room for it must have been made. */
  add(id: string, i: number): void {
    const hash = hashOf(id);
    const records = this.records;
    let slot = hash & this.mask;
    let at = -1;
    while (this.slots[slot] !== EMPTY) {
      at = this.recordAt(slot, hash, id);
      if (at >= 0) break;
      slot = (slot + 1) & this.mask;
    }
    if (at < 0) {
      at = this.end;
      const length = id.length;
      records[at] = length;
      for (let c = 0; c < length; c += 2) records[at + HEADER + (c >>> 1)] = wordAt(id, c, length);
      this.end = at + HEADER + ((length + 1) >>> 1);
      this.slots[slot] = this.tagOf(hash) * this.tagUnit + at + 1;
    }
    records[at + 1] = i;
  }

  private tagOf(hash: number): number {
    return (hash >>> this.tagShift) & this.tagMask;
  }

  /** Offset of the record in `slot` when it holds `id` (whose hash is `hash`), else -1. */
  private recordAt(slot: number, hash: number, id: string): number {
    const entry = this.slots[slot];
    if (entry >>> this.offsetBits !== this.tagOf(hash)) return -1;
    const at = (entry & this.offsetMask) - 1;
    return this.records[at] === id.length && holds(this.records, at, id) ? at : -1;
  }

  /**
   * Empties the index (every lookup then answers -1) and hands over its record storage, whose
   * contents are then the caller's to overwrite: a caller done with lookups reuses those bytes.
   */
  release(): Int32Array {
    const storage = this.records;
    this.slots = new Int32Array(1);
    this.mask = 0;
    this.records = new Int32Array(HEADER);
    return storage;
  }

  /** The index of `id`, or -1 when it is not in the set (the hot path: kept small to inline). */
  get(id: string): number {
    const hash = hashOf(id);
    const { slots, records, mask, offsetBits, offsetMask } = this;
    const tag = this.tagOf(hash);
    const length = id.length;
    let slot = hash & mask;
    for (let entry = slots[slot]; entry !== EMPTY; entry = slots[(slot = (slot + 1) & mask)]) {
      const at = (entry & offsetMask) - 1;
      if (entry >>> offsetBits === tag && records[at] === length && holds(records, at, id)) {
        return records[at + 1];
      }
    }
    return -1;
  }
}

/** True when the record at `at` (whose length is id's) holds the characters of `id`. */
function holds(records: Int32Array, at: number, id: string): boolean {
  const length = id.length;
  let w = at + HEADER;
  let c = 0;
  for (; c + 1 < length; c += 2, w++) {
    if (records[w] !== (id.charCodeAt(c) | (id.charCodeAt(c + 1) << 16))) return false;
  }
  return c === length || records[w] === id.charCodeAt(c);
}
