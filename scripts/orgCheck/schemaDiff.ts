// Step b: the org's GraphQL schema against the one generated from the metadata, limited to the
// package's objects and every type the package's documents use. Both sides answer the same
// `__type` introspection query (graphql-js runs it on the generated schema), so they compare
// field by field.
import {
  getNamedType,
  graphqlSync,
  isInputObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema
} from 'graphql';
import type { OrgClient } from './orgClient';
import type { CheckRow, SchemaFinding } from './report';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
/** One type as `__type` describes it. */
export interface IntrospectedType {
  kind: string;
  name: string;
  fields: (InputValue & { args: InputValue[] })[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}

const FRAGMENTS = `fragment OrgCheckType on __Type { kind name
  fields(includeDeprecated: true) { name args { name type { ...OrgCheckRef } } type { ...OrgCheckRef } }
  inputFields { name type { ...OrgCheckRef } } enumValues(includeDeprecated: true) { name } }
fragment OrgCheckRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;
/** Types per introspection request: keeps each answer small. */
const BATCH = 25;

/** The `__type` introspection query for these type names (aliases t0, t1, ...). */
export function introspectionQuery(names: string[]): string {
  const selections = names.map(
    (n, i) => `t${i}: __type(name: ${JSON.stringify(n)}) { ...OrgCheckType }`
  );
  return `query OrgCheckSchema { ${selections.join(' ')} }\n${FRAGMENTS}`;
}

/** Named types the documents select, filter by, pass as arguments or declare as variables. */
export function typesUsedBy(docs: DocumentNode[], schema: GraphQLSchema): Set<string> {
  const used = new Set<string>();
  const add = (type: unknown) => {
    const named = type ? getNamedType(type as never) : null;
    if (named && !(named as { name: string }).name.startsWith('__'))
      used.add((named as { name: string }).name);
  };
  for (const doc of docs) {
    const info = new TypeInfo(schema);
    visit(
      doc,
      visitWithTypeInfo(info, {
        Field() {
          add(info.getParentType());
          add(info.getType());
        },
        Argument() {
          add(info.getInputType());
        },
        ObjectField() {
          add(info.getParentInputType());
          add(info.getInputType());
        },
        VariableDefinition() {
          add(info.getInputType());
        }
      })
    );
  }
  return used;
}

/** The types the diff covers: per package object its record, filter and input types, plus `used`. */
export function typesToCompare(
  schema: GraphQLSchema,
  objects: string[],
  used: Set<string>
): string[] {
  const names = new Set(used);
  for (const o of objects) {
    for (const suffix of [
      '',
      'Connection',
      '_Filter',
      '_OrderBy',
      'CreateRepresentation',
      'UpdateRepresentation'
    ]) {
      names.add(`${o}${suffix}`);
    }
  }
  // An input the documents send as a whole variable (a filter) carries its nested inputs too.
  const pending = [...names];
  while (pending.length > 0) {
    const type = schema.getType(pending.pop() as string);
    if (!isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const inner = getNamedType(field.type).name;
      if (!names.has(inner)) {
        names.add(inner);
        pending.push(inner);
      }
    }
  }
  return [...names].filter((n) => schema.getType(n)).sort();
}

function refText(ref: TypeRef | null): string {
  if (!ref) return '?';
  if (ref.kind === 'NON_NULL') return `${refText(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${refText(ref.ofType)}]`;
  return ref.name ?? '?';
}

function introspect(
  run: (query: string) => Record<string, unknown>,
  names: string[]
): Map<string, IntrospectedType | null> {
  const out = new Map<string, IntrospectedType | null>();
  for (let i = 0; i < names.length; i += BATCH) {
    const chunk = names.slice(i, i + BATCH);
    const data = run(introspectionQuery(chunk));
    chunk.forEach((name, j) => out.set(name, (data[`t${j}`] as IntrospectedType | null) ?? null));
  }
  return out;
}

/** The generated schema's answer to the same introspection. */
export function localTypes(
  schema: GraphQLSchema,
  names: string[]
): Map<string, IntrospectedType | null> {
  return introspect((query) => {
    const result = graphqlSync({ schema, source: query });
    if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
    return result.data as Record<string, unknown>;
  }, names);
}

/** Every difference between expected (generated) and actual (org) types. */
export function diffTypes(
  expected: Map<string, IntrospectedType | null>,
  actual: Map<string, IntrospectedType | null>
): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  const add = (f: Omit<SchemaFinding, 'severity'>, severity: SchemaFinding['severity'] = 'error') =>
    findings.push({ ...f, severity });
  for (const [name, want] of expected) {
    if (!want) continue;
    const got = actual.get(name) ?? null;
    if (!got) {
      add({ type: name, field: null, kind: 'missing-type', expected: want.kind, actual: null });
      continue;
    }
    if (got.kind !== want.kind) {
      add({ type: name, field: null, kind: 'kind-differs', expected: want.kind, actual: got.kind });
      continue;
    }
    const wantFields = [...(want.fields ?? []), ...(want.inputFields ?? [])];
    const gotFields = new Map(
      [...(got.fields ?? []), ...(got.inputFields ?? [])].map((f) => [f.name, f])
    );
    for (const field of wantFields) {
      const other = gotFields.get(field.name);
      gotFields.delete(field.name);
      if (!other) {
        add({
          type: name,
          field: field.name,
          kind: 'missing-field',
          expected: refText(field.type),
          actual: null
        });
        continue;
      }
      if (refText(field.type) !== refText(other.type)) {
        add({
          type: name,
          field: field.name,
          kind: 'type-differs',
          expected: refText(field.type),
          actual: refText(other.type)
        });
      }
      const otherArgs = new Map(
        ((other as { args?: InputValue[] }).args ?? []).map((a) => [a.name, a])
      );
      for (const arg of (field as { args?: InputValue[] }).args ?? []) {
        const a = otherArgs.get(arg.name);
        otherArgs.delete(arg.name);
        const at = `${field.name}(${arg.name})`;
        if (!a)
          add({
            type: name,
            field: at,
            kind: 'missing-argument',
            expected: refText(arg.type),
            actual: null
          });
        else if (refText(a.type) !== refText(arg.type))
          add({
            type: name,
            field: at,
            kind: 'argument-differs',
            expected: refText(arg.type),
            actual: refText(a.type)
          });
      }
      for (const extra of otherArgs.values()) {
        const at = `${field.name}(${extra.name})`;
        add(
          {
            type: name,
            field: at,
            kind: 'extra-argument',
            expected: null,
            actual: refText(extra.type)
          },
          'info'
        );
      }
    }
    for (const extra of gotFields.values()) {
      add(
        {
          type: name,
          field: extra.name,
          kind: 'extra-field',
          expected: null,
          actual: refText(extra.type)
        },
        'info'
      );
    }
    const gotValues = new Set((got.enumValues ?? []).map((v) => v.name));
    for (const v of want.enumValues ?? []) {
      if (!gotValues.delete(v.name))
        add({
          type: name,
          field: v.name,
          kind: 'missing-enum-value',
          expected: v.name,
          actual: null
        });
    }
    for (const v of gotValues)
      add({ type: name, field: v, kind: 'extra-enum-value', expected: null, actual: v }, 'info');
  }
  return findings;
}

/** Step b as table rows: one for the diff (findings attached), unknown when the org refuses introspection. */
export async function schemaStep(
  client: OrgClient,
  schema: GraphQLSchema,
  objects: string[],
  docs: DocumentNode[]
): Promise<CheckRow[]> {
  const names = typesToCompare(schema, objects, typesUsedBy(docs, schema));
  const expected = localTypes(schema, names);
  const actual = new Map<string, IntrospectedType | null>();
  for (let i = 0; i < names.length; i += BATCH) {
    const chunk = names.slice(i, i + BATCH);
    const response = await client.graphql({
      query: introspectionQuery(chunk),
      operationName: 'OrgCheckSchema'
    });
    if (response.errors?.length || !response.data) {
      return [
        {
          step: 'schema',
          name: 'introspection',
          outcome: 'unknown',
          detail: `The org refused the introspection query: ${(response.errors ?? []).map((e) => e.message).join('; ') || 'no data'}`,
          fix: 'Run the check as a user with API access to the package objects; if the org disallows introspection, compare the types by hand in Setup > Object Manager.'
        }
      ];
    }
    const data = response.data as Record<string, IntrospectedType | null>;
    chunk.forEach((name, j) => actual.set(name, data[`t${j}`] ?? null));
  }
  const findings = diffTypes(expected, actual);
  const errors = findings.filter((f) => f.severity === 'error');
  const sample = errors
    .slice(0, 5)
    .map(
      (f) =>
        `${f.type}${f.field ? `.${f.field}` : ''} ${f.kind} (expected ${f.expected ?? '-'}, org ${f.actual ?? '-'})`
    )
    .join('; ');
  return [
    {
      step: 'schema',
      name: `${names.length} types diffed`,
      outcome: errors.length ? 'fail' : 'pass',
      detail: errors.length
        ? `${errors.length} difference(s): ${sample}${errors.length > 5 ? '; ... (all in the JSON report)' : ''}`
        : `no difference in what the package uses (${findings.length} extra field(s)/value(s) in the org, listed in the JSON report)`,
      fix: errors.length
        ? 'Deploy the current metadata; if the org is current, the generated schema guesses a type wrong: fix tools/shared/schema to match the org.'
        : undefined,
      findings
    }
  ];
}
