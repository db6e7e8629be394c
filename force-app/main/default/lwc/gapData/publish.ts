// The one-request Top 10 publish. The draft is checked before sending (ranks, gaps, links,
// method, weights); a DUPLICATE_VALUE on Supersedes_Key__c means another publish from the
// same view won the race: the result names who published it and when, and nothing was written.
import { METRIC_KEYS, RankingInputError, parseMethod, resolveWeights } from 'c/gapRanking';
import type { RankingMethod, Weights } from 'c/gapRanking';
import { nodesOf, text } from './fields';
import { readCarriedAlignment } from './alignment';
import type { AlignedEntry, AlignmentChanges, CarriedAlignment } from './alignment';
import { departuresText } from './departures';
import type { DepartureSnapshot } from './departures';
import { isGitHubIssueUrl } from './links';
import { PUBLISH_FIRST } from './publishFirstDocuments';
import { PUBLISH_NEXT } from './publishNextDocuments';
import type { ReadData } from './nodes';
import { REVISION_BY_SUPERSEDES_KEY } from './revisionQueries';
import type { ReadRequest } from './ranking';
import { isRecordId, toCaseSafeId } from './recordIds';
import type { MutationRequest, Transport, WriteResult } from './transport';
import { failure, invalid, platformTransport, send } from './transport';

/** Most entries a revision holds. */
export const TOP_TEN_SIZE = 10;
/** Supersedes_Key__c of the first revision ever published. */
export const FIRST_KEY = 'FIRST';
const LONG_TEXT_MAX = 32768;

/** One entry to publish: position, curation and the metric snapshot shown to leadership. */
export interface PublishEntry {
  rank: number;
  gapId: string;
  githubUrl?: string | null;
  pinned?: boolean;
  rationale?: string | null;
  gapName: string;
  gapStatus: string;
  productArea?: string | null;
  score?: number | null;
  confidence?: number | null;
  impactedArr?: number | null;
  openArr?: number | null;
  wonArr?: number | null;
  lostArr?: number | null;
  impactedTam?: number | null;
  impactedAccounts?: number | null;
  strategicAccounts?: number | null;
  p0Accounts?: number | null;
  p1Accounts?: number | null;
  p2Accounts?: number | null;
  /** Set by publishTopTen from the published entry of the same gap, never from the draft. */
  alignment?: AlignmentChanges | null;
}

/** The TPM's draft as the workbench holds it. */
export interface PublishDraft {
  /** Id of the revision the view was built on; null for the first publish. */
  basedOnRevisionId: string | null;
  method: RankingMethod | string;
  weights: Partial<Weights>;
  notes?: string | null;
  /** Why each gap of the replaced revision left (departuresOf); omitted: not recorded. */
  departures?: DepartureSnapshot[] | null;
  entries: PublishEntry[];
}

/** Another publish from the same view got there first; the draft should be kept. */
export interface StalePublish {
  ok: false;
  kind: 'stale';
  messages: string[];
  /** The revision holding the key, when it could be read; else wire `lookup` to read it. */
  competing: {
    revisionId: string;
    publisherName: string | null;
    publishedAt: string | null;
  } | null;
  lookup: ReadRequest;
}

export type PublishResult = WriteResult<{ revisionId: string; publishedAt: string }> | StalePublish;

const SNAPSHOT_NUMBERS: [keyof PublishEntry, string][] = [
  ['score', 'Score__c'],
  ['confidence', 'Confidence__c'],
  ['impactedArr', 'Impacted_ARR__c'],
  ['openArr', 'Open_ARR__c'],
  ['wonArr', 'Won_ARR__c'],
  ['lostArr', 'Lost_ARR__c'],
  ['impactedTam', 'Impacted_TAM__c'],
  ['impactedAccounts', 'Impacted_Accounts__c'],
  ['strategicAccounts', 'Strategic_Accounts__c'],
  ['p0Accounts', 'P0_Accounts__c'],
  ['p1Accounts', 'P1_Accounts__c'],
  ['p2Accounts', 'P2_Accounts__c']
];

/** Why a draft cannot be published, or [] when it can: entries, ranks, gaps, links, numbers, method, weights. */
export function publishProblems(draft: PublishDraft): string[] {
  const problems: string[] = [];
  const entries = Array.isArray(draft.entries) ? draft.entries : [];
  if (entries.length === 0) problems.push('The Top 10 has no entries.');
  if (entries.length > TOP_TEN_SIZE)
    problems.push(`The Top 10 holds at most ${TOP_TEN_SIZE} entries.`);
  const ranks = new Set<number>();
  const gaps = new Set<string>();
  for (const entry of entries) {
    const label = `Entry "${entry.gapName ?? entry.gapId}"`;
    if (!Number.isInteger(entry.rank) || entry.rank < 1 || entry.rank > TOP_TEN_SIZE) {
      problems.push(`${label}: the rank must be a whole number from 1 to ${TOP_TEN_SIZE}.`);
    } else if (ranks.has(entry.rank)) {
      problems.push(`Rank ${entry.rank} is used twice.`);
    } else {
      ranks.add(entry.rank);
    }
    if (!isRecordId(entry.gapId)) {
      problems.push(`${label}: the gap Id is not valid.`);
    } else if (gaps.has(toCaseSafeId(entry.gapId))) {
      problems.push(`${label}: the gap is listed twice.`);
    } else {
      gaps.add(toCaseSafeId(entry.gapId));
    }
    if (entry.githubUrl && !isGitHubIssueUrl(entry.githubUrl)) {
      problems.push(`${label}: use a GitHub link like https://github.com/owner/repo/issues/123.`);
    }
    if ((entry.rationale ?? '').length > LONG_TEXT_MAX) {
      problems.push(`${label}: the rationale is longer than ${LONG_TEXT_MAX} characters.`);
    }
    for (const [key] of SNAPSHOT_NUMBERS) {
      const value = entry[key];
      if (
        value !== null &&
        value !== undefined &&
        !(typeof value === 'number' && Number.isFinite(value))
      ) {
        problems.push(`${label}: ${String(key)} is not a number.`);
      }
    }
  }
  if (draft.basedOnRevisionId !== null && !isRecordId(draft.basedOnRevisionId)) {
    problems.push('The revision this view was built on is not a valid Id.');
  }
  try {
    parseMethod(draft.method);
    resolveWeights(draft.weights);
  } catch (error) {
    problems.push(error instanceof RankingInputError ? error.message : String(error));
  }
  if ((draft.notes ?? '').length > LONG_TEXT_MAX) {
    problems.push(`The notes are longer than ${LONG_TEXT_MAX} characters.`);
  }
  return problems;
}

/** The entry's field values, one per variable of the publish document. */
function entryFields(entry: PublishEntry): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    Rank__c: entry.rank,
    Product_Gap__c: entry.gapId,
    GitHub_Issue_URL__c: entry.githubUrl || null,
    Pinned__c: entry.pinned === true,
    Rationale__c: entry.rationale ?? null,
    Gap_Name__c: entry.gapName,
    Gap_Status__c: entry.gapStatus,
    Product_Area__c: entry.productArea ?? null
  };
  for (const [key, field] of SNAPSHOT_NUMBERS) fields[field] = entry[key] ?? null;
  fields.Roadmap_Status__c = entry.alignment?.roadmapStatus ?? null;
  fields.Target_Quarter__c = entry.alignment?.targetQuarter ?? null;
  fields.Owning_PM__c = entry.alignment?.owningPmId ?? null;
  fields.Alignment_Note__c = entry.alignment?.note ?? null;
  return fields;
}

/**
 * The publish request for a valid draft (call publishProblems first): the static document for
 * its number of entries and first / next publish (revision, entries in rank order linked by
 * `@{revision}` in the document, and for a next publish the supersede of the revision the view
 * was built on), with every value in its own variable.
 */
export function publishRequest(draft: PublishDraft, now: Date): MutationRequest {
  const weights = resolveWeights(draft.weights);
  const previousId = draft.basedOnRevisionId ? toCaseSafeId(draft.basedOnRevisionId) : null;
  const variables: Record<string, unknown> = {
    Published_At__c: now.toISOString(),
    Method__c: parseMethod(draft.method),
    Weights__c: JSON.stringify(Object.fromEntries(METRIC_KEYS.map((key) => [key, weights[key]]))),
    Notes__c: draft.notes ?? null,
    Departures__c: departuresText(draft.departures)
  };
  if (previousId) {
    variables.previousRevision = previousId;
    variables.supersedesKey = previousId;
  }
  const entries = [...draft.entries].sort((a, b) => a.rank - b.rank);
  entries.forEach((entry, index) => {
    for (const [field, value] of Object.entries(entryFields(entry)))
      variables[`e${index + 1}_${field}`] = value;
  });
  const documents = previousId ? PUBLISH_NEXT : PUBLISH_FIRST;
  const kind = previousId ? 'Next' : 'First';
  return {
    operationName: `PublishTopTen${kind}${entries.length}`,
    query: documents[entries.length - 1],
    variables
  };
}

/** The lookup of the revision holding a Supersedes_Key__c. */
export function revisionBySupersedesKeyRequest(key: string): ReadRequest {
  return {
    operationName: 'RevisionBySupersedesKey',
    query: REVISION_BY_SUPERSEDES_KEY,
    variables: { key }
  };
}

/** Who published the revision in a RevisionBySupersedesKey response, and when; null when none came back. */
export function mapCompetingRevision(data: ReadData | null | undefined): StalePublish['competing'] {
  const [node] = nodesOf(data?.uiapi?.query?.Top_Ten_Revision__c);
  if (!node) return null;
  return {
    revisionId: node.Id,
    publisherName: text(node.CreatedBy?.Name),
    publishedAt: text(node.Published_At__c)
  };
}

async function stale(key: string, messages: string[], transport: Transport): Promise<StalePublish> {
  const lookup = revisionBySupersedesKeyRequest(key);
  let competing: StalePublish['competing'] = null;
  if (transport.read) {
    try {
      competing = mapCompetingRevision((await transport.read(lookup))?.data as ReadData);
    } catch {
      competing = null;
    }
  }
  const who = competing
    ? `${competing.publisherName ?? 'Someone'} published a new Top 10${
        competing.publishedAt ? ` at ${competing.publishedAt}` : ''
      } from the same starting point.`
    : 'Someone published a new Top 10 from the same starting point.';
  return {
    ok: false,
    kind: 'stale',
    messages: [`${who} Your draft is kept: reload the ranking and publish again.`, ...messages],
    competing,
    lookup
  };
}

/** The draft with each entry's alignment taken from `carried` (a gap new to the list carries none). */
export function withCarriedAlignment(draft: PublishDraft, carried: CarriedAlignment): PublishDraft {
  return {
    ...draft,
    entries: draft.entries.map((entry) => ({
      ...entry,
      alignment: (isRecordId(entry.gapId) && carried.get(toCaseSafeId(entry.gapId))) || null
    }))
  };
}

/**
 * Publishes a draft in one all-or-nothing mutation; refused before sending when publishProblems
 * finds any; a conflict on Supersedes_Key__c returns StalePublish (nothing written). The roadmap
 * alignment of gaps that stay in the list is read from the replaced revision just before sending
 * (`published`: the screen's copy, used when the transport cannot read).
 */
export async function publishTopTen(
  draft: PublishDraft,
  options: { transport?: Transport; now?: Date; published?: readonly AlignedEntry[] | null } = {}
): Promise<PublishResult> {
  const problems = publishProblems(draft);
  if (problems.length > 0) return invalid(problems);
  const transport = options.transport ?? platformTransport;
  const carried = await readCarriedAlignment(draft.basedOnRevisionId, transport, options.published);
  if (!carried.ok) return carried;
  const request = publishRequest(
    withCarriedAlignment(draft, carried.value),
    options.now ?? new Date()
  );
  const result = await send<{
    uiapi?: {
      revision?: { Record?: { Id?: string; Published_At__c?: { value?: string | null } } };
    };
  }>(transport, request);
  if (!result.ok) {
    if (result.kind !== 'conflict') return result;
    const key = draft.basedOnRevisionId ? toCaseSafeId(draft.basedOnRevisionId) : FIRST_KEY;
    return stale(key, result.messages, transport);
  }
  const record = result.value.uiapi?.revision?.Record;
  if (!record?.Id) return failure(new Error('The Top 10 was not published.'));
  return {
    ok: true,
    value: {
      revisionId: record.Id,
      publishedAt: record.Published_At__c?.value ?? String(request.variables.Published_At__c)
    }
  };
}
