// Flow formulas and text templates: {!reference} merge fields become identifiers the shared
// formula evaluator resolves through the interview, so $Record, $Record__Prior (ISCHANGED,
// PRIORVALUE, ISNEW), variables and other resources mean what they mean in the flow.
import {
  compileExpression,
  fieldLiteral,
  literalOf,
  type Expression,
  type Literal
} from '../formula';
import type { FieldValue } from '../store';
import { fail, fieldOf, objectOfReference, resolve, type Interview } from './interview';
import type { FlowData } from './model';

interface Compiled {
  expression: Expression;
  /** Identifier -> the flow reference it stands for. */
  refs: Map<string, string>;
}

const cache = new Map<string, Compiled>();
const MERGE = /\{!([^}]+)\}/g;

function compile(text: string): Compiled {
  let c = cache.get(text);
  if (!c) {
    const refs = new Map<string, string>();
    const source = text.replace(MERGE, (_m, ref: string) => {
      const id = `FlowRef${refs.size}`;
      refs.set(id, ref.trim());
      return id;
    });
    c = { expression: compileExpression(source), refs };
    cache.set(text, c);
  }
  return c;
}

const FLOW_TYPES: Record<string, string> = {
  Date: 'Date',
  DateTime: 'DateTime',
  Number: 'Double',
  Currency: 'Currency',
  Boolean: 'Boolean'
};

/** The literal of a flow value; fields keep their describe type (Ids compare as 15 characters). */
function literalFor(it: Interview, ref: string, v: FlowData): Literal {
  if (Array.isArray(v) || (v !== null && typeof v === 'object'))
    return fail(it, `{!${ref}} is a record or collection, not a formula value`);
  const parts = ref.split('.');
  if (parts.length === 2) {
    const object = objectOfReference(it, parts[0]);
    const f = object ? fieldOf(it, object, parts[1]) : undefined;
    if (f) return fieldLiteral(f, v);
  }
  const type = it.flow.variables.get(ref)?.dataType ?? it.flow.formulas.get(ref)?.dataType;
  if (type && FLOW_TYPES[type])
    return fieldLiteral({ name: ref, dataType: FLOW_TYPES[type] } as any, v);
  return literalOf(v);
}

/** Evaluates formula text with {!merge} references in the interview. */
export function evaluateFormulaText(it: Interview, text: string): Literal {
  let c: Compiled;
  try {
    c = compile(text);
  } catch (e) {
    return fail(it, `formula does not parse: ${(e as Error).message}`);
  }
  const ref = (id: string) => {
    const r = c.refs.get(id);
    if (!r) return fail(it, `formula names ${id}; flow formulas reference resources as {!name}`);
    return r;
  };
  const field = (id: string) => {
    const [head, name, ...rest] = ref(id).split('.');
    if (head !== '$Record' || !name || rest.length)
      return fail(it, `ISCHANGED/PRIORVALUE need a {!$Record.Field}, got {!${ref(id)}}`);
    return name;
  };
  try {
    return c.expression.evaluate({
      value: (id) => literalFor(it, ref(id), resolve(it, ref(id))),
      prior: (id) => {
        const name = field(id);
        const rec = it.prior ?? it.record;
        return fieldLiteral(fieldOf(it, it.object, name), rec?.[name] ?? null);
      },
      changed: (id) => {
        const name = field(id);
        return !!it.prior && (it.prior[name] ?? null) !== (it.record?.[name] ?? null);
      },
      isNew: () => !it.prior
    });
  } catch (e) {
    if ((e as Error).name === 'FlowError') throw e;
    return fail(it, (e as Error).message);
  }
}

/** A formula literal as a stored value: dates as YYYY-MM-DD, date/times as ISO text. */
export function literalToValue(l: Literal, dataType?: string): FieldValue {
  if (l.dataType === 'null' || l.value === null || l.value === undefined) return null;
  if (l.value instanceof Date) {
    const iso = l.value.toISOString();
    return dataType === 'DateTime' || l.dataType === 'datetime' ? iso : iso.slice(0, 10);
  }
  if (dataType === 'String') return String(l.value);
  return l.value as FieldValue;
}

/** The value of the formula resource `name`. */
export function evaluateFormulaResource(it: Interview, name: string): FlowData {
  const f = it.flow.formulas.get(name)!;
  return literalToValue(evaluateFormulaText(it, f.expression), f.dataType);
}

/** A text template with each {!reference} replaced by its value. */
export function renderTemplate(it: Interview, text: string): string {
  return text.replace(MERGE, (_m, ref: string) => {
    const v = resolve(it, ref.trim());
    return v === null ? '' : String(v);
  });
}
