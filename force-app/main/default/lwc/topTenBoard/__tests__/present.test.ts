/** @jest-environment node */
import { mapCurationEntryGaps, mapRevisions } from 'c/gapData';
import { compareRevisions } from '../board';
import {
  arrChart,
  departureRows,
  movementDisplay,
  money,
  revisionOptions,
  severityChart,
  shortMoney,
  tableRows,
  utcStamp
} from '../present';
import revisionsData from './data/revisions.json';
import liveGapsData from './data/liveGaps.json';

const revisions = mapRevisions(revisionsData);
const [r3, r2] = revisions;
const comparison = compareRevisions(r3, { kind: 'loaded', revision: r2 });

describe('revisionOptions', () => {
  it('names each revision by its UTC publish time and publisher, the current one marked', () => {
    expect(revisionOptions(revisions, r3.id).map((o) => o.label)).toEqual([
      'c.TopTen_Board_Revision_Current',
      'c.TopTen_Board_Revision_Option',
      'c.TopTen_Board_Revision_Option'
    ]);
    expect(revisionOptions(revisions, r3.id).map((o) => o.value)).toEqual(
      revisions.map((r) => r.id)
    );
  });
  it('formats a publish time the same for every reader', () => {
    expect(utcStamp('2026-11-20T14:30:00.000Z')).toBe('2026-11-20 14:30 UTC');
    expect(utcStamp(null)).toBe('—');
    expect(utcStamp('not a date')).toBe('not a date');
  });
});

describe('tableRows', () => {
  const rows = tableRows(comparison.rows);

  it('shows the snapshot of each entry in rank order', () => {
    expect(rows.map((r) => r.rank)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(rows[0]).toMatchObject({
      name: 'SAML single logout',
      status: 'In Progress',
      arr: money(r3.entries[0].impactedArr),
      accounts: '11',
      confidence: '90%',
      movementKind: 'up',
      gapUrl: '/lightning/r/Product_Gap__c/a00D000000Gap01/view'
    });
    expect(rows[3].pinned).toBe(true);
  });

  it('links GitHub only for a GitHub issue URL (never javascript: or another host)', () => {
    expect(rows[0].githubUrl).toBe('https://github.com/acme/platform/issues/101');
    expect(rows[1].githubUrl).toBeNull(); // javascript:alert(1)
    expect(rows[2].githubUrl).toBeNull(); // gitlab.com
  });

  it('shows a dash for missing numbers and a placeholder for a missing name', () => {
    const bare = {
      ...r3.entries[0],
      gapName: null,
      impactedArr: null,
      confidence: null,
      gapId: null
    };
    const [row] = tableRows([
      { entry: bare, movement: { kind: 'unknown', places: 0, previousRank: null } }
    ]);
    expect(row).toMatchObject({
      name: 'c.TopTen_Board_Unnamed_Gap',
      arr: '—',
      confidence: '—',
      gapUrl: null,
      movementText: 'c.TopTen_Board_Move_Unknown'
    });
  });
});

describe('shortMoney', () => {
  it('shortens large amounts without trailing zeros', () => {
    expect(shortMoney(1_026_000)).toBe('$1M');
    expect(shortMoney(1_250_000)).toBe('$1.3M');
    expect(shortMoney(0)).toBe('$0');
  });
});

describe('movementDisplay', () => {
  it('has a text per kind', () => {
    expect(movementDisplay({ kind: 'new', places: 0, previousRank: null }).text).toBe(
      'c.TopTen_Board_Move_New'
    );
    expect(movementDisplay({ kind: 'up', places: 2, previousRank: 3 }).text).toBe(
      'c.TopTen_Board_Move_Up'
    );
    expect(movementDisplay({ kind: 'down', places: 2, previousRank: 1 }).text).toBe(
      'c.TopTen_Board_Move_Down'
    );
    expect(movementDisplay({ kind: 'same', places: 0, previousRank: 4 }).text).toBe(
      'c.TopTen_Board_Move_Same'
    );
  });
});

describe('departureRows', () => {
  it('gives each departed gap its reason from the live gaps', () => {
    const rows = departureRows(comparison.departed, mapCurationEntryGaps(liveGapsData), 'ready');
    expect(rows.map((r) => [r.name, r.reason])).toEqual([
      ['Offline mobile edits', 'outranked'],
      ['Regional data residency', 'notVisible'],
      ['SCIM provisioning', 'resolved'],
      ['Duplicate SSO logout', 'merged']
    ]);
    expect(rows[0].reasonText).toBe('c.TopTen_Board_Reason_Outranked');
  });
});

describe('charts', () => {
  it('draws impacted ARR split open / won / lost for every entry', () => {
    const chart = arrChart(r3.entries);
    expect(chart.rows).toHaveLength(10);
    expect(chart.table.rows[0].heading).toBe('#1 SAML single logout');
    expect(chart.table.headings.map((h) => h.text)).toEqual([
      'c.TopTen_Board_Chart_Gap',
      'c.TopTen_Board_Series_Open',
      'c.TopTen_Board_Series_Won',
      'c.TopTen_Board_Series_Lost',
      'c.TopTen_Board_Chart_Total'
    ]);
    // 1,001,000 open + 20,000 won + 5,000 lost.
    expect(chart.table.rows[0].cells.map((c) => c.text)).toEqual(['$1M', '$20K', '$5K', '$1M']);
    expect(chart.summary).toBe('c.TopTen_Board_Chart_Arr_Summary');
  });

  it('draws P0 / P1 / P2 accounts per entry', () => {
    const chart = severityChart(r3.entries);
    expect(chart.table.rows[0].cells.map((c) => c.text)).toEqual(['5', '3', '1']);
  });
});
