// The peak memory one engine call adds on top of its input, measured in a fresh process.
//
// What it counts: the call is computeGapMetrics + prepareRanking (Borda) + describeRanking on the
// bench's synthetic org. Before it, the engine is warmed up on a small org and two full
// collections leave only the input (and the process's own few MB) alive; that level, V8's used
// heap plus its external memory (where every typed array's and array buffer's backing store is
// counted the moment it is allocated), is the zero. During the call both figures only grow until
// a collection runs, so their highest sum is the larger of their sum just before each collection
// (v8.GCProfiler records it) and their sum when the call returns. That peak counts everything the
// process holds at once: the engine's typed arrays, its heap temporaries, its results and the
// garbage V8 has not collected yet, exactly as the process holds it (a fresh process after a full
// collection, so the collector starts each run from the same state). "Results keep" is what stays
// alive after the call once everything else is collected.
//
// Run: node --expose-gc --import tsx scripts/bench/rankMemory.ts [GAPSxSUBMISSIONS] [--engine DIR]
// DIR is a checkout whose force-app/main/default/lwc/gapRanking/gapRanking.ts is measured instead
// of this one's (same input, same call), e.g. a worktree of an older commit. The last line printed
// is JSON ({ peak, kept, collections } in bytes) for bench:rank.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import type { MetricRow, MetricsInput } from 'c/gapRanking';
import { syntheticInput } from './rankInput';

/** The three engine calls the bench times, as any version of c/gapRanking exports them. */
interface Engine {
  computeGapMetrics(input: MetricsInput): { gaps: MetricRow[] };
  prepareRanking(rows: MetricRow[], options: { method: 'borda' }): unknown;
  describeRanking(model: never): unknown[];
}

/** The engine's peak and kept memory in bytes, and how many collections ran during the call. */
export interface EngineMemory {
  peak: number;
  kept: number;
  collections: number;
}

const ENGINE_PATH = 'force-app/main/default/lwc/gapRanking/gapRanking.ts';

/** Loads c/gapRanking from the checkout `dir` (default: the one this script is in). */
async function loadEngine(dir: string | undefined): Promise<Engine> {
  const root = dir ? resolve(dir) : resolve(__dirname, '..', '..');
  return (await import(pathToFileURL(resolve(root, ENGINE_PATH)).href)) as Engine;
}

/** One engine call: metrics, then Borda ranking, then every gap's explanation. */
function engineCall(engine: Engine, input: MetricsInput): unknown {
  const model = engine.prepareRanking(engine.computeGapMetrics(input).gaps, { method: 'borda' });
  return { model, explanations: engine.describeRanking(model as never) };
}

/** Used heap plus external memory (array buffers' backing stores among it), in bytes. */
function held(stats: { usedHeapSize: number; externalMemory: number }): number {
  return stats.usedHeapSize + stats.externalMemory;
}

function heldNow(): number {
  const stats = v8.getHeapStatistics();
  return held({ usedHeapSize: stats.used_heap_size, externalMemory: stats.external_memory });
}

/** The measured call's result, held (module scope) until its kept size is read. */
const alive: unknown[] = [];

/** Peak and kept memory of one engine call on `input` above what was alive before it. */
export function measureEngineMemory(engine: Engine, input: MetricsInput): EngineMemory {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  // Warm-up on a small org: the engine is compiled before the zero is read, as in the timed bench.
  const small = syntheticInput(200, 2_000, 7);
  for (let run = 0; run < 3; run++) engineCall(engine, small);
  gc();
  gc();
  const zero = heldNow();
  const profiler = new v8.GCProfiler();
  profiler.start();
  alive.push(engineCall(engine, input));
  const atReturn = heldNow();
  const { statistics } = profiler.stop();
  const beforeEach = statistics.map((gcRun) => held(gcRun.beforeGC.heapStatistics));
  // Two collections: the second finishes sweeping the array buffers the first found dead.
  gc();
  gc();
  const kept = heldNow() - zero;
  alive.length = 0;
  return { peak: Math.max(atReturn, ...beforeEach) - zero, kept, collections: statistics.length };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const engineAt = args.indexOf('--engine');
  const dir = engineAt >= 0 ? args[engineAt + 1] : undefined;
  const size = args.find((arg, i) => /^\d+x\d+$/.test(arg) && args[i - 1] !== '--engine');
  const [gapCount, submissionCount] = (size ?? '10000x1000000').split('x').map(Number);
  const engine = await loadEngine(dir);
  const input = syntheticInput(gapCount, submissionCount, 42);
  const memory = measureEngineMemory(engine, input);
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
  console.log(
    `${gapCount} gaps / ${submissionCount} submissions, engine ${dir ?? 'of this checkout'}: peak ${mb(memory.peak)} above the input, results keep ${mb(memory.kept)} (${memory.collections} collections during the call)`
  );
  console.log(JSON.stringify(memory));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
