// The in-memory org: records per object, indexed by Id, with a write journal so a request can be
// rolled back as one transaction.
import type { OrgDescribe } from '../../tools/shared/schema/describe';

export type FieldValue = string | number | boolean | null;
export type SObject = { Id: string } & Record<string, FieldValue>;

/** Serialisable state of the org. */
export interface OrgState {
  records: Record<string, SObject[]>;
  /** Next record number per object (for Ids and auto-number names). */
  counters: Record<string, number>;
}

/** Records of every object, Id-indexed, with transaction journal and lazily built child indexes. */
export class OrgStore {
  readonly tables = new Map<string, Map<string, SObject>>();
  counters: Record<string, number> = {};
  private journal: Map<string, { object: string; before: SObject | undefined }> | null = null;
  private journalCounters: Record<string, number> | null = null;
  private childIndexes = new Map<string, Map<string, SObject[]>>();
  private uniqueIndexes = new Map<string, Map<string, string>>();
  /** Bumped on every change; caches compare it. */
  version = 0;

  constructor(readonly org: OrgDescribe) {
    for (const o of Object.keys(org)) this.tables.set(o, new Map());
  }

  /** Replaces the whole state. */
  load(state: OrgState): void {
    for (const o of Object.keys(this.org)) this.tables.set(o, new Map());
    for (const [o, list] of Object.entries(state.records)) {
      const table = this.tables.get(o);
      if (!table) continue;
      for (const r of list) table.set(r.Id, r);
    }
    this.counters = { ...state.counters };
    this.changed();
  }

  /** A JSON-ready copy of the state. */
  snapshot(): OrgState {
    const records: Record<string, SObject[]> = {};
    for (const [o, t] of this.tables) records[o] = [...t.values()];
    return { records, counters: { ...this.counters } };
  }

  table(object: string): Map<string, SObject> {
    const t = this.tables.get(object);
    if (!t) throw new Error(`Unknown object ${object}`);
    return t;
  }

  /** The object whose key prefix the Id carries, if any. */
  objectOf(id: string): string | undefined {
    for (const o of Object.values(this.org))
      if (id.startsWith(o.keyPrefix) && this.tables.get(o.name)?.has(id)) return o.name;
    for (const o of Object.values(this.org)) if (id.startsWith(o.keyPrefix)) return o.name;
    return undefined;
  }

  get(id: string | null | undefined): SObject | undefined {
    if (!id) return undefined;
    const o = this.objectOf(id);
    return o ? this.tables.get(o)!.get(id) : undefined;
  }

  /** Starts a transaction: every write until commit/rollback is journaled. */
  begin(): void {
    this.journal = new Map();
    this.journalCounters = { ...this.counters };
  }

  commit(): void {
    this.journal = null;
    this.journalCounters = null;
  }

  /** Undoes every write since begin(). */
  rollback(): void {
    if (!this.journal) return;
    for (const [id, { object, before }] of [...this.journal].reverse()) {
      const t = this.table(object);
      if (before) t.set(id, before);
      else t.delete(id);
    }
    this.counters = this.journalCounters ?? this.counters;
    this.journal = null;
    this.journalCounters = null;
    this.savepoints = [];
    this.changed();
  }

  private savepoints: Map<string, { object: string; before: SObject | undefined }>[] = [];

  /** Marks a point one operation's writes can be undone to (the platform's per-record savepoint). */
  savepoint(): number {
    this.savepoints.push(new Map());
    return this.savepoints.length;
  }

  /** Undoes every write since savepoint `sp` and drops it (and any later one). */
  rollbackTo(sp: number): void {
    while (this.savepoints.length >= sp) {
      const marks = this.savepoints.pop()!;
      for (const [id, { object, before }] of [...marks].reverse()) {
        const t = this.table(object);
        if (before) t.set(id, before);
        else t.delete(id);
      }
    }
    this.changed();
  }

  /** Keeps the writes since savepoint `sp` and drops it (and any later one). */
  release(sp: number): void {
    this.savepoints.length = Math.min(this.savepoints.length, sp - 1);
  }

  private remember(object: string, id: string): void {
    if (this.journal && !this.journal.has(id))
      this.journal.set(id, { object, before: this.table(object).get(id) });
    for (const marks of this.savepoints)
      if (!marks.has(id)) marks.set(id, { object, before: this.table(object).get(id) });
  }

  /** Inserts or replaces a record (records are replaced, never mutated, so snapshots stay valid). */
  put(object: string, rec: SObject): void {
    this.remember(object, rec.Id);
    this.table(object).set(rec.Id, rec);
    this.changed();
  }

  remove(object: string, id: string): void {
    this.remember(object, id);
    this.table(object).delete(id);
    this.changed();
  }

  /** Next record number for an object (1-based, as the sample data numbers them), advancing the counter. */
  nextNumber(object: string): number {
    const n = this.counters[object] ?? this.table(object).size + 1;
    this.counters[object] = n + 1;
    return n;
  }

  /** Result sets of recent queries, keyed by query shape; dropped on any change. */
  readonly resultCache = new Map<string, SObject[]>();

  /** Drops every index and cached result (after a write, or when sharing changes). */
  changed(): void {
    this.version++;
    this.childIndexes.clear();
    this.uniqueIndexes.clear();
    this.resultCache.clear();
  }

  /** Records of `object` whose `field` holds `parentId` (index built on first use). */
  children(object: string, field: string, parentId: string): SObject[] {
    const key = `${object}.${field}`;
    let index = this.childIndexes.get(key);
    if (!index) {
      index = new Map();
      for (const r of this.table(object).values()) {
        const p = r[field];
        if (typeof p !== 'string') continue;
        const list = index.get(p);
        if (list) list.push(r);
        else index.set(p, [r]);
      }
      this.childIndexes.set(key, index);
    }
    return index.get(parentId) ?? [];
  }

  /** Id of the record of `object` whose unique `field` equals `value` (case-insensitive), if any. */
  findUnique(object: string, field: string, value: string): string | undefined {
    const key = `${object}.${field}`;
    let index = this.uniqueIndexes.get(key);
    if (!index) {
      index = new Map();
      for (const r of this.table(object).values()) {
        const v = r[field];
        if (typeof v === 'string') index.set(v.toLowerCase(), r.Id);
      }
      this.uniqueIndexes.set(key, index);
    }
    return index.get(value.toLowerCase());
  }
}
