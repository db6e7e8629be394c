// Aggregate queries: count, countDistinct, sum, avg, min, max per field, grouped by fields
// (or parent fields) as `uiapi { aggregate { ... } }` answers them.
import type { FieldDescribe, ObjectDescribe } from '../../tools/shared/schema/describe';
import {
  apiError,
  isVisible,
  relationshipField,
  visibleParent,
  type RequestContext
} from './context';
import { compileFilter } from './filters';
import { decodeCursor, encodeCursor, pageWindow } from './query';
import type { FieldValue, SObject } from './store';
import { compare, displayValue } from './values';

type Args = Record<string, any>;
/** Reads one (possibly parent) field of a record. */
type Getter = (r: SObject) => FieldValue;

interface GroupKey {
  path: string[];
  field: FieldDescribe;
  get: Getter;
  fn?: string;
}

function getter(
  ctx: RequestContext,
  o: ObjectDescribe,
  path: string[]
): { field: FieldDescribe; get: Getter } {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    const field = o.fields[head];
    if (!field)
      throw apiError(`Field '${head}' in type '${o.name}' is undefined`, 'ValidationError');
    return { field, get: (r) => r[head] ?? null };
  }
  const rel = relationshipField(o, head)!;
  const inner = getter(ctx, ctx.store.org[rel.referenceTo!], rest);
  return {
    field: inner.field,
    get: (r) => {
      const p = visibleParent(ctx, o, r, rel.name);
      return p ? inner.get(p) : null;
    }
  };
}

function groupKeys(
  ctx: RequestContext,
  o: ObjectDescribe,
  groupBy: Args | undefined,
  path: string[] = []
): GroupKey[] {
  const keys: GroupKey[] = [];
  for (const [k, v] of Object.entries(groupBy ?? {})) {
    if (!v) continue;
    if ('group' in v || 'function' in v) {
      if (v.group === false) continue;
      const g = getter(ctx, o, [...path, k].slice(path.length ? 0 : 0));
      keys.push({ path: [...path, k], ...g, fn: v.function ?? undefined });
    } else {
      const rel = relationshipField(o, k)!;
      for (const inner of groupKeys(ctx, ctx.store.org[rel.referenceTo!], v, [])) {
        keys.push({
          path: [k, ...inner.path],
          field: inner.field,
          fn: inner.fn,
          get: (r) => {
            const p = visibleParent(ctx, o, r, rel.name);
            return p ? inner.get(p) : null;
          }
        });
      }
    }
  }
  return keys;
}

function applyFn(fn: string | undefined, v: FieldValue): FieldValue {
  if (!fn || v === null) return v;
  const s = String(v);
  if (fn === 'CALENDAR_YEAR' || fn === 'FISCAL_YEAR') return Number(s.slice(0, 4));
  if (fn === 'CALENDAR_MONTH') return Number(s.slice(5, 7));
  if (fn === 'CALENDAR_QUARTER') return Math.ceil(Number(s.slice(5, 7)) / 3);
  if (fn === 'DAY_ONLY') return s.slice(0, 10);
  return v;
}

/** The aggregate of one field over a group of records, shaped as <Type>Aggregate. */
function fieldAggregate(
  f: FieldDescribe,
  values: FieldValue[],
  grouped: { value: FieldValue } | undefined
) {
  const present = values.filter((v) => v !== null) as (string | number | boolean)[];
  const wrap = (v: FieldValue) => ({
    value: v,
    displayValue: displayValue(f, v),
    format: null,
    label: null
  });
  const numeric = ['Currency', 'Double', 'Int', 'Long', 'Percent'].includes(f.dataType);
  let min: FieldValue = null;
  let max: FieldValue = null;
  for (const v of present) {
    if (min === null || compare(v, min) < 0) min = v;
    if (max === null || compare(v, max) > 0) max = v;
  }
  const sum = numeric ? present.reduce((s: number, v) => s + Number(v), 0) : null;
  return {
    value: grouped ? grouped.value : null,
    displayValue: grouped ? displayValue(f, grouped.value) : null,
    format: null,
    count: wrap(present.length),
    countDistinct: wrap(
      new Set(present.map((v) => (typeof v === 'string' ? v.toLowerCase() : v))).size
    ),
    grouping: wrap(grouped ? 0 : 1),
    min: wrap(min),
    max: wrap(max),
    sum: numeric ? wrap(present.length ? sum : null) : null,
    avg: numeric
      ? { value: present.length ? sum! / present.length : null, displayValue: null, format: null }
      : null
  };
}

/** Lazily computed `<Object>_Aggregate` object for one group: field aggregates and parent aggregates. */
function aggregateObject(
  ctx: RequestContext,
  o: ObjectDescribe,
  records: SObject[],
  groups: Map<string, FieldValue>,
  prefix: string
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const f of Object.values(o.fields)) {
    Object.defineProperty(result, f.name, {
      enumerable: true,
      get: () => {
        const key = prefix + f.name;
        const grouped = groups.has(key) ? { value: groups.get(key)! } : undefined;
        return fieldAggregate(
          f,
          records.map((r) => r[f.name] ?? null),
          grouped
        );
      }
    });
    if (f.relationshipName && f.referenceTo && ctx.store.org[f.referenceTo]) {
      const parentObject = ctx.store.org[f.referenceTo];
      Object.defineProperty(result, f.relationshipName, {
        enumerable: true,
        get: () => {
          const parents = records
            .map((r) => visibleParent(ctx, o, r, f.name))
            .filter((p): p is SObject => !!p);
          return aggregateObject(
            ctx,
            parentObject,
            parents,
            groups,
            `${prefix}${f.relationshipName}.`
          );
        }
      });
    }
  }
  return result;
}

/** Answers `aggregate { <Object>(where, groupBy, orderBy, first, after) }`. */
export function aggregateConnection(ctx: RequestContext, o: ObjectDescribe, args: Args) {
  const { first, window } = pageWindow({ ...args, upperBound: args.upperBound ?? undefined });
  const where = compileFilter(ctx, o, args.where);
  const records: SObject[] = [];
  for (const r of ctx.store.table(o.name).values())
    if (isVisible(ctx, o.name, r) && where(r)) records.push(r);
  const keys = groupKeys(ctx, o, args.groupBy);
  const buckets = new Map<string, { values: FieldValue[]; records: SObject[] }>();
  if (keys.length === 0) buckets.set('', { values: [], records });
  else {
    for (const r of records) {
      const values = keys.map((k) => applyFn(k.fn, k.get(r)));
      const id = JSON.stringify(values.map((v) => (typeof v === 'string' ? v.toLowerCase() : v)));
      const b = buckets.get(id);
      if (b) b.records.push(r);
      else buckets.set(id, { values, records: [r] });
    }
  }
  let groups = [...buckets.values()];
  const orderBy = Object.entries(args.orderBy ?? {}).filter(([, c]) => c);
  groups.sort((a, b) => {
    for (const [field, clause] of orderBy as [string, Args][]) {
      const val = (g: typeof a) => {
        const f = o.fields[field];
        const vs = g.records.map((r) => r[field] ?? null).filter((v) => v !== null);
        switch (clause.function) {
          case 'COUNT':
            return vs.length;
          case 'COUNT_DISTINCT':
            return new Set(vs).size;
          case 'SUM':
            return vs.reduce((s: number, v) => s + Number(v), 0);
          case 'AVG':
            return vs.length ? vs.reduce((s: number, v) => s + Number(v), 0) / vs.length : null;
          case 'MAX':
            return vs.reduce<FieldValue>((m, v) => (m === null || compare(v, m) > 0 ? v : m), null);
          case 'MIN':
            return vs.reduce<FieldValue>((m, v) => (m === null || compare(v, m) < 0 ? v : m), null);
          default: {
            const i = keys.findIndex((k) => k.path.join('.') === field);
            if (i < 0)
              throw apiError(
                `Ordering by ${field} requires grouping by it or an aggregate function`,
                'InvalidInput'
              );
            void f;
            return g.values[i];
          }
        }
      };
      const x = val(a);
      const y = val(b);
      const desc = clause.order === 'DESC';
      const nullsFirst = clause.nulls ? clause.nulls === 'FIRST' : !desc;
      if (x === null || y === null) {
        if (x !== y) return (x === null) === nullsFirst ? -1 : 1;
        continue;
      }
      const c = compare(x, y);
      if (c) return desc ? -c : c;
    }
    return 0;
  });
  groups = groups.slice(0, window);
  const start = args.after ? decodeCursor(args.after) + 1 : 0;
  const end = Math.min(start + first, groups.length);
  const edges = [];
  for (let i = start; i < end; i++) {
    const g = groups[i];
    const groupMap = new Map<string, FieldValue>(
      keys.map((k, j) => [k.path.join('.'), g.values[j]])
    );
    edges.push({
      node: { aggregate: aggregateObject(ctx, o, g.records, groupMap, '') },
      cursor: encodeCursor(i)
    });
  }
  return {
    edges,
    pageInfo: {
      hasNextPage: end < groups.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null
    },
    totalCount: groups.length
  };
}
