// Benchmark of the ranking engine on synthetic data (seeded): prints ms per phase, memory, and the
// ratio to a baseline loop. Run: npx tsx scripts/bench/rank.ts [GAPSxSUBMISSIONS,...]
// (node --expose-gc --import tsx scripts/bench/rank.ts for steadier memory figures).
import {
  computeConfidence,
  computeGapMetrics,
  describeRanking,
  pathIntoTopN,
  prepareRanking
} from 'c/gapRanking';
import type { MetricsInput } from 'c/gapRanking';
import { rankMetric } from 'c/gapRanking';
import { paretoLayers } from 'c/gapRanking';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { syntheticInput } from './rankInput';
import type { EngineMemory } from './rankMemory';

/** The floor: read every submission once and add its amount to its gap's total. */
function baseline(input: MetricsInput): Float64Array {
  const gapIndex = new Map<string, number>();
  input.gaps.forEach((gap, i) => gapIndex.set(gap.id, i));
  const amountIndex = new Map<string, number>();
  input.opportunities.forEach((o) => amountIndex.set(o.id, o.amount ?? 0));
  const totals = new Float64Array(input.gaps.length);
  for (const submission of input.submissions) {
    const g = gapIndex.get(submission.gapId);
    if (g === undefined || submission.opportunityId === null) continue;
    totals[g] += amountIndex.get(submission.opportunityId) ?? 0;
  }
  return totals;
}

/**
 * Median and fastest wall time in ms of `runs` calls after thirteen warm-up calls, and the median
 * CPU time of this process over the same calls. V8 optimises a function after enough calls; with
 * three warm-ups the engine's larger code was sometimes still in a lower tier, so the same build
 * gave 1.1x to 3.5x between invocations; the baseline loop and every phase get the same warm-ups.
 * The median wall time is the reported figure; on a shared machine the CPU time, which other
 * processes do not inflate, and the fastest run are printed beside the ratio.
 */
function time<T>(
  runs: number,
  fn: () => T
): { ms: number; cpu: number; fastest: number; result: T } {
  let result = fn();
  for (let warm = 0; warm < 12; warm++) result = fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < runs; r++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    result = fn();
    walls.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(runs / 2)];
  return { ms: median(walls), cpu: median(cpus), fastest: Math.min(...walls), result };
}

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

const TYPED_ARRAYS = [
  'Int8Array',
  'Uint8Array',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array'
] as const;

/**
 * Bytes of the typed arrays and array buffers `fn` creates, counted as they are created (the
 * process's arrayBuffers figure drops whenever a collection runs in between, which at 1,000,000
 * submissions happens inside one call): the global constructors are wrapped for that call only.
 */
function typedArrayBytes<T>(fn: () => T): { bytes: number; result: T } {
  const scope = globalThis as unknown as Record<string, unknown>;
  const originals = new Map<string, unknown>();
  let bytes = 0;
  for (const name of [...TYPED_ARRAYS, 'ArrayBuffer']) {
    const Base = scope[name] as new (...args: unknown[]) => { byteLength: number };
    originals.set(name, Base);
    scope[name] = class extends Base {
      constructor(...args: unknown[]) {
        super(...args);
        // A view over a buffer adds nothing: the buffer was counted when it was created.
        if (!(args[0] instanceof (originals.get('ArrayBuffer') as typeof ArrayBuffer))) {
          bytes += this.byteLength;
        }
      }
    };
  }
  let result: T;
  try {
    result = fn();
  } finally {
    for (const [name, original] of originals) scope[name] = original;
  }
  return { bytes, result };
}

/**
 * Memory one engine call (metrics + borda + explanations) adds on top of its input: the typed
 * arrays it creates (its working memory, all of it garbage once the call returns; counted at
 * creation: at least what it holds at once) and the heap its results keep after a collection.
 * Needs node --expose-gc; the figures above it also count the runs' uncollected garbage.
 */
function engineMemory(input: MetricsInput): string {
  if (!gc) return 'engine memory: run with node --expose-gc';
  gc();
  const before = process.memoryUsage();
  const { bytes, result } = typedArrayBytes(() => {
    const model = prepareRanking(computeGapMetrics(input).gaps, { method: 'borda' });
    return { model, explanations: describeRanking(model) };
  });
  gc();
  const kept = process.memoryUsage();
  // Heap only: freed array buffers leave the process figure later (they are swept concurrently).
  const keptBytes = kept.heapUsed - before.heapUsed;
  return `engine memory (one call): typed arrays created ${mb(bytes)}, results keep ${mb(keptBytes)} of heap (${result.model.ranking.gaps.length} ranked gaps, ${result.explanations.length} explanations)`;
}

/**
 * The peak memory one engine call adds on top of its input (heap + array buffers, garbage not yet
 * collected included; see rankMemory.ts for what it counts), median of 3 fresh processes.
 */
function enginePeak(gapCount: number, submissionCount: number): string {
  const script = join(__dirname, 'rankMemory.ts');
  const runs: EngineMemory[] = [];
  for (let run = 0; run < 3; run++) {
    const output = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', script, `${gapCount}x${submissionCount}`],
      // From the repository root, where tsx finds the tsconfig paths (c/gapRanking).
      { encoding: 'utf8', cwd: join(__dirname, '..', '..') }
    );
    runs.push(JSON.parse(output.trim().split('\n').pop() ?? '{}') as EngineMemory);
  }
  const peaks = runs.map((memory) => memory.peak).sort((x, y) => x - y);
  return `engine peak memory (one call, fresh process, median of 3): ${mb(peaks[1])} above its input (runs ${peaks.map(mb).join(', ')}; heap + array buffers)`;
}

function run(gapCount: number, submissionCount: number): void {
  const runs = 5;
  const input = syntheticInput(gapCount, submissionCount, 42);
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  // Typed arrays live outside the heap: their backing stores are counted as array buffers.
  const buffersBefore = process.memoryUsage().arrayBuffers;
  const base = time(runs, () => baseline(input));
  const metrics = time(runs, () => computeGapMetrics(input));
  const rows = metrics.result.gaps;
  const heapAfterMetrics = process.memoryUsage().heapUsed;
  const buffersAfterMetrics = process.memoryUsage().arrayBuffers;
  const columns = rows.map((row) => row.metrics.arr);
  const ranks = time(runs, () => {
    for (const key of ['arr', 'accounts', 'strategic', 'p0', 'tam', 'lost'] as const) {
      rankMetric(Float64Array.from(rows, (row) => row.metrics[key]));
    }
  });
  const borda = time(runs, () => prepareRanking(rows, { method: 'borda' }));
  const rrf = time(runs, () => prepareRanking(rows, { method: 'rrf' }));
  const score = time(runs, () => prepareRanking(rows, { method: 'score' }));
  const pareto = time(runs, () => prepareRanking(rows, { method: 'pareto' }));
  const layersOnly = time(runs, () =>
    paretoLayers(
      (['arr', 'accounts', 'strategic', 'p0'] as const).map((key) =>
        Float64Array.from(rows, (row) => row.metrics[key])
      ),
      rows.length
    )
  );
  const explanations = time(runs, () => describeRanking(borda.result));
  const outside = borda.result.ranking.gaps.slice(10, 30).map((gap) => gap.id);
  const paths = time(1, () => outside.map((id) => pathIntoTopN(borda.result, id, 10)));
  const confidence = time(runs, () => computeConfidence(borda.result, { samples: 200, seed: 7 }));
  const usage = process.memoryUsage();
  const engine = metrics.ms + borda.ms + explanations.ms;
  const line = (label: string, ms: number) =>
    console.log(`  ${label.padEnd(34)} ${ms.toFixed(1).padStart(9)} ms`);
  console.log(
    `\n${gapCount} gaps / ${submissionCount} submissions (${rows.length} open gaps ranked, ${columns.length} rows)`
  );
  line('baseline loop', base.ms);
  line('metrics (computeGapMetrics)', metrics.ms);
  line('per-metric ranks (6 metrics)', ranks.ms);
  line('borda (prepareRanking, incl. ranks)', borda.ms);
  line('rrf (prepareRanking, incl. ranks)', rrf.ms);
  line('score (prepareRanking, incl. ranks)', score.ms);
  line('pareto (prepareRanking, incl. ranks)', pareto.ms);
  line('pareto layers only', layersOnly.ms);
  line('explanations (every gap)', explanations.ms);
  line('pathIntoTopN (20 gaps, ranks 11-30)', paths.ms);
  line('confidence (200 samples, top 10)', confidence.ms);
  line('metrics + borda + explanations', engine);
  const fastestEngine = metrics.fastest + borda.fastest + explanations.fastest;
  const cpuEngine = metrics.cpu + borda.cpu + explanations.cpu;
  console.log(
    `  ratio to baseline (medians of 5)   ${(engine / base.ms).toFixed(2).padStart(9)} x  (CPU time: ${(cpuEngine / base.cpu).toFixed(2)} x, fastest runs: ${(fastestEngine / base.fastest).toFixed(2)} x)`
  );
  console.log(
    `  memory: heap used ${mb(usage.heapUsed)} (metrics added ${mb(heapAfterMetrics - heapBefore)}, array buffers ${mb(buffersAfterMetrics - buffersBefore)}), RSS ${mb(usage.rss)}${gc ? '' : ' (run with node --expose-gc for steadier figures)'}`
  );
  console.log(`  ${engineMemory(input)}`);
  console.log(`  ${enginePeak(gapCount, submissionCount)}`);
}

// Optional argument: sizes as gaps x submissions, e.g. `5000x100000,1000x10000`.
const sizes: [number, number][] = process.argv[2]
  ? process.argv[2].split(',').map((size) => size.split('x').map(Number) as [number, number])
  : [
      [1_000, 10_000],
      [5_000, 100_000],
      [10_000, 1_000_000]
    ];
for (const [gapCount, submissionCount] of sizes) run(gapCount, submissionCount);
