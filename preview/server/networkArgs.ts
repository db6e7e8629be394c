// The command-line options of the org-like network, shared by `npm start` and the benchmarks
// (read with node:util parseArgs): --model org, --latency <ms>, --bandwidth <KB/s>, --max-in-flight <n>.
import { ORG_MODEL } from './latency';
import type { NetworkModel } from './latency';

/** parseArgs option config of the network options (all strings, checked by networkModelOf). */
export const NETWORK_OPTIONS = {
  model: { type: 'string' },
  latency: { type: 'string' },
  bandwidth: { type: 'string' },
  'max-in-flight': { type: 'string' }
} as const;

/** The parsed values of NETWORK_OPTIONS. */
export interface NetworkValues {
  model?: string;
  latency?: string;
  bandwidth?: string;
  'max-in-flight'?: string;
}

export const NETWORK_USAGE = `  --model org       an org-like network: 800 ms a request, 1,000 KB/s, 6 requests in flight
  --latency MS      fixed delay of every GraphQL response, ms (alone: no bandwidth limit)
  --bandwidth KB/s  transfer rate of every GraphQL response (1 KB = 1,000 bytes)
  --max-in-flight N GraphQL requests answered at once, the rest queued (default 6)`;

function number(flag: string, text: string, min: number, whole: boolean): number {
  const value = Number(text);
  if (
    text.trim() === '' ||
    !Number.isFinite(value) ||
    value < min ||
    (whole && !Number.isInteger(value))
  ) {
    throw new Error(
      `--${flag} needs a ${whole ? 'whole ' : ''}number of ${min} or more (got ${text})`
    );
  }
  return value;
}

/**
 * The network model the options ask for, or null when none is given (no delay). `--model org`
 * starts from ORG_MODEL, otherwise from no latency, no bandwidth limit and 6 in flight; each other
 * option overrides its field. Throws an Error naming the bad option.
 */
export function networkModelOf(values: NetworkValues): NetworkModel | null {
  const { model, latency, bandwidth } = values;
  const inFlight = values['max-in-flight'];
  if (
    model === undefined &&
    latency === undefined &&
    bandwidth === undefined &&
    inFlight === undefined
  ) {
    return null;
  }
  if (model !== undefined && model !== 'org') {
    throw new Error(`--model takes "org" (got ${model})`);
  }
  const base: NetworkModel =
    model === 'org' ? { ...ORG_MODEL } : { latencyMs: 0, bandwidthKBps: Infinity, maxInFlight: 6 };
  return {
    latencyMs: latency === undefined ? base.latencyMs : number('latency', latency, 0, false),
    bandwidthKBps:
      bandwidth === undefined ? base.bandwidthKBps : number('bandwidth', bandwidth, 1, false),
    maxInFlight:
      inFlight === undefined ? base.maxInFlight : number('max-in-flight', inFlight, 1, true)
  };
}

/** One line describing a model for benchmark output: "zero latency" or "800 ms + 1000 KB/s, 6 in flight". */
export function describeNetwork(model: NetworkModel | null): string {
  if (model === null) return 'zero latency';
  const rate = Number.isFinite(model.bandwidthKBps) ? ` + ${model.bandwidthKBps} KB/s` : '';
  return `${model.latencyMs} ms${rate}, ${model.maxInFlight} in flight`;
}

/**
 * The networks a benchmark runs under: zero latency, then (when any network option is given) the
 * model with 1 and with 6 requests in flight, or only the --max-in-flight given.
 */
export function benchNetworks(values: NetworkValues): (NetworkModel | null)[] {
  const model = networkModelOf(values);
  if (model === null) return [null];
  if (values['max-in-flight'] !== undefined) return [null, model];
  return [null, { ...model, maxInFlight: 1 }, { ...model, maxInFlight: 6 }];
}
