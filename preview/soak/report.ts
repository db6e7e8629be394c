// The soak's printout: what was attempted and how the org answered, records per object, checks.
import { quantile, type Tally } from './ledger';
import type { SoakOptions, SoakResult } from './run';

const row = (name: string, t: Tally, refusedAs: string) =>
  `${name.padEnd(22)} attempted ${String(t.attempted).padStart(6)}  created ${String(t.created).padStart(6)}  ` +
  `refused-${refusedAs} ${String(t.refused).padStart(5)} (deliberate ${t.deliberate})  errors ${t.errors}`;

/** The lines the soak prints for a result. */
export function soakReport(options: SoakOptions, result: SoakResult): string[] {
  const { ledger, before, after, violations } = result;
  const objects = Object.keys({ ...before, ...after });
  const ms = (q: number) => quantile(ledger.latencies, q).toFixed(0);
  const rate = (n: number) => (n / Math.max(result.elapsedSeconds, 0.001)).toFixed(1);
  const writes =
    ledger.submissions.attempted + ledger.gapsWithSubmission.attempted + ledger.publishes.attempted;
  return [
    `soak: ${options.users} Submitter users + 1 TPM, ${options.seconds} s, seed ${options.seed}, ${result.url}`,
    `ran ${result.elapsedSeconds.toFixed(1)} s, ${writes} write requests (${rate(writes)}/s)`,
    `write latency ms: p50 ${ms(0.5)}  p95 ${ms(0.95)}  max ${ms(1)}`,
    row('submissions', ledger.submissions, 'duplicate'),
    row('gaps + first submission', ledger.gapsWithSubmission, 'duplicate'),
    `${row('Top 10 publishes', ledger.publishes, 'stale')}  races ${ledger.publishes.races}`,
    'records per object (before -> after):',
    ...objects.map(
      (o) => `  ${o.padEnd(28)} ${String(before[o] ?? 0).padStart(6)} -> ${after[o] ?? 0}`
    ),
    ...ledger.errorSamples.map((m) => `error sample: ${m}`),
    `checks: acknowledged records present, Submission_Key__c unique and matching, counts = before + acknowledged,`,
    `        one Published revision, entries per revision 1..n, Supersedes chain linear`,
    violations.length === 0 ? 'violations: 0' : `violations: ${violations.length}`,
    ...violations.slice(0, 50).map((v) => `  VIOLATION ${v}`)
  ];
}
