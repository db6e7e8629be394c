/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from '../files';

describe('listFiles', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'list-files-'));
    mkdirSync(join(dir, 'b', '__tests__'), { recursive: true });
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'z.ts'), '');
    writeFileSync(join(dir, 'a', 'one.ts'), '');
    writeFileSync(join(dir, 'b', 'two.ts'), '');
    writeFileSync(join(dir, 'b', '__tests__', 'two.test.ts'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every file below the folder, sorted', () => {
    expect(listFiles(dir).map((file) => file.slice(dir.length + 1))).toEqual([
      'a/one.ts',
      'b/__tests__/two.test.ts',
      'b/two.ts',
      'z.ts'
    ]);
  });

  it('skips folders by name and answers [] for a missing folder', () => {
    expect(listFiles(dir, ['__tests__']).map((file) => file.slice(dir.length + 1))).toEqual([
      'a/one.ts',
      'b/two.ts',
      'z.ts'
    ]);
    expect(listFiles(join(dir, 'missing'))).toEqual([]);
  });
});
