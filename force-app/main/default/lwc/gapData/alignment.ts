// Roadmap alignment on published Top 10 entries: the Managers' edit of the four alignment fields,
// and the carry-forward into the next revision, read from the published entries just before a
// publish is sent (never from the TPM's draft, so an edit made while the TPM drafts is kept).
import { gql } from 'lightning/graphql';
import type { ReadData } from './nodes';
import type { EntryView } from './records';
import { isRecordId, toCaseSafeId } from './recordIds';
import { mapRevisions, revisionRequest } from './reads';
import type { Transport, WriteResult } from './transport';
import { failure, invalid, platformTransport, send } from './transport';

/** Roadmap_Status__c values, in the order the board offers them. */
export const ROADMAP_STATUSES = [
  'Not Planned',
  'Under Review',
  'Planned',
  'In Progress',
  'Shipped'
];
const NOTE_MAX = 32768;
const TARGET_QUARTER = /^[0-9]{4}-Q[1-4]$/;

/** The four alignment fields of an entry as the board edits them (null or '' clears a field). */
export interface AlignmentChanges {
  roadmapStatus: string | null;
  targetQuarter: string | null;
  owningPmId: string | null;
  note: string | null;
}

/** Updates the four alignment fields of one published entry (Managers' permission set). */
export const UPDATE_ENTRY_ALIGNMENT = gql`
  mutation UpdateEntryAlignment(
    $Id: IdOrRef!
    $Roadmap_Status__c: Picklist
    $Target_Quarter__c: String
    $Owning_PM__c: IdOrRef
    $Alignment_Note__c: LongTextArea
  ) {
    uiapi(input: { allOrNone: true }) {
      Top_Ten_Entry__cUpdate(
        input: {
          Id: $Id
          Top_Ten_Entry__c: {
            Roadmap_Status__c: $Roadmap_Status__c
            Target_Quarter__c: $Target_Quarter__c
            Owning_PM__c: $Owning_PM__c
            Alignment_Note__c: $Alignment_Note__c
          }
        }
      ) {
        success
      }
    }
  }
`;

/** True for a target quarter written like 2027-Q1 (the Target_Quarter_Format rule's pattern). */
export function isTargetQuarter(value: unknown): value is string {
  return typeof value === 'string' && TARGET_QUARTER.test(value);
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed === '' ? null : trimmed;
}

/** Why the changes cannot be saved, or [] (status from the picklist, quarter YYYY-Qn, user Id, note length). */
export function alignmentProblems(changes: AlignmentChanges): string[] {
  const problems: string[] = [];
  const status = blankToNull(changes.roadmapStatus);
  if (status !== null && !ROADMAP_STATUSES.includes(status))
    problems.push('Choose a roadmap status.');
  const quarter = blankToNull(changes.targetQuarter);
  if (quarter !== null && !isTargetQuarter(quarter))
    problems.push('Write the target quarter like 2027-Q1.');
  const pm = blankToNull(changes.owningPmId);
  if (pm !== null && !isRecordId(pm)) problems.push('The owning PM is not a valid user Id.');
  if ((changes.note ?? '').length > NOTE_MAX)
    problems.push(`The alignment note is longer than ${NOTE_MAX} characters.`);
  return problems;
}

/** Saves the alignment of one entry; refused before sending when alignmentProblems finds any. */
export async function updateEntryAlignment(
  entryId: string,
  changes: AlignmentChanges,
  transport: Transport = platformTransport
): Promise<WriteResult<{ id: string }>> {
  const problems = alignmentProblems(changes);
  if (!isRecordId(entryId)) problems.unshift('The entry Id is not valid.');
  if (problems.length > 0) return invalid(problems);
  const result = await send(transport, {
    operationName: 'UpdateEntryAlignment',
    query: UPDATE_ENTRY_ALIGNMENT,
    variables: {
      Id: entryId,
      Roadmap_Status__c: blankToNull(changes.roadmapStatus),
      Target_Quarter__c: blankToNull(changes.targetQuarter),
      Owning_PM__c: blankToNull(changes.owningPmId),
      Alignment_Note__c: blankToNull(changes.note)
    }
  });
  return result.ok ? { ok: true, value: { id: entryId } } : result;
}

/** The alignment fields an entry of the next revision carries, keyed by case-safe gap Id. */
export type CarriedAlignment = Map<string, AlignmentChanges>;

/** What the carry-forward needs of a published entry (gapData's EntryView or a screen's copy). */
export type AlignedEntry = Pick<EntryView, 'gapId' | 'alignment'>;

/** The alignment of published entries by case-safe gap Id (entries without a gap are skipped). */
export function alignmentByGap(entries: readonly AlignedEntry[]): CarriedAlignment {
  const carried: CarriedAlignment = new Map();
  for (const entry of entries) {
    if (!isRecordId(entry.gapId)) continue;
    if (!entry.alignment) continue;
    const { roadmapStatus, targetQuarter, owningPmId, note } = entry.alignment;
    carried.set(toCaseSafeId(entry.gapId), { roadmapStatus, targetQuarter, owningPmId, note });
  }
  return carried;
}

/**
 * The published entries' alignment of the revision a publish replaces, read just before sending
 * when the transport can read (else `fallback`, the screen's wired copy); a failed read is an
 * error (publishing would drop the Managers' decisions), a missing revision carries nothing.
 */
export async function readCarriedAlignment(
  revisionId: string | null,
  transport: Transport,
  fallback: readonly AlignedEntry[] | null | undefined
): Promise<WriteResult<CarriedAlignment>> {
  const request = revisionRequest(revisionId);
  if (!request) return { ok: true, value: new Map() };
  if (!transport.read) return { ok: true, value: alignmentByGap(fallback ?? []) };
  try {
    const response = await transport.read(request);
    if (response?.errors?.length) return failure(response.errors);
    const [revision] = mapRevisions(response?.data as ReadData);
    return { ok: true, value: alignmentByGap(revision?.entries ?? []) };
  } catch (error) {
    return failure(error);
  }
}
