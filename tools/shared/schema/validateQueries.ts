// `npm run validate:queries`: every GraphQL document of the package (gql`...` literals in the
// LWC TypeScript sources) is validated against the admin schema generated from the metadata, and
// picklist literals in filters, inputs and variable defaults are checked against the metadata.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import {
  getNamedType,
  Kind,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type ASTNode,
  type ValueNode
} from 'graphql';
import { buildUiApiSchema } from './buildSchema';
import type { OrgDescribe } from './describe';
import { documentRuleProblems, packageApiVersion } from './documentRules';
import { stalePublishDocuments } from './publishDocuments';
import { listFiles } from '../files';

export interface SourceFile {
  path: string;
  text: string;
}

export interface ExtractedDocument {
  file: string;
  /** 1-based line of the template's first character in the file. */
  line: number;
  text: string;
}

export interface Problem {
  file: string;
  line: number;
  column: number;
  operation: string;
  message: string;
}

/**
 * gql`...` documents of a TypeScript file; a template with ${...} is reported as a problem, and
 * so is an `@{...}` reference in any other string (it could only travel in a variable).
 */
export function extractDocuments(file: SourceFile): {
  documents: ExtractedDocument[];
  problems: Problem[];
} {
  const sf = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
  const documents: ExtractedDocument[] = [];
  const problems: Problem[] = [];
  const walk = (n: ts.Node) => {
    if (ts.isTaggedTemplateExpression(n) && n.tag.getText(sf) === 'gql') {
      const start = sf.getLineAndCharacterOfPosition(n.template.getStart(sf));
      if (ts.isNoSubstitutionTemplateLiteral(n.template)) {
        documents.push({ file: file.path, line: start.line + 1, text: n.template.text });
      } else {
        problems.push({
          file: file.path,
          line: start.line + 1,
          column: start.character + 1,
          operation: '(interpolated)',
          message:
            'GraphQL document uses ${...} interpolation: pass user input as variables, keep documents static'
        });
      }
      return;
    }
    if (
      (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n)) &&
      /@\{/.test(n.text)
    ) {
      // A reference outside a document can only reach the server inside a variable's value.
      const at = sf.getLineAndCharacterOfPosition(n.getStart(sf));
      problems.push({
        file: file.path,
        line: at.line + 1,
        column: at.character + 1,
        operation: '(variables)',
        message: `"${n.text}" outside a GraphQL document: an @{...} reference is written in the mutation text, never passed in a variable (Chain Mutations by Using Field References)`
      });
    }
    ts.forEachChild(n, walk);
  };
  walk(sf);
  return { documents, problems };
}

function picklistProblems(
  doc: DocumentNode,
  schema: GraphQLSchema,
  org: OrgDescribe
): { node: ASTNode; message: string }[] {
  const out: { node: ASTNode; message: string }[] = [];
  const defaults = new Map<string, ValueNode>();
  visit(doc, {
    VariableDefinition(v) {
      if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
    }
  });
  const check = (object: string, field: string, value: ValueNode) => {
    const f = org[object]?.fields[field];
    if (!f || f.dataType !== 'Picklist' || !f.picklistValues) return;
    const literals: ValueNode[] = [];
    const collect = (v: ValueNode) => {
      if (v.kind === Kind.VARIABLE) {
        const d = defaults.get(v.name.value);
        if (d) collect(d);
      } else if (v.kind === Kind.LIST) v.values.forEach(collect);
      else if (v.kind === Kind.STRING) literals.push(v);
    };
    collect(value);
    for (const l of literals) {
      const s = (l as { value: string }).value;
      if (!f.picklistValues.includes(s)) {
        out.push({
          node: l,
          message: `"${s}" is not a value of picklist ${object}.${field} (${f.picklistValues.join(', ')})`
        });
      }
    }
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      ObjectField(node) {
        const parent = typeInfo.getParentInputType();
        if (!parent) return;
        const name = getNamedType(parent).name;
        const filter = /^(.+)_Filter$/.exec(name);
        const rep = /^(.+)(Create|Update)Representation$/.exec(name);
        if (filter && node.value.kind === Kind.OBJECT) {
          for (const op of node.value.fields) {
            if (['eq', 'ne', 'in', 'nin'].includes(op.name.value))
              check(filter[1], node.name.value, op.value);
          }
        } else if (rep) check(rep[1], node.name.value, node.value);
      }
    })
  );
  return out;
}

function operationAt(doc: DocumentNode | null, line: number): string {
  if (!doc) return '(unparsed)';
  let name = '(anonymous)';
  for (const d of doc.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION && d.loc && d.loc.startToken.line <= line)
      name = d.name?.value ?? '(anonymous)';
  }
  return name;
}

/** Validates every document of the given sources; returns documents per file and the problems found. */
export function validateSources(
  files: SourceFile[],
  schema: GraphQLSchema,
  org: OrgDescribe,
  apiVersion: number = packageApiVersion()
): { counts: Record<string, number>; problems: Problem[] } {
  const counts: Record<string, number> = {};
  const problems: Problem[] = [];
  for (const file of files) {
    const { documents, problems: extractProblems } = extractDocuments(file);
    problems.push(...extractProblems);
    counts[file.path] = documents.length + extractProblems.length;
    for (const d of documents) {
      const at = (line: number, column: number, operation: string, message: string) =>
        problems.push({ file: d.file, line: d.line + line - 1, column, operation, message });
      let doc: DocumentNode;
      try {
        doc = parse(d.text);
      } catch (e) {
        const loc = (e as { locations?: { line: number; column: number }[] }).locations?.[0] ?? {
          line: 1,
          column: 1
        };
        at(loc.line, loc.column, '(unparsed)', (e as Error).message);
        continue;
      }
      for (const e of validate(schema, doc)) {
        const loc = e.locations?.[0] ?? { line: 1, column: 1 };
        at(loc.line, loc.column, operationAt(doc, loc.line), e.message);
      }
      for (const p of [
        ...picklistProblems(doc, schema, org),
        ...documentRuleProblems(doc, schema, apiVersion)
      ]) {
        const loc = p.node.loc;
        const line = loc ? loc.startToken.line : 1;
        at(line, loc ? loc.startToken.column : 1, operationAt(doc, line), p.message);
      }
    }
  }
  return { counts, problems };
}

/** The LWC TypeScript sources under `lwcDir` (tests and declaration files excluded). */
export function packageSources(lwcDir: string): SourceFile[] {
  return listFiles(lwcDir, ['__tests__'])
    .filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts'))
    .map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));
}

/**
 * CLI: prints documents per component and every problem (including generated publish documents
 * that differ from their generator's output); resolves to exit code 1 when any.
 */
export async function main(root: string = resolve(__dirname, '../../..')): Promise<number> {
  const { schema, view } = buildUiApiSchema();
  const files = packageSources(join(root, 'force-app/main/default/lwc'));
  const { counts, problems } = validateSources(files, schema, view.org);
  for (const file of stalePublishDocuments(root)) {
    problems.push({
      file: join(root, file),
      line: 1,
      column: 1,
      operation: '(generated)',
      message:
        'out of date with tools/shared/schema/publishDocuments.ts: run npm run generate:publish'
    });
  }
  const perComponent: Record<string, number> = {};
  for (const [file, n] of Object.entries(counts)) {
    const component = relative(join(root, 'force-app/main/default/lwc'), file).split(/[\\/]/)[0];
    perComponent[component] = (perComponent[component] ?? 0) + n;
  }
  for (const [component, n] of Object.entries(perComponent))
    if (n) console.log(`${component}: ${n} GraphQL document(s) checked`);
  for (const p of problems)
    console.error(`${relative(root, p.file)}:${p.line}:${p.column} [${p.operation}] ${p.message}`);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    problems.length
      ? `validate:queries: ${problems.length} problem(s) in ${total} document(s)`
      : `validate:queries: ${total} document(s) valid`
  );
  return problems.length ? 1 : 0;
}

if (require.main === module) main().then((code) => process.exit(code));
