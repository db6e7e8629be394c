// Creates, updates and deletes as the org performs them: access, field types, picklists, text
// lengths, lookups and master-detail, before-save flows, required fields, validation rules and
// unique fields, each refused with the UI API's error code; then after-save flows, with their
// asynchronous paths queued for after the commit. A failing write changes nothing.
import type { SchemaView } from '../../tools/shared/schema/buildSchema';
import type { FieldDescribe, ObjectDescribe } from '../../tools/shared/schema/describe';
import { makeRecordId } from '../../tools/shared/sampleData/ids';
import { apiError, isVisible, type RequestContext } from './context';
import type { FlowEnvironment, FlowLimitUsage } from './flow/interview';
import type { AsyncPathRun, FlowRuntime } from './flow/runtime';
import { violations, type CompiledRule } from './rules';
import type { FieldValue, SObject } from './store';

/** How deep flows may cascade through each other's DML (the platform's trigger depth). */
export const MAX_FLOW_DEPTH = 16;

export interface WriteContext extends RequestContext {
  rules: Map<string, CompiledRule[]>;
  flows: FlowRuntime;
  /** Asynchronous paths to run once this transaction commits. */
  asyncQueue: AsyncPathRun[];
  /** Full access, as flows run in system context. */
  systemView: () => SchemaView;
  /** Nesting of flow DML (0 for the request's own writes). */
  depth: number;
  /** Response key of each create of this request -> the Id it created (for "@{alias}"). */
  aliases: Map<string, string>;
  /** Aliases whose operation failed: an operation referencing one fails too. */
  failedAliases: Set<string>;
  /** Called before each write operation; throws to inject a fault. */
  beforeWrite: () => void;
  /** Query use of this transaction's flows; set by its first save, shared by nested saves. */
  flowUsage?: FlowLimitUsage;
}

type Input = Record<string, unknown>;

/** A write refused by the org: message, errorCode and the fields concerned. */
export function writeError(message: string, errorCode: string, fields: string[] = []) {
  const fieldErrors: Record<string, { message: string; errorCode: string }[]> = {};
  for (const f of fields) fieldErrors[f] = [{ message, errorCode }];
  return apiError(message, 'MutationError', { errorCode, fieldErrors });
}

/** Resolves "@{alias}" to the Id the earlier create of this request produced. */
export function resolveRef(ctx: WriteContext, v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const m = /^@\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(v);
  if (!m) return v;
  if (ctx.failedAliases.has(m[1])) {
    throw writeError(
      `The operation ${m[1]} this operation depends on failed.`,
      'INVALID_REFERENCE'
    );
  }
  const id = ctx.aliases.get(m[1]);
  if (!id)
    throw writeError(
      `Reference @{${m[1]}} does not name an earlier create in this request.`,
      'INVALID_REFERENCE'
    );
  return id;
}

function coerce(o: ObjectDescribe, f: FieldDescribe, raw: unknown): FieldValue {
  if (raw === null || raw === undefined || raw === '') return null;
  const bad = () =>
    writeError(
      `Invalid value for ${f.label}: ${JSON.stringify(raw)}`,
      'INVALID_TYPE_ON_FIELD_IN_RECORD',
      [f.name]
    );
  switch (f.dataType) {
    case 'Boolean':
      if (typeof raw !== 'boolean') throw bad();
      return raw;
    case 'Currency':
    case 'Double':
    case 'Percent':
    case 'Int':
    case 'Long': {
      const n = typeof raw === 'number' ? raw : Number(raw);
      if (!Number.isFinite(n)) throw bad();
      if (f.precision !== undefined && f.scale !== undefined) {
        if (Math.abs(Math.trunc(n)).toString().length > f.precision - f.scale) {
          throw writeError(
            `${f.label}: value outside of valid range on numeric field: ${n}`,
            'NUMBER_OUTSIDE_VALID_RANGE',
            [f.name]
          );
        }
        return Number(n.toFixed(f.scale));
      }
      return n;
    }
    case 'Date':
      if (
        typeof raw !== 'string' ||
        !/^\d{4}-\d{2}-\d{2}$/.test(raw) ||
        Number.isNaN(Date.parse(raw))
      )
        throw bad();
      return raw;
    case 'DateTime': {
      const t = typeof raw === 'string' ? Date.parse(raw) : NaN;
      if (Number.isNaN(t)) throw bad();
      return new Date(t).toISOString();
    }
    case 'ID': {
      if (typeof raw !== 'string' || !/^[0-9A-Za-z]{15}([0-9A-Za-z]{3})?$/.test(raw)) {
        throw writeError(`${f.label}: id value of incorrect type: ${String(raw)}`, 'MALFORMED_ID', [
          f.name
        ]);
      }
      return raw;
    }
    default: {
      const s = String(raw);
      if (f.dataType === 'Picklist' && f.restrictedPicklist && !f.picklistValues?.includes(s)) {
        throw writeError(
          `${f.label}: bad value for restricted picklist field: ${s}`,
          'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
          [f.name]
        );
      }
      if (f.length !== undefined && s.length > f.length) {
        throw writeError(
          `${f.label}: data value too large: ${s.slice(0, 40)}${s.length > 40 ? '...' : ''} (max length=${f.length})`,
          'STRING_TOO_LONG',
          [f.name]
        );
      }
      void o;
      return s;
    }
  }
}

function fieldsOf(
  ctx: WriteContext,
  o: ObjectDescribe,
  values: Input,
  mode: 'create' | 'update'
): Record<string, FieldValue> {
  const v = ctx.view.objects[o.name];
  const out: Record<string, FieldValue> = {};
  for (const [name, raw] of Object.entries(values ?? {})) {
    const f = o.fields[name];
    if (!f || !v?.read[name])
      throw writeError(`No such column '${name}' on entity '${o.name}'.`, 'INVALID_FIELD', [name]);
    const writable = mode === 'create' ? f.createable : f.updateable;
    if (!writable || !v.edit_[name]) {
      throw writeError(
        `Unable to ${mode} the field ${f.label}: insufficient access rights.`,
        'INSUFFICIENT_ACCESS_OR_READONLY',
        [name]
      );
    }
    out[name] = coerce(o, f, f.referenceTo ? resolveRef(ctx, raw) : raw);
    if (f.referenceTo && typeof out[name] === 'string')
      out[name] = canonicalId(ctx, f, out[name] as string);
  }
  return out;
}

function canonicalId(ctx: WriteContext, f: FieldDescribe, id: string): string {
  const table = ctx.store.table(f.referenceTo!);
  if (table.has(id)) return id;
  for (const key of table.keys()) if (key.slice(0, 15) === id.slice(0, 15)) return key;
  return id;
}

/** Checks lookups (target exists, visible, master readable) and required fields, rules and unique fields. */
function check(
  ctx: WriteContext,
  o: ObjectDescribe,
  rec: SObject,
  prior: SObject | undefined
): void {
  for (const f of Object.values(o.fields)) {
    const val = rec[f.name];
    if (f.referenceTo && typeof val === 'string' && (!prior || prior[f.name] !== val)) {
      const parent = ctx.store.table(f.referenceTo).get(val);
      if (!parent) {
        throw writeError(
          `${f.label}: id value of incorrect type or no such record: ${val}`,
          'INVALID_CROSS_REFERENCE_KEY',
          [f.name]
        );
      }
      if (!isVisible(ctx, f.referenceTo, parent) || !ctx.view.objects[f.referenceTo]) {
        throw writeError(
          'insufficient access rights on cross-reference id',
          'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
          [f.name]
        );
      }
    }
  }
  for (const f of Object.values(o.fields)) {
    if (f.required && (rec[f.name] === null || rec[f.name] === undefined || rec[f.name] === '')) {
      throw writeError(`Required fields are missing: [${f.name}]`, 'REQUIRED_FIELD_MISSING', [
        f.name
      ]);
    }
  }
  const broken = violations(ctx.rules.get(o.name), rec, prior);
  if (broken.length) {
    throw writeError(
      broken[0].message,
      'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      broken[0].field ? [broken[0].field] : []
    );
  }
  for (const f of Object.values(o.fields)) {
    const val = rec[f.name];
    if (!f.unique || typeof val !== 'string') continue;
    const other = ctx.store.findUnique(o.name, f.name, val);
    if (other && other !== rec.Id) {
      throw writeError(
        `duplicate value found: ${f.name} duplicates value on record with id: ${other}`,
        'DUPLICATE_VALUE',
        [f.name]
      );
    }
  }
}

function autoName(o: ObjectDescribe, n: number): string {
  const m = /^(.*)\{(0+)\}(.*)$/.exec(o.autoNumberFormat ?? '');
  return m ? `${m[1]}${String(n).padStart(m[2].length, '0')}${m[3]}` : String(n);
}

function requireObjectAccess(
  ctx: WriteContext,
  o: ObjectDescribe,
  op: 'create' | 'edit' | 'delete'
): void {
  const v = ctx.view.objects[o.name];
  if (!v || !v[op]) {
    throw writeError(
      `You do not have permission to ${op} ${o.label} records.`,
      'INSUFFICIENT_ACCESS'
    );
  }
}

/** Creates a record of `o` from the input values; returns it as stored. */
export function createRecord(ctx: WriteContext, o: ObjectDescribe, values: Input): SObject {
  requireObjectAccess(ctx, o, 'create');
  const fields = fieldsOf(ctx, o, values, 'create');
  ctx.beforeWrite();
  let rec: SObject = { Id: '' };
  for (const f of Object.values(o.fields))
    if (f.defaultValue !== undefined) rec[f.name] = f.defaultValue ?? null;
  Object.assign(rec, fields);
  let n = ctx.store.nextNumber(o.name);
  while (ctx.store.table(o.name).has(makeRecordId(o.keyPrefix, n)))
    n = ctx.store.nextNumber(o.name);
  rec.Id = makeRecordId(o.keyPrefix, n);
  if (o.autoNumberFormat) rec.Name = autoName(o, n);
  rec.CreatedDate = ctx.now;
  rec.CreatedById = ctx.userId;
  rec.LastModifiedDate = ctx.now;
  rec.LastModifiedById = ctx.userId;
  if (o.fields.OwnerId && !rec.OwnerId) rec.OwnerId = ctx.userId;
  return save(ctx, o, rec, undefined);
}

/** The environment flows of this request run in: system context, DML through this module. */
export function flowEnvironmentOf(ctx: WriteContext): FlowEnvironment {
  const system = (): WriteContext => {
    if (ctx.depth >= MAX_FLOW_DEPTH)
      throw writeError(
        `Maximum trigger depth exceeded: flows updated records ${MAX_FLOW_DEPTH} levels deep.`,
        'CANNOT_EXECUTE_FLOW_TRIGGER'
      );
    return { ...ctx, view: ctx.systemView(), hiddenAccounts: new Set(), depth: ctx.depth + 1 };
  };
  const org = ctx.store.org;
  return {
    store: ctx.store,
    org,
    userId: ctx.userId,
    now: ctx.now,
    today: ctx.today,
    setup: new Map([['CustomNotificationType', ctx.flows.notificationTypes]]),
    usage: (ctx.flowUsage ??= { soqlQueries: 0, soqlRows: 0 }),
    dml: {
      create: (object, values) => createRecord(system(), org[object], values).Id,
      update: (object, id, values) => void updateRecord(system(), org[object], id, values),
      remove: (object, id) => void deleteRecord(system(), org[object], id)
    }
  };
}

/** A flow failure as the API reports it: the save is refused with the flow's message. */
function flowFailure(e: unknown): unknown {
  if (e instanceof Error && e.name === 'FlowError')
    return writeError(
      `We can't save this record because a flow failed. ${e.message}`,
      'CANNOT_EXECUTE_FLOW_TRIGGER'
    );
  return e;
}

/** The save order: before-save flows, checks and validation rules, write, after-save flows. */
function save(ctx: WriteContext, o: ObjectDescribe, rec: SObject, prior: SObject | undefined) {
  const sp = ctx.store.savepoint();
  const queued = ctx.asyncQueue.length;
  try {
    const env = flowEnvironmentOf(ctx);
    ctx.flows.beforeSave(env, o.name, rec, prior);
    check(ctx, o, rec, prior);
    ctx.store.put(o.name, rec);
    ctx.asyncQueue.push(...ctx.flows.afterSave(env, o.name, rec, prior));
    ctx.store.release(sp);
    return rec;
  } catch (e) {
    ctx.store.rollbackTo(sp);
    ctx.asyncQueue.length = queued;
    throw flowFailure(e);
  }
}

function existing(ctx: WriteContext, o: ObjectDescribe, idInput: unknown): SObject {
  const id = String(resolveRef(ctx, idInput));
  const table = ctx.store.table(o.name);
  const rec =
    table.get(id) ??
    [...table.values()].find((r) => r.Id.slice(0, 15) === id.slice(0, 15) && id.length === 15);
  if (!rec || !isVisible(ctx, o.name, rec)) {
    throw writeError(
      `The requested resource does not exist: ${id}`,
      'INVALID_CROSS_REFERENCE_KEY',
      ['Id']
    );
  }
  return rec;
}

/** Updates the record `id` of `o` with the input values. */
export function updateRecord(
  ctx: WriteContext,
  o: ObjectDescribe,
  id: unknown,
  values: Input
): SObject {
  requireObjectAccess(ctx, o, 'edit');
  const prior = existing(ctx, o, id);
  const fields = fieldsOf(ctx, o, values, 'update');
  ctx.beforeWrite();
  const rec: SObject = {
    ...prior,
    ...fields,
    LastModifiedDate: ctx.now,
    LastModifiedById: ctx.userId
  };
  return save(ctx, o, rec, prior);
}

/** Deletes the record `id` of `o`: cascades to master-detail children, clears SetNull lookups, refuses Restrict. */
export function deleteRecord(ctx: WriteContext, o: ObjectDescribe, id: unknown): string {
  requireObjectAccess(ctx, o, 'delete');
  const rec = existing(ctx, o, id);
  try {
    ctx.flows.beforeDelete(flowEnvironmentOf(ctx), o.name, rec);
  } catch (e) {
    throw flowFailure(e);
  }
  const org = ctx.store.org;
  const doomed: [string, string][] = [];
  const cleared: [string, SObject][] = [];
  const collect = (object: ObjectDescribe, r: SObject) => {
    doomed.push([object.name, r.Id]);
    for (const c of object.childRelationships) {
      const childObject = org[c.childObject];
      const f = childObject.fields[c.field];
      for (const child of ctx.store.children(c.childObject, c.field, r.Id)) {
        if (f.deleteConstraint === 'Restrict') {
          throw writeError(
            `Your attempt to delete ${String(r.Name ?? r.Id)} could not be completed because it is associated with ${childObject.label} records.`,
            'DELETE_FAILED'
          );
        }
        if (c.cascadeDelete) collect(childObject, child);
        else cleared.push([c.childObject, { ...child, [c.field]: null }]);
      }
    }
  };
  collect(o, rec);
  ctx.beforeWrite();
  const gone = new Set(doomed.map(([, i]) => i));
  for (const [object, r] of cleared) if (!gone.has(r.Id)) ctx.store.put(object, r);
  for (const [object, i] of doomed) ctx.store.remove(object, i);
  return rec.Id;
}

/**
 * Runs queued asynchronous paths once their transaction committed: each in its own transaction,
 * as the user who made the change; a failure rolls back only that path and is recorded.
 * Returns whether any path completed.
 */
export function runAsyncPaths(
  queue: AsyncPathRun[],
  contextFor: (userId: string) => WriteContext
): boolean {
  let ran = false;
  while (queue.length) {
    const run = queue.shift()!;
    const ctx = { ...contextFor(run.userId), asyncQueue: queue };
    ctx.store.begin();
    try {
      ctx.flows.runAsyncPath(flowEnvironmentOf(ctx), run);
      ctx.store.commit();
      ran = true;
    } catch (e) {
      ctx.store.rollback();
      ctx.flows.asyncFailures.push({
        flow: run.flow.name,
        path: run.path,
        recordId: run.record.Id,
        message: e instanceof Error ? e.message : String(e)
      });
    }
  }
  return ran;
}
