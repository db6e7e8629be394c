// Maps UI API records, once, into the ranking engine's records and small view types.
// A parent the user cannot see (sharing, FLS) is left out of the account / opportunity lists:
// the engine then counts the submission as having a hidden account or opportunity.
import { parseWeights } from 'c/gapRanking';
import type {
  AccountRecord,
  GapRecord,
  OpportunityRecord,
  SubmissionRecord,
  Weights
} from 'c/gapRanking';
import { flag, nodesOf, numberOrNull, text } from './fields';
import { parseDepartures } from './departures';
import type { DepartureSnapshot } from './departures';
import type {
  AccountParent,
  EntryNode,
  GapNode,
  OpportunityParent,
  RevisionNode,
  SubmissionNode
} from './nodes';

/** A gap as the screens show it (engine fields plus summary). */
export interface GapView extends GapRecord {
  productArea: string | null;
  duplicateOfId: string | null;
  githubUrl: string | null;
  /** GitHub_State__c as the sync copied it; null when not synced or not readable. */
  githubState?: string | null;
  summary: string | null;
}

/** One entry of a published revision, with its publish-time snapshot. */
export interface EntryView {
  id: string;
  rank: number | null;
  gapId: string | null;
  githubUrl: string | null;
  pinned: boolean;
  rationale: string | null;
  gapName: string | null;
  gapStatus: string | null;
  productArea: string | null;
  score: number | null;
  confidence: number | null;
  impactedArr: number | null;
  openArr: number | null;
  wonArr: number | null;
  lostArr: number | null;
  impactedTam: number | null;
  impactedAccounts: number | null;
  strategicAccounts: number | null;
  p0Accounts: number | null;
  p1Accounts: number | null;
  p2Accounts: number | null;
  /** GitHub_State__c as the sync copied it; null when not synced. */
  githubState?: string | null;
  githubMilestone?: string | null;
  githubSyncedAt?: string | null;
  /** Absent on views built before alignment existed (e.g. test fixtures): read as all blank. */
  alignment?: EntryAlignment;
}

/** What Product and Engineering decided for an entry (edited by Managers, carried forward). */
export interface EntryAlignment {
  roadmapStatus: string | null;
  targetQuarter: string | null;
  owningPmId: string | null;
  owningPmName: string | null;
  note: string | null;
}

/** One Top 10 revision with its entries in rank order. */
export interface RevisionView {
  id: string;
  status: string | null;
  method: string | null;
  /** Weights__c parsed by the engine; null when missing or invalid. */
  weights: Weights | null;
  notes: string | null;
  /** Why the replaced revision's gaps left, recorded at publish; null when not recorded (older revisions). */
  departures?: DepartureSnapshot[] | null;
  publishedAt: string | null;
  supersedesKey: string | null;
  previousRevisionId: string | null;
  publisherName: string | null;
  entries: EntryView[];
}

/** A submission joined with its parents, as the engine needs it. */
export interface MappedSubmission {
  submission: SubmissionRecord;
  /** null when the account is not visible. */
  account: AccountRecord | null;
  /** null when there is no opportunity or it is not visible. */
  opportunity: OpportunityRecord | null;
}

/** Maps a gap node into a GapView; a missing Name reads as the Id so nothing renders blank. */
export function mapGap(node: GapNode): GapView {
  return {
    id: node.Id,
    name: text(node.Name) ?? node.Id,
    status: text(node.Status__c) ?? '',
    productArea: text(node.Product_Area__c),
    duplicateOfId: text(node.Duplicate_Of__c),
    githubUrl: text(node.GitHub_Issue_URL__c),
    githubState: text(node.GitHub_State__c),
    summary: text(node.Summary__c)
  };
}

/** Maps an account's fields under the Id `id` (the submission's lookup or the record's own). */
export function mapAccount(id: string, node: AccountParent): AccountRecord {
  return {
    id,
    name: text(node.Name),
    strategic: flag(node.Strategic_Account__c),
    tam: numberOrNull(node.TAM__c)
  };
}

/** Maps an opportunity's fields under the Id `id` (the submission's lookup or the record's own). */
export function mapOpportunity(id: string, node: OpportunityParent): OpportunityRecord {
  return {
    id,
    name: text(node.Name),
    amount: numberOrNull(node.Amount),
    isClosed: flag(node.IsClosed),
    isWon: flag(node.IsWon)
  };
}

/** Maps a submission node and its parents; a lookup whose parent came back null (or was not read) is hidden. */
export function mapSubmission(node: SubmissionNode): MappedSubmission {
  const accountId = text(node.Account__c);
  const opportunityId = text(node.Opportunity__c);
  const account =
    accountId !== null && node.Account__r ? mapAccount(accountId, node.Account__r) : null;
  const opportunity =
    opportunityId !== null && node.Opportunity__r
      ? mapOpportunity(opportunityId, node.Opportunity__r)
      : null;
  return {
    submission: {
      id: node.Id,
      gapId: text(node.Product_Gap__c) ?? '',
      accountId,
      opportunityId,
      severity: text(node.Severity__c),
      createdDate: text(node.CreatedDate)
    },
    account,
    opportunity
  };
}

/** Maps an entry node, numbers parsed defensively (bad or missing -> null). */
export function mapEntry(node: EntryNode): EntryView {
  return {
    id: node.Id,
    rank: numberOrNull(node.Rank__c),
    gapId: text(node.Product_Gap__c),
    githubUrl: text(node.GitHub_Issue_URL__c),
    pinned: flag(node.Pinned__c),
    rationale: text(node.Rationale__c),
    gapName: text(node.Gap_Name__c),
    gapStatus: text(node.Gap_Status__c),
    productArea: text(node.Product_Area__c),
    score: numberOrNull(node.Score__c),
    confidence: numberOrNull(node.Confidence__c),
    impactedArr: numberOrNull(node.Impacted_ARR__c),
    openArr: numberOrNull(node.Open_ARR__c),
    wonArr: numberOrNull(node.Won_ARR__c),
    lostArr: numberOrNull(node.Lost_ARR__c),
    impactedTam: numberOrNull(node.Impacted_TAM__c),
    impactedAccounts: numberOrNull(node.Impacted_Accounts__c),
    strategicAccounts: numberOrNull(node.Strategic_Accounts__c),
    p0Accounts: numberOrNull(node.P0_Accounts__c),
    p1Accounts: numberOrNull(node.P1_Accounts__c),
    p2Accounts: numberOrNull(node.P2_Accounts__c),
    githubState: text(node.GitHub_State__c),
    githubMilestone: text(node.GitHub_Milestone__c),
    githubSyncedAt: text(node.GitHub_Synced_At__c),
    alignment: {
      roadmapStatus: text(node.Roadmap_Status__c),
      targetQuarter: text(node.Target_Quarter__c),
      owningPmId: text(node.Owning_PM__c),
      owningPmName: text(node.Owning_PM__r?.Name),
      note: text(node.Alignment_Note__c)
    }
  };
}

/** Weights__c through the engine's parser (defaults for unnamed metrics); null when missing or invalid. */
function revisionWeights(json: string | null): Weights | null {
  if (json === null) return null;
  try {
    return parseWeights(json);
  } catch {
    return null;
  }
}

/** Maps a revision node with its entries sorted by rank (unranked last). */
export function mapRevision(node: RevisionNode): RevisionView {
  const entries = nodesOf(node.Entries__r).map(mapEntry);
  entries.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return {
    id: node.Id,
    status: text(node.Status__c),
    method: text(node.Method__c),
    weights: revisionWeights(text(node.Weights__c)),
    notes: text(node.Notes__c),
    departures: parseDepartures(text(node.Departures__c)),
    publishedAt: text(node.Published_At__c),
    supersedesKey: text(node.Supersedes_Key__c),
    previousRevisionId: text(node.Previous_Revision__c),
    publisherName: text(node.CreatedBy?.Name),
    entries
  };
}
