// Decision rules, start conditions and record filters: the comparison operators and the
// condition logic ("and", "or", or "(1 OR 2) AND 3").
import type { SObject } from '../store';
import { fail, fieldOf, valueOf, resolve, type Interview } from './interview';
import type { FlowCondition, FlowData, FlowRecordFilter } from './model';

const isId = (v: unknown): v is string =>
  typeof v === 'string' && /^[0-9A-Za-z]{15}([0-9A-Za-z]{3})?$/.test(v) && /\d/.test(v);

function blank(v: FlowData): boolean {
  return v === null || v === undefined || v === '';
}

/** Equality as flows compare: blank text equals null, Ids of 15 and 18 characters match. */
function same(a: FlowData, b: FlowData, caseInsensitive: boolean): boolean {
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'string' && typeof b === 'string') {
    if (isId(a) && isId(b) && a.length !== b.length) return a.slice(0, 15) === b.slice(0, 15);
    return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
  }
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return a === b;
}

function order(a: FlowData, b: FlowData): number | null {
  if (blank(a) || blank(b)) return null;
  if (typeof a === 'number' || typeof b === 'number') return Number(a) - Number(b);
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** Applies one comparison operator; `changed` answers IsChanged. */
export function compare(
  it: Interview,
  operator: string,
  left: FlowData,
  right: FlowData,
  changed: () => boolean,
  caseInsensitive = false
): boolean {
  switch (operator) {
    case 'EqualTo':
      return same(left, right, caseInsensitive);
    case 'NotEqualTo':
      return !same(left, right, caseInsensitive);
    case 'GreaterThan':
    case 'LessThan':
    case 'GreaterThanOrEqualTo':
    case 'LessThanOrEqualTo': {
      const c = order(left, right);
      if (c === null) return false;
      if (operator === 'GreaterThan') return c > 0;
      if (operator === 'LessThan') return c < 0;
      if (operator === 'GreaterThanOrEqualTo') return c >= 0;
      return c <= 0;
    }
    case 'StartsWith':
    case 'EndsWith':
    case 'Contains': {
      if (Array.isArray(left)) {
        if (operator !== 'Contains') return fail(it, `${operator} does not apply to a collection`);
        return left.some((x) => same(x, right, caseInsensitive));
      }
      if (blank(left)) return false;
      const l = caseInsensitive ? String(left).toLowerCase() : String(left);
      const r = caseInsensitive ? String(right ?? '').toLowerCase() : String(right ?? '');
      if (operator === 'StartsWith') return l.startsWith(r);
      if (operator === 'EndsWith') return l.endsWith(r);
      return l.includes(r);
    }
    case 'IsNull':
    case 'IsBlank':
      return blank(left) === (right === true);
    case 'IsEmpty':
      return (Array.isArray(left) ? left.length === 0 : blank(left)) === (right === true);
    case 'IsChanged':
      return changed() === (right === true);
    case 'In':
    case 'NotIn': {
      if (!Array.isArray(right)) return fail(it, `${operator} needs a collection on the right`);
      const found = right.some((x) => same(left, x, caseInsensitive));
      return operator === 'In' ? found : !found;
    }
    default:
      return fail(it, `operator ${operator} is not supported by the emulator`);
  }
}

/** Combines numbered results with "and", "or" or custom logic such as "(1 OR 2) AND 3". */
export function combine(it: Interview, logic: string | undefined, results: boolean[]): boolean {
  const l = (logic ?? 'and').trim();
  if (!results.length) return true;
  if (/^and$/i.test(l)) return results.every(Boolean);
  if (/^or$/i.test(l)) return results.some(Boolean);
  const tokens = l.match(/\d+|\(|\)|AND|OR|NOT/gi) ?? [];
  if (tokens.join('').length !== l.replace(/\s+/g, '').length)
    return fail(it, `cannot read condition logic "${l}"`);
  let i = 0;
  const primary = (): boolean => {
    const t = tokens[i++];
    if (t === undefined) return fail(it, `condition logic "${l}" ends early`);
    if (t === '(') {
      const v = or();
      if (tokens[i++] !== ')') fail(it, `condition logic "${l}" misses a )`);
      return v;
    }
    if (/^not$/i.test(t)) return !primary();
    const n = Number(t);
    if (!Number.isInteger(n) || n < 1 || n > results.length)
      return fail(it, `condition logic "${l}" names condition ${t}`);
    return results[n - 1];
  };
  const and = (): boolean => {
    let v = primary();
    while (/^and$/i.test(tokens[i] ?? '')) {
      i++;
      const r = primary();
      v = v && r;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (/^or$/i.test(tokens[i] ?? '')) {
      i++;
      const r = and();
      v = v || r;
    }
    return v;
  };
  const out = or();
  if (i !== tokens.length) fail(it, `cannot read condition logic "${l}"`);
  return out;
}

function priorChanged(it: Interview, ref: string): boolean {
  const [head, name, ...rest] = ref.split('.');
  if (head !== '$Record' || !name || rest.length)
    return fail(it, `IsChanged needs a $Record field, got ${ref}`);
  return !!it.prior && (it.prior[name] ?? null) !== (it.record?.[name] ?? null);
}

/** Whether decision/start conditions hold under their logic. */
export function conditionsHold(
  it: Interview,
  logic: string | undefined,
  conditions: FlowCondition[]
): boolean {
  return combine(
    it,
    logic,
    conditions.map((c) =>
      compare(it, c.operator, resolve(it, c.leftValueReference), valueOf(it, c.rightValue), () =>
        priorChanged(it, c.leftValueReference)
      )
    )
  );
}

/** A record filter set compiled to a predicate over records of `object` (SOQL-like: text case-insensitive). */
export function recordPredicate(
  it: Interview,
  object: string,
  logic: string | undefined,
  filters: FlowRecordFilter[],
  prior?: (rec: SObject) => SObject | undefined,
  caseInsensitive = true
): (rec: SObject) => boolean {
  for (const f of filters)
    if (!fieldOf(it, object, f.field) && f.field !== 'Id' && !it.env.setup.has(object))
      fail(it, `${object} has no field ${f.field}`);
  const rights = filters.map((f) => valueOf(it, f.value));
  return (rec) =>
    combine(
      it,
      logic,
      filters.map((f, i) =>
        compare(
          it,
          f.operator,
          rec[f.field] ?? null,
          rights[i],
          () => {
            const p = prior?.(rec);
            return !!p && (p[f.field] ?? null) !== (rec[f.field] ?? null);
          },
          caseInsensitive
        )
      )
    );
}
