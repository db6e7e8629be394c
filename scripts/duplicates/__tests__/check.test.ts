/** @jest-environment node */
import {
  classify,
  formatFindings,
  isGraphQlSelection,
  pairKey,
  staleKnownPairs,
  unitOf,
  type Clone
} from '../check';

const LWC = 'force-app/main/default/lwc';

const clone = (
  first: string,
  second: string,
  fragment = 'const a = 1;\nconst b = 2;\n'
): Clone => ({
  lines: 7,
  fragment,
  firstFile: { name: first, start: 3 },
  secondFile: { name: second, start: 9 }
});

describe('unitOf', () => {
  it.each([
    [`${LWC}/gapData/reads.ts`, 'lwc/gapData'],
    [`${LWC}/gapData/__tests__/reads.test.ts`, 'lwc/gapData'],
    [`./${LWC}/topTenBoard/topTenBoard.html`, 'lwc/topTenBoard'],
    ['tools/shared/schema/buildSchema.ts', 'tools/shared/schema'],
    ['tools/shared/schema/__tests__/x.test.ts', 'tools/shared/schema'],
    ['scripts/githubSync/__tests__/documents.test.ts', 'scripts/githubSync'],
    ['preview/browser/faults.test.ts', 'preview/browser'],
    ['scripts\\rank\\cli.ts', 'scripts/rank'],
    ['scripts/test-all.mjs', 'scripts/test-all.mjs']
  ])('%s belongs to %s', (path, unit) => expect(unitOf(path)).toBe(unit));
});

describe('isGraphQlSelection', () => {
  it('recognises fields, aliases, arguments, spreads and closing braces', () => {
    const selection = [
      '        Name { value }',
      '        Status__c {',
      '          value',
      '        }',
      '        Gap: Product_Gap__r {',
      '          ...GapFields',
      '        }',
      '        Submissions__r(first: 2000) {',
      '          edges {',
      '            node {',
      '              Id',
      '            }',
      '          }',
      '        }'
    ].join('\n');
    expect(isGraphQlSelection(selection)).toBe(true);
  });

  it('does not take code, or braces alone, for a selection set', () => {
    expect(isGraphQlSelection('x\nconst a = load(b);\nreturn a;\ny')).toBe(false);
    expect(isGraphQlSelection('x\n}\n}\ny')).toBe(false);
    expect(isGraphQlSelection('x\nif (a) {\n  b = c;\n}\ny')).toBe(false);
    expect(isGraphQlSelection('')).toBe(false);
  });
});

describe('classify', () => {
  it('fails a block repeated between bundles, not one inside a bundle', () => {
    const [between, within] = classify([
      clone(`${LWC}/a/a.ts`, `${LWC}/b/b.ts`),
      clone(`${LWC}/a/a.ts`, `${LWC}/a/rows.ts`)
    ]);
    expect(between.kind).toBe('between');
    expect(between.units).toEqual(['lwc/a', 'lwc/b']);
    expect(within.kind).toBe('within');
  });

  it('sets GraphQL selection sets and known pairs aside', () => {
    const selection = 'x {\n  Name { value }\n  Amount__c { value }\n  Owner {\n    Id\n  }\n}';
    const [graphql, known] = classify(
      [
        clone(`${LWC}/a/a.ts`, 'scripts/rank/q.ts', selection),
        clone(`${LWC}/b/b.ts`, `${LWC}/a/a.ts`)
      ],
      new Set(['lwc/a <-> lwc/b'])
    );
    expect(graphql.kind).toBe('graphql');
    expect(known.kind).toBe('known');
  });

  it('keys a pair the same way round whichever file jscpd names first', () => {
    expect(pairKey(['lwc/b', 'lwc/a'])).toBe(pairKey(['lwc/a', 'lwc/b']));
  });
});

describe('formatFindings and staleKnownPairs', () => {
  it('names each failing place and counts the rest', () => {
    const findings = classify(
      [clone(`${LWC}/a/a.ts`, `${LWC}/b/b.ts`), clone(`${LWC}/a/a.ts`, `${LWC}/a/x.ts`)],
      new Set()
    );
    const report = formatFindings(findings, ['lwc/c <-> lwc/d']);
    expect(report).toContain(`duplicate (7 lines): ${LWC}/a/a.ts:3 <-> ${LWC}/b/b.ts:9`);
    expect(report).toContain('1 block(s) repeated between bundles; aside: 0 known');
    expect(report).toContain('1 within one bundle, 0 GraphQL selection sets');
    expect(report).toContain('remove it from known.json: lwc/c <-> lwc/d');
  });

  it('reports a known pair that no clone repeats any more', () => {
    const findings = classify(
      [clone(`${LWC}/a/a.ts`, `${LWC}/b/b.ts`)],
      new Set(['lwc/a <-> lwc/b'])
    );
    expect(staleKnownPairs(findings, ['lwc/a <-> lwc/b', 'lwc/x <-> lwc/y'])).toEqual([
      'lwc/x <-> lwc/y'
    ]);
  });
});
