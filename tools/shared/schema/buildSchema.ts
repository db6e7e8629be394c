// Generates the UI API GraphQL schema (SDL) from the org description, optionally as one user
// sees it: objects and fields without read access are absent, write mutations and input fields
// only where the permission sets allow them.
import { buildSchema, type GraphQLSchema } from 'graphql';
import type { DataType, FieldDescribe, ObjectDescribe, OrgDescribe } from './describe';
import { loadOrgDescribe } from './loadMetadata';
import { typeScalars } from './scalars';
import {
  fieldAccess,
  loadPermissionSets,
  mergeAccess,
  objectAccess,
  type PermissionSetAccess
} from './permissions';

export interface SchemaOptions {
  /** Build the schema a user holding these permission sets sees; the admin schema when absent. */
  forPermissionSets?: string[];
  /** Package source folder; defaults to force-app/main/default. */
  sourceDir?: string;
  /** A ready org description (skips reading metadata). */
  org?: OrgDescribe;
}

export interface UiApiSchema {
  sdl: string;
  schema: GraphQLSchema;
  /** The objects and fields this schema exposes, with the access that shaped it. */
  view: SchemaView;
}

/** What one user may do, per object and field, as the schema encodes it. */
export interface SchemaView {
  org: OrgDescribe;
  access: PermissionSetAccess | null;
  objects: Record<
    string,
    {
      describe: ObjectDescribe;
      create: boolean;
      edit: boolean;
      delete: boolean;
      read: Record<string, boolean>;
      edit_: Record<string, boolean>;
    }
  >;
}

const SCALAR: Record<DataType, string> = {
  ID: 'ID',
  String: 'String',
  TextArea: 'TextArea',
  LongTextArea: 'LongTextArea',
  Url: 'Url',
  Email: 'Email',
  Phone: 'Phone',
  Picklist: 'Picklist',
  Currency: 'Currency',
  Double: 'Double',
  Int: 'Int',
  Long: 'Long',
  Percent: 'Percent',
  Boolean: 'Boolean',
  Date: 'Date',
  DateTime: 'DateTime'
};
const NUMERIC: DataType[] = ['Currency', 'Double', 'Int', 'Long', 'Percent'];
const TEXTUAL: DataType[] = ['String', 'TextArea', 'Url', 'Email', 'Phone', 'Picklist'];
const DATE_LITERALS = [
  'TODAY',
  'YESTERDAY',
  'TOMORROW',
  'LAST_WEEK',
  'THIS_WEEK',
  'NEXT_WEEK',
  'LAST_MONTH',
  'THIS_MONTH',
  'NEXT_MONTH',
  'LAST_90_DAYS',
  'NEXT_90_DAYS',
  'LAST_YEAR',
  'THIS_YEAR',
  'NEXT_YEAR'
];

/** The shared part of every schema: scalars, value wrappers, operators, paging. */
function commonSdl(): string[] {
  const out: string[] = [];
  for (const s of [
    'Currency',
    'Date',
    'DateTime',
    'Double',
    'Long',
    'Picklist',
    'TextArea',
    'LongTextArea',
    'Url',
    'Email',
    'Phone',
    'Percent',
    'IdOrRef',
    'JSON'
  ]) {
    out.push(`scalar ${s}`);
  }
  for (const t of Object.keys(SCALAR) as DataType[]) {
    const format = ['Currency', 'Date', 'DateTime', 'Double', 'Percent', 'Long', 'Int'].includes(t)
      ? ' format: String'
      : '';
    const label = t === 'Picklist' ? ' label: String' : '';
    out.push(`type ${t}Value { value: ${SCALAR[t]} displayValue: String${format}${label} }`);
  }
  out.push('enum ResultOrder { ASC DESC }', 'enum NullsOrder { FIRST LAST }');
  out.push('input OrderByClause { order: ResultOrder nulls: NullsOrder }');
  out.push('enum AggregateOrderByFunction { COUNT COUNT_DISTINCT SUM AVG MAX MIN }');
  out.push(
    'input AggregateOrderByClause { order: ResultOrder nulls: NullsOrder function: AggregateOrderByFunction }'
  );
  out.push(
    'enum GroupByFunction { CALENDAR_MONTH CALENDAR_QUARTER CALENDAR_YEAR DAY_ONLY FISCAL_YEAR }'
  );
  out.push('input GroupByClause { group: Boolean function: GroupByFunction }');
  out.push(`enum DateLiteral { ${DATE_LITERALS.join(' ')} }`);
  out.push(
    'input DateRange { last_n_days: Int next_n_days: Int last_n_months: Int next_n_months: Int }'
  );
  out.push('input DateInput { value: Date literal: DateLiteral range: DateRange }');
  out.push('input DateTimeInput { value: DateTime literal: DateLiteral range: DateRange }');
  for (const t of Object.keys(SCALAR) as DataType[]) {
    if (t === 'LongTextArea') continue;
    const s = SCALAR[t];
    if (t === 'Boolean') out.push('input BooleanOperators { eq: Boolean ne: Boolean }');
    else if (t === 'Date' || t === 'DateTime') {
      const i = `${t}Input`;
      out.push(
        `input ${t}Operators { eq: ${i} ne: ${i} lt: ${i} gt: ${i} lte: ${i} gte: ${i} in: [${i}] nin: [${i}] }`
      );
    } else {
      // Operators compare values of the field's own scalar (Field Operators: each field type
      // has its own Operators type), so `like` on a TextArea takes a TextArea, not a String.
      const like = TEXTUAL.includes(t) || t === 'ID' ? ` like: ${s}` : '';
      // Semi- and anti-joins (inq / ninq) filter an Id or reference field by a subquery.
      const join = t === 'ID' ? ' inq: SemiJoin ninq: SemiJoin' : '';
      out.push(
        `input ${t}Operators { eq: ${s} ne: ${s} lt: ${s} gt: ${s} lte: ${s} gte: ${s}${like} in: [${s}] nin: [${s}]${join} }`
      );
    }
    const numeric = NUMERIC.includes(t);
    const extra = numeric ? ` sum: ${t}Value avg: DoubleValue` : '';
    out.push(
      `type ${t}Aggregate { value: ${s} displayValue: String format: String count: LongValue countDistinct: LongValue grouping: IntValue max: ${t}Value min: ${t}Value${extra} }`
    );
  }
  out.push(
    'type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }'
  );
  out.push('interface Record { Id: ID! ApiName: String! DisplayValue: String }');
  out.push('input RecordDeleteInput { Id: IdOrRef! }', 'type RecordDeletePayload { Id: ID }');
  out.push('input UIAPIMutationsInput { allOrNone: Boolean = true }');
  return out;
}

/**
 * A required, createable field without a default is non-null in `<Object>CreateRepresentation`
 * (Mutations Schema: AccountCreateInput's Name), so a create leaving it for a flow is refused.
 */
export function requiredOnCreate(f: FieldDescribe): boolean {
  return f.required && f.createable && (f.defaultValue === undefined || f.defaultValue === null);
}

function pagingArgs(o: string): string {
  return `first: Int after: String where: ${o}_Filter orderBy: ${o}_OrderBy upperBound: Int`;
}

/** Builds the UI API schema for the admin, or for a user holding `forPermissionSets`. */
export function buildUiApiSchema(options: SchemaOptions = {}): UiApiSchema {
  const org = options.org ?? loadOrgDescribe(options.sourceDir);
  let access: PermissionSetAccess | null = null;
  if (options.forPermissionSets) {
    const sets = loadPermissionSets(options.sourceDir);
    const missing = options.forPermissionSets.filter((n) => !sets[n]);
    if (missing.length) throw new Error(`Unknown permission set(s): ${missing.join(', ')}`);
    access = mergeAccess(options.forPermissionSets.map((n) => sets[n]));
  }
  const view: SchemaView = { org, access, objects: {} };
  for (const o of Object.values(org)) {
    const oa = objectAccess(access, o.name);
    if (!oa.read) continue;
    const read: Record<string, boolean> = {};
    const edit: Record<string, boolean> = {};
    for (const f of Object.values(o.fields)) {
      const fa = fieldAccess(access, o, f);
      read[f.name] = fa.read;
      edit[f.name] = fa.edit;
    }
    view.objects[o.name] = {
      describe: o,
      create: oa.create,
      edit: oa.edit,
      delete: oa.delete,
      read,
      edit_: edit
    };
  }
  const sdl = generateSdl(view);
  const schema = buildSchema(sdl);
  typeScalars(schema);
  return { sdl, schema, view };
}

function readableFields(view: SchemaView, o: string): FieldDescribe[] {
  const v = view.objects[o];
  return Object.values(v.describe.fields).filter((f) => v.read[f.name]);
}

function visibleParent(view: SchemaView, f: FieldDescribe): string | null {
  return f.referenceTo && f.relationshipName && view.objects[f.referenceTo] ? f.referenceTo : null;
}

function generateSdl(view: SchemaView): string {
  const out = commonSdl();
  const names = Object.keys(view.objects).sort();
  const writable: string[] = [];
  // The subquery of a semi-join: one object's filter and the Id or reference field it selects.
  out.push(
    `input SemiJoin { ApiName: String! ${names.map((o) => `${o}: ${o}_Filter`).join(' ')} }`
  );
  for (const o of names) {
    const v = view.objects[o];
    const fields = readableFields(view, o);
    const rec: string[] = ['Id: ID!', 'ApiName: String!', 'DisplayValue: String'];
    const filter: string[] = [`and: [${o}_Filter] or: [${o}_Filter] not: ${o}_Filter`];
    const order: string[] = [];
    const group: string[] = [];
    const agg: string[] = [];
    for (const f of fields) {
      if (f.name !== 'Id') rec.push(`${f.name}: ${f.dataType}Value`);
      if (f.filterable) filter.push(`${f.name}: ${f.dataType}Operators`);
      if (f.sortable) order.push(`${f.name}: OrderByClause`);
      if (f.groupable) group.push(`${f.name}: GroupByClause`);
      if (f.filterable) agg.push(`${f.name}: ${f.dataType}Aggregate`);
      const parent = visibleParent(view, f);
      if (parent) {
        rec.push(`${f.relationshipName}: ${parent}`);
        filter.push(`${f.relationshipName}: ${parent}_Filter`);
        order.push(`${f.relationshipName}: ${parent}_OrderBy`);
        group.push(`${f.relationshipName}: ${parent}_GroupBy`);
        agg.push(`${f.relationshipName}: ${parent}_Aggregate`);
      }
    }
    for (const c of v.describe.childRelationships) {
      const child = view.objects[c.childObject];
      if (child && child.read[c.field])
        rec.push(`${c.name}(${pagingArgs(c.childObject)}): ${c.childObject}Connection`);
    }
    out.push(`type ${o} implements Record { ${rec.join(' ')} }`);
    out.push(`type ${o}Edge { node: ${o} cursor: String! }`);
    out.push(
      `type ${o}Connection { edges: [${o}Edge] pageInfo: PageInfo! totalCount: Int! pageResultCount: Int! }`
    );
    out.push(`input ${o}_Filter { ${filter.join(' ')} }`);
    out.push(`input ${o}_OrderBy { ${order.join(' ')} }`);
    out.push(`input ${o}_GroupBy { ${group.join(' ')} }`);
    out.push(
      `input ${o}_AggregateOrderBy { ${order.map((s) => s.replace(/: OrderByClause$/, ': AggregateOrderByClause').replace(/_OrderBy$/, '_AggregateOrderBy')).join(' ')} }`
    );
    out.push(`type ${o}_Aggregate { ${agg.join(' ')} }`);
    out.push(`type ${o}_AggregateResult { aggregate: ${o}_Aggregate }`);
    out.push(`type ${o}_AggregateEdge { node: ${o}_AggregateResult cursor: String! }`);
    out.push(
      `type ${o}_AggregateConnection { edges: [${o}_AggregateEdge] pageInfo: PageInfo! totalCount: Int! }`
    );
    out.push(`enum ${o}_Scope { EVERYTHING MINE }`);
    if (v.create || v.edit || v.delete) writable.push(o);
    const inputFields = (mode: 'create' | 'update') =>
      fields
        .filter((f) => v.edit_[f.name] && (mode === 'create' ? f.createable : f.updateable))
        .map(
          (f) =>
            `${f.name}: ${f.referenceTo ? 'IdOrRef' : SCALAR[f.dataType]}${mode === 'create' && requiredOnCreate(f) ? '!' : ''}`
        );
    const createFields = inputFields('create');
    const updateFields = inputFields('update');
    if (v.create && createFields.length) {
      out.push(`input ${o}CreateRepresentation { ${createFields.join(' ')} }`);
      out.push(`input ${o}CreateInput { ${o}: ${o}CreateRepresentation! }`);
      out.push(`type ${o}CreatePayload { Record: ${o} }`);
    }
    if (v.edit && updateFields.length) {
      out.push(`input ${o}UpdateRepresentation { ${updateFields.join(' ')} }`);
      out.push(`input ${o}UpdateInput { Id: IdOrRef! ${o}: ${o}UpdateRepresentation! }`);
      out.push(`type ${o}UpdatePayload { success: Boolean }`);
    }
  }
  out.push(
    `type RecordQuery { ${names.map((o) => `${o}(${pagingArgs(o)} scope: ${o}_Scope): ${o}Connection`).join(' ')} }`
  );
  out.push(
    `type RecordQueryAggregate { ${names
      .map(
        (o) =>
          `${o}(first: Int after: String where: ${o}_Filter orderBy: ${o}_AggregateOrderBy groupBy: ${o}_GroupBy upperBound: Int): ${o}_AggregateConnection`
      )
      .join(' ')} }`
  );
  out.push('type UIAPI { query: RecordQuery! aggregate: RecordQueryAggregate! }');
  out.push('type Query { uiapi: UIAPI! }');
  const mutations: string[] = [];
  for (const o of writable) {
    const v = view.objects[o];
    if (out.includes(`type ${o}CreatePayload { Record: ${o} }`))
      mutations.push(`${o}Create(input: ${o}CreateInput!): ${o}CreatePayload`);
    if (out.some((l) => l.startsWith(`type ${o}UpdatePayload `)))
      mutations.push(`${o}Update(input: ${o}UpdateInput!): ${o}UpdatePayload`);
    if (v.delete) mutations.push(`${o}Delete(input: RecordDeleteInput!): RecordDeletePayload`);
  }
  if (mutations.length) {
    out.push(`type UIAPIMutations { ${mutations.join(' ')} }`);
    out.push('type Mutation { uiapi(input: UIAPIMutationsInput): UIAPIMutations! }');
    out.push('schema { query: Query mutation: Mutation }');
  } else {
    out.push('schema { query: Query }');
  }
  return out.join('\n') + '\n';
}
