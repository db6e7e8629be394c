// Command-line options shared by the preview benchmarks: whole-number sizes (--gaps, ...) and the
// org-like network (--model org, --latency, --bandwidth, --max-in-flight), read with node:util.
import { parseArgs } from 'node:util';
import type { NetworkModel } from '../server/latency';
import { NETWORK_OPTIONS, benchNetworks } from '../server/networkArgs';

export interface BenchOptions<K extends string> {
  sizes: Record<K, number>;
  /** zero latency (null) first, then the models asked for (see benchNetworks) */
  networks: (NetworkModel | null)[];
}

/** Reads `argv` given the benchmark's sizes and defaults; throws an Error naming a bad option. */
export function benchOptions<K extends string>(
  argv: string[],
  defaults: Record<K, number>
): BenchOptions<K> {
  const sizeOptions = Object.fromEntries(
    Object.keys(defaults).map((key) => [key, { type: 'string' as const }])
  );
  const { values } = parseArgs({
    args: argv,
    options: { ...sizeOptions, ...NETWORK_OPTIONS },
    strict: true,
    allowPositionals: false
  });
  const sizes = { ...defaults };
  for (const key of Object.keys(defaults) as K[]) {
    const text = (values as Record<string, string | undefined>)[key];
    if (text === undefined) continue;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${key} needs a whole number >= 1`);
    sizes[key] = value;
  }
  return { sizes, networks: benchNetworks(values) };
}
