/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countLines, formatSizes, measureBundle, measureBundles } from '../count';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}`).join('\n') + '\n';

let root: string;

function bundle(name: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, name, path, '..'), { recursive: true });
    writeFileSync(join(root, name, path), text);
  }
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'size-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('countLines', () => {
  it('counts lines, a final newline starting none', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a')).toBe(1);
    expect(countLines('a\n')).toBe(1);
    expect(countLines('a\nb')).toBe(2);
    expect(countLines('a\n\nb\n')).toBe(3);
  });
});

describe('measureBundle', () => {
  it('counts main, template and bundle TypeScript, leaving labels.ts, tests, .d.ts and .js aside', () => {
    bundle('screen', {
      'screen.ts': lines(10),
      'screen.html': lines(4),
      'screen.js': lines(99),
      'present.ts': lines(5),
      'labels.ts': lines(50),
      'types.d.ts': lines(7),
      'view/rows.ts': lines(3),
      '__tests__/screen.test.ts': lines(300)
    });
    expect(measureBundle(join(root, 'screen'), 'screen')).toEqual({
      bundle: 'screen',
      main: 10,
      template: 4,
      bundleTs: 18,
      over: []
    });
  });

  it('flags each target a screen exceeds, and exactly at the limit is within', () => {
    bundle('big', { 'big.ts': lines(151), 'big.html': lines(121), 'more.ts': lines(250) });
    bundle('edge', { 'edge.ts': lines(150), 'edge.html': lines(120), 'more.ts': lines(250) });
    expect(measureBundle(join(root, 'big'), 'big').over).toEqual(['main', 'template', 'bundle']);
    expect(measureBundle(join(root, 'edge'), 'edge').over).toEqual([]);
  });

  it('never flags a service module (no template), however long', () => {
    bundle('service', { 'service.ts': lines(900) });
    expect(measureBundle(join(root, 'service'), 'service')).toMatchObject({
      main: 900,
      template: null,
      over: []
    });
  });

  it('gives null for a missing main .ts and counts an empty bundle as zero', () => {
    bundle('odd', { 'odd.html': lines(2) });
    expect(measureBundle(join(root, 'odd'), 'odd')).toMatchObject({ main: null, bundleTs: 0 });
  });
});

describe('measureBundles and formatSizes', () => {
  it('lists every bundle folder by name, skipping loose files, and marks what is over', () => {
    bundle('b', { 'b.ts': lines(200), 'b.html': lines(1) });
    bundle('a', { 'a.ts': lines(1), 'a.html': lines(1) });
    writeFileSync(join(root, 'jsconfig.json'), '{}');
    const sizes = measureBundles(root);
    expect(sizes.map((s) => s.bundle)).toEqual(['a', 'b']);
    const table = formatSizes(sizes);
    expect(table).toMatch(/^b\s+200!\s+1\s+200\s*$/m);
    expect(table).toContain('over target (!): b');
  });

  it('says when every screen is within target', () => {
    bundle('a', { 'a.ts': lines(1), 'a.html': lines(1) });
    expect(formatSizes(measureBundles(root))).toContain('every screen within target');
  });
});
