// Evaluates Salesforce formulas (validation rules) over a record: formulon parses and computes;
// this walker adds what formulon lacks for rules: lazy IF/AND/OR/CASE (formulon evaluates every
// argument, so CASESAFEID(blank) in an untaken branch would throw), null-safe CASESAFEID,
// Java-style REGEX, and ISNEW / ISCHANGED / PRIORVALUE against the record before the write.
import { ast as parseAst, parse } from 'formulon';
import type { FieldDescribe, ObjectDescribe } from '../../tools/shared/schema/describe';
import { toCaseSafeId } from '../../tools/shared/sampleData/ids';
import type { FieldValue, SObject } from './store';

/** A formulon literal: { type: 'literal', dataType, value, options }. */
export interface Literal {
  type: 'literal';
  dataType: string;
  value: any;
  options?: Record<string, unknown>;
}
interface Node {
  type: string;
  id?: string;
  name?: string;
  arguments?: Node[];
}

const NULL: Literal = { type: 'literal', dataType: 'null', value: null, options: {} };
const BINARY: Record<string, string> = {
  equal: '=',
  unequal: '<>',
  greaterThan: '>',
  greaterThanOrEqual: '>=',
  lessThan: '<',
  lessThanOrEqual: '<=',
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  exponentiate: '^'
};

/** The formula value of a record field: Ids as 15 characters, as formulas see them. */
export function fieldLiteral(f: FieldDescribe | undefined, v: FieldValue): Literal {
  if (v === null || v === undefined || !f) return NULL;
  switch (f.dataType) {
    case 'ID':
      return {
        type: 'literal',
        dataType: 'text',
        value: String(v).slice(0, 15),
        options: { length: 15 }
      };
    case 'Picklist':
      return {
        type: 'literal',
        dataType: 'picklist',
        value: v,
        options: { values: f.picklistValues ?? [] }
      };
    case 'Currency':
    case 'Double':
    case 'Int':
    case 'Long':
    case 'Percent':
      return {
        type: 'literal',
        dataType: 'number',
        value: Number(v),
        options: { length: f.precision ?? 18, scale: f.scale ?? 0 }
      };
    case 'Boolean':
      return { type: 'literal', dataType: 'checkbox', value: !!v, options: {} };
    case 'Date':
      return {
        type: 'literal',
        dataType: 'date',
        value: new Date(`${String(v).slice(0, 10)}T00:00:00Z`),
        options: {}
      };
    case 'DateTime':
      return { type: 'literal', dataType: 'datetime', value: new Date(String(v)), options: {} };
    default:
      return {
        type: 'literal',
        dataType: 'text',
        value: String(v),
        options: { length: String(v).length }
      };
  }
}

/** A literal for a plain value: text, number, checkbox, or null. */
export function literalOf(value: unknown): Literal {
  return lit(value);
}

function lit(value: unknown): Literal {
  if (value === null || value === undefined) return NULL;
  if (typeof value === 'boolean')
    return { type: 'literal', dataType: 'checkbox', value, options: {} };
  if (typeof value === 'number')
    return { type: 'literal', dataType: 'number', value, options: { length: 18, scale: 0 } };
  return {
    type: 'literal',
    dataType: 'text',
    value: String(value),
    options: { length: String(value).length }
  };
}

function isBlank(l: Literal): boolean {
  return l.dataType === 'null' || l.value === null || l.value === '';
}

function truthy(l: Literal): boolean {
  if (l.dataType === 'null') return false;
  if (l.dataType !== 'checkbox') throw new Error(`Expected a checkbox value, got ${l.dataType}`);
  return l.value === true;
}

/** Runs one formulon function over evaluated arguments. */
function delegate(id: string, args: Literal[]): Literal {
  const subs: Record<string, Literal> = {};
  args.forEach((a, i) => (subs[`p${i}`] = a));
  const names = args.map((_, i) => `p${i}`);
  const text = BINARY[id]
    ? `${names[0]} ${BINARY[id]} ${names[1]}`
    : `${id.toUpperCase()}(${names.join(', ')})`;
  const out = parse(text, subs) as any;
  if (out.type === 'error') throw new Error(`Formula ${id.toUpperCase()} failed: ${out.message}`);
  return out as Literal;
}

/** What a formula's names mean: current value, value before the write, and whether it changed. */
export interface FormulaScope {
  value(name: string): Literal;
  /** PRIORVALUE: the value before the write (the current value on create). */
  prior(name: string): Literal;
  changed(name: string): boolean;
  isNew(): boolean;
}

/** A compiled expression: evaluate(scope) gives its value as a literal. */
export interface Expression {
  identifiers: string[];
  evaluate(scope: FormulaScope): Literal;
}

/** A compiled formula: evaluate(record, prior) gives the formula's value as a literal. */
export interface Formula {
  identifiers: string[];
  evaluate(rec: SObject, prior: SObject | undefined): Literal;
}

/** Compiles a formula of an object; field references resolve through the object's describe. */
export function compileFormula(o: ObjectDescribe, text: string): Formula {
  const expression = compileExpression(text);
  for (const name of expression.identifiers)
    if (!o.fields[name]) throw new Error(`Formula names unknown field ${o.name}.${name}`);
  return {
    identifiers: expression.identifiers,
    evaluate: (rec, prior) =>
      expression.evaluate({
        value: (name) => fieldLiteral(o.fields[name], rec[name] ?? null),
        prior: (name) =>
          fieldLiteral(o.fields[name], prior ? (prior[name] ?? null) : (rec[name] ?? null)),
        changed: (name) => !!prior && (prior[name] ?? null) !== (rec[name] ?? null),
        isNew: () => !prior
      })
  };
}

/** Compiles formula text whose identifiers the scope resolves at evaluation; throws if it does not parse. */
export function compileExpression(text: string): Expression {
  const tree = parseAst(text) as unknown as Node;
  if ((tree as any).type === 'error')
    throw new Error(`Cannot parse formula: ${(tree as any).message}`);
  const identifiers = new Set<string>();
  const walk = (n: Node) => {
    if (n.type === 'identifier') identifiers.add(n.name!);
    n.arguments?.forEach(walk);
  };
  walk(tree);
  const evaluate = (scope: FormulaScope): Literal => {
    const ev = (n: Node): Literal => {
      if (n.type === 'literal') return n as unknown as Literal;
      if (n.type === 'identifier') return scope.value(n.name!);
      const id = n.id!;
      const a = n.arguments ?? [];
      switch (id) {
        case 'if':
          return truthy(ev(a[0])) ? ev(a[1]) : a.length > 2 ? ev(a[2]) : NULL;
        case 'and':
          return lit(a.every((x) => truthy(ev(x))));
        case 'or':
          return lit(a.some((x) => truthy(ev(x))));
        case 'not':
          return lit(!truthy(ev(a[0])));
        case 'isblank':
        case 'isnull':
          return lit(isBlank(ev(a[0])));
        case 'casesafeid': {
          const v = ev(a[0]);
          return isBlank(v) ? NULL : lit(toCaseSafeId(String(v.value)));
        }
        case 'regex': {
          const v = ev(a[0]);
          const pattern = String(ev(a[1]).value);
          return lit(new RegExp(`^(?:${pattern})$`).test(isBlank(v) ? '' : String(v.value)));
        }
        case 'ispickval': {
          const v = ev(a[0]);
          return lit(!isBlank(v) && v.value === ev(a[1]).value);
        }
        case 'isnew':
          return lit(scope.isNew());
        case 'ischanged':
          return lit(scope.changed(a[0].name!));
        case 'priorvalue':
          return scope.prior(a[0].name!);
        case 'equal':
        case 'unequal': {
          const x = ev(a[0]);
          const y = ev(a[1]);
          if (isBlank(x) || isBlank(y)) {
            const same = isBlank(x) && isBlank(y);
            return lit(id === 'equal' ? same : !same);
          }
          return delegate(id, [x, y]);
        }
        case 'add': {
          const x = ev(a[0]);
          const y = ev(a[1]);
          // `&` and `+` on text concatenate; a blank text operand is "".
          if (x.dataType === 'text' || y.dataType === 'text')
            return lit(`${isBlank(x) ? '' : x.value}${isBlank(y) ? '' : y.value}`);
          return delegate(id, [x, y]);
        }
        default: {
          const args = a.map(ev);
          return delegate(id, args);
        }
      }
    };
    return ev(tree);
  };
  return { identifiers: [...identifiers], evaluate };
}
