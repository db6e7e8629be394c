/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildOutputs,
  cpuOfStat,
  describeRuns,
  previewUrlOf,
  startBenchOptions,
  startBreakdownOf
} from '../startRuns';

describe('bench:start', () => {
  let repo: string;

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'start-bench-'));
    writeFileSync(join(repo, 'package.json'), '{}');
  });

  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('reads --dir, --cold and --warm, and refuses bad values', () => {
    expect(startBenchOptions([], repo)).toEqual({ dir: repo, cold: 3, warm: 3 });
    expect(startBenchOptions(['--dir', repo, '--cold', '0', '--warm', '5'], '/nowhere')).toEqual({
      dir: repo,
      cold: 0,
      warm: 5
    });
    expect(() => startBenchOptions(['--cold=-1'], repo)).toThrow('--cold needs');
    expect(() => startBenchOptions(['--warm', '1.5'], repo)).toThrow('--warm needs');
    expect(() => startBenchOptions(['--dir', join(repo, 'none')], repo)).toThrow(
      'holds no package.json'
    );
    expect(() => startBenchOptions(['--runs', '3'], repo)).toThrow();
  });

  it('lists the build output a fresh clone lacks: compiled .js beside a .ts, dist/, the preview data', () => {
    const bundle = join(repo, 'force-app', 'main', 'default', 'lwc', 'format');
    mkdirSync(join(bundle, '__tests__'), { recursive: true });
    for (const file of ['format.ts', 'format.js', 'plain.js', 'format.js-meta.xml'])
      writeFileSync(join(bundle, file), '');
    writeFileSync(join(bundle, '__tests__', 'format.test.ts'), '');
    expect(buildOutputs(repo)).toEqual([join(bundle, 'format.js')]);
    mkdirSync(join(repo, 'dist', 'preview'), { recursive: true });
    mkdirSync(join(repo, '.data', 'preview'), { recursive: true });
    expect(buildOutputs(repo)).toEqual([
      join(bundle, 'format.js'),
      join(repo, 'dist'),
      join(repo, '.data', 'preview')
    ]);
  });

  it("reads the preview's URL and its own timing from npm start's lines", () => {
    const started =
      '[preview] started in 2100 ms (2400 ms since the process began): http://127.0.0.1:4123/ (Ctrl+C stops)';
    expect(previewUrlOf(started)).toBe('http://127.0.0.1:4123');
    expect(previewUrlOf('[preview] bundle: cold in 80 ms; org ready in 9 ms')).toBeNull();
    expect(startBreakdownOf('[preview] bundle: cold in 29921 ms; org ready in 211 ms')).toBe(
      'bundle cold 29921 ms, org 211 ms'
    );
    expect(startBreakdownOf(started)).toBeNull();
  });

  it('reads the CPU time of a process and its reaped children from /proc/<pid>/stat', () => {
    const stat =
      '22956 (node (tsx) x) S 22953 22953 15535 0 -1 4194304 99 0 0 0 250 30 15 5 20 0 1 0 2869447';
    expect(cpuOfStat(stat)).toEqual({ group: 22953, ms: 3000 });
    expect(cpuOfStat('garbage')).toBeNull();
    expect(cpuOfStat('1 (x) S 0 abc 0 0 0 0 0 0 0 0 1 1 1 1')).toBeNull();
  });

  it('describes runs by median and range; none as "no run"', () => {
    expect(describeRuns([3000, 1000, 2000])).toBe('median 2.0 s (1.0–3.0 s over 3 runs)');
    expect(describeRuns([1000, 2000])).toBe('median 1.5 s (1.0–2.0 s over 2 runs)');
    expect(describeRuns([900])).toBe('median 0.9 s (0.9–0.9 s over 1 run)');
    expect(describeRuns([])).toBe('no run');
  });
});
