// Platform rules a GraphQL document must follow beyond schema validity, shared by
// `validate:queries` (static) and the emulator (each request). Each rule is listed with its
// source in docs/platform-rules.md.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema
} from 'graphql';

/** One rule broken by a document: the node it is at and why. */
export interface RuleProblem {
  node: ASTNode;
  message: string;
}

const ALIAS = '[A-Za-z_][A-Za-z0-9_]*';

/** The package's API version (sfdx-project.json sourceApiVersion). */
export function packageApiVersion(root: string = resolve(__dirname, '../../..')): number {
  const project = JSON.parse(readFileSync(resolve(root, 'sfdx-project.json'), 'utf8')) as {
    sourceApiVersion?: string;
  };
  return Number(project.sourceApiVersion ?? '66.0');
}

/**
 * The `@{...}` reference forms documented for an API version ("Chain Mutations by Using Field
 * References"): `@{ref}` from v59.0; `@{ref.Record.Id}` and `@{ref.Record.Field.value}` from v67.0.
 */
export function referenceForms(apiVersion: number): RegExp[] {
  const forms = [new RegExp(`^@\\{(${ALIAS})\\}$`)];
  if (apiVersion >= 67) {
    forms.push(
      new RegExp(`^@\\{(${ALIAS})\\.Record\\.Id\\}$`),
      new RegExp(`^@\\{(${ALIAS})\\.Record\\.${ALIAS}\\.value\\}$`)
    );
  }
  return forms;
}

/** The operation alias a reference names when its form is documented for the version, else null. */
export function referencedAlias(value: string, apiVersion: number): string | null {
  for (const form of referenceForms(apiVersion)) {
    const m = form.exec(value);
    if (m) return m[1];
  }
  return null;
}

function directiveProblems(doc: DocumentNode): RuleProblem[] {
  const out: RuleProblem[] = [];
  visit(doc, {
    Directive(directive) {
      let usesVariable = false;
      visit(directive, {
        Variable() {
          usesVariable = true;
        }
      });
      if (usesVariable) {
        out.push({
          node: directive,
          message: `@${directive.name.value} with a variable: the GraphQL wire adapter and executeMutation do not support variables in directives (GraphQL Wire Adapter Limitations); send a static document per case`
        });
      }
    }
  });
  return out;
}

function referenceProblems(
  doc: DocumentNode,
  schema: GraphQLSchema,
  apiVersion: number
): RuleProblem[] {
  const out: RuleProblem[] = [];
  const typeInfo = new TypeInfo(schema);
  const earlier = new Set<string>();
  let depth = 0;
  visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: {
        enter() {
          earlier.clear();
        }
      },
      Field: {
        enter() {
          depth += 1;
        },
        leave(field) {
          depth -= 1;
          // Operations under `uiapi` of a mutation are the ones a reference can name.
          if (depth === 1) earlier.add(field.alias?.value ?? field.name.value);
        }
      },
      StringValue(node) {
        if (!node.value.includes('@{')) return;
        const named = typeInfo.getInputType() ? getNamedType(typeInfo.getInputType()!) : null;
        const alias = referencedAlias(node.value, apiVersion);
        if (alias === null) {
          out.push({
            node,
            message: `"${node.value}" is not a field reference form documented for API v${apiVersion.toFixed(1)} (${apiVersion >= 67 ? '@{ref}, @{ref.Record.Id}, @{ref.Record.Field.value}' : 'only @{ref}'})`
          });
        } else if (named?.name !== 'IdOrRef') {
          out.push({
            node,
            message: `"${node.value}" is written where ${named?.name ?? 'an unknown type'} is expected: a reference is only documented for IdOrRef fields`
          });
        } else if (!earlier.has(alias)) {
          out.push({
            node,
            message: `"${node.value}" does not name an earlier operation of this request: place an operation after the one it references`
          });
        }
      }
    })
  );
  return out;
}

function aggregateProblems(doc: DocumentNode, schema: GraphQLSchema): RuleProblem[] {
  const out: RuleProblem[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      Field(field) {
        const parent = typeInfo.getParentType();
        const type = typeInfo.getType();
        if (!parent || !type) return;
        if (/_Aggregate$/.test(parent.name) && /_Aggregate$/.test(getNamedType(type).name)) {
          out.push({
            node: field,
            message: `aggregate over the parent relationship ${field.name.value}: the aggregate documentation shows functions on the object's own fields only; read the parent values with an exact paged query`
          });
        }
      }
    })
  );
  return out;
}

/**
 * The rules a document breaks: variables in directives, undocumented or misplaced `@{...}`
 * references (for the API version), aggregates over parent relationship fields.
 */
export function documentRuleProblems(
  doc: DocumentNode,
  schema: GraphQLSchema,
  apiVersion: number
): RuleProblem[] {
  return [
    ...directiveProblems(doc),
    ...referenceProblems(doc, schema, apiVersion),
    ...aggregateProblems(doc, schema)
  ];
}

function referencesIn(value: unknown, type: GraphQLInputType, path: string, out: string[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return referencesIn(value, type.ofType, path, out);
  if (isListType(type)) {
    if (Array.isArray(value))
      value.forEach((item, i) => referencesIn(item, type.ofType, `${path}[${i}]`, out));
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return;
    const fields = type.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (fields[key]) referencesIn(item, fields[key].type, `${path}.${key}`, out);
    }
    return;
  }
  if (type.name === 'IdOrRef' && typeof value === 'string' && value.includes('@{')) out.push(path);
}

/**
 * Variables that carry an `@{...}` reference: the documentation writes references in the
 * mutation text, never in a variable; returns the paths of the offending values.
 */
export function referencesInVariables(
  doc: DocumentNode,
  schema: GraphQLSchema,
  variables: Record<string, unknown> | null | undefined
): string[] {
  const out: string[] = [];
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of d.variableDefinitions ?? []) {
      const type = typeFromAST(schema, v.type as never) as GraphQLInputType | undefined;
      const name = v.variable.name.value;
      if (type && variables && name in variables)
        referencesIn(variables[name], type, `$${name}`, out);
    }
  }
  return out;
}
