/** @jest-environment node */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkComponents, staleComponentSources } from '../components';
import { fingerprint } from '../fingerprint';
import { withLock } from '../lock';
import { componentExists } from '../virtualModules';

describe('component freshness', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'preview-lwc-'));
    mkdirSync(join(dir, 'lwc', 'board', '__tests__'), { recursive: true });
    writeFileSync(join(dir, 'lwc', 'board', 'board.ts'), 'export default 1;');
    writeFileSync(join(dir, 'lwc', 'board', '__tests__', 'board.test.ts'), '');
    writeFileSync(join(dir, 'lwc', 'board', 'types.d.ts'), '');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists a component .ts with no .js, ignoring tests and .d.ts', () => {
    expect(staleComponentSources(join(dir, 'lwc'))).toEqual([
      join(dir, 'lwc', 'board', 'board.ts')
    ]);
  });

  it('lists a .ts newer than its .js, and nothing once the .js is newer', () => {
    const ts = join(dir, 'lwc', 'board', 'board.ts');
    const js = join(dir, 'lwc', 'board', 'board.js');
    writeFileSync(js, '');
    utimesSync(js, new Date(1000), new Date(1000));
    expect(staleComponentSources(join(dir, 'lwc'))).toEqual([ts]);
    utimesSync(js, new Date(), new Date(Date.now() + 5000));
    expect(staleComponentSources(join(dir, 'lwc'))).toEqual([]);
  });

  it('knows whether the package has a component, compiled or not', () => {
    expect(componentExists(dir, 'board')).toBe(true);
    expect(componentExists(dir, 'topTenBoard')).toBe(false);
  });

  it('changes the fingerprint when a file changes, not when nothing does', () => {
    const first = fingerprint([join(dir, 'lwc')]);
    expect(fingerprint([join(dir, 'lwc')])).toBe(first);
    writeFileSync(join(dir, 'lwc', 'board', 'board.html'), '<template></template>');
    expect(fingerprint([join(dir, 'lwc')])).not.toBe(first);
  });

  it('ignores skipped folders in the fingerprint', () => {
    const first = fingerprint([join(dir, 'lwc')], ['__tests__']);
    writeFileSync(join(dir, 'lwc', 'board', '__tests__', 'more.test.ts'), '');
    expect(fingerprint([join(dir, 'lwc')], ['__tests__'])).toBe(first);
  });
});

describe('linkComponents', () => {
  it('links every component folder with an entry file, and only those', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preview-link-'));
    try {
      mkdirSync(join(dir, 'lwc', 'board'), { recursive: true });
      writeFileSync(join(dir, 'lwc', 'board', 'board.js'), '');
      mkdirSync(join(dir, 'lwc', 'halfWritten'));
      writeFileSync(join(dir, 'lwc', 'halfWritten', 'helper.ts'), '');
      mkdirSync(join(dir, 'out', 'c', 'removedComponent'), { recursive: true });

      expect(linkComponents(join(dir, 'lwc'), join(dir, 'out', 'c'))).toEqual(['board']);
      expect(readdirSync(join(dir, 'out', 'c'))).toEqual(['board']);
      expect(readlinkSync(join(dir, 'out', 'c', 'board'))).toBe(join(dir, 'lwc', 'board'));
      expect(existsSync(join(dir, 'lwc', 'board', 'board.js'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('withLock', () => {
  it('runs one holder at a time and releases the lock after a failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preview-lock-'));
    const lock = join(dir, 'out.lock');
    const order: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = withLock(lock, async () => {
      order.push('a in');
      await held;
      order.push('a out');
    });
    const second = withLock(lock, async () => {
      order.push('b in');
      order.push('b out');
    });
    // Both asked for the lock (each tries at once); the second waits while the first holds it.
    expect(order).toEqual(['a in']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out']);
    await expect(withLock(lock, () => Promise.reject(new Error('build failed')))).rejects.toThrow(
      'build failed'
    );
    expect(existsSync(lock)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
