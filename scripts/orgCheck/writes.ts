// Step c (writes), scratch / sandbox orgs only: gapData's own write functions (so the org gets
// exactly what the components send) run a short scenario, then everything it created is deleted
// and a superseded revision is put back.
import '../../tools/shared/node/nodePlatform';
import {
  createGap,
  createGapWithSubmission,
  createSubmission,
  mergeGap,
  PRODUCT_AREAS,
  publishTopTen,
  SEVERITIES,
  setGapDone,
  updateEntryAlignment,
  updateSubmission,
  withdrawSubmission
} from 'c/gapData';
import type { PublishDraft, WriteResult } from 'c/gapData';
import { writeTarget } from '../githubSync/sync';
import { orgTransport } from '../../tools/shared/orgTransport';
import type { OrgClient, QueryRow } from './orgClient';
import type { CheckRow } from './report';

/** Whether the org says it is throwaway: a sandbox, or an org with a trial expiry (scratch orgs). */
export async function isThrowawayOrg(
  client: OrgClient
): Promise<{ throwaway: boolean; detail: string }> {
  let rows: QueryRow[];
  try {
    rows = await client.query(
      'SELECT IsSandbox, TrialExpirationDate, OrganizationType FROM Organization'
    );
  } catch (error) {
    return {
      throwaway: false,
      detail: `Organization could not be read: ${(error as Error).message}`
    };
  }
  const org = rows[0] ?? {};
  const throwaway = org.IsSandbox === true || Boolean(org.TrialExpirationDate);
  return {
    throwaway,
    detail: `IsSandbox ${String(org.IsSandbox ?? null)}, TrialExpirationDate ${String(org.TrialExpirationDate ?? null)}`
  };
}

interface Created {
  accountId: string | null;
  gapIds: string[];
  submissionIds: string[];
  revisionIds: string[];
  /** a revision a publish superseded: set back to Published after the cleanup */
  restoreRevisionId: string | null;
}

const row = (name: string, ok: boolean, detail: string): CheckRow => ({
  step: 'writes',
  name,
  outcome: ok ? 'pass' : 'fail',
  detail,
  fix: ok
    ? undefined
    : 'The org refuses a write the components send: see the message, fix the document or the metadata.'
});

const messages = (result: { ok: boolean; messages?: string[] }) =>
  result.ok ? 'ok' : (result.messages ?? []).join(' ');

async function firstId(client: OrgClient, query: string, object: string): Promise<string | null> {
  const response = await client.graphql({ query });
  const edges = (response.data as any)?.uiapi?.query?.[object]?.edges ?? [];
  return edges[0]?.node?.Id ?? null;
}

async function remove(client: OrgClient, object: string, id: string): Promise<string | null> {
  const response = await client.graphql({
    query: `mutation OrgCheckCleanup($input: RecordDeleteInput!) { uiapi { removed: ${object}Delete(input: $input) { Id } } }`,
    variables: { input: { Id: id } },
    operationName: 'OrgCheckCleanup'
  });
  return response.errors?.length
    ? `${object} ${id}: ${response.errors.map((e) => e.message).join('; ')}`
    : null;
}

async function cleanup(client: OrgClient, created: Created): Promise<CheckRow> {
  const problems: string[] = [];
  for (const revisionId of [...created.revisionIds].reverse()) {
    const response = await client.graphql({
      query: `query OrgCheckEntries($id: ID) { uiapi { query { Top_Ten_Entry__c(first: 20, where: { Top_Ten_Revision__c: { eq: $id } }) { edges { node { Id } } } } } }`,
      variables: { id: revisionId }
    });
    const edges = (response.data as any)?.uiapi?.query?.Top_Ten_Entry__c?.edges ?? [];
    for (const edge of edges)
      problems.push((await remove(client, 'Top_Ten_Entry__c', edge.node.Id)) ?? '');
    problems.push((await remove(client, 'Top_Ten_Revision__c', revisionId)) ?? '');
  }
  if (created.restoreRevisionId) {
    const response = await client.graphql({
      query: `mutation OrgCheckRestore($input: Top_Ten_Revision__cUpdateInput!) { uiapi { restored: Top_Ten_Revision__cUpdate(input: $input) { success } } }`,
      variables: {
        input: { Id: created.restoreRevisionId, Top_Ten_Revision__c: { Status__c: 'Published' } }
      }
    });
    if (response.errors?.length)
      problems.push(
        `restore ${created.restoreRevisionId}: ${response.errors.map((e) => e.message).join('; ')}`
      );
  }
  for (const id of created.submissionIds)
    problems.push((await remove(client, 'Product_Gap_Submission__c', id)) ?? '');
  for (const id of [...created.gapIds].reverse())
    problems.push((await remove(client, 'Product_Gap__c', id)) ?? '');
  if (created.accountId) problems.push((await remove(client, 'Account', created.accountId)) ?? '');
  const left = problems.filter(Boolean);
  return {
    step: 'writes',
    name: 'cleanup',
    outcome: left.length ? 'fail' : 'pass',
    detail: left.length
      ? `left behind: ${left.join(' | ')}`
      : 'every record the scenario created was deleted',
    fix: left.length
      ? 'Delete the records named here by hand (Setup > Data, or the record pages).'
      : undefined
  };
}

function draft(basedOnRevisionId: string | null, gapIds: string[], note: string): PublishDraft {
  return {
    basedOnRevisionId,
    method: 'score',
    weights: {},
    notes: note,
    entries: gapIds.map((gapId, i) => ({
      rank: i + 1,
      gapId,
      gapName: `Org check gap ${i + 1}`,
      gapStatus: 'Open',
      score: 1 - i / 10
    }))
  };
}

/** Runs the write scenario and its cleanup; returns one row per write, and the operations it sent. */
export async function writeStep(
  client: OrgClient,
  stamp: string
): Promise<{ rows: CheckRow[]; sent: Set<string> }> {
  const sent = new Set<string>();
  const transport = orgTransport(async (request) => {
    if (request.operationName) sent.add(request.operationName);
    return client.graphql(request);
  });
  const rows: CheckRow[] = [];
  const created: Created = {
    accountId: null,
    gapIds: [],
    submissionIds: [],
    revisionIds: [],
    restoreRevisionId: null
  };
  try {
    let accountId = await firstId(
      client,
      'query OrgCheckAccount { uiapi { query { Account(first: 1) { edges { node { Id } } } } } }',
      'Account'
    );
    if (!accountId) {
      const response = await client.graphql({
        query:
          'mutation OrgCheckAccountCreate($input: AccountCreateInput!) { uiapi { AccountCreate(input: $input) { Record { Id } } } }',
        variables: { input: { Account: { Name: `Org check account ${stamp}` } } }
      });
      accountId = (response.data as any)?.uiapi?.AccountCreate?.Record?.Id ?? null;
      created.accountId = accountId;
    }
    if (!accountId) {
      rows.push(row('setup', false, 'no Account to flag a gap on, and none could be created'));
      return { rows, sent };
    }
    const flagged = await createGapWithSubmission(
      {
        name: `Org check gap ${stamp}`,
        summary: 'Created by the org acceptance check; deleted at its end.',
        productArea: PRODUCT_AREAS[0]
      },
      { accountId, severity: SEVERITIES[1] },
      transport
    );
    rows.push(row('create gap with submission', flagged.ok, messages(flagged)));
    if (!flagged.ok) return { rows, sent };
    created.gapIds.push(flagged.value.gapId);
    created.submissionIds.push(flagged.value.submissionId);
    const edited = await updateSubmission(
      flagged.value.submissionId,
      { severity: SEVERITIES[2] },
      transport
    );
    rows.push(row('edit submission', edited.ok, messages(edited)));
    const withdrawn = await withdrawSubmission(flagged.value.submissionId, transport);
    rows.push(row('withdraw submission', withdrawn.ok, messages(withdrawn)));
    if (withdrawn.ok) created.submissionIds = [];
    const duplicate = await createGap({ name: `Org check duplicate ${stamp}` }, transport);
    rows.push(row('create gap', duplicate.ok, messages(duplicate)));
    if (!duplicate.ok) return { rows, sent };
    created.gapIds.push(duplicate.value.id);
    const asked = await createSubmission(
      { gapId: duplicate.value.id, accountId, severity: SEVERITIES[0] },
      { transport }
    );
    rows.push(row('create submission', asked.ok, messages(asked)));
    if (asked.ok) created.submissionIds.push(asked.value.id);
    const listed = await listGaps(transport, created, stamp);
    rows.push(listed);
    if (listed.outcome === 'fail') return { rows, sent };
    const published = await publishes(client, transport, created, rows, stamp);
    if (published) rows.push(...(await boardAndPanelWrites(client, transport, published, created)));
    rows.push(await githubSyncWrite(client, sent, flagged.value.gapId));
    const merged = await mergeGap(
      { gap: { id: duplicate.value.id }, survivor: { id: flagged.value.gapId, status: 'Open' } },
      transport
    );
    rows.push(row('merge gap', merged.ok, messages(merged)));
  } finally {
    rows.push(await cleanup(client, created));
  }
  return { rows, sent };
}

/** The GitHub sync's own writes on the check's gap and its Published entry (as the check's user). */
async function githubSyncWrite(
  client: OrgClient,
  sent: Set<string>,
  gapId: string
): Promise<CheckRow> {
  const tracked: OrgClient = {
    ...client,
    graphql: (request) => {
      if (request.operationName) sent.add(request.operationName);
      return client.graphql(request);
    }
  };
  try {
    const written = await writeTarget(
      tracked,
      [{ id: gapId, name: '', url: '', link: null }],
      {
        state: 'Closed - Completed',
        closedAt: new Date().toISOString(),
        milestone: 'org check',
        assignees: null
      },
      new Date()
    );
    return row(
      'GitHub sync write',
      written.gapIds.length === 1,
      `GitHub fields written to 1 gap and ${written.entryIds.length} published entr${written.entryIds.length === 1 ? 'y' : 'ies'}`
    );
  } catch (error) {
    return row('GitHub sync write', false, (error as Error).message);
  }
}

/** Gaps a full Top 10 lists: a publish of 10 entries sends the largest document the workbench sends. */
const FULL_LIST = 10;

/** Creates the gaps (no submissions, so nobody is notified) that fill a 10-entry publish. */
async function listGaps(
  transport: ReturnType<typeof orgTransport>,
  created: Created,
  stamp: string
): Promise<CheckRow> {
  const name = `create ${FULL_LIST - created.gapIds.length} more gaps for a full Top 10`;
  while (created.gapIds.length < FULL_LIST) {
    const gap = await createGap(
      { name: `Org check listed gap ${created.gapIds.length + 1} ${stamp}` },
      transport
    );
    if (!gap.ok) return row(name, false, messages(gap));
    created.gapIds.push(gap.value.id);
  }
  return row(name, true, 'ok');
}

async function publishes(
  client: OrgClient,
  transport: ReturnType<typeof orgTransport>,
  created: Created,
  rows: CheckRow[],
  stamp: string
): Promise<string | null> {
  const current = await firstId(
    client,
    'query OrgCheckCurrent { uiapi { query { Top_Ten_Revision__c(first: 1, where: { Status__c: { eq: "Published" } }) { edges { node { Id } } } } } }',
    'Top_Ten_Revision__c'
  );
  const isStale = (r: WriteResult<unknown> | { ok: false; kind: string }) =>
    !r.ok && r.kind === 'stale';
  const first = await publishTopTen(
    draft(null, created.gapIds.slice(0, 2), `Org check first publish ${stamp}`),
    { transport }
  );
  let base: string | null;
  if (current) {
    // The org already has a Top 10: its first publish holds the FIRST key, so this one must be refused.
    rows.push(
      row(
        'first publish (org already published: refused as stale)',
        isStale(first),
        first.ok ? 'accepted: FIRST was not unique' : first.messages.join(' ')
      )
    );
    if (first.ok) created.revisionIds.push(first.value.revisionId);
    base = current;
  } else {
    rows.push(row('first publish', first.ok, messages(first)));
    if (!first.ok) return null;
    created.revisionIds.push(first.value.revisionId);
    base = first.value.revisionId;
  }
  const next = await publishTopTen(draft(base, created.gapIds, `Org check next publish ${stamp}`), {
    transport
  });
  rows.push(row(`next publish (${created.gapIds.length} entries)`, next.ok, messages(next)));
  if (!next.ok) return null;
  created.revisionIds.push(next.value.revisionId);
  if (current) created.restoreRevisionId = current;
  const stale = await publishTopTen(
    draft(base, created.gapIds.slice(0, 2), `Org check stale publish ${stamp}`),
    { transport }
  );
  rows.push(
    row(
      'stale publish refused',
      isStale(stale),
      stale.ok ? 'accepted: a stale publish went through' : stale.messages.join(' ')
    )
  );
  if (stale.ok) created.revisionIds.push(stale.value.revisionId);
  return next.value.revisionId;
}

/** The board's alignment edit on an entry of the check's revision, and the panel's Set Done on a gap of the check's with no submissions (nobody is notified). */
async function boardAndPanelWrites(
  client: OrgClient,
  transport: ReturnType<typeof orgTransport>,
  revisionId: string,
  created: Created
): Promise<CheckRow[]> {
  const entries = await client.graphql({
    query:
      'query OrgCheckEntry($id: ID) { uiapi { query { Top_Ten_Entry__c(first: 1, where: { Top_Ten_Revision__c: { eq: $id } }) { edges { node { Id } } } } } }',
    variables: { id: revisionId }
  });
  const entryId: string | null =
    (entries.data as any)?.uiapi?.query?.Top_Ten_Entry__c?.edges?.[0]?.node?.Id ?? null;
  const aligned = entryId
    ? await updateEntryAlignment(
        entryId,
        { roadmapStatus: 'Planned', targetQuarter: '2027-Q1', owningPmId: null, note: 'org check' },
        transport
      )
    : null;
  const done = await setGapDone(created.gapIds[created.gapIds.length - 1], transport);
  return [
    row(
      'entry alignment edit',
      aligned?.ok === true,
      aligned ? messages(aligned) : 'the published revision has no entry to align'
    ),
    row('set gap Done', done.ok, messages(done))
  ];
}
