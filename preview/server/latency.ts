// An org-like network for the preview: each GraphQL response waits as a real org's would (a fixed
// time per request plus its bytes at a given bandwidth), with at most N requests in flight and
// the rest queued, as a browser queues requests beyond its connections per host.

/** The network between the browser and the org. */
export interface NetworkModel {
  /** Fixed time per request, ms (server work and round trip). */
  latencyMs: number;
  /** Transfer rate of the response, KB/s (1 KB = 1,000 bytes); Infinity for no transfer time. */
  bandwidthKBps: number;
  /** Requests answered at once; later ones wait in arrival order. */
  maxInFlight: number;
}

/** A real org as measured for this package: 800 ms a request, 1 MB/s, 6 in flight per browser. */
export const ORG_MODEL: Readonly<NetworkModel> = Object.freeze({
  latencyMs: 800,
  bandwidthKBps: 1000,
  maxInFlight: 6
});

/** Delay in ms before a response of `bytes` is complete: latencyMs + bytes / bandwidth. */
export function responseDelayMs(model: NetworkModel, bytes: number): number {
  const transfer = Number.isFinite(model.bandwidthKBps) ? bytes / model.bandwidthKBps : 0;
  return model.latencyMs + transfer;
}

/** Runs tasks with at most `max` (>= 1) running at once; the others start in arrival order. */
export interface InFlightLimiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly inFlight: number;
  /** Tasks waiting for a slot. */
  readonly queued: number;
}

/** A limiter of `max` slots; throws RangeError unless max is a whole number >= 1. */
export function createInFlightLimiter(max: number): InFlightLimiter {
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`At most N in flight needs a whole number >= 1 (got ${max})`);
  }
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      // A finished task hands its slot straight to the next waiter, so `running` never exceeds max.
      if (running < max) running++;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
    get inFlight() {
      return running;
    },
    get queued() {
      return waiting.length;
    }
  };
}

/** The model as a slot-limited delay: `send(bytes)` resolves once that response would be complete. */
export interface NetworkDelay {
  readonly model: NetworkModel;
  /** Holds a slot while `work` runs and then for the delay of the bytes it returns. */
  respond<T>(work: () => Promise<{ bytes: number; value: T }>): Promise<T>;
}

/**
 * A delay under `model`, waiting with `wait` (setTimeout by default, faked in tests) and reading
 * the time with `now`. The model's fixed time per request includes the org's own work, so the
 * emulator's time answering counts towards it: a response is complete `responseDelayMs` after its
 * request took its slot, or as soon as the emulator is done if that is later.
 */
export function createNetworkDelay(
  model: NetworkModel,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => number = () => performance.now()
): NetworkDelay {
  const limiter = createInFlightLimiter(model.maxInFlight);
  return {
    model,
    respond: (work) =>
      limiter.run(async () => {
        const started = now();
        const { bytes, value } = await work();
        const remaining = responseDelayMs(model, bytes) - (now() - started);
        if (remaining > 0) await wait(remaining);
        return value;
      })
  };
}
