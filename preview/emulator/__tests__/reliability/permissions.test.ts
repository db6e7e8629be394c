/** @jest-environment node */
// The permission matrix at the data level: every write and read the package makes, sent by
// gapData as each permission set's user with the UI bypassed (no button hidden, no check in a
// screen), allowed or refused by the org's object and field permissions alone. The expected
// matrix follows PRODUCT.md "Who uses it" and least privilege (docs/reliability.md).
jest.mock('lightning/graphql', () =>
  jest.requireActual('../../../../tools/shared/node/lightningGraphql')
);
import {
  createGap,
  createGapWithSubmission,
  createSubmission,
  customerSubmissionsRequest,
  gapDetailRequest,
  gapSearchRequest,
  mergeGap,
  publishTopTen,
  revisionsRequest,
  startRankingLoad,
  updateSubmission,
  withdrawSubmission
} from 'c/gapData';
import type { ReadRequest, Transport, WriteFailure } from 'c/gapData';
import { MANAGER, reliabilityOrg, SUBMITTER, TPM, VIEWER, type ReliabilityOrg } from './org';

/** Ids of submissions the Submitter preview user created (eq) or someone else did (ne). */
async function submissionsBy(org: ReliabilityOrg, op: 'eq' | 'ne'): Promise<string[]> {
  const submitter = org.user(SUBMITTER).id;
  return org.ids(
    'Product_Gap_Submission__c',
    2,
    `, where: { CreatedById: { ${op}: "${submitter}" } }`
  );
}

type Write = (org: ReliabilityOrg, transport: Transport) => Promise<{ ok: boolean }>;

const WRITES: Record<string, Write> = {
  'create submission': async (org, t) =>
    createSubmission(
      { ...(await org.freshSubmissionTarget()), severity: 'P0 - Dealbreaker' },
      { transport: t }
    ),
  'update own submission': async (org, t) =>
    updateSubmission(
      (await submissionsBy(org, 'eq'))[0],
      { severity: 'P2 - Nice to Have', impact: 'Renewal at risk' },
      t
    ),
  "update someone else's submission": async (org, t) =>
    updateSubmission((await submissionsBy(org, 'ne'))[0], { severity: 'P2 - Nice to Have' }, t),
  'withdraw own submission': async (org, t) =>
    withdrawSubmission((await submissionsBy(org, 'eq'))[1], t),
  "withdraw someone else's submission": async (org, t) =>
    withdrawSubmission((await submissionsBy(org, 'ne'))[1], t),
  'create gap': (_, t) => createGap({ name: 'Matrix gap', productArea: 'Search' }, t),
  'create gap + submission': async (org, t) =>
    createGapWithSubmission(
      { name: 'Matrix gap with a first ask' },
      {
        accountId: (await org.freshSubmissionTarget()).accountId,
        severity: 'P1 - Significant Pain Point'
      },
      t
    ),
  'merge gap': async (org, t) => {
    const [gapId, survivorId] = await org.ids(
      'Product_Gap__c',
      2,
      ', where: { and: [{ Status__c: { eq: "Open" } }, { Duplicate_Of__c: { eq: null } }] }'
    );
    return mergeGap({ gap: { id: gapId }, survivor: { id: survivorId, status: 'Open' } }, t);
  },
  'publish Top 10': async (org, t) => {
    const gapIds = await org.ids('Product_Gap__c', 3, ', where: { Status__c: { eq: "Open" } }');
    return publishTopTen(
      {
        basedOnRevisionId: await org.publishedRevisionId(),
        method: 'borda',
        weights: {},
        entries: gapIds.map((gapId, i) => ({
          rank: i + 1,
          gapId,
          gapName: `G${i}`,
          gapStatus: 'Open'
        }))
      },
      { transport: t }
    );
  }
};

type Read = (org: ReliabilityOrg) => Promise<ReadRequest>;

const READS: Record<string, Read> = {
  'ranking data': async () => startRankingLoad().next!,
  revisions: async () => revisionsRequest(5),
  'gap detail': async (org) => gapDetailRequest((await org.ids('Product_Gap__c', 1))[0])!,
  'customer submissions': async (org) =>
    customerSubmissionsRequest({ accountId: (await org.ids('Account', 1))[0] })!,
  'gap search': async () => gapSearchRequest('export')!
};

/** Expected outcome per permission set: Y allowed / returns data, N refused / no access. */
const WRITE_MATRIX: Record<string, string> = {
  // create sub, update own, update another's, withdraw own, withdraw another's, create gap,
  // gap+sub, merge, publish. "Another's" is allowed: only the screens limit edits to the
  // submitter's own submissions (docs/reliability.md, finding 1).
  [SUBMITTER]: 'YYYYYYYNN',
  [MANAGER]: 'NNNNNNNYN',
  // The curating TPM merges duplicates it spots in the Top 10 (Merge_Product_Gaps).
  [TPM]: 'NNNNNNNYY',
  [VIEWER]: 'NNNNNNNNN'
};
const READ_MATRIX: Record<string, string> = {
  //                 ranking, revisions, gap detail, customer submissions, search
  [SUBMITTER]: 'YYYYY',
  [MANAGER]: 'YYYYY',
  [TPM]: 'YYYYY',
  [VIEWER]: 'NYNNN'
};

const writeCases = Object.entries(WRITE_MATRIX).flatMap(([ps, row]) =>
  Object.keys(WRITES).map((write, i) => [ps, write, row[i] === 'Y'] as const)
);
const readCases = Object.entries(READ_MATRIX).flatMap(([ps, row]) =>
  Object.keys(READS).map((read, i) => [ps, read, row[i] === 'Y'] as const)
);

let org: ReliabilityOrg;
beforeAll(async () => {
  org = await reliabilityOrg();
});

const ALLOWED = 'allowed';
const REFUSED = 'refused by the org, nothing written';
const DATA = 'data';
const NO_ACCESS = 'no access (FieldUndefined)';

/**
 * A refused write is one the org's schema for that user refused (the operation or its input
 * type does not exist for them), not gapData's own checks, and it wrote nothing.
 */
function writeOutcome(result: { ok: boolean }, before: unknown, after: unknown): string {
  if (result.ok) return ALLOWED;
  const failure = result as WriteFailure;
  const byOrg =
    failure.kind !== 'invalid' && /FieldUndefined|Unknown type/.test(failure.messages.join(' '));
  const unchanged = JSON.stringify(before) === JSON.stringify(after);
  return byOrg && unchanged ? REFUSED : `${failure.kind}: ${failure.messages.join(' ')}`;
}

function readOutcome(response: { data?: unknown; errors?: { message: string }[] | null }): string {
  const errors = response.errors ?? [];
  if (errors.length === 0 && response.data) return DATA;
  // A read whose `where` is a variable also names the filter type, missing from that user's
  // schema too, so the FieldUndefined refusal need not be the first error.
  if (!response.data && errors.some((e) => /^Validation error \(FieldUndefined\)/.test(e.message)))
    return NO_ACCESS;
  return JSON.stringify(response).slice(0, 300);
}

describe('writes, UI bypassed', () => {
  it.each(writeCases)('%s: %s -> allowed %p', async (ps, write, allowed) => {
    const before = org.emulator.counts();
    const result = await WRITES[write](org, org.as(ps));
    expect(writeOutcome(result, before, org.emulator.counts())).toBe(allowed ? ALLOWED : REFUSED);
  });
});

describe('reads', () => {
  it.each(readCases)('%s: %s -> data %p', async (ps, read, allowed) => {
    const response = await org.as(ps).read!(await READS[read](org));
    expect(readOutcome(response)).toBe(allowed ? DATA : NO_ACCESS);
  });
});
