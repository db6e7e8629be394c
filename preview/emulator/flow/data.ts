// The data elements: Get Records (recordLookups), Create/Update/Delete Records. They run in
// system context (no sharing, no field-level security), as record-triggered flows do.
import type { SObject } from '../store';
import { recordPredicate } from './conditions';
import {
  assign,
  fail,
  fieldOf,
  MAX_SOQL_QUERIES,
  MAX_SOQL_ROWS,
  resolve,
  valueOf,
  type Interview
} from './interview';
import type { FlowData } from './model';
import { filtersOf } from './parse';

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());
const list = (v: unknown): any[] => (v === undefined || v === '' ? [] : [v].flat());

/**
 * Counts one query and its rows against the transaction's limits. Exceeding them fails the
 * transaction whatever fault connector the element has (a FlowError is never routed to a fault path).
 */
function countQuery(it: Interview, rows: number): void {
  const usage = it.env.usage;
  usage.soqlQueries += 1;
  usage.soqlRows += rows;
  if (usage.soqlQueries > MAX_SOQL_QUERIES)
    fail(it, `Too many SOQL queries: ${usage.soqlQueries} (the limit is ${MAX_SOQL_QUERIES})`);
  if (usage.soqlRows > MAX_SOQL_ROWS)
    fail(it, `Too many query rows: ${usage.soqlRows} (the limit is ${MAX_SOQL_ROWS})`);
}

function table(it: Interview, object: string): SObject[] {
  const setup = it.env.setup.get(object);
  if (setup) return setup;
  if (!it.env.org[object]) return fail(it, `object ${object} is not in the org`);
  return [...it.env.store.table(object).values()];
}

/** Get Records: filter, sort, first or all; into outputReference, the element, or outputAssignments. */
export function getRecords(it: Interview, body: any): void {
  const object = str(body.object);
  const matches = recordPredicate(it, object, str(body.filterLogic) || 'and', filtersOf(body));
  let rows = table(it, object).filter(matches);
  countQuery(it, rows.length);
  const sortField = str(body.sortField);
  if (sortField) {
    const dir = str(body.sortOrder) === 'Desc' ? -1 : 1;
    rows = [...rows].sort((a, b) => {
      const x = a[sortField] ?? null;
      const y = b[sortField] ?? null;
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * dir;
    });
  }
  const first = str(body.getFirstRecordOnly) === 'true';
  const copies = rows.map((r) => ({ ...r }));
  const result: FlowData = first ? (copies[0] ?? null) : copies;
  const outputs = list(body.outputAssignments);
  if (outputs.length) {
    const rec = copies[0] ?? null;
    if (!rec && str(body.assignNullValuesIfNoRecordsFound) !== 'true') return;
    for (const o of outputs)
      assign(it, str(o.assignToReference), rec ? (rec[str(o.field)] ?? null) : null);
    return;
  }
  const target = str(body.outputReference);
  if (target) assign(it, target, result);
  else if (str(body.storeOutputAutomatically) === 'true') it.vars.set(it.element!, result);
  else fail(it, 'Get Records stores its result nowhere');
}

function recordsOf(it: Interview, ref: string): SObject[] {
  const v = resolve(it, ref);
  const all = Array.isArray(v) ? v : v === null ? [] : [v];
  return all.map((r) => {
    if (r === null || typeof r !== 'object' || Array.isArray(r))
      return fail(it, `{!${ref}} does not hold records`);
    return r;
  });
}

/** The fields of a record variable a DML may write (updateable/createable, never Id or audit fields). */
function writable(it: Interview, object: string, rec: SObject, mode: 'create' | 'update') {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rec)) {
    const f = fieldOf(it, object, k);
    if (f && (mode === 'create' ? f.createable : f.updateable)) out[k] = v;
  }
  return out;
}

function inputAssignments(it: Interview, body: any): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of list(body.inputAssignments)) out[str(a.field)] = valueOf(it, a.value);
  return out;
}

/** The object of the records a reference holds (record variable, $Record, Get Records element). */
function objectOfRecords(it: Interview, ref: string): string {
  if (ref === '$Record') return it.object;
  const v = it.flow.variables.get(ref);
  if (v?.objectType) return v.objectType;
  const el = it.flow.elements.get(ref);
  if (el?.kind === 'recordLookups') return str(el.body.object);
  return fail(it, `cannot tell the object of {!${ref}}`);
}

/** Update Records: by reference (record or collection), or by object + filters + inputAssignments. */
export function updateRecords(it: Interview, body: any, beforeSave: boolean): void {
  const ref = str(body.inputReference);
  if (ref === '$Record') {
    const values = inputAssignments(it, body);
    if (!it.record) return fail(it, 'no $Record to update');
    const filters = filtersOf(body);
    if (
      filters.length &&
      !recordPredicate(it, it.object, str(body.filterLogic), filters)(it.record)
    )
      return;
    if (beforeSave) {
      for (const [k, v] of Object.entries(values)) assign(it, `$Record.${k}`, v as FlowData);
      return;
    }
    // Without field assignments the element saves $Record as the flow changed it.
    const fields = list(body.inputAssignments).length
      ? values
      : writable(it, it.object, it.record, 'update');
    it.env.dml.update(it.object, it.record.Id, fields);
    return;
  }
  if (beforeSave) return fail(it, 'a before-save flow can only update $Record');
  if (ref) {
    const object = objectOfRecords(it, ref);
    for (const rec of recordsOf(it, ref)) {
      if (!rec.Id) return fail(it, `a record in {!${ref}} has no Id`);
      it.env.dml.update(object, rec.Id, writable(it, object, rec, 'update'));
    }
    return;
  }
  const object = str(body.object);
  const matches = recordPredicate(it, object, str(body.filterLogic) || 'and', filtersOf(body));
  const values = inputAssignments(it, body);
  const found = table(it, object).filter(matches);
  countQuery(it, found.length);
  for (const rec of found) it.env.dml.update(object, rec.Id, values);
}

/** Create Records: from a record/collection variable, or from object + inputAssignments. */
export function createRecords(it: Interview, body: any): void {
  const ref = str(body.inputReference);
  if (ref) {
    const object = objectOfRecords(it, ref);
    const v = resolve(it, ref);
    const single = !Array.isArray(v);
    const made = recordsOf(it, ref).map((rec) => ({
      ...rec,
      Id: it.env.dml.create(object, writable(it, object, rec, 'create'))
    }));
    // The variable's records get their new Ids, as after a DML insert.
    const [head] = ref.split('.');
    if (it.vars.has(head)) it.vars.set(head, single ? (made[0] ?? null) : made);
    return;
  }
  const object = str(body.object);
  const id = it.env.dml.create(object, inputAssignments(it, body));
  const target = str(body.assignRecordIdToReference);
  if (target) assign(it, target, id);
  else if (str(body.storeOutputAutomatically) === 'true') it.vars.set(it.element!, id);
}

/** Delete Records: by reference, or by object + filters. */
export function deleteRecords(it: Interview, body: any): void {
  const ref = str(body.inputReference);
  if (ref) {
    const object = objectOfRecords(it, ref);
    for (const rec of recordsOf(it, ref)) it.env.dml.remove(object, rec.Id);
    return;
  }
  const object = str(body.object);
  const matches = recordPredicate(it, object, str(body.filterLogic) || 'and', filtersOf(body));
  const found = table(it, object).filter(matches);
  countQuery(it, found.length);
  for (const rec of found) it.env.dml.remove(object, rec.Id);
}
