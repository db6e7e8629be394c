// The soak's simulated users, each a loop of gapData writes through the preview server:
// Submitters flag gaps (new asks, deliberate re-sends of an acknowledged key, new gaps with a
// first ask); one TPM publishes the Top 10 from the current revision, sometimes on purpose from
// an old one, sometimes twice at once from the same one.
import '../../tools/shared/node/nodePlatform';
import { createGapWithSubmission, createSubmission, publishTopTen, submissionKey } from 'c/gapData';
import type { PublishDraft, Transport } from 'c/gapData';
import { createRandom, shuffled, type Random } from '../../tools/shared/sampleData/random';
import { recordError, timed, type Ledger } from './ledger';
import type { Execute } from '../../tools/shared/orgTransport';

const SEVERITIES = ['P0 - Dealbreaker', 'P1 - Significant Pain Point', 'P2 - Nice to Have'];

/** What the users pick from: open gaps (grows as gaps are created) and account / opportunity pairs. */
export interface Pool {
  openGapIds: string[];
  customers: { accountId: string; opportunityId: string | null }[];
}

/** When every loop stops: a deadline, or a number of actions per user, whichever comes first. */
export interface Bounds {
  deadline: number;
  maxActions: number;
}

/** One Submitter's loop: ~60% asks on existing gaps, ~20% deliberate duplicates, ~20% new gaps. */
export async function submitterLoop(
  transport: Transport,
  random: Random,
  pool: Pool,
  ledger: Ledger,
  bounds: Bounds,
  userIndex: number
): Promise<void> {
  for (let n = 0; n < bounds.maxActions && Date.now() < bounds.deadline; n++) {
    const action = random.weighted({ ask: 6, duplicate: 2, newGap: 2 });
    const severity = random.pick(SEVERITIES);
    if (action === 'newGap') {
      const customer = random.pick(pool.customers);
      ledger.gapsWithSubmission.attempted += 1;
      const result = await timed(ledger, () =>
        createGapWithSubmission(
          {
            name: `Soak gap u${userIndex}-${n}`,
            summary: 'Created by the soak',
            productArea: 'Other'
          },
          { ...customer, severity },
          transport
        )
      );
      if (result.ok) {
        ledger.gapsWithSubmission.created += 1;
        ledger.gapIds.add(result.value.gapId);
        ledger.submissionKeys.set(
          result.value.submissionId,
          submissionKey(result.value.gapId, customer.accountId, customer.opportunityId)
        );
        pool.openGapIds.push(result.value.gapId);
      } else recordError(ledger, ledger.gapsWithSubmission, result.messages);
      continue;
    }
    const acked = [...ledger.submissionKeys.values()];
    const deliberate = action === 'duplicate' && acked.length > 0;
    let input;
    if (deliberate) {
      const [gapId, accountId, opportunityId] = random.pick(acked).split(':');
      input = { gapId, accountId, opportunityId: opportunityId === 'none' ? null : opportunityId };
    } else {
      input = { gapId: random.pick(pool.openGapIds), ...random.pick(pool.customers) };
    }
    ledger.submissions.attempted += 1;
    const result = await timed(ledger, () =>
      createSubmission({ ...input, severity }, { transport })
    );
    if (result.ok) {
      ledger.submissions.created += 1;
      ledger.submissionKeys.set(result.value.id, result.value.key);
      if (deliberate) ledger.accepted.push(`duplicate of ${result.value.key} was created`);
    } else if (result.kind === 'alreadyFlagged') {
      ledger.submissions.refused += 1;
      if (deliberate) ledger.submissions.deliberate += 1;
    } else recordError(ledger, ledger.submissions, result.messages);
  }
}

/** The Published revision's Id and the one it superseded, read as the TPM. */
async function currentRevision(
  execute: Execute
): Promise<{ id: string; previousId: string | null }> {
  const res = await execute({
    query: `query Current { uiapi { query { Top_Ten_Revision__c(first: 2, where: { Status__c: { eq: "Published" } }) {
      edges { node { Id Previous_Revision__c { value } } } } } } }`
  });
  const edges = (res.data as any)?.uiapi?.query?.Top_Ten_Revision__c?.edges ?? [];
  if (res.errors?.length || edges.length !== 1) {
    throw new Error(
      `Expected one Published revision, got ${edges.length}: ${JSON.stringify(res.errors ?? [])}`
    );
  }
  return { id: edges[0].node.Id, previousId: edges[0].node.Previous_Revision__c.value };
}

function draft(random: Random, pool: Pool, basedOnRevisionId: string, n: number): PublishDraft {
  const gapIds = shuffled(random, [...new Set(pool.openGapIds)]).slice(0, 10);
  return {
    basedOnRevisionId,
    method: random.pick(['borda', 'rrf', 'pareto', 'score']),
    weights: { tam: random.pick([0, 0.5, 1]) },
    notes: `Soak publish ${n}`,
    entries: gapIds.map((gapId, i) => ({
      rank: i + 1,
      gapId,
      gapName: `Gap ${gapId}`,
      gapStatus: 'Open',
      score: 1 - i / 10,
      impactedArr: (10 - i) * 1000
    }))
  };
}

/**
 * The TPM's loop (at least 3 rounds). Each round reads the current revision, then (in turn) publishes from it,
 * publishes from the revision it superseded (must be refused as stale), or publishes twice at
 * once from it (exactly one must win).
 */
export async function tpmLoop(
  transport: Transport,
  execute: Execute,
  random: Random,
  pool: Pool,
  ledger: Ledger,
  bounds: Bounds
): Promise<void> {
  const p = ledger.publishes;
  // At least one round of each kind, however short the run.
  for (let n = 0; n < bounds.maxActions && (n < 3 || Date.now() < bounds.deadline); n++) {
    const current = await currentRevision(execute);
    const mode = n % 3 === 1 && current.previousId ? 'stale' : n % 3 === 2 ? 'race' : 'fresh';
    const base = mode === 'stale' ? current.previousId! : current.id;
    const drafts = (mode === 'race' ? [0, 1] : [0]).map((i) =>
      draft(random, pool, base, n * 2 + i)
    );
    if (mode === 'race') p.races += 1;
    const results = await Promise.all(
      drafts.map((d) => timed(ledger, () => publishTopTen(d, { transport })))
    );
    p.attempted += drafts.length;
    results.forEach((result, i) => {
      if (result.ok) {
        p.created += 1;
        ledger.published.push({
          revisionId: result.value.revisionId,
          basedOnRevisionId: base,
          gapIds: drafts[i].entries.map((e) => e.gapId)
        });
        if (mode === 'stale')
          ledger.accepted.push(`publish from the superseded ${base} was accepted`);
      } else if (result.kind === 'stale') {
        p.refused += 1;
        p.deliberate += 1;
        if (mode === 'fresh')
          ledger.accepted.push(`publish from the current ${base} was refused as stale`);
      } else recordError(ledger, p, result.messages);
    });
    if (mode === 'race' && results.filter((r) => r.ok).length !== 1) {
      ledger.accepted.push(
        `${results.filter((r) => r.ok).length} of 2 racing publishes from ${base} won`
      );
    }
  }
}

/** A seeded Random per simulated user, so a run is reproducible up to scheduling. */
export function userRandom(seed: number, userIndex: number): Random {
  return createRandom(seed * 1000 + userIndex);
}
