// Prints how long `npm start` takes until the preview answers its first page (GET / read whole),
// as issue 16 defines it: cold (no build output: no compiled component .js, no dist/, no
// .data/preview, as in a fresh clone after `npm ci`) and warm (a second start, everything kept).
// Figures only, with the load average beside each: the machine may be shared.
// Run: npx tsx preview/bench/startTime.ts [--dir <repo>] [--cold 3] [--warm 3]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import {
  buildOutputs,
  cpuOfStat,
  describeRuns,
  previewUrlOf,
  startBreakdownOf,
  startBenchOptions
} from './startRuns';

/** A start that has not answered its first page in this time is reported as failed. */
const TIMEOUT_MS = 180_000;

interface StartRun {
  ms: number;
  /** CPU time of the whole process group (npm, tsx, the build, the server) until the page was read. */
  cpuMs: number;
  breakdown: string;
}

/** CPU ms used so far by the live processes of `group` and the children they reaped (Linux /proc; 0 elsewhere). */
function groupCpuMs(group: number): number {
  let ms = 0;
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const cpu = cpuOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      if (cpu?.group === group) ms += cpu.ms;
    } catch {
      // the process ended meanwhile
    }
  }
  return ms;
}

/** Starts `npm start -- --port 0` in `dir`, reads its first page, stops it; resolves to the time from spawn to the page read. */
function timeStart(dir: string): Promise<StartRun> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--', '--port', '0'], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  return new Promise<StartRun>((done, fail) => {
    let output = '';
    let breakdown = '';
    let answered = false;
    const timer = setTimeout(() => {
      void stop().then(() => fail(new Error(`no page within ${TIMEOUT_MS} ms:\n${output}`)));
    }, TIMEOUT_MS);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of chunk.toString().split('\n')) {
        breakdown = startBreakdownOf(line) ?? breakdown;
        const url = previewUrlOf(line);
        if (!url) continue;
        answered = true;
        void fetch(`${url}/`)
          .then(async (response) => {
            await response.text();
            if (!response.ok) throw new Error(`GET / answered HTTP ${response.status}`);
            return performance.now() - started;
          })
          .then(
            async (ms) => {
              clearTimeout(timer);
              const cpuMs = child.pid === undefined ? 0 : groupCpuMs(child.pid);
              await stop();
              done({ ms, cpuMs, breakdown });
            },
            async (error: unknown) => {
              clearTimeout(timer);
              await stop();
              fail(error);
            }
          );
      }
    });
    child.once('exit', (code) => {
      if (answered) return;
      clearTimeout(timer);
      fail(new Error(`npm start exited (${code}) before its first page:\n${output}`));
    });
  });
}

const load = () =>
  `load ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`;

interface KindFigures {
  times: number[];
  cpu: number[];
}

async function runKind(kind: 'cold' | 'warm', dir: string, runs: number): Promise<KindFigures> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let run = 1; run <= runs; run++) {
    if (kind === 'cold') {
      for (const path of buildOutputs(dir)) rmSync(path, { recursive: true, force: true });
    }
    const before = load();
    const { ms, cpuMs, breakdown } = await timeStart(dir);
    times.push(ms);
    cpu.push(cpuMs);
    console.log(
      `${kind} ${run}: ${(ms / 1000).toFixed(1)} s to the first page, ${(cpuMs / 1000).toFixed(1)} s CPU (${breakdown}; before: ${before}, after: ${load()})`
    );
  }
  return { times, cpu };
}

async function main(): Promise<void> {
  const options = startBenchOptions(process.argv.slice(2), resolve(__dirname, '..', '..'));
  console.log(`npm start in ${options.dir}, first page GET / (${load()})`);
  const cold = await runKind('cold', options.dir, options.cold);
  // A warm start needs the build output a cold one leaves: one untimed start when none ran.
  if (options.warm > 0 && options.cold === 0) await timeStart(options.dir);
  const warm = await runKind('warm', options.dir, options.warm);
  if (options.cold > 0)
    console.log(`cold: ${describeRuns(cold.times)}; CPU ${describeRuns(cold.cpu)}`);
  if (options.warm > 0)
    console.log(`warm: ${describeRuns(warm.times)}; CPU ${describeRuns(warm.cpu)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
