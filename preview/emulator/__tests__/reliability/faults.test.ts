/** @jest-environment node */
// Faults at the data level: an injected failure on any one write of a request (failNthWrite)
// rolls the whole request back. The Top 10 publish (revision + 10 entries + supersede, one
// request as gapData sends it) either lands whole or not at all, and a retry then succeeds.
jest.mock('lightning/graphql', () =>
  jest.requireActual('../../../../tools/shared/node/lightningGraphql')
);
import {
  createGapWithSubmission,
  createSubmission,
  mapRevisions,
  mergeGap,
  publishTopTen,
  revisionBySupersedesKeyRequest,
  revisionRequest,
  submissionByKeyRequest,
  submissionKey
} from 'c/gapData';
import type { PublishDraft, RevisionView } from 'c/gapData';
import { conn } from '../helpers';
import { MANAGER, reliabilityOrg, SUBMITTER, TPM, type ReliabilityOrg } from './org';

const UNKNOWN_EXCEPTION =
  'An unexpected error occurred. Please include this ErrorId if you contact support: 0000000000-00000 (-1)';
/** Writes of a 10-entry publish built on a previous revision: revision, 10 entries, supersede. */
const PUBLISH_WRITES = 12;

// One org for the file: every test reads the state it starts from (the current revision, fresh
// Ids) and compares counts before and after, so earlier tests' records do not matter.
let org: ReliabilityOrg;
beforeAll(async () => {
  org = await reliabilityOrg();
});
afterEach(() => org.emulator.failNthWrite(null));

async function revision(id: string): Promise<RevisionView | undefined> {
  const request = revisionRequest(id)!;
  const res = await org.as(TPM).read!(request);
  return mapRevisions(res.data as never)[0];
}

async function publishedIds(): Promise<string[]> {
  return org.ids('Top_Ten_Revision__c', 50, ', where: { Status__c: { eq: "Published" } }');
}

async function tenEntryDraft(basedOnRevisionId: string): Promise<PublishDraft> {
  const gapIds = await org.ids('Product_Gap__c', 10, ', where: { Status__c: { eq: "Open" } }');
  return {
    basedOnRevisionId,
    method: 'rrf',
    weights: { tam: 0.5 },
    notes: 'Fault test',
    entries: gapIds.map((gapId, i) => ({
      rank: i + 1,
      gapId,
      gapName: `Gap ${i + 1}`,
      gapStatus: 'Open',
      githubUrl: `https://github.com/acme/core/issues/${i + 1}`,
      score: 1 - i / 10,
      impactedArr: 10000 - i
    }))
  };
}

describe('Top 10 publish under a fault on its k-th write', () => {
  it.each(Array.from({ length: PUBLISH_WRITES }, (_, i) => i + 1))(
    'write %i fails: nothing is written, the previous list stays Published and whole, a retry succeeds',
    async (k) => {
      const previousId = await org.publishedRevisionId();
      const previous = await revision(previousId);
      expect(previous?.entries).toHaveLength(10);
      const before = org.emulator.counts();
      const draft = await tenEntryDraft(previousId);

      org.emulator.failNthWrite(k);
      const failed = await publishTopTen(draft, { transport: org.as(TPM) });
      expect(failed).toEqual({ ok: false, kind: 'unknown', messages: [UNKNOWN_EXCEPTION] });
      expect(org.emulator.counts()).toEqual(before);
      expect(await publishedIds()).toEqual([previousId]);
      expect(await revision(previousId)).toEqual(previous);
      const competing = await org.as(TPM).read!(revisionBySupersedesKeyRequest(previousId));
      expect(conn(competing as never, 'Top_Ten_Revision__c').edges).toEqual([]);

      // The fault fired once; the same draft (kept by the screen) now publishes.
      const retried = await publishTopTen(draft, { transport: org.as(TPM) });
      if (!retried.ok) throw new Error(retried.messages.join('; '));
      expect(org.emulator.counts()).toEqual({
        ...before,
        Top_Ten_Revision__c: before.Top_Ten_Revision__c + 1,
        Top_Ten_Entry__c: before.Top_Ten_Entry__c + 10
      });
      expect(await publishedIds()).toEqual([retried.value.revisionId]);
      expect((await revision(previousId))?.status).toBe('Superseded');
      const next = await revision(retried.value.revisionId);
      expect(next?.previousRevisionId).toBe(previousId);
      expect(next?.entries.map((e) => [e.rank, e.gapId])).toEqual(
        draft.entries.map((e) => [e.rank, e.gapId])
      );
    }
  );

  it('counts the publish as exactly 12 writes: a fault armed for write 13 does not fire', async () => {
    const draft = await tenEntryDraft(await org.publishedRevisionId());
    org.emulator.failNthWrite(PUBLISH_WRITES + 1);
    const result = await publishTopTen(draft, { transport: org.as(TPM) });
    expect(result.ok).toBe(true);
    // Still armed: the next write fails.
    const target = await org.freshSubmissionTarget();
    const sub = await createSubmission(
      { ...target, severity: 'P2 - Nice to Have' },
      { transport: org.as(SUBMITTER) }
    );
    expect(sub).toEqual({ ok: false, kind: 'unknown', messages: [UNKNOWN_EXCEPTION] });
  });
});

describe('submission and gap writes under a fault', () => {
  it('a failing submission create writes nothing, and the key is free for the retry', async () => {
    const target = await org.freshSubmissionTarget();
    const before = org.emulator.counts();
    org.emulator.failNthWrite(1);
    const input = { ...target, severity: 'P0 - Dealbreaker' };
    const failed = await createSubmission(input, { transport: org.as(SUBMITTER) });
    expect(failed).toEqual({ ok: false, kind: 'unknown', messages: [UNKNOWN_EXCEPTION] });
    expect(org.emulator.counts()).toEqual(before);
    const key = submissionKey(target.gapId, target.accountId, target.opportunityId);
    const lookup = await org.as(SUBMITTER).read!(submissionByKeyRequest(key));
    expect(conn(lookup as never, 'Product_Gap_Submission__c').edges).toEqual([]);
    const retried = await createSubmission(input, { transport: org.as(SUBMITTER) });
    expect(retried).toEqual({ ok: true, value: { id: expect.any(String), key } });
  });

  it.each([1, 2])(
    'a new gap with its first submission failing on write %i leaves neither behind',
    async (k) => {
      const target = await org.freshSubmissionTarget();
      const before = org.emulator.counts();
      org.emulator.failNthWrite(k);
      const result = await createGapWithSubmission(
        { name: 'Fault-injected gap' },
        { accountId: target.accountId, severity: 'P1 - Significant Pain Point' },
        org.as(SUBMITTER)
      );
      expect(result).toEqual({ ok: false, kind: 'unknown', messages: [UNKNOWN_EXCEPTION] });
      expect(org.emulator.counts()).toEqual(before);
      const found = await org.ids(
        'Product_Gap__c',
        5,
        ', where: { Name: { eq: "Fault-injected gap" } }'
      );
      expect(found).toEqual([]);
    }
  );

  it('a failing merge leaves the gap open and unmerged', async () => {
    const [gapId, survivorId] = await org.ids(
      'Product_Gap__c',
      2,
      ', where: { and: [{ Status__c: { eq: "Open" } }, { Duplicate_Of__c: { eq: null } }] }'
    );
    org.emulator.failNthWrite(1);
    const result = await mergeGap(
      { gap: { id: gapId }, survivor: { id: survivorId, status: 'Open' } },
      org.as(MANAGER)
    );
    expect(result).toEqual({ ok: false, kind: 'unknown', messages: [UNKNOWN_EXCEPTION] });
    const node = conn(
      await org.run(
        `query($id: ID) { uiapi { query { Product_Gap__c(where: { Id: { eq: $id } }) { edges { node { Status__c { value } Duplicate_Of__c { value } } } } } } }`,
        MANAGER,
        { id: gapId }
      ),
      'Product_Gap__c'
    ).edges[0].node;
    expect([node.Status__c.value, node.Duplicate_Of__c.value]).toEqual(['Open', null]);
  });
});
