// The soak's checks on the org as read back after the load: nothing acknowledged is missing,
// nothing is doubled or half-written, one Published revision heading a linear Supersedes chain.
import '../../tools/shared/node/nodePlatform';
import { submissionKey } from 'c/gapData';
import type { Ledger } from './ledger';

export interface SubmissionRow {
  Id: string;
  key: string | null;
  gapId: string | null;
  accountId: string | null;
  opportunityId: string | null;
}
export interface RevisionRow {
  Id: string;
  status: string | null;
  supersedesKey: string | null;
  previousId: string | null;
}
export interface EntryRow {
  Id: string;
  revisionId: string | null;
  rank: number | null;
  gapId: string | null;
}

/** Every record of the objects the soak writes, as read back through GraphQL. */
export interface OrgSnapshot {
  submissions: SubmissionRow[];
  gapIds: string[];
  revisions: RevisionRow[];
  entries: EntryRow[];
}

/** Record counts per object, as `Emulator.counts()` gives them. */
export type Counts = Record<string, number>;

function countBy<T>(items: T[], key: (item: T) => string | null): Map<string | null, T[]> {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

function submissionViolations(after: OrgSnapshot, ledger: Ledger): string[] {
  const out: string[] = [];
  const byId = new Map(after.submissions.map((s) => [s.Id, s]));
  for (const [id, key] of ledger.submissionKeys) {
    const row = byId.get(id);
    if (!row) out.push(`lost submission ${id} (${key})`);
    else if (row.key !== key) out.push(`submission ${id} has key ${row.key}, acknowledged ${key}`);
  }
  for (const [key, rows] of countBy(after.submissions, (s) => s.key)) {
    if (key === null) out.push(`${rows.length} submission(s) without a key`);
    else if (rows.length > 1)
      out.push(`duplicated key ${key} on ${rows.map((r) => r.Id).join(', ')}`);
  }
  for (const s of after.submissions) {
    if (!s.gapId || !s.accountId || s.key === null) continue;
    const expected = submissionKey(s.gapId, s.accountId, s.opportunityId);
    if (s.key !== expected) out.push(`submission ${s.Id} key ${s.key} does not match its lookups`);
  }
  const gaps = new Set(after.gapIds);
  for (const id of ledger.gapIds) if (!gaps.has(id)) out.push(`lost gap ${id}`);
  return out;
}

function revisionViolations(after: OrgSnapshot, ledger: Ledger): string[] {
  const out: string[] = [];
  const revisions = new Map(after.revisions.map((r) => [r.Id, r]));
  const entriesOf = countBy(after.entries, (e) => e.revisionId);
  const published = after.revisions.filter((r) => r.status === 'Published');
  if (published.length !== 1) {
    out.push(`${published.length} Published revisions: ${published.map((r) => r.Id).join(', ')}`);
  }
  for (const r of after.revisions) {
    const ranks = (entriesOf.get(r.Id) ?? []).map((e) => e.rank);
    const expected = ranks.map((_, i) => i + 1);
    if (ranks.length === 0 || ranks.length > 10) {
      out.push(`revision ${r.Id} has ${ranks.length} entries`);
    } else if ([...ranks].sort((a, b) => (a ?? 0) - (b ?? 0)).join() !== expected.join()) {
      out.push(`revision ${r.Id} has ranks ${ranks.join(',')}`);
    }
  }
  for (const [revisionId, entries] of entriesOf) {
    if (!revisionId || !revisions.has(revisionId)) {
      out.push(`${entries.length} entries of a missing revision ${revisionId}`);
    }
  }
  for (const p of ledger.published) {
    const r = revisions.get(p.revisionId);
    if (!r) {
      out.push(`lost revision ${p.revisionId}`);
      continue;
    }
    if (r.previousId !== p.basedOnRevisionId) {
      out.push(
        `revision ${p.revisionId} follows ${r.previousId}, published on ${p.basedOnRevisionId}`
      );
    }
    const gaps = (entriesOf.get(p.revisionId) ?? [])
      .slice()
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((e) => e.gapId);
    if (gaps.join() !== p.gapIds.join())
      out.push(`revision ${p.revisionId} entries differ from its publish`);
  }
  return out.concat(chainViolations(after.revisions));
}

/** The Supersedes chain: one FIRST, unique keys matching Previous, one head, every revision on it. */
export function chainViolations(revisions: RevisionRow[]): string[] {
  const out: string[] = [];
  if (revisions.length === 0) return out;
  const byId = new Map(revisions.map((r) => [r.Id, r]));
  for (const [key, rows] of countBy(revisions, (r) => r.supersedesKey)) {
    if (rows.length > 1) out.push(`Supersedes_Key__c ${key} held by ${rows.length} revisions`);
  }
  const firsts = revisions.filter((r) => r.supersedesKey === 'FIRST');
  if (firsts.length !== 1) out.push(`${firsts.length} revisions start the chain (FIRST)`);
  const successor = new Map<string, string>();
  for (const r of revisions) {
    if (r.supersedesKey === 'FIRST') {
      if (r.previousId !== null) out.push(`revision ${r.Id} is FIRST but follows ${r.previousId}`);
      continue;
    }
    if (!r.previousId || !byId.has(r.previousId)) {
      out.push(`revision ${r.Id} follows a missing revision ${r.previousId}`);
    } else if (r.supersedesKey !== r.previousId) {
      out.push(`revision ${r.Id} key ${r.supersedesKey} is not its previous ${r.previousId}`);
    } else {
      successor.set(r.previousId, r.Id);
    }
  }
  const heads = revisions.filter((r) => !successor.has(r.Id));
  if (heads.length !== 1) out.push(`the chain has ${heads.length} heads`);
  for (const r of revisions) {
    const head = !successor.has(r.Id);
    if (head && r.status !== 'Published') out.push(`head revision ${r.Id} is ${r.status}`);
    if (!head && r.status !== 'Superseded') out.push(`superseded revision ${r.Id} is ${r.status}`);
  }
  // Walk back from the head: a linear chain visits every revision once.
  const seen = new Set<string>();
  let at: RevisionRow | undefined = heads[0];
  while (at && !seen.has(at.Id)) {
    seen.add(at.Id);
    at = at.previousId ? byId.get(at.previousId) : undefined;
  }
  if (seen.size !== revisions.length) {
    out.push(`the chain from the head reaches ${seen.size} of ${revisions.length} revisions`);
  }
  return out;
}

function countViolations(before: Counts, after: Counts, ledger: Ledger): string[] {
  const expected: Counts = {
    ...before,
    Product_Gap_Submission__c: before.Product_Gap_Submission__c + ledger.submissionKeys.size,
    Product_Gap__c: before.Product_Gap__c + ledger.gapIds.size,
    Top_Ten_Revision__c: before.Top_Ten_Revision__c + ledger.published.length,
    Top_Ten_Entry__c:
      before.Top_Ten_Entry__c + ledger.published.reduce((n, p) => n + p.gapIds.length, 0)
  };
  return Object.keys({ ...expected, ...after })
    .filter((o) => (after[o] ?? 0) !== (expected[o] ?? 0))
    .map(
      (o) => `${o}: ${after[o] ?? 0} records, expected ${expected[o] ?? 0} (before + acknowledged)`
    );
}

/**
 * Every violation of the soak's invariants, [] when none: acknowledged records missing, keys
 * doubled or not matching their lookups, records nobody was told about (counts), refusals
 * that should have happened, and a Top 10 history that is not one linear chain.
 */
export function soakViolations(input: {
  before: Counts;
  after: Counts;
  snapshot: OrgSnapshot;
  ledger: Ledger;
}): string[] {
  const { before, after, snapshot, ledger } = input;
  const read: Counts = {
    Product_Gap_Submission__c: snapshot.submissions.length,
    Product_Gap__c: snapshot.gapIds.length,
    Top_Ten_Revision__c: snapshot.revisions.length,
    Top_Ten_Entry__c: snapshot.entries.length
  };
  const unreadable = Object.entries(read)
    .filter(([o, n]) => after[o] !== n)
    .map(([o, n]) => `${o}: read back ${n} of ${after[o]} records`);
  return [
    ...ledger.accepted,
    ...unreadable,
    ...countViolations(before, after, ledger),
    ...submissionViolations(snapshot, ledger),
    ...revisionViolations(snapshot, ledger)
  ];
}
