// Compiles a `where` input into one predicate, once per query, so records are not re-parsed.
import type { FieldDescribe, ObjectDescribe } from '../../tools/shared/schema/describe';
import {
  type RequestContext,
  relationshipField,
  visibleParent,
  apiError,
  isVisible
} from './context';
import type { FieldValue, SObject } from './store';
import { compare } from './values';

export type Predicate = (rec: SObject) => boolean;
type Input = Record<string, any>;

/** Inclusive [first, last] day (YYYY-MM-DD) of a date literal or range relative to `today`. */
export function dateRange(
  today: string,
  literal?: string | null,
  range?: Input | null
): [string, string] {
  const t = new Date(`${today}T00:00:00Z`);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const add = (days: number) => new Date(t.getTime() + days * 86400000);
  const dow = t.getUTCDay();
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth();
  const month = (k: number): [string, string] => [
    day(new Date(Date.UTC(y, m + k, 1))),
    day(new Date(Date.UTC(y, m + k + 1, 0)))
  ];
  if (range) {
    if (range.last_n_days != null) return [day(add(-range.last_n_days)), today];
    if (range.next_n_days != null) return [today, day(add(range.next_n_days))];
    if (range.last_n_months != null) return [month(-range.last_n_months)[0], month(-1)[1]];
    if (range.next_n_months != null) return [month(1)[0], month(range.next_n_months)[1]];
  }
  switch (literal) {
    case 'TODAY':
      return [today, today];
    case 'YESTERDAY':
      return [day(add(-1)), day(add(-1))];
    case 'TOMORROW':
      return [day(add(1)), day(add(1))];
    case 'THIS_WEEK':
      return [day(add(-dow)), day(add(6 - dow))];
    case 'LAST_WEEK':
      return [day(add(-dow - 7)), day(add(-dow - 1))];
    case 'NEXT_WEEK':
      return [day(add(7 - dow)), day(add(13 - dow))];
    case 'THIS_MONTH':
      return month(0);
    case 'LAST_MONTH':
      return month(-1);
    case 'NEXT_MONTH':
      return month(1);
    case 'LAST_90_DAYS':
      return [day(add(-90)), today];
    case 'NEXT_90_DAYS':
      return [today, day(add(90))];
    case 'THIS_YEAR':
      return [`${y}-01-01`, `${y}-12-31`];
    case 'LAST_YEAR':
      return [`${y - 1}-01-01`, `${y - 1}-12-31`];
    case 'NEXT_YEAR':
      return [`${y + 1}-01-01`, `${y + 1}-12-31`];
    default:
      throw apiError(`Unsupported date literal ${String(literal)}`, 'InvalidInput');
  }
}

/** SOQL LIKE (% and _ wildcards, case-insensitive) as a RegExp. */
export function likePattern(pattern: string): RegExp {
  const body = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${body}$`, 'is');
}

function norm(f: FieldDescribe, v: unknown): FieldValue {
  if (v === null || v === undefined) return null;
  if (f.dataType === 'ID') return String(v).slice(0, 15);
  if (f.dataType === 'Date') return String(v).slice(0, 10);
  if (f.dataType === 'DateTime') return new Date(String(v)).toISOString();
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

function fieldPredicate(ctx: RequestContext, f: FieldDescribe, ops: Input): Predicate {
  const name = f.name;
  const tests: ((v: FieldValue) => boolean)[] = [];
  const isDate = f.dataType === 'Date' || f.dataType === 'DateTime';
  // Ids are case-sensitive (15-character form); text compares case-insensitively as in SOQL.
  const exact = (a: FieldValue, b: FieldValue) =>
    String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  const order = f.dataType === 'ID' ? exact : compare;
  const cmp = (a: FieldValue, b: FieldValue) => (a === null || b === null ? NaN : order(a, b));
  for (const [op, raw] of Object.entries(ops)) {
    if (
      isDate &&
      raw &&
      typeof raw === 'object' &&
      !Array.isArray(raw) &&
      (raw.literal || raw.range)
    ) {
      const [from, to] = dateRange(ctx.today, raw.literal, raw.range);
      const dayOf = (v: FieldValue) => (v === null ? null : String(v).slice(0, 10));
      const within = (v: FieldValue) => {
        const d = dayOf(v);
        return d !== null && d >= from && d <= to;
      };
      const t: Record<string, (v: FieldValue) => boolean> = {
        eq: within,
        ne: (v) => v !== null && !within(v),
        lt: (v) => dayOf(v) !== null && dayOf(v)! < from,
        lte: (v) => dayOf(v) !== null && dayOf(v)! <= to,
        gt: (v) => dayOf(v) !== null && dayOf(v)! > to,
        gte: (v) => dayOf(v) !== null && dayOf(v)! >= from
      };
      if (!t[op]) throw apiError(`Operator ${op} does not take a date literal`, 'InvalidInput');
      tests.push(t[op]);
      continue;
    }
    if (op === 'inq' || op === 'ninq') {
      const has = semiJoin(ctx, f, raw as Input);
      tests.push(op === 'inq' ? (v) => v !== null && has(norm(f, v)) : (v) => !has(norm(f, v)));
      continue;
    }
    const unwrap = (x: unknown) => (isDate && x && typeof x === 'object' ? (x as Input).value : x);
    if (op === 'in' || op === 'nin') {
      const list = ((raw as unknown[]) ?? []).map((x) => norm(f, unwrap(x)));
      const set = new Set(
        list.map((x) => (typeof x === 'string' && f.dataType !== 'ID' ? x.toLowerCase() : x))
      );
      const has = (v: FieldValue) =>
        set.has(typeof v === 'string' && f.dataType !== 'ID' ? v.toLowerCase() : v);
      tests.push(op === 'in' ? (v) => v !== null && has(norm(f, v)) : (v) => !has(norm(f, v)));
      continue;
    }
    const target = norm(f, unwrap(raw));
    switch (op) {
      case 'eq':
        tests.push(
          target === null ? (v) => v === null : (v) => v !== null && cmp(norm(f, v), target) === 0
        );
        break;
      case 'ne':
        tests.push(
          target === null ? (v) => v !== null : (v) => v === null || cmp(norm(f, v), target) !== 0
        );
        break;
      case 'lt':
        tests.push((v) => cmp(norm(f, v), target) < 0);
        break;
      case 'lte':
        tests.push((v) => cmp(norm(f, v), target) <= 0);
        break;
      case 'gt':
        tests.push((v) => cmp(norm(f, v), target) > 0);
        break;
      case 'gte':
        tests.push((v) => cmp(norm(f, v), target) >= 0);
        break;
      case 'like': {
        const re = likePattern(String(raw));
        tests.push((v) => v !== null && re.test(String(v)));
        break;
      }
      default:
        throw apiError(`Unknown operator ${op}`, 'InvalidInput');
    }
  }
  return (rec) => {
    const v = rec[name] ?? null;
    for (const t of tests) if (!t(v)) return false;
    return true;
  };
}

/**
 * The values a semi-join subquery selects (`{ <Object>: filter, ApiName: field }`), as a membership
 * test: the field's values over the records of the object the user can see that pass the filter.
 * Computed once, on first use; throws an API error for a malformed subquery.
 */
function semiJoin(ctx: RequestContext, f: FieldDescribe, raw: Input): (v: FieldValue) => boolean {
  const objects = Object.keys(raw ?? {}).filter((key) => key !== 'ApiName');
  const object = objects.length === 1 ? ctx.store.org[objects[0]] : undefined;
  const selected = object?.fields[String(raw?.ApiName)];
  if (!object || selected?.dataType !== 'ID') {
    throw apiError(
      `A semi-join on ${f.name} needs one object and an Id or reference field as ApiName`,
      'InvalidInput'
    );
  }
  let values: Set<FieldValue> | null = null;
  return (v) => {
    if (values === null) {
      const where = compileFilter(ctx, object, raw[objects[0]] as Input);
      values = new Set();
      for (const rec of ctx.store.table(object.name).values()) {
        const value = rec[selected.name];
        if (value !== null && value !== undefined && isVisible(ctx, object.name, rec) && where(rec))
          values.add(norm(selected, value));
      }
    }
    return values.has(v);
  };
}

/** One predicate for a `where` input on `object` (and/or/not, field operators, parent filters). */
export function compileFilter(
  ctx: RequestContext,
  o: ObjectDescribe,
  where: Input | null | undefined
): Predicate {
  if (!where) return () => true;
  const parts: Predicate[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === null || value === undefined) continue;
    if (key === 'and') {
      const subs = (value as Input[]).map((w) => compileFilter(ctx, o, w));
      parts.push((r) => subs.every((p) => p(r)));
    } else if (key === 'or') {
      const subs = (value as Input[]).map((w) => compileFilter(ctx, o, w));
      parts.push((r) => subs.some((p) => p(r)));
    } else if (key === 'not') {
      const sub = compileFilter(ctx, o, value as Input);
      parts.push((r) => !sub(r));
    } else {
      const rel = relationshipField(o, key);
      if (rel) {
        const parentObject = ctx.store.org[rel.referenceTo!];
        const sub = compileFilter(ctx, parentObject, value as Input);
        const empty = { Id: '' } as SObject;
        parts.push((r) => sub(visibleParent(ctx, o, r, rel.name) ?? empty));
      } else {
        const f = o.fields[key];
        if (!f)
          throw apiError(`Field '${key}' in type '${o.name}' is undefined`, 'ValidationError');
        parts.push(fieldPredicate(ctx, f, value as Input));
      }
    }
  }
  return (r) => {
    for (const p of parts) if (!p(r)) return false;
    return true;
  };
}
