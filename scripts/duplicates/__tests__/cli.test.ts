/** @jest-environment node */
// The check end to end on a small repository: jscpd runs, its report is judged, the code says it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { duplicateCheck } from '../cli';

// A block long enough for jscpd (50+ tokens), written once per file that repeats it.
const BLOCK = `export function total(rows: Array<{ amount: number; count: number }>): number {
  let sum = 0;
  for (const row of rows) {
    if (row.amount > 0 && row.count > 0) sum += row.amount * row.count;
    else if (row.amount > 0) sum += row.amount;
  }
  return Math.round(sum * 100) / 100;
}
`;

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dup-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('duplicateCheck', () => {
  it('fails on a block repeated between two bundles, naming both places', () => {
    write('force-app/main/default/lwc/a/a.ts', BLOCK);
    write('force-app/main/default/lwc/b/b.ts', `// b\n${BLOCK}`);
    const { code, report } = duplicateCheck(root);
    expect(code).toBe(1);
    expect(report).toMatch(
      /duplicate \(\d+ lines\): force-app\/main\/default\/lwc\/(a\/a|b\/b)\.ts/
    );
    expect(report).toContain('1 block(s) repeated between bundles');
  });

  it('passes when the pair is known, and when the repetition stays inside one bundle', () => {
    write('force-app/main/default/lwc/a/a.ts', BLOCK);
    write('force-app/main/default/lwc/a/rows.ts', `// rows\n${BLOCK}`);
    write('scripts/duplicates/known.json', JSON.stringify({ pairs: ['lwc/x <-> lwc/y'] }));
    const { code, report } = duplicateCheck(root);
    expect(code).toBe(0);
    expect(report).toContain('0 block(s) repeated between bundles; aside: 0 known');
    expect(report).toContain('1 within one bundle');
    expect(report).toContain('remove it from known.json: lwc/x <-> lwc/y');
  });
});
