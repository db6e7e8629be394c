/** @jest-environment node */
import { readFileSync } from 'fs';
import { Kind, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { PACKAGE_DOCUMENTS, documentsIn } from './sourceDocuments';

// The documents as the schema validator sees them: every gql literal of every component, found
// as `npm run validate:queries` finds them (no hand-kept list of files).
const ALL = PACKAGE_DOCUMENTS.map((d) => d.text);
const READS = ALL.filter((text) => text.trimStart().startsWith('query'));
const MUTATIONS = ALL.filter((text) => text.trimStart().startsWith('mutation'));
const PUBLISH = documentsIn(/^publish\w*Documents\.ts$/);

function operation(text: string): OperationDefinitionNode {
  const definitions = parse(text).definitions;
  expect(definitions).toHaveLength(1);
  expect(definitions[0].kind).toBe(Kind.OPERATION_DEFINITION);
  return definitions[0] as OperationDefinitionNode;
}

describe('GraphQL documents', () => {
  it('finds every document: each gql literal of each component, reads and writes', () => {
    const literals = [...new Set(PACKAGE_DOCUMENTS.map((d) => d.file))].reduce(
      (sum, file) => sum + (readFileSync(file, 'utf8').match(/\bgql`/g) ?? []).length,
      0
    );
    expect(ALL).toHaveLength(literals);
    expect(READS.length + MUTATIONS.length).toBe(ALL.length);
    expect(READS.length).toBeGreaterThanOrEqual(15);
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(27);
    expect(PUBLISH).toHaveLength(20);
  });

  it.each(ALL.map((text) => [text.trim().split(/[\s(]/)[1], text]))(
    '%s is one named operation, parses, and has no interpolation',
    (_name, text) => {
      expect(text).not.toContain('${');
      const op = operation(text);
      expect(op.name?.value).toMatch(/^[A-Z][A-Za-z0-9]+$/);
    }
  );

  it('reads are queries and writes are all-or-nothing mutations', () => {
    for (const text of READS) expect(operation(text).operation).toBe('query');
    for (const text of MUTATIONS) {
      expect(operation(text).operation).toBe('mutation');
      expect(text).toContain('uiapi(input: { allOrNone: true })');
    }
  });

  it('keeps every request within 10 subqueries', () => {
    for (const text of READS) {
      const subqueries = (text.match(/\b\w+__[cr]\(/g) ?? []).length;
      expect(subqueries).toBeLessThanOrEqual(10);
    }
  });

  it('pages with upperBound only alongside a first of $pageSize (2,000)', () => {
    const bounded = READS.filter((text) => text.includes('upperBound'));
    expect(bounded.length).toBeGreaterThanOrEqual(5);
    expect(bounded.filter((text) => !text.includes('first: $pageSize'))).toEqual([]);
  });

  it('publishes with the revision first so entries can reference @{revision}', () => {
    for (const publish of PUBLISH) {
      const aliases = ['revision:', 'entry1:', 'supersede:']
        .map((alias) => publish.indexOf(alias))
        .filter((index) => index >= 0);
      expect(aliases[0]).toBeGreaterThan(0);
      expect([...aliases].sort((a, b) => a - b)).toEqual(aliases);
    }
  });

  it('uses no directive in any document (the wire adapter does not support variables in them)', () => {
    for (const text of ALL) expect(text).not.toMatch(/@(include|skip)\b/);
  });
});
