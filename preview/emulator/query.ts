// Record queries: filter, order, page (first / after / upperBound, the 4,000-record window) and
// the record nodes with their value wrappers, parents and child connections.
import type { FieldDescribe, ObjectDescribe } from '../../tools/shared/schema/describe';
import {
  apiError,
  isVisible,
  relationshipField,
  visibleParent,
  type RequestContext
} from './context';
import { compileFilter, type Predicate } from './filters';
import type { FieldValue, SObject } from './store';
import { displayValue } from './values';

/** Marks a record node handed to graphql-js, so the field resolver knows how to read it. */
export const RECORD = Symbol('record');
export interface RecordNode {
  [RECORD]: true;
  o: ObjectDescribe;
  rec: SObject;
}

/** Records a page may hold, and the window a query without upperBound can page through. */
export const MAX_FIRST = 2000;
export const DEFAULT_FIRST = 10;
export const MAX_WITHOUT_UPPER_BOUND = 4000;
export const MIN_FIRST_WITH_UPPER_BOUND = 200;

type Args = Record<string, any>;

export function node(o: ObjectDescribe, rec: SObject): RecordNode {
  return { [RECORD]: true, o, rec };
}

/** Opaque cursor of the record at `index` in a result set. */
export function encodeCursor(index: number): string {
  return Buffer.from(`v1:${index}`).toString('base64');
}

/** Index a cursor points at; throws an InvalidCursor API error for anything not made by encodeCursor. */
export function decodeCursor(cursor: string): number {
  const m = /^v1:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!m) throw apiError(`Invalid cursor: ${cursor}`, 'InvalidCursor');
  return Number(m[1]);
}

/** One sort key: reads a comparable value per record (computed once per record, not per comparison). */
interface SortKey {
  read: (r: SObject) => string | number | null;
  desc: boolean;
  nullsFirst: boolean;
}

function sortKeys(ctx: RequestContext, o: ObjectDescribe, orderBy: Args | undefined): SortKey[] {
  const keys: SortKey[] = [];
  for (const [key, clause] of Object.entries(orderBy ?? {})) {
    if (!clause) continue;
    const rel = relationshipField(o, key);
    if (rel) {
      const parentObject = ctx.store.org[rel.referenceTo!];
      const empty = { Id: '' } as SObject;
      for (const inner of sortKeys(ctx, parentObject, clause as Args)) {
        keys.push({
          ...inner,
          read: (r) => inner.read(visibleParent(ctx, o, r, rel.name) ?? empty)
        });
      }
      continue;
    }
    const desc = clause.order === 'DESC';
    const f = o.fields[key];
    // Picklists sort in their defined value order, as SOQL does; text case-insensitively; Ids exactly.
    const picklist = f?.dataType === 'Picklist' ? (f.picklistValues ?? []) : null;
    const read = (r: SObject): string | number | null => {
      const v = r[key];
      if (v === null || v === undefined) return null;
      if (picklist) return picklist.indexOf(String(v));
      if (typeof v === 'number') return v;
      if (typeof v === 'boolean') return v ? 1 : 0;
      return f?.dataType === 'ID' || f?.dataType === 'Date' || f?.dataType === 'DateTime'
        ? v
        : v.toLowerCase();
    };
    keys.push({ read, desc, nullsFirst: clause.nulls ? clause.nulls === 'FIRST' : !desc });
  }
  return keys;
}

/** Sorts records by the keys (Id last, for a stable order), reading each key once per record. */
function sortRecords(records: SObject[], keys: SortKey[]): SObject[] {
  const rows = records.map((rec) => ({ rec, k: keys.map((key) => key.read(rec)) }));
  rows.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const x = a.k[i];
      const y = b.k[i];
      if (x === y) continue;
      if (x === null || y === null) return (x === null) === keys[i].nullsFirst ? -1 : 1;
      const c = x < y ? -1 : 1;
      return keys[i].desc ? -c : c;
    }
    return a.rec.Id < b.rec.Id ? -1 : a.rec.Id > b.rec.Id ? 1 : 0;
  });
  return rows.map((r) => r.rec);
}

/**
 * Filtered, visible, ordered records of a query. Top-level result sets are cached across requests
 * (paging re-asks the same query) until the org or the sharing changes.
 */
function resultSet(
  ctx: RequestContext,
  o: ObjectDescribe,
  args: Args,
  source: SObject[] | Map<string, SObject>,
  cacheKey: unknown
): SObject[] {
  const shared =
    source instanceof Map
      ? `${o.name}|${ctx.today}|${args.scope === 'MINE' ? ctx.userId : ''}|${JSON.stringify(args.where ?? null)}|${JSON.stringify(args.orderBy ?? null)}`
      : null;
  const hit = shared ? ctx.store.resultCache.get(shared) : undefined;
  if (hit) return hit;
  let where = ctx.cache.get(cacheKey) as Predicate | undefined;
  if (!where) {
    where = compileFilter(ctx, o, args.where);
    ctx.cache.set(cacheKey, where);
  }
  const out: SObject[] = [];
  // scope: MINE keeps the records the user owns, as the API's scope argument does.
  const mine = args.scope === 'MINE' && o.fields.OwnerId ? ctx.userId : null;
  for (const r of source.values()) {
    if ((mine === null || r.OwnerId === mine) && isVisible(ctx, o.name, r) && where(r)) out.push(r);
  }
  const sorted = sortRecords(out, sortKeys(ctx, o, args.orderBy));
  if (shared) {
    if (ctx.store.resultCache.size >= 32)
      ctx.store.resultCache.delete(ctx.store.resultCache.keys().next().value!);
    ctx.store.resultCache.set(shared, sorted);
  }
  return sorted;
}

/** Checks first / upperBound against the API's limits and returns the page size and window. */
export function pageWindow(args: Args): { first: number; window: number } {
  const first = args.first ?? DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 0)
    throw apiError(`Invalid value for 'first': ${first}`, 'InvalidInput');
  if (first > MAX_FIRST) {
    throw apiError(
      `The 'first' argument can't be greater than ${MAX_FIRST}. Use pagination to retrieve more records.`,
      'InvalidInput'
    );
  }
  if (args.upperBound === undefined || args.upperBound === null)
    return { first, window: MAX_WITHOUT_UPPER_BOUND };
  if (first < MIN_FIRST_WITH_UPPER_BOUND) {
    throw apiError(
      `With upperBound, 'first' must be from ${MIN_FIRST_WITH_UPPER_BOUND} to ${MAX_FIRST}.`,
      'InvalidInput'
    );
  }
  if (!Number.isInteger(args.upperBound) || args.upperBound < 1) {
    throw apiError(`Invalid value for 'upperBound': ${args.upperBound}`, 'InvalidInput');
  }
  return { first, window: args.upperBound };
}

/** A connection ({ edges, pageInfo, totalCount, pageResultCount }) over `source` records of `o`. */
export function connection(
  ctx: RequestContext,
  o: ObjectDescribe,
  args: Args,
  source: SObject[] | Map<string, SObject>,
  cacheKey: unknown
) {
  const { first, window } = pageWindow(args);
  const all = resultSet(ctx, o, args, source, cacheKey);
  const start = args.after ? decodeCursor(args.after) + 1 : 0;
  const end = Math.min(start + first, window, all.length);
  const edges = [];
  for (let i = start; i < end; i++) edges.push({ node: node(o, all[i]), cursor: encodeCursor(i) });
  return {
    edges,
    pageInfo: {
      hasNextPage: end < Math.min(window, all.length),
      hasPreviousPage: start > 0,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null
    },
    totalCount: all.length,
    pageResultCount: edges.length
  };
}

/** `{ value displayValue format label }` of one field; displayValue is formatted only when asked for. */
class FieldWrapper {
  constructor(
    private ctx: RequestContext,
    private o: ObjectDescribe,
    private f: FieldDescribe,
    private rec: SObject
  ) {}
  get value(): FieldValue {
    return this.rec[this.f.name] ?? null;
  }
  get displayValue(): string | null {
    const parent = this.f.referenceTo
      ? visibleParent(this.ctx, this.o, this.rec, this.f.name)
      : null;
    return displayValue(this.f, this.value, parent ? String(parent.Name ?? '') : null);
  }
  get format(): null {
    return null;
  }
  get label(): FieldValue {
    return this.f.dataType === 'Picklist' ? this.value : null;
  }
}

/** Resolves one field of a record node: value wrapper, parent record or child connection. */
export function resolveRecordField(
  ctx: RequestContext,
  n: RecordNode,
  fieldName: string,
  args: Args,
  cacheKey: unknown
): unknown {
  const { o, rec } = n;
  if (fieldName === 'Id') return rec.Id;
  if (fieldName === 'ApiName') return o.name;
  if (fieldName === 'DisplayValue') return rec.Name ?? null;
  const f = o.fields[fieldName];
  if (f) return new FieldWrapper(ctx, o, f, rec);
  const rel = relationshipField(o, fieldName);
  if (rel) {
    const parent = visibleParent(ctx, o, rec, rel.name);
    return parent ? node(ctx.store.org[rel.referenceTo!], parent) : null;
  }
  const child = o.childRelationships.find((c) => c.name === fieldName);
  if (child) {
    const childObject = ctx.store.org[child.childObject];
    return connection(
      ctx,
      childObject,
      args,
      ctx.store.children(child.childObject, child.field, rec.Id),
      cacheKey
    );
  }
  return null;
}
