// Step c (reads): every GraphQL document the components send, collected by validate:queries'
// own collector, run against the org with harmless values for its required variables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode
} from 'graphql';
import { extractDocuments, packageSources } from '../../tools/shared/schema/validateQueries';
import type { OrgClient } from './orgClient';
import type { CheckRow } from './report';

/** One operation of a package document. */
export interface PackageOperation {
  /** repository-relative file and line */
  source: string;
  name: string;
  operation: 'query' | 'mutation' | 'subscription';
  text: string;
  doc: DocumentNode;
  definition: OperationDefinitionNode;
}

/** Documents the package sends from outside the components: the GitHub sync's. */
export const SCRIPT_DOCUMENTS = [join('scripts', 'githubSync', 'documents.ts')];

/** The package's operations, from the LWC sources under `root` and SCRIPT_DOCUMENTS (documents that do not parse are skipped: validate:queries reports them). */
export function packageOperations(root: string): PackageOperation[] {
  const lwcDir = join(root, 'force-app', 'main', 'default', 'lwc');
  const out: PackageOperation[] = [];
  const scripts = SCRIPT_DOCUMENTS.map((file) => ({
    path: join(root, file),
    text: readFileSync(join(root, file), 'utf8')
  }));
  for (const file of [...packageSources(lwcDir), ...scripts]) {
    for (const d of extractDocuments(file).documents) {
      let doc: DocumentNode;
      try {
        doc = parse(d.text);
      } catch {
        continue;
      }
      for (const definition of doc.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        out.push({
          source: `${file.path.slice(root.length + 1)}:${d.line}`,
          name: definition.name?.value ?? '(anonymous)',
          operation: definition.operation,
          text: d.text,
          doc,
          definition
        });
      }
    }
  }
  return out;
}

/** A harmless value of an input type: matches nothing in a filter, changes nothing anywhere. */
export function harmlessValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return harmlessValue(type.ofType);
  if (isListType(type)) return [harmlessValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value ?? null;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        out[field.name] = harmlessValue(field.type);
    }
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
      case 'IdOrRef':
        return '000000000000000AAA';
      case 'Int':
      case 'Long':
      case 'Double':
      case 'Currency':
      case 'Percent':
        return 1;
      case 'Boolean':
        return false;
      case 'Date':
        return '2000-01-01';
      case 'DateTime':
        return '2000-01-01T00:00:00.000Z';
      case 'JSON':
        return {};
      default:
        return 'org-check';
    }
  }
  return null;
}

/** Values for the operation's required variables (those without a default); optional ones stay unset. */
export function harmlessVariables(
  op: PackageOperation,
  schema: GraphQLSchema
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const v of op.definition.variableDefinitions ?? []) {
    if (v.type.kind !== Kind.NON_NULL_TYPE || v.defaultValue) continue;
    const type = typeFromAST(schema, v.type) as GraphQLInputType | undefined;
    if (type) variables[v.variable.name.value] = harmlessValue(type);
  }
  return variables;
}

/** Step c for reads: one row per query operation; mutations are left to the write scenario. */
export async function readStep(
  client: OrgClient,
  schema: GraphQLSchema,
  operations: PackageOperation[]
): Promise<CheckRow[]> {
  const rows: CheckRow[] = [];
  for (const op of operations.filter((o) => o.operation === 'query')) {
    const response = await client.graphql({
      query: op.text,
      variables: harmlessVariables(op, schema),
      operationName: op.definition.name ? op.name : undefined
    });
    const errors = response.errors ?? [];
    rows.push({
      step: 'documents',
      name: `read ${op.name}`,
      outcome: errors.length === 0 && response.data ? 'pass' : 'fail',
      detail: errors.length
        ? `${op.source}: ${errors.map((e) => e.message).join('; ')}`
        : `${op.source}: answered`,
      fix: errors.length
        ? 'The org refuses a document the components send: fix the document (and the offline rule that let it pass).'
        : undefined
    });
  }
  return rows;
}
