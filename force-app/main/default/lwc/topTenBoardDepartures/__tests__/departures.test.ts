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
    expect(reasonText(departure({ kind: 'done' }))).toBe('c.TopTen_Board_Reason_Done');
    expect(reasonText(departure({ kind: 'wontDo' }))).toBe('c.TopTen_Board_Reason_Wont_Do');
    expect(reasonText(departure({ kind: 'merged', survivorName: 'SAML logout' }))).toBe(
      'c.TopTen_Board_Reason_Merged_Into'
    );
    expect(reasonText(departure({ kind: 'merged' }))).toBe('c.TopTen_Board_Reason_Merged');
    expect(reasonText(departure({ kind: 'removed', note: 'Out of scope' }))).toBe(
      'c.TopTen_Board_Reason_Removed_Because'
    );
    expect(reasonText(departure({ kind: 'removed' }))).toBe('c.TopTen_Board_Reason_Removed');
    expect(reasonText(departure({}))).toBe('c.TopTen_Board_Reason_Outranked');
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
    expect(rows[0].was).toBe('c.TopTen_Board_Departure_Was');
  });
});

describe('unrecordedRows', () => {
  it('names the departed entries with "reason not recorded"', () => {
    const rows = unrecordedRows([{ id: 'a02D000000Ent01', rank: 3, gapName: null } as EntryView]);
    expect(rows).toEqual([
      {
        key: 'a02D000000Ent01',
        name: 'c.TopTen_Board_Unnamed_Gap',
        was: 'c.TopTen_Board_Departure_Was',
        reason: 'notRecorded',
        reasonText: 'c.TopTen_Board_Reason_Not_Recorded'
      }
    ]);
  });
});
