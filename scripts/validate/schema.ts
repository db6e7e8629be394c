import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** A value kind of the Metadata API schema: scalar, enum or complex type. */
export type Shape =
  | { kind: 'any' }
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'number' }
  | { kind: 'enum'; name: string; values: readonly string[] }
  | { kind: 'object'; name: string; props: ReadonlyMap<string, Prop> };

/** One element allowed inside a complex type. */
export interface Prop {
  shape: () => Shape;
  /** Repeated elements (WSDL maxOccurs > 1): one-or-many, never required in source format. */
  array: boolean;
  required: boolean;
}

/** The Metadata API types by name, read from @salesforce/types (generated from the Metadata WSDL). */
export interface MetadataSchema {
  has(typeName: string): boolean;
  shape(typeName: string): Shape;
  typeNames(): string[];
}

const ANY: Shape = { kind: 'any' };
const STRING: Shape = { kind: 'string' };
const BOOLEAN: Shape = { kind: 'boolean' };
const NUMBER: Shape = { kind: 'number' };

/** Loads the schema from the installed @salesforce/types metadata declarations. */
export function loadMetadataSchema(dtsPath = defaultDtsPath()): MetadataSchema {
  const source = ts.createSourceFile(
    dtsPath,
    readFileSync(dtsPath, 'utf8'),
    ts.ScriptTarget.Latest
  );
  const aliases = new Map<string, ts.TypeNode>();
  source.forEachChild((node) => {
    if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node.type);
  });
  const cache = new Map<string, Shape>();

  function shapeOf(name: string): Shape {
    const cached = cache.get(name);
    if (cached) return cached;
    // xsd:date / xsd:dateTime come through as the global Date: in XML they are text.
    if (name === 'Date') return STRING;
    const node = aliases.get(name);
    if (!node) throw new Error(`Metadata type ${name} is not in @salesforce/types`);
    const shape = fromNode(name, node);
    cache.set(name, shape);
    return shape;
  }

  function fromNode(name: string, node: ts.TypeNode): Shape {
    if (node.kind === ts.SyntaxKind.StringKeyword) return STRING;
    if (node.kind === ts.SyntaxKind.UnknownKeyword) return ANY;
    if (ts.isTypeReferenceNode(node)) return shapeOf(node.typeName.getText(source));
    if (isStringLiteral(node)) return { kind: 'enum', name, values: [literalText(node)] };
    if (ts.isUnionTypeNode(node) && node.types.every(isStringLiteral)) {
      return { kind: 'enum', name, values: node.types.map((t) => literalText(t)) };
    }
    if (ts.isTypeLiteralNode(node) || ts.isIntersectionTypeNode(node)) {
      const props = new Map<string, Prop>();
      collectProps(node, props);
      return { kind: 'object', name, props };
    }
    throw new Error(`unsupported declaration for ${name}: ${ts.SyntaxKind[node.kind]}`);
  }

  function collectProps(node: ts.TypeNode, into: Map<string, Prop>): void {
    if (ts.isIntersectionTypeNode(node)) {
      node.types.forEach((t) => collectProps(t, into));
    } else if (ts.isTypeReferenceNode(node)) {
      const base = shapeOf(node.typeName.getText(source));
      if (base.kind === 'object') base.props.forEach((p, k) => into.set(k, p));
    } else if (ts.isTypeLiteralNode(node)) {
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const key = member.name.getText(source);
        const array = ts.isArrayTypeNode(member.type);
        const element = ts.isArrayTypeNode(member.type) ? member.type.elementType : member.type;
        into.set(key, {
          shape: memo(() => propShape(element)),
          array,
          required: !array && !member.questionToken
        });
      }
    }
  }

  function propShape(node: ts.TypeNode): Shape {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return STRING;
      case ts.SyntaxKind.BooleanKeyword:
        return BOOLEAN;
      case ts.SyntaxKind.NumberKeyword:
        return NUMBER;
      case ts.SyntaxKind.AnyKeyword:
        return ANY;
    }
    if (ts.isTypeReferenceNode(node)) return shapeOf(node.typeName.getText(source));
    throw new Error(`unsupported property type ${node.getText(source)}`);
  }

  return { has: (n) => aliases.has(n), shape: shapeOf, typeNames: () => [...aliases.keys()] };
}

function isStringLiteral(t: ts.TypeNode): boolean {
  return ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal);
}

function literalText(t: ts.TypeNode): string {
  return ((t as ts.LiteralTypeNode).literal as ts.StringLiteral).text;
}

function memo<T>(f: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= f());
}

function defaultDtsPath(): string {
  // The package exports only the .js entry; its declarations sit beside it.
  return require.resolve('@salesforce/types/metadata').replace(/\.js$/, '.d.ts');
}
