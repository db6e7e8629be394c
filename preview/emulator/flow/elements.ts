// Walks a flow from a connector: assignments, decisions, loops, data elements and actions, each
// followed by its connector (fault connectors when a data element or action fails).
import { conditionsHold } from './conditions';
import { createRecords, deleteRecords, getRecords, updateRecords } from './data';
import { assign, fail, newInterview, resolve, valueOf, type Interview } from './interview';
import type { FlowData, FlowDefinition, FlowElement, FlowRule } from './model';
import { sendCustomNotification, type SentNotification } from './notifications';

/** Elements one interview may run before it is taken for an endless loop. */
export const MAX_STEPS = 250_000;
/** Subflows one interview may nest before it is taken for endless recursion. */
export const MAX_SUBFLOW_DEPTH = 25;

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());
const list = (v: unknown): any[] => (v === undefined || v === '' ? [] : [v].flat());
const target = (c: any): string | null => (c?.targetReference ? str(c.targetReference) : null);

/** What an interview may do beyond its own variables. */
export interface RunOptions {
  /** Before-save: only $Record may change, no DML and no actions. */
  beforeSave: boolean;
  outbox: SentNotification[];
  /** Active autolaunched flows without a trigger, by API name: what a Subflow element may call. */
  subflows: ReadonlyMap<string, FlowDefinition>;
  /** How many subflows deep this interview runs (0 for a triggered flow). */
  depth?: number;
}

function add(it: Interview, current: FlowData, v: FlowData): FlowData {
  if (Array.isArray(current)) return Array.isArray(v) ? [...current, ...v] : [...current, v];
  if (typeof current === 'string' || typeof v === 'string') return `${current ?? ''}${v ?? ''}`;
  if (current === null && v === null) return null;
  if (typeof current === 'number' || typeof v === 'number')
    return Number(current ?? 0) + Number(v ?? 0);
  return fail(it, 'Add applies to numbers, text and collections');
}

function assignment(it: Interview, el: FlowElement): void {
  for (const item of list(el.body.assignmentItems)) {
    const ref = str(item.assignToReference);
    const op = str(item.operator);
    const v = valueOf(it, item.value);
    const current = op === 'Assign' ? null : resolve(it, ref);
    const items = () =>
      Array.isArray(current) ? current : fail(it, `${op} needs a collection, {!${ref}} is not one`);
    const values = Array.isArray(v) ? v : [v];
    switch (op) {
      case 'Assign':
        assign(it, ref, Array.isArray(v) ? [...v] : v);
        break;
      case 'Add':
        assign(it, ref, add(it, current, v));
        break;
      case 'Subtract':
        assign(
          it,
          ref,
          current === null && v === null ? null : Number(current ?? 0) - Number(v ?? 0)
        );
        break;
      case 'AddItem':
        assign(it, ref, [...items(), v]);
        break;
      case 'AddAtStart':
        assign(it, ref, [...values, ...items()]);
        break;
      case 'RemoveAll':
        assign(
          it,
          ref,
          items().filter((x) => !values.includes(x))
        );
        break;
      case 'RemoveFirst': {
        const arr = [...items()];
        const i = arr.indexOf(v);
        if (i >= 0) arr.splice(i, 1);
        assign(it, ref, arr);
        break;
      }
      case 'AssignCount':
        assign(it, ref, Array.isArray(v) ? v.length : v === null ? 0 : 1);
        break;
      default:
        fail(it, `assignment operator ${op} is not supported by the emulator`);
    }
  }
}

function decision(it: Interview, el: FlowElement): string | null {
  for (const rule of el.body.rules as FlowRule[]) {
    if (conditionsHold(it, rule.conditionLogic, rule.conditions))
      return rule.connector?.targetReference ?? null;
  }
  return target(el.body.defaultConnector);
}

function loop(it: Interview, el: FlowElement): string | null {
  let state = it.loops.get(el.name);
  if (!state) {
    const source = resolve(it, str(el.body.collectionReference));
    if (!Array.isArray(source))
      fail(it, `{!${str(el.body.collectionReference)}} is not a collection`);
    const items = [...(source as FlowData[])];
    if (str(el.body.iterationOrder) === 'Desc') items.reverse();
    state = { items, index: 0 };
    it.loops.set(el.name, state);
  }
  if (state.index < state.items.length) {
    const item = state.items[state.index++];
    const into = str(el.body.assignNextValueToReference);
    if (into) assign(it, into, item);
    return target(el.body.nextValueConnector);
  }
  it.loops.delete(el.name);
  return target(el.body.noMoreValuesConnector);
}

/**
 * Subflow: a new interview of the named autolaunched flow in the same transaction and for the
 * same running user; inputAssignments set its input variables, outputAssignments read its
 * output variables back.
 */
function subflow(it: Interview, el: FlowElement, opts: RunOptions): void {
  const name = str(el.body.flowName);
  const def = opts.subflows.get(name);
  if (!def) return fail(it, `subflow ${name} is not an active autolaunched flow of the package`);
  const depth = (opts.depth ?? 0) + 1;
  if (depth > MAX_SUBFLOW_DEPTH) return fail(it, `subflows nest deeper than ${MAX_SUBFLOW_DEPTH}`);
  const sub = newInterview(def, it.env, it.object, null, undefined);
  for (const a of list(el.body.inputAssignments)) {
    const variable = def.variables.get(str(a.name));
    if (!variable?.isInput) return fail(it, `${name} has no input variable ${str(a.name)}`);
    sub.vars.set(variable.name, valueOf(it, a.value));
  }
  runFrom(sub, def.start.connector?.targetReference ?? null, { ...opts, depth });
  for (const o of list(el.body.outputAssignments)) {
    const variable = def.variables.get(str(o.name));
    if (!variable?.isOutput) return fail(it, `${name} has no output variable ${str(o.name)}`);
    assign(it, str(o.assignToReference), sub.vars.get(variable.name) ?? null);
  }
}

const BEFORE_SAVE_ALLOWED = ['assignments', 'decisions', 'loops', 'recordLookups', 'recordUpdates'];

/** Runs one element; returns the next element's name, or null at the end of the path. */
function step(it: Interview, el: FlowElement, opts: RunOptions): string | null {
  if (opts.beforeSave && !BEFORE_SAVE_ALLOWED.includes(el.kind))
    fail(it, `a before-save flow cannot run <${el.kind}>; it may only change $Record`);
  switch (el.kind) {
    case 'assignments':
      assignment(it, el);
      return target(el.body.connector);
    case 'decisions':
      return decision(it, el);
    case 'loops':
      return loop(it, el);
  }
  try {
    if (el.kind === 'recordLookups') getRecords(it, el.body);
    else if (el.kind === 'recordUpdates') updateRecords(it, el.body, opts.beforeSave);
    else if (el.kind === 'recordCreates') createRecords(it, el.body);
    else if (el.kind === 'recordDeletes') deleteRecords(it, el.body);
    else if (el.kind === 'actionCalls') sendCustomNotification(it, el.body, opts.outbox);
    else if (el.kind === 'subflows') subflow(it, el, opts);
    else fail(it, `element type <${el.kind}> is not supported by the emulator`);
  } catch (e) {
    const fault = target(el.body.faultConnector);
    if (!fault || (e as Error).name === 'FlowError') throw e;
    it.vars.set('$Flow.FaultMessage', (e as Error).message);
    return fault;
  }
  return target(el.body.connector);
}

/** Runs the interview from the element `from` until a path ends. */
export function runFrom(it: Interview, from: string | null, opts: RunOptions): void {
  let next = from;
  let steps = 0;
  while (next) {
    const el = it.flow.elements.get(next);
    if (!el) fail(it, `connector targets ${next}, which is no element of the flow`);
    it.element = el!.name;
    if (++steps > MAX_STEPS) fail(it, `ran more than ${MAX_STEPS} elements; is a loop endless?`);
    next = step(it, el!, opts);
  }
  it.element = null;
}
