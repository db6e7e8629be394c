import type { MetadataSchema, Shape } from './schema';
import type { XmlElement } from './xmlTree';

/** A schema violation inside one document: element path, line and message. */
export interface SchemaIssue {
  path: string;
  line: number;
  message: string;
}

/** Elements typed as plain text in the WSDL that hold structure in source files: checked elsewhere. */
export type OpaqueElements = ReadonlySet<string>;

export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';
const NUMBER_TEXT = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
const ENUM_VALUES_SHOWN = 12;

/**
 * Checks a parsed metadata document against the Metadata API type `typeName`: root element and
 * namespace, element names, repetition, required elements, enums, booleans and numbers.
 * `opaque` lists element paths (e.g. `LightningComponentBundle.targetConfigs`) left unchecked.
 */
export function checkDocument(
  root: XmlElement,
  typeName: string,
  schema: MetadataSchema,
  opaque: OpaqueElements = new Set()
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (root.name !== typeName) {
    issues.push({
      path: root.name,
      line: root.line,
      message: `root element must be <${typeName}>`
    });
    return issues;
  }
  if (root.attrs.xmlns !== METADATA_NAMESPACE) {
    issues.push({
      path: root.name,
      line: root.line,
      message: `xmlns must be "${METADATA_NAMESPACE}"`
    });
  }
  walk(root, schema.shape(typeName), typeName);
  return issues;

  function walk(element: XmlElement, shape: Shape, path: string): void {
    if (opaque.has(path) || shape.kind === 'any') return;
    if (shape.kind === 'object') {
      walkObject(element, shape, path);
      return;
    }
    if (element.children.length > 0) {
      issues.push({
        path,
        line: element.line,
        message: `holds child elements but is a ${describe(shape)} value`
      });
      return;
    }
    // xsi:nil marks an explicitly empty value, which the Metadata API accepts for any scalar.
    if (element.attrs['xsi:nil'] === 'true') return;
    const value = shape.kind === 'string' ? element.text : element.text.trim();
    const problem = scalarProblem(value, shape);
    if (problem) issues.push({ path, line: element.line, message: problem });
  }

  function walkObject(
    element: XmlElement,
    shape: Extract<Shape, { kind: 'object' }>,
    path: string
  ): void {
    if (element.text.trim() !== '') {
      issues.push({
        path,
        line: element.line,
        message: `holds text but ${shape.name} is a complex type`
      });
    }
    const groups = new Map<string, XmlElement[]>();
    for (const child of element.children) {
      const group = groups.get(child.name) ?? [];
      group.push(child);
      groups.set(child.name, group);
    }
    for (const [name, children] of groups) {
      const childPath = `${path}.${name}`;
      const prop = shape.props.get(name);
      if (!prop) {
        const hint = closest(name, [...shape.props.keys()]);
        issues.push({
          path: childPath,
          line: children[0].line,
          message: `unknown element <${name}> in ${shape.name}${hint ? ` (did you mean <${hint}>?)` : ''}`
        });
        continue;
      }
      if (!prop.array && children.length > 1) {
        issues.push({
          path: childPath,
          line: children[1].line,
          message: `appears ${children.length} times but is not a list`
        });
      }
      const childShape = prop.shape();
      children.forEach((child) => walk(child, childShape, childPath));
    }
    for (const [name, prop] of shape.props) {
      if (prop.required && !groups.has(name) && !opaque.has(`${path}.${name}`)) {
        issues.push({
          path: `${path}.${name}`,
          line: element.line,
          message: `missing required element <${name}> of ${shape.name}`
        });
      }
    }
  }
}

function scalarProblem(value: string, shape: Shape): string | null {
  switch (shape.kind) {
    case 'boolean':
      return value === 'true' || value === 'false' ? null : `'${value}' is not 'true'|'false'`;
    case 'number':
      return NUMBER_TEXT.test(value) ? null : `'${value}' is not a number`;
    case 'enum': {
      if (shape.values.includes(value)) return null;
      const shown = shape.values
        .slice(0, ENUM_VALUES_SHOWN)
        .map((v) => `'${v}'`)
        .join('|');
      const more =
        shape.values.length > ENUM_VALUES_SHOWN ? `|... (${shape.values.length} values)` : '';
      const hint = closest(value, shape.values);
      return `'${value}' is not a ${shape.name} value: ${shown}${more}${hint ? `; did you mean '${hint}'?` : ''}`;
    }
    default:
      return null;
  }
}

function describe(shape: Shape): string {
  return shape.kind === 'enum' ? shape.name : shape.kind;
}

/** The candidate within edit distance 2 (case-insensitive) of `word`, if any. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    previous = current;
  }
  return previous[b.length];
}
