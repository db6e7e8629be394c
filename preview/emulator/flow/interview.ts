// One run of a flow (an "interview"): its variables, $Record / $Record__Prior, the running user,
// and how every reference a flow can write ({!x}, $Record.Field, var.Field, $Flow.CurrentDate...)
// resolves to a value.
import type { FieldDescribe, OrgDescribe } from '../../../tools/shared/schema/describe';
import { relationshipField } from '../context';
import type { OrgStore, SObject } from '../store';
import { evaluateFormulaResource, renderTemplate } from './formulas';
import { FlowError, type FlowData, type FlowDefinition, type FlowValue } from './model';

/** What a flow runs against: the org's records and describe, the user, the clock. */
export interface FlowEnvironment {
  store: OrgStore;
  org: OrgDescribe;
  /** The running user ($User); for async paths, the user who changed the record. */
  userId: string;
  now: string;
  today: string;
  /** Records of setup objects the store does not hold (CustomNotificationType). */
  setup: Map<string, SObject[]>;
  /** Record DML in system context, through the org's full save (flows, rules, commit journal). */
  dml: FlowDml;
  /** What the flows of this transaction used of its query limits (shared by every save in it). */
  usage: FlowLimitUsage;
}

/** Per-transaction query use of flows: Get Records, and Update/Delete Records with filters. */
export interface FlowLimitUsage {
  soqlQueries: number;
  soqlRows: number;
}

/** Per-transaction limits of flows (Per-Transaction Flow Limits). */
export const MAX_SOQL_QUERIES = 100;
export const MAX_SOQL_ROWS = 50_000;

/** The writes a flow can make; each runs the target object's own save order. */
export interface FlowDml {
  create(object: string, values: Record<string, unknown>): string;
  update(object: string, id: string, values: Record<string, unknown>): void;
  remove(object: string, id: string): void;
}

/** A running flow. `record` is $Record (the very object a before-save flow edits). */
export interface Interview {
  flow: FlowDefinition;
  env: FlowEnvironment;
  object: string;
  record: SObject | null;
  prior: SObject | undefined;
  vars: Map<string, FlowData>;
  /** Loop element -> its collection snapshot and position. */
  loops: Map<string, { items: FlowData[]; index: number }>;
  /** The element being run, for error messages. */
  element: string | null;
}

/** Starts an interview with every variable at its default. */
export function newInterview(
  flow: FlowDefinition,
  env: FlowEnvironment,
  object: string,
  record: SObject | null,
  prior: SObject | undefined
): Interview {
  const it: Interview = {
    flow,
    env,
    object,
    record,
    prior,
    vars: new Map(),
    loops: new Map(),
    element: null
  };
  for (const v of flow.variables.values())
    it.vars.set(v.name, v.isCollection ? [] : v.value ? literalValue(it, v.value) : null);
  for (const el of flow.elements.values())
    if (String(el.body.storeOutputAutomatically ?? '') === 'true')
      it.vars.set(
        el.name,
        el.kind === 'recordLookups' && String(el.body.getFirstRecordOnly) !== 'true' ? [] : null
      );
  return it;
}

/** Throws a FlowError naming the interview's flow and current element. */
export function fail(it: Interview, message: string): never {
  throw new FlowError(it.flow.name, it.element, message);
}

/** The describe of a field of `object`, if any. */
export function fieldOf(it: Interview, object: string, name: string): FieldDescribe | undefined {
  return it.env.org[object]?.fields[name];
}

function literalValue(it: Interview, v: FlowValue): FlowData {
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.booleanValue !== undefined) return v.booleanValue === 'true';
  if (v.numberValue !== undefined) return Number(v.numberValue);
  if (v.dateValue !== undefined) return v.dateValue.slice(0, 10);
  if (v.dateTimeValue !== undefined) return new Date(v.dateTimeValue).toISOString();
  if (v.elementReference !== undefined) return resolve(it, v.elementReference);
  if (v.formulaExpression !== undefined)
    return fail(it, 'inline formulaExpression values are not supported by the emulator');
  return null;
}

/** The value of a FlowElementReferenceOrValue (null when absent). */
export function valueOf(it: Interview, v: FlowValue | undefined): FlowData {
  return v ? literalValue(it, v) : null;
}

/** The object a record-holding reference ($Record, a record variable, a lookup) is of. */
export function objectOfReference(it: Interview, head: string): string | undefined {
  if (head === '$Record' || head === '$Record__Prior') return it.object;
  if (head === '$User') return 'User';
  const v = it.flow.variables.get(head);
  if (v?.objectType) return v.objectType;
  const el = it.flow.elements.get(head);
  if (el?.kind === 'recordLookups') return String(el.body.object);
  return undefined;
}

function follow(it: Interview, object: string | undefined, rec: SObject | null, path: string[]) {
  let o = object;
  let r: SObject | null = rec;
  for (let i = 0; i < path.length; i++) {
    // "If a flow interview encounters a null value at any point in the cross-object expression,
    // the element containing the reference fails" (only the last field may be null).
    if (r === null && i > 0)
      return fail(it, `the lookup ${path.slice(0, i).join('.')} is empty: cannot read ${path[i]}`);
    if (r === null) return null;
    const seg = path[i];
    const last = i === path.length - 1;
    if (last) {
      if (o && it.env.org[o] && !it.env.org[o].fields[seg])
        return fail(it, `${o} has no field ${seg}`);
      return r[seg] ?? null;
    }
    const lookup = o && it.env.org[o] ? relationshipField(it.env.org[o], seg) : undefined;
    if (!lookup?.referenceTo) return fail(it, `${o ?? 'the record'} has no relationship ${seg}`);
    const id = r[lookup.name];
    o = lookup.referenceTo;
    r = typeof id === 'string' ? (it.env.store.table(o).get(id) ?? null) : null;
  }
  return r;
}

/** Resolves a reference such as $Record.Status__c, $User.Id, Var, Var.Field, Formula, Loop. */
export function resolve(it: Interview, ref: string): FlowData {
  const [head, ...path] = ref.split('.');
  const records = (rec: SObject | null | undefined) =>
    path.length ? follow(it, objectOfReference(it, head), rec ?? null, path) : (rec ?? null);
  switch (head) {
    case '$Record':
      return records(it.record);
    case '$Record__Prior':
      return records(it.prior ?? null);
    case '$User':
      return records(it.env.store.table('User').get(it.env.userId) ?? { Id: it.env.userId });
    case '$Flow':
      if (path[0] === 'CurrentDate') return it.env.today;
      if (path[0] === 'CurrentDateTime' || path[0] === 'InterviewStartTime') return it.env.now;
      if (path[0] === 'FaultMessage') return it.vars.get('$Flow.FaultMessage') ?? null;
      return fail(it, `global ${ref} is not supported by the emulator`);
    case '$GlobalConstant':
      if (path[0] === 'True') return true;
      if (path[0] === 'False') return false;
      if (path[0] === 'EmptyString') return '';
      return fail(it, `unknown global constant ${ref}`);
  }
  if (head.startsWith('$')) return fail(it, `global ${head} is not supported by the emulator`);
  const f = it.flow;
  let base: FlowData;
  if (it.vars.has(head)) base = it.vars.get(head)!;
  else if (f.formulas.has(head)) base = evaluateFormulaResource(it, head);
  else if (f.constants.has(head)) base = valueOf(it, f.constants.get(head));
  else if (f.textTemplates.has(head)) base = renderTemplate(it, f.textTemplates.get(head)!);
  else if (f.elements.get(head)?.kind === 'loops') {
    const loop = it.loops.get(head);
    base = loop ? (loop.items[loop.index - 1] ?? null) : null;
  } else return fail(it, `reference {!${ref}} names nothing in the flow`);
  if (!path.length) return base;
  if (base === null || Array.isArray(base) || typeof base !== 'object')
    return base === null
      ? null
      : fail(it, `{!${head}} is not a record, cannot read ${path.join('.')}`);
  return follow(it, objectOfReference(it, head) ?? loopObject(it, head), base, path);
}

function loopObject(it: Interview, loopName: string): string | undefined {
  const el = it.flow.elements.get(loopName);
  const source = el ? String(el.body.collectionReference ?? '') : '';
  return source ? objectOfReference(it, source.split('.')[0]) : undefined;
}

/** Writes a value to a reference: a variable, var.Field, or $Record.Field. */
export function assign(it: Interview, ref: string, v: FlowData): void {
  const [head, ...path] = ref.split('.');
  if (head === '$Record') {
    if (path.length !== 1 || !it.record) return fail(it, `cannot assign to ${ref}`);
    if (!fieldOf(it, it.object, path[0])) return fail(it, `${it.object} has no field ${path[0]}`);
    it.record[path[0]] = v as any;
    return;
  }
  if (!it.vars.has(head)) return fail(it, `cannot assign to ${ref}: no such variable`);
  if (!path.length) {
    it.vars.set(head, v);
    return;
  }
  const rec = it.vars.get(head);
  if (path.length !== 1 || !rec || Array.isArray(rec) || typeof rec !== 'object')
    return fail(it, `cannot assign to ${ref}`);
  it.vars.set(head, { ...rec, [path[0]]: v as any });
}
