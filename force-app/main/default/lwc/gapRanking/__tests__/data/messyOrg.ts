// A seeded org with every awkward case the metrics handle: merges (chains, cycles, into closed or
// unknown gaps), hidden and missing accounts and opportunities, bad amounts, TAMs, severities and
// dates, and ties. The golden test compares the engine's output on it with a recorded one.
import { mulberry32 } from '../../random';
import type { MetricsInput } from '../../types';

const STATUSES = ['Open', 'In Review', 'On Backlog', 'In Progress', 'Done', "Won't Do", ' Done '];
const SEVERITIES = ['P0 - Dealbreaker', 'P1 - Significant', 'P2 - Nice', 'p1', 'P3', null, '', 'P10'];
const DATES = ['2026-01-05', '2026-02-10T10:00:00Z', '2026-03-31', 'not a date', null, '2025-12-31'];
const AMOUNTS = [1000, 2500.5, 0, null, -5, Infinity, 1000];

/** The messy org for `seed`: `gapCount` gaps, `submissionCount` submissions. */
export function messyOrg(seed: number, gapCount: number, submissionCount: number): MetricsInput {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const below = (n: number) => Math.floor(random() * n);
  const gaps = Array.from({ length: gapCount }, (_, g) => ({
    id: `G${g}`,
    name: `Gap ${g % 7}`,
    status: pick(STATUSES),
    duplicateOfId: random() < 0.15 ? (random() < 0.1 ? 'G-unknown' : `G${below(gapCount)}`) : null
  }));
  const accounts = Array.from({ length: 30 }, (_, a) => ({
    id: `A${a}`,
    strategic: random() < 0.3,
    tam: pick([100, 2000, 0, null, -1, NaN, 2000])
  }));
  const opportunities = Array.from({ length: 40 }, (_, o) => ({
    id: `O${o}`,
    amount: pick(AMOUNTS),
    isClosed: random() < 0.5,
    isWon: random() < 0.5
  }));
  const submissions = Array.from({ length: submissionCount }, (_, s) => ({
    id: `S${s}`,
    gapId: random() < 0.03 ? 'G-missing' : `G${below(gapCount)}`,
    accountId: random() < 0.05 ? null : `A${below(34)}`,
    opportunityId: random() < 0.3 ? null : `O${below(44)}`,
    severity: pick(SEVERITIES),
    createdDate: pick(DATES)
  }));
  return { gaps, submissions, accounts, opportunities };
}
