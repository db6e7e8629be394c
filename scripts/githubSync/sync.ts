// Finds the gaps linked to one GitHub issue or pull request and writes its GitHub fields to them
// and to their entries in the Published Top 10, through the org's GraphQL API.
import type { OrgClient } from '../orgCheck/orgClient';
import { LINKED_GAPS, PUBLISHED_ENTRIES, updateOf, type SyncRecord } from './documents';
import { linksTo, parseGitHubLink, repoKey, type GitHubLink } from './links';
import type { SyncTarget } from './payload';
import type { GitHubFields } from './state';

/** A gap with a GitHub link, as the sync reads it. */
export interface LinkedGap {
  id: string;
  name: string;
  url: string;
  link: GitHubLink | null;
}

/** What one sync wrote (record Ids) and which linked gaps it left alone, with why. */
export interface SyncOutcome {
  gapIds: string[];
  entryIds: string[];
  leftAlone: { id: string; url: string; why: string }[];
}

/** The org refused a read or a write; the message says which and why. */
export class SyncWriteError extends Error {}

type Json = Record<string, any>;

const errorText = (errors: { message: string }[] | undefined) =>
  (errors ?? []).map((e) => e.message).join('; ');

/** Every gap whose GitHub link matches the LIKE `pattern`, all pages. */
export async function linkedGaps(client: OrgClient, pattern: string): Promise<LinkedGap[]> {
  const gaps: LinkedGap[] = [];
  let after: string | null = null;
  do {
    const response = await client.graphql({
      query: LINKED_GAPS,
      operationName: 'GitHubSyncLinkedGaps',
      variables: { where: { GitHub_Issue_URL__c: { like: pattern } }, after }
    });
    if (response.errors?.length) {
      throw new SyncWriteError(`reading the linked gaps failed: ${errorText(response.errors)}`);
    }
    const connection = (response.data as Json)?.uiapi?.query?.Product_Gap__c;
    for (const { node } of connection?.edges ?? []) {
      const url = String(node.GitHub_Issue_URL__c?.value ?? '');
      gaps.push({
        id: node.Id,
        name: String(node.Name?.value ?? ''),
        url,
        link: parseGitHubLink(url)
      });
    }
    after = connection?.pageInfo?.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return gaps;
}

/** Splits gaps into those linked to `fullName#number` and those left alone, with the reason. */
export function matchGaps(
  gaps: LinkedGap[],
  fullName: string,
  number: number
): { matched: LinkedGap[]; leftAlone: SyncOutcome['leftAlone'] } {
  const matched: LinkedGap[] = [];
  const leftAlone: SyncOutcome['leftAlone'] = [];
  for (const gap of gaps) {
    if (gap.link && linksTo(gap.link, fullName, number)) matched.push(gap);
    else if (gap.link?.number !== number) continue;
    else if (gap.link.kind === 'discussions')
      leftAlone.push({ id: gap.id, url: gap.url, why: 'discussion link: not synced' });
    else if (repoKey(gap.link.owner, gap.link.repo) !== fullName.toLowerCase())
      leftAlone.push({ id: gap.id, url: gap.url, why: 'another repository' });
  }
  return { matched, leftAlone };
}

/** Ids of the Published revision's entries for `gapIds`. */
export async function publishedEntryIds(client: OrgClient, gapIds: string[]): Promise<string[]> {
  if (gapIds.length === 0) return [];
  const response = await client.graphql({
    query: PUBLISHED_ENTRIES,
    operationName: 'GitHubSyncPublishedEntries',
    variables: { gapIds }
  });
  if (response.errors?.length) {
    throw new SyncWriteError(`reading the published entries failed: ${errorText(response.errors)}`);
  }
  const edges = (response.data as Json)?.uiapi?.query?.Top_Ten_Entry__c?.edges ?? [];
  return edges.map((e: Json) => String(e.node.Id));
}

/**
 * Writes `fields` (and Synced At = `now`) to each record, one request per record: the writes are
 * idempotent, so a record the org refuses is written by the next event or a backfill.
 */
export async function writeFields(
  client: OrgClient,
  records: SyncRecord[],
  fields: GitHubFields,
  now: Date
): Promise<void> {
  for (const record of records) {
    const response = await client.graphql({
      ...updateOf(record),
      variables: {
        id: record.id,
        state: fields.state,
        closedAt: fields.closedAt,
        milestone: fields.milestone,
        assignees: fields.assignees,
        syncedAt: now.toISOString()
      }
    });
    const uiapi = (response.data as Json)?.uiapi ?? {};
    if (response.errors?.length || uiapi[`${record.object}Update`]?.success !== true) {
      throw new SyncWriteError(
        `the org refused the update of ${record.object} ${record.id}: ${errorText(response.errors) || 'no success'}`
      );
    }
  }
}

/** Writes one issue's or pull request's fields to its gaps (already matched) and their published entries. */
export async function writeTarget(
  client: OrgClient,
  gaps: LinkedGap[],
  fields: GitHubFields,
  now: Date
): Promise<{ gapIds: string[]; entryIds: string[] }> {
  const gapIds = gaps.map((g) => g.id);
  const entryIds = await publishedEntryIds(client, gapIds);
  await writeFields(
    client,
    [
      ...gapIds.map((id): SyncRecord => ({ object: 'Product_Gap__c', id })),
      ...entryIds.map((id): SyncRecord => ({ object: 'Top_Ten_Entry__c', id }))
    ],
    fields,
    now
  );
  return { gapIds, entryIds };
}

/** Syncs one event's issue or pull request: finds its gaps, writes them and their published entries. */
export async function syncTarget(
  client: OrgClient,
  target: SyncTarget,
  options: { now?: Date; log?: (line: string) => void } = {}
): Promise<SyncOutcome> {
  const log = options.log ?? (() => {});
  const candidates = await linkedGaps(client, `%/${target.number}`);
  const { matched, leftAlone } = matchGaps(candidates, target.fullName, target.number);
  for (const gap of leftAlone) log(`left alone: gap ${gap.id} ${gap.url} (${gap.why})`);
  if (matched.length === 0) {
    log(`${target.label}: no gap links to it; nothing written`);
    return { gapIds: [], entryIds: [], leftAlone };
  }
  const written = await writeTarget(client, matched, target.fields, options.now ?? new Date());
  log(
    `${target.label}: ${target.fields.state} written to ${written.gapIds.length} gap(s) and ${written.entryIds.length} published entr${written.entryIds.length === 1 ? 'y' : 'ies'}`
  );
  return { ...written, leftAlone };
}
