// The bench's synthetic org, shared by bench:rank and the engine memory measure (rankMemory.ts).
import { mulberry32 } from 'c/gapRanking';
import { GAP_STATUSES, SEVERITIES as SEVERITY_VALUES } from '../../tools/shared/sampleData/model';
import type {
  AccountRecord,
  GapRecord,
  MetricsInput,
  OpportunityRecord,
  SubmissionRecord
} from 'c/gapRanking';

// The package's picklist values, in the metadata's order (the synthetic draws depend on it).
const SEVERITIES = SEVERITY_VALUES;
const STATUSES = GAP_STATUSES;

/** Synthetic org: popular gaps get more submissions (squared uniform), 5% merged, ~15% closed. */
export function syntheticInput(
  gapCount: number,
  submissionCount: number,
  seed: number
): MetricsInput {
  const random = mulberry32(seed);
  const pick = (count: number) => Math.floor(random() * count);
  const gaps: GapRecord[] = [];
  for (let g = 0; g < gapCount; g++) {
    const merged = g > 10 && random() < 0.05;
    gaps.push({
      id: `G${g}`,
      name: `Gap ${g}`,
      status: random() < 0.15 ? STATUSES[4 + pick(2)] : STATUSES[pick(4)],
      duplicateOfId: merged ? `G${pick(g)}` : null
    });
  }
  const accountCount = Math.max(100, Math.floor(submissionCount / 4));
  const accounts: AccountRecord[] = [];
  for (let a = 0; a < accountCount; a++) {
    accounts.push({ id: `A${a}`, strategic: random() < 0.1, tam: Math.round(random() * 5e6) });
  }
  const opportunityCount = Math.max(100, Math.floor(submissionCount / 2));
  const opportunities: OpportunityRecord[] = [];
  for (let o = 0; o < opportunityCount; o++) {
    const closed = random() < 0.4;
    opportunities.push({
      id: `O${o}`,
      amount: random() < 0.01 ? null : Math.round(random() * 2e5),
      isClosed: closed,
      isWon: closed && random() < 0.5
    });
  }
  const submissions: SubmissionRecord[] = [];
  for (let s = 0; s < submissionCount; s++) {
    const skew = random();
    submissions.push({
      id: `S${s}`,
      gapId: `G${Math.floor(skew * skew * gapCount)}`,
      accountId: `A${pick(accountCount)}`,
      opportunityId: random() < 0.2 ? null : `O${pick(opportunityCount)}`,
      severity: SEVERITIES[pick(3)],
      createdDate: '2026-01-01T00:00:00Z'
    });
  }
  return { gaps, submissions, accounts, opportunities };
}
