// Every stand-in for `lightning/graphql` offers exactly what the platform module exports (gql,
// graphql, executeMutation; docs/platform-rules.md, "Client modules"): the Jest mock, the
// preview's module and the type shim. A stand-in that adds `refreshGraphQL` (it belongs to the
// deprecated lightning/uiGraphQLApi) would let a component pass its tests and fail in an org.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import * as jestModule from 'lightning/graphql';
import * as previewModule from '../graphql';

const ROOT = join(__dirname, '..', '..', '..');
const PLATFORM_EXPORTS = ['executeMutation', 'gql', 'graphql'];

const SHIM = readFileSync(join(ROOT, 'types/lightning-graphql.d.ts'), 'utf8');

/** The value (not type) exports a shim's text declares inside `declare module '<name>'`. */
function declaredValueExports(text: string, moduleName: string): string[] {
  const source = ts.createSourceFile('shim.d.ts', text, ts.ScriptTarget.Latest);
  const block = source.statements.find(
    (node): node is ts.ModuleDeclaration =>
      ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name) && node.name.text === moduleName
  );
  if (!block?.body || !ts.isModuleBlock(block.body)) throw new Error(`no module ${moduleName}`);
  const names = new Set<string>();
  for (const node of block.body.statements) {
    const exported = ts
      .getModifiers(node as ts.HasModifiers)
      ?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) names.add(node.name!.text);
    if (ts.isVariableStatement(node)) {
      for (const declaration of node.declarationList.declarations) {
        names.add((declaration.name as ts.Identifier).text);
      }
    }
  }
  return [...names].sort();
}

describe('lightning/graphql stand-ins export what the platform module exports', () => {
  it('the Jest mock (jest-mocks/lightning/graphql) has no refreshGraphQL', () => {
    expect(Object.keys(jestModule).sort()).toEqual(PLATFORM_EXPORTS);
  });

  it('the preview module', () => {
    expect(Object.keys(previewModule).sort()).toEqual(PLATFORM_EXPORTS);
  });

  it('the type shim (types/lightning-graphql.d.ts)', () => {
    expect(declaredValueExports(SHIM, 'lightning/graphql')).toEqual(PLATFORM_EXPORTS);
  });

  it('the shim reader sees the old refreshGraphQL declaration (the check can fail)', () => {
    const old = SHIM.replace(
      'export const graphql',
      'export function refreshGraphQL(result: unknown): Promise<void>;\n  export const graphql'
    );
    expect(old).not.toBe(SHIM);
    expect(declaredValueExports(old, 'lightning/graphql')).toContain('refreshGraphQL');
  });
});
