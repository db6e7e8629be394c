// The time a load takes under the org-like network alone: the load's requests replayed on a
// virtual clock (each one latency plus its bytes at the bandwidth, at most N in flight, the rest
// queued in arrival order), without the CPU time of this machine's emulator and client. On a
// shared, busy machine that CPU time swamps the wall-clock figure; this one stays comparable.
import type { NetworkModel } from '../server/latency';
import { responseDelayMs } from '../server/latency';

/** One cursor's requests, sent one after another: their response sizes in order. */
export interface RequestChain {
  bytes: number[];
  /** The chain whose last answer this one waits for before its first request; none: at once. */
  after?: string;
}

interface Running {
  chain: string;
  endsAt: number;
}

/**
 * Milliseconds from the first request to the last answer of `chains` under `model`, with no work
 * between an answer and the next request. Throws a RangeError when a chain waits for an unknown one.
 */
export function modeledLoadMs(model: NetworkModel, chains: Record<string, RequestChain>): number {
  for (const [name, chain] of Object.entries(chains)) {
    if (chain.after !== undefined && !chains[chain.after]) {
      throw new RangeError(`Chain ${name} waits for an unknown chain ${chain.after}`);
    }
  }
  const sent = new Map<string, number>(Object.keys(chains).map((name) => [name, 0]));
  const queue: string[] = [];
  let running: Running[] = [];
  let now = 0;
  const start = (name: string) => {
    if (chains[name].bytes.length === 0) finish(name);
    else queue.push(name);
  };
  // A chain's answer: its next request joins the queue, or the chains waiting for it start.
  const finish = (name: string) => {
    if (sent.get(name)! < chains[name].bytes.length) queue.push(name);
    else
      for (const [other, chain] of Object.entries(chains)) if (chain.after === name) start(other);
  };
  for (const [name, chain] of Object.entries(chains)) if (chain.after === undefined) start(name);
  while (queue.length > 0 || running.length > 0) {
    while (running.length < model.maxInFlight && queue.length > 0) {
      const chain = queue.shift()!;
      const index = sent.get(chain)!;
      sent.set(chain, index + 1);
      running.push({ chain, endsAt: now + responseDelayMs(model, chains[chain].bytes[index]) });
    }
    now = Math.min(...running.map((r) => r.endsAt));
    const done = running.filter((r) => r.endsAt === now);
    running = running.filter((r) => r.endsAt !== now);
    for (const { chain } of done) finish(chain);
  }
  return now;
}
