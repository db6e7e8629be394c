// What the soak's simulated users were told by the org: every acknowledged create, every
// refusal and every unexpected error, so the read-back can prove nothing was lost or doubled.

export interface Tally {
  attempted: number;
  created: number;
  refused: number;
  /** Refusals the simulation provoked on purpose (a resent key, a publish from an old revision). */
  deliberate: number;
  errors: number;
}

export interface AckedPublish {
  revisionId: string;
  basedOnRevisionId: string;
  /** Gap Ids by rank (index 0 = rank 1). */
  gapIds: string[];
}

export interface Ledger {
  submissions: Tally;
  gapsWithSubmission: Tally;
  publishes: Tally & { races: number };
  /** Acknowledged submission Id -> its key (creates on existing gaps and first submissions). */
  submissionKeys: Map<string, string>;
  gapIds: Set<string>;
  published: AckedPublish[];
  /** Things the org did that it must not: a deliberate duplicate or stale publish accepted, a race won twice. */
  accepted: string[];
  /** The first few unexpected error messages. */
  errorSamples: string[];
  /** Milliseconds of every write request, as its user waited for it. */
  latencies: number[];
}

const tally = (): Tally => ({ attempted: 0, created: 0, refused: 0, deliberate: 0, errors: 0 });

/** An empty ledger. */
export function createLedger(): Ledger {
  return {
    submissions: tally(),
    gapsWithSubmission: tally(),
    publishes: { ...tally(), races: 0 },
    submissionKeys: new Map(),
    gapIds: new Set(),
    published: [],
    accepted: [],
    errorSamples: [],
    latencies: []
  };
}

/** Records an unexpected error on a tally, keeping the first 5 messages. */
export function recordError(ledger: Ledger, t: Tally, messages: string[]): void {
  t.errors += 1;
  if (ledger.errorSamples.length < 5) ledger.errorSamples.push(messages.join(' | '));
}

/** Awaits a write and records how long its user waited. */
export async function timed<T>(ledger: Ledger, write: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await write();
  } finally {
    ledger.latencies.push(performance.now() - started);
  }
}

/** The q-quantile (0..1) of a list of numbers (nearest rank); 0 for none. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? sorted[0];
}
