/** @jest-environment node */
import type { DepartureSnapshot, EntryView } from 'c/gapData';
import { reasonText, recordedRows, unrecordedRows } from '../departures';

const departure = (overrides: Partial<DepartureSnapshot>): DepartureSnapshot => ({
  gapId: 'a00D000000Gap01',
  name: 'Offline mobile edits',
  rank: 6,
  kind: 'outranked',
  survivorName: null,
  note: null,
  ...overrides
});

describe('reasonText', () => {
  it('names each recorded reason, the survivor of a merge and the TPM reason of a removal', () => {
    expect(reasonText(departure({ kind: 'done' }))).toBe('Resolved (Done)');
    expect(reasonText(departure({ kind: 'wontDo' }))).toBe("Closed as Won't Do");
    expect(reasonText(departure({ kind: 'merged', survivorName: 'SAML logout' }))).toBe(
      'Merged into SAML logout'
    );
    expect(reasonText(departure({ kind: 'merged' }))).toBe('Merged into another gap');
    expect(reasonText(departure({ kind: 'removed', note: 'Out of scope' }))).toBe(
      'Removed by the TPM: Out of scope'
    );
    expect(reasonText(departure({ kind: 'removed' }))).toBe('Removed by the TPM');
    expect(reasonText(departure({}))).toBe('Out-ranked by other gaps (still open)');
  });
});

describe('recordedRows', () => {
  it('lists departures in old rank order, unknown ranks last', () => {
    const rows = recordedRows([
      departure({ name: 'C', rank: null }),
      departure({ name: 'B', rank: 8, kind: 'done' }),
      departure({ name: 'A', rank: 2 })
    ]);
    expect(rows.map((row) => [row.name, row.reason])).toEqual([
      ['A', 'outranked'],
      ['B', 'done'],
      ['C', 'outranked']
    ]);
    expect(rows.map((row) => row.was)).toEqual(['was #2', 'was #8', 'was —']);
  });
});

describe('unrecordedRows', () => {
  it('names the departed entries with "reason not recorded"', () => {
    const rows = unrecordedRows([{ id: 'a02D000000Ent01', rank: 3, gapName: null } as EntryView]);
    expect(rows).toEqual([
      {
        key: 'a02D000000Ent01',
        name: 'Unnamed gap',
        was: 'was #3',
        reason: 'notRecorded',
        reasonText: 'Reason not recorded'
      }
    ]);
  });
});
