/** @jest-environment node */
import { departuresOf, parseDepartures } from '../departures';
import type { LeavingEntry } from '../departures';
import { publishRequest } from '../publish';

const row = (overrides: Partial<LeavingEntry>): LeavingEntry => ({
  kind: 'dropped',
  gapId: 'a00D000000Gap01',
  name: 'Offline mobile edits',
  publishedRank: 6,
  reason: null,
  mergedIntoId: null,
  ...overrides
});
const names: Record<string, string> = { a00D000000Gap09: 'SAML single logout' };
const nameOf = (id: string) => names[id] ?? id;

describe('departuresOf', () => {
  it('records resolved reasons, the survivor of a merge, removals with their reason and out-ranked gaps', () => {
    const rows = [
      row({ kind: 'same', gapId: 'a00D000000Gap02' }),
      row({ kind: 'resolved', reason: 'done', name: 'SCIM', gapId: 'a00D000000Gap03' }),
      row({ kind: 'resolved', reason: 'wontDo', gapId: 'a00D000000Gap04' }),
      row({
        kind: 'resolved',
        reason: 'merged',
        mergedIntoId: 'a00D000000Gap09',
        gapId: 'a00D000000Gap05'
      }),
      row({ gapId: 'a00D000000Gap06' }),
      row({ gapId: 'a00D000000Gap07' })
    ];
    const removals = new Map([['a00D000000Gap07', '  Covered by the Q1 platform work  ']]);
    expect(
      departuresOf(rows, removals, nameOf).map((d) => [d.kind, d.survivorName, d.note])
    ).toEqual([
      ['done', null, null],
      ['wontDo', null, null],
      ['merged', 'SAML single logout', null],
      ['outranked', null, null],
      ['removed', null, 'Covered by the Q1 platform work']
    ]);
  });

  it('takes a plain list of removed Ids (no reason given), and never names a survivor by its Id', () => {
    const rows = [
      row({ gapId: 'a00D000000Gap07' }),
      row({ kind: 'resolved', reason: 'merged', mergedIntoId: 'a00D000000Gap08' })
    ];
    const [removed, merged] = departuresOf(rows, ['a00D000000Gap07'], nameOf);
    expect(removed).toMatchObject({ kind: 'removed', note: null });
    expect(merged).toMatchObject({ kind: 'merged', survivorName: null });
  });
});

describe('parseDepartures', () => {
  it('reads back what departuresOf wrote', () => {
    const written = departuresOf([row({})], [], nameOf);
    expect(parseDepartures(JSON.stringify(written))).toEqual(written);
  });

  it('is null when nothing was recorded or the text is not a list', () => {
    for (const value of [null, undefined, '', '  ', 'not json', '{"kind":"done"}']) {
      expect(parseDepartures(value)).toBeNull();
    }
  });

  it('drops items without a known reason or a name, and blanks a bad Id or rank', () => {
    const text = JSON.stringify([
      { kind: 'exploded', name: 'X' },
      { kind: 'done' },
      null,
      { kind: 'done', name: 'Kept', gapId: '<script>', rank: 'first' }
    ]);
    expect(parseDepartures(text)).toEqual([
      { gapId: '', name: 'Kept', rank: null, kind: 'done', survivorName: null, note: null }
    ]);
  });
});

describe('publishRequest', () => {
  const draft = {
    basedOnRevisionId: null,
    method: 'borda',
    weights: {},
    entries: [{ rank: 1, gapId: 'a00D000000Gap01', gapName: 'A', gapStatus: 'Open' }]
  };

  it('sends the departures as Departures__c, and null when none were computed', () => {
    const now = new Date('2026-12-07T00:00:00Z');
    const departures = departuresOf([row({})], [], nameOf);
    expect(publishRequest({ ...draft, departures }, now).variables.Departures__c).toBe(
      JSON.stringify(departures)
    );
    expect(publishRequest(draft, now).variables.Departures__c).toBeNull();
  });
});
