// Exact id -> dense index lookups for the per-submission pass: open addressing over typed arrays.
// Each id is kept once as a record of 32-bit words side by side in one Int32Array, and a table
// slot holds the record's offset with spare high bits of the hash, so a probe reads the slot and,
// when those bits agree, one short contiguous record: about two cache misses where a hash map
// needs an entry and the scattered string. Record ids are ASCII, so when every id is Latin-1 and
// short a record is [index | length << 24, four characters per word...] (an 18-character id in 24
// bytes); otherwise [length, index, two UTF-16 units per word...]. An id is turned into words once
// per lookup, and those words are both hashed and compared.

const EMPTY = 0;
/** Latin-1 records: one header word holds the index (below 2^24) and the length (below 256). */
const LATIN1_INDEX_LIMIT = 2 ** 24;
const LATIN1_LENGTH_LIMIT = 256;

/** Bits needed to write every number below `limit`. */
function bitsFor(limit: number): number {
  let bits = 1;
  while (2 ** bits < limit) bits++;
  return bits;
}

/** A fixed set of ids, each mapped to its position in the list given (a repeated id: the last). */
export class IdIndex {
  private slots = new Int32Array(0);
  private mask = 0;
  private records = new Int32Array(0);
  private offsetBits = 0;
  private offsetMask = 0;
  private tagUnit = 0;
  private tagShift = 0;
  private tagMask = 0;
  /** True: Latin-1 records (one header word, four characters per word); false: UTF-16 ones. */
  private latin1 = true;
  private maxLength = 0;
  /** The words of the id being added or looked up. */
  private scratch = new Int32Array(0);

  /** Indexes the ids of `items` (any strings; lookups compare every character, never hashes). */
  constructor(items: readonly { id: string }[]) {
    let maxLength = 0;
    for (let i = 0; i < items.length; i++) maxLength = Math.max(maxLength, items[i].id.length);
    this.maxLength = maxLength;
    this.latin1 = items.length < LATIN1_INDEX_LIMIT && maxLength < LATIN1_LENGTH_LIMIT;
    // A character above 255 shows up while adding: then the ids are indexed again as UTF-16.
    if (!this.build(items)) {
      this.latin1 = false;
      this.build(items);
    }
  }

  /** Words of an id of `length` characters in the current record form. */
  private wordCount(length: number): number {
    return this.latin1 ? (length + 3) >>> 2 : (length + 1) >>> 1;
  }

  /** Sizes the arrays and adds every id; false when a Latin-1 build meets another character. */
  private build(items: readonly { id: string }[]): boolean {
    let capacity = 16;
    while (capacity < items.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    const header = this.latin1 ? 1 : 2;
    let words = 0;
    for (let i = 0; i < items.length; i++) words += header + this.wordCount(items[i].id.length);
    this.records = new Int32Array(words);
    this.scratch = new Int32Array(this.wordCount(this.maxLength));
    // A slot is (tag << offsetBits) | (offset + 1) in 31 bits; the tag is the hash's top bits.
    this.offsetBits = bitsFor(words + 2);
    this.offsetMask = 2 ** this.offsetBits - 1;
    this.tagUnit = 2 ** this.offsetBits;
    const tagBits = Math.max(0, 31 - this.offsetBits);
    this.tagShift = 32 - tagBits;
    this.tagMask = 2 ** tagBits - 1;
    let end = 0;
    // Read straight from the items: no array of ids beside them (at 1,000,000 rows, megabytes).
    for (let i = 0; i < items.length; i++) {
      end = this.add(items[i].id, i, end);
      if (end < 0) return false;
    }
    return true;
  }

  /**
   * Writes the words of `id` to scratch and returns their hash (FNV-1a over the words, then a
   * murmur3-style finish so low and high bits both mix; unsigned), or -1 when `id` cannot be in
   * the set (longer than every id, or a character above 255 in a Latin-1 set).
   */
  private wordsOf(id: string): number {
    const length = id.length;
    if (length > this.maxLength) return -1;
    const scratch = this.scratch;
    let hash = 0x811c9dc5 ^ length;
    let w = 0;
    let c = 0;
    if (this.latin1) {
      let high = 0;
      for (; c + 3 < length; c += 4, w++) {
        const a = id.charCodeAt(c);
        const b = id.charCodeAt(c + 1);
        const d = id.charCodeAt(c + 2);
        const e = id.charCodeAt(c + 3);
        high |= a | b | d | e;
        scratch[w] = a | (b << 8) | (d << 16) | (e << 24);
        hash = Math.imul(hash ^ scratch[w], 0x01000193);
      }
      if (c < length) {
        let word = 0;
        for (let shift = 0; c < length; c++, shift += 8) {
          const a = id.charCodeAt(c);
          high |= a;
          word |= a << shift;
        }
        scratch[w] = word;
        hash = Math.imul(hash ^ word, 0x01000193);
      }
      if (high > 255) return -1;
    } else {
      for (; c + 1 < length; c += 2, w++) {
        scratch[w] = id.charCodeAt(c) | (id.charCodeAt(c + 1) << 16);
        hash = Math.imul(hash ^ scratch[w], 0x01000193);
      }
      if (c < length) {
        scratch[w] = id.charCodeAt(c);
        hash = Math.imul(hash ^ scratch[w], 0x01000193);
      }
    }
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    return hash >>> 0;
  }

  /**
   * Adds `id` at index `i` (a repeated id takes the new index); returns the records' new end, or
   * -1 when a Latin-1 build meets a character above 255.
   */
  private add(id: string, i: number, end: number): number {
    const hash = this.wordsOf(id);
    if (hash < 0) return -1;
    const records = this.records;
    const length = id.length;
    let slot = hash & this.mask;
    let at = -1;
    while (this.slots[slot] !== EMPTY) {
      at = this.recordAt(slot, hash, length);
      if (at >= 0) break;
      slot = (slot + 1) & this.mask;
    }
    if (at >= 0) {
      if (this.latin1) records[at] = i | (length << 24);
      else records[at + 1] = i;
      return end;
    }
    const words = this.wordCount(length);
    let start = end + 1;
    if (this.latin1) records[end] = i | (length << 24);
    else {
      records[end] = length;
      records[end + 1] = i;
      start = end + 2;
    }
    for (let w = 0; w < words; w++) records[start + w] = this.scratch[w];
    this.slots[slot] = this.tagOf(hash) * this.tagUnit + end + 1;
    return start + words;
  }

  private tagOf(hash: number): number {
    return (hash >>> this.tagShift) & this.tagMask;
  }

  /** Offset of the record in `slot` when it holds the id in scratch (`hash`, `length`), else -1. */
  private recordAt(slot: number, hash: number, length: number): number {
    const entry = this.slots[slot];
    if (entry >>> this.offsetBits !== this.tagOf(hash)) return -1;
    const at = (entry & this.offsetMask) - 1;
    const records = this.records;
    let start = at + 1;
    if (this.latin1) {
      if (records[at] >>> 24 !== length) return -1;
    } else {
      if (records[at] !== length) return -1;
      start = at + 2;
    }
    const scratch = this.scratch;
    const words = this.wordCount(length);
    for (let w = 0; w < words; w++) if (records[start + w] !== scratch[w]) return -1;
    return at;
  }

  /** The index of `id`, or -1 when it is not in the set. */
  get(id: string): number {
    const hash = this.wordsOf(id);
    if (hash < 0) return -1;
    let slot = hash & this.mask;
    while (this.slots[slot] !== EMPTY) {
      const at = this.recordAt(slot, hash, id.length);
      if (at >= 0) return this.latin1 ? this.records[at] & 0xffffff : this.records[at + 1];
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }
}
