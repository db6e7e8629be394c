// Past published Top 10 revisions whose entries carry the ranking engine's numbers at the time.
import {
  activeMetrics,
  computeConfidence,
  computeGapMetrics,
  explainRankedGap,
  prepareRanking,
  resolveWeights,
  type GapMetrics,
  type GapRecord,
  type RankingMethod,
  type Weights
} from 'c/gapRanking';
import { KEY_PREFIX, makeRecordId } from './ids';
import type {
  AccountRow,
  EntryRow,
  GapRow,
  OpportunityRow,
  RevisionRow,
  SubmissionRow
} from './model';

const DAY = 86_400_000;
const TOP_N = 10;

/** Oldest first: how long before "as of" each revision was published, and how it was ranked. */
const REVISION_PLANS: readonly {
  daysAgo: number;
  method: RankingMethod;
  weights: Partial<Weights>;
  notes: string;
}[] = [
  { daysAgo: 120, method: 'borda', weights: {}, notes: 'First Top 10 from the gap tracker.' },
  {
    daysAgo: 60,
    method: 'rrf',
    weights: { lost: 0.5 },
    notes: 'Quarterly review: lost deals now count at half weight.'
  },
  {
    daysAgo: 14,
    method: 'borda',
    weights: { lost: 0.5, tam: 0.25 },
    notes: 'Pre-planning review: TAM added at a quarter weight.'
  }
];

export interface RevisionInput {
  seed: number;
  /** 0 to 3 revisions. */
  count: number;
  asOf: number;
  publisherId: string;
  gaps: readonly GapRow[];
  submissions: readonly SubmissionRow[];
  accounts: readonly AccountRow[];
  opportunities: readonly OpportunityRow[];
}

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * The gaps as they stood at `at` (ms): not yet created gaps are left out, and a gap closed or
 * merged later was still open then.
 */
function gapsAt(gaps: readonly GapRow[], at: number): GapRecord[] {
  return gaps
    .filter((gap) => Date.parse(gap.CreatedDate) <= at)
    .map((gap) => {
      const closedLater = gap.Resolved_On__c !== null && Date.parse(gap.Resolved_On__c) > at;
      return {
        id: gap.Id,
        name: gap.Name,
        status: closedLater ? 'In Progress' : gap.Status__c,
        productArea: gap.Product_Area__c,
        duplicateOfId: closedLater ? null : gap.Duplicate_Of__c,
        githubUrl: gap.GitHub_Issue_URL__c
      };
    });
}

/**
 * Builds `count` (0-3) published revisions, oldest Superseded and newest Published, chained by
 * Previous_Revision__c / Supersedes_Key__c (FIRST, then the previous Id). Each has up to 10 entries
 * ranked by the engine on the data as it stood at its publish date. Deterministic for its input.
 */
export function buildRevisions(input: RevisionInput): {
  revisions: RevisionRow[];
  entries: EntryRow[];
} {
  const count = Math.max(0, Math.min(REVISION_PLANS.length, Math.floor(input.count)));
  const plans = REVISION_PLANS.slice(REVISION_PLANS.length - count);
  const accounts = input.accounts.map((a) => ({
    id: a.Id,
    name: a.Name,
    strategic: a.Strategic_Account__c,
    tam: a.TAM__c
  }));
  const opportunities = input.opportunities.map((o) => ({
    id: o.Id,
    name: o.Name,
    amount: o.Amount,
    isClosed: o.IsClosed,
    isWon: o.IsWon
  }));
  const submissions = input.submissions.map((s) => ({
    id: s.Id,
    gapId: s.Product_Gap__c,
    accountId: s.Account__c,
    opportunityId: s.Opportunity__c,
    severity: s.Severity__c,
    createdDate: s.CreatedDate
  }));
  const revisions: RevisionRow[] = [];
  const entries: EntryRow[] = [];
  plans.forEach((plan, k) => {
    // Publishes happen mid-afternoon UTC on the planned day.
    const at = input.asOf - plan.daysAgo * DAY + 15 * 3_600_000;
    const publishedAt = new Date(at).toISOString();
    const { gaps: computed } = computeGapMetrics(
      { gaps: gapsAt(input.gaps, at), submissions, accounts, opportunities },
      { to: publishedAt }
    );
    const weights = resolveWeights(plan.weights);
    const previous = revisions[k - 1] ?? null;
    const revision: RevisionRow = {
      Id: makeRecordId(KEY_PREFIX.Top_Ten_Revision__c, k + 1),
      Name: `REV-${String(k + 1).padStart(4, '0')}`,
      Status__c: k === plans.length - 1 ? 'Published' : 'Superseded',
      Published_At__c: publishedAt,
      Method__c: plan.method,
      Weights__c: JSON.stringify(weights),
      Notes__c: plan.notes,
      Previous_Revision__c: previous ? previous.Id : null,
      Supersedes_Key__c: previous ? previous.Id : 'FIRST',
      CreatedDate: publishedAt,
      CreatedById: input.publisherId
    };
    revisions.push(revision);
    // A gap nobody had asked for yet has nothing to publish.
    const metrics = computed.filter((gap) => gap.metrics.accounts > 0);
    if (metrics.length === 0) return;
    const model = prepareRanking(metrics, { method: plan.method, weights });
    const confidence = computeConfidence(model, { topN: TOP_N, seed: input.seed + k });
    const byId = new Map<string, GapMetrics>(metrics.map((m) => [m.id, m]));
    const active = activeMetrics(weights);
    for (const ranked of model.ranking.gaps.slice(0, TOP_N)) {
      const gap = byId.get(ranked.id) as GapMetrics;
      entries.push({
        Id: makeRecordId(KEY_PREFIX.Top_Ten_Entry__c, entries.length + 1),
        Name: `ENTRY-${String(entries.length + 1).padStart(6, '0')}`,
        Top_Ten_Revision__c: revision.Id,
        Product_Gap__c: gap.id,
        Rank__c: ranked.rank,
        GitHub_Issue_URL__c: gap.githubUrl,
        Pinned__c: false,
        Rationale__c: explainRankedGap(ranked, active).sentence,
        Gap_Name__c: gap.name.slice(0, 80),
        Gap_Status__c: gap.status,
        Product_Area__c: gap.productArea,
        Score__c: round(ranked.score, 6),
        Confidence__c: round(confidence.get(gap.id) ?? 0, 4),
        Impacted_ARR__c: round(gap.metrics.arr, 2),
        Open_ARR__c: round(gap.openArr, 2),
        Won_ARR__c: round(gap.wonArr, 2),
        Lost_ARR__c: round(gap.lostArr, 2),
        Impacted_TAM__c: round(gap.metrics.tam, 2),
        Impacted_Accounts__c: gap.metrics.accounts,
        Strategic_Accounts__c: gap.metrics.strategic,
        P0_Accounts__c: gap.severityAccounts.P0,
        P1_Accounts__c: gap.severityAccounts.P1,
        P2_Accounts__c: gap.severityAccounts.P2
      });
    }
  });
  return { revisions, entries };
}
