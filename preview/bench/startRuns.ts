// The pure parts of bench:start: its options, what a cold start removes, the preview's URL and
// timing lines in `npm start`'s output, and the figures printed per kind of start.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from '../../tools/shared/files';

export interface StartBenchOptions {
  /** The repository `npm start` runs in (a fresh clone with node_modules in place). */
  dir: string;
  cold: number;
  warm: number;
}

/** Reads `--dir <repo>` (default `root`), `--cold N` and `--warm N` (default 3 each, 0 skips); throws naming a bad option. */
export function startBenchOptions(argv: string[], root: string): StartBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: { dir: { type: 'string' }, cold: { type: 'string' }, warm: { type: 'string' } },
    strict: true,
    allowPositionals: false
  });
  const runs = (name: 'cold' | 'warm'): number => {
    const text = values[name];
    if (text === undefined) return 3;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`--${name} needs a whole number >= 0`);
    return value;
  };
  const dir = resolve(values.dir ?? root);
  if (!existsSync(join(dir, 'package.json'))) throw new Error(`--dir ${dir} holds no package.json`);
  return { dir, cold: runs('cold'), warm: runs('warm') };
}

/** What a fresh clone lacks and a start leaves behind: the compiled component .js (each beside its .ts), dist/ and the preview's data folder. */
export function buildOutputs(dir: string): string[] {
  const lwc = join(dir, 'force-app', 'main', 'default', 'lwc');
  const compiled = listFiles(lwc, ['__tests__']).filter(
    (file) => file.endsWith('.js') && existsSync(file.replace(/\.js$/, '.ts'))
  );
  const folders = [join(dir, 'dist'), join(dir, '.data', 'preview')].filter((path) =>
    existsSync(path)
  );
  return [...compiled, ...folders];
}

/** The preview's base URL from a line of `npm start`'s output ("... started in N ms ...: http://127.0.0.1:PORT/ ..."), or null. */
export function previewUrlOf(line: string): string | null {
  const match = /started in .*?(http:\/\/[^\s/]+)\//.exec(line);
  return match ? match[1] : null;
}

/** The preview's own account of a start ("bundle: cold in N ms; org ready in M ms"), or null. */
export function startBreakdownOf(line: string): string | null {
  const match = /bundle: (\w+) in (\d+) ms; org ready in (\d+) ms/.exec(line);
  return match ? `bundle ${match[1]} ${match[2]} ms, org ${match[3]} ms` : null;
}

/** "median X s (min–max s over n runs)" for a kind of start; "no run" for none. */
export function describeRuns(ms: number[]): string {
  if (ms.length === 0) return 'no run';
  const sorted = [...ms].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const s = (value: number) => (value / 1000).toFixed(1);
  return `median ${s(median)} s (${s(sorted[0])}–${s(sorted[sorted.length - 1])} s over ${ms.length} run${ms.length === 1 ? '' : 's'})`;
}

/** Clock ticks per second of /proc/<pid>/stat times (Linux's USER_HZ, 100 on every common build). */
const TICKS_PER_SECOND = 100;

/** From one /proc/<pid>/stat line: its process group and the CPU ms it and its reaped children used; null for a line that is not one. */
export function cpuOfStat(line: string): { group: number; ms: number } | null {
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  if (fields.length < 15) return null;
  const group = Number(fields[2]);
  const ticks = [11, 12, 13, 14].reduce((sum, at) => sum + Number(fields[at]), 0);
  if (!Number.isInteger(group) || !Number.isFinite(ticks)) return null;
  return { group, ms: (ticks * 1000) / TICKS_PER_SECOND };
}
