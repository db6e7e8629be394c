/** @jest-environment node */
import type { EntryView, GapView } from 'c/gapData';
import { gapUrl, liveStatusText, movementDisplay, tableRows } from '../rows';
import type { ComparedEntry } from '../rows';

const entry = (overrides: Partial<EntryView> = {}): EntryView => ({
  id: 'a02D000000Ent01',
  rank: 1,
  gapId: 'a00D000000Gap01',
  githubUrl: 'https://github.com/acme/platform/pull/123',
  pinned: false,
  rationale: '  #1 by impacted ARR.  ',
  gapName: 'SAML single logout',
  gapStatus: 'In Progress',
  productArea: 'Identity',
  score: 1,
  confidence: 0.9,
  impactedArr: 1_026_000,
  openArr: 1_001_000,
  wonArr: 20_000,
  lostArr: 5_000,
  impactedTam: null,
  impactedAccounts: 11,
  strategicAccounts: 4,
  p0Accounts: 5,
  p1Accounts: 3,
  p2Accounts: 1,
  ...overrides
});
const up: ComparedEntry['movement'] = { kind: 'up', places: 2, previousRank: 3 };
const gap = (overrides: Partial<GapView> = {}): GapView =>
  ({
    id: 'a00D000000Gap01AAA',
    name: 'SAML single logout',
    status: 'In Progress',
    productArea: 'Identity',
    duplicateOfId: null,
    githubUrl: null,
    summary: null,
    ...overrides
  }) as GapView;

describe('tableRows', () => {
  it('formats the snapshot through the formatter: rank, money, counts, percent', () => {
    const [row] = tableRows([{ entry: entry(), movement: up }]);
    expect(row).toMatchObject({
      rank: '#1',
      name: 'SAML single logout',
      status: 'In Progress',
      productArea: 'Identity',
      arr: '$1,026,000',
      accounts: '11',
      confidence: '90%',
      movementKind: 'up',
      movementText: 'Up 2',
      rationale: '#1 by impacted ARR.',
      githubUrl: 'https://github.com/acme/platform/pull/123'
    });
  });

  it('links the gap only when the reader could read it (a Viewer gets plain text)', () => {
    const rows = [{ entry: entry(), movement: up }];
    expect(tableRows(rows, null)[0].gapUrl).toBeNull();
    expect(tableRows(rows, [])[0].gapUrl).toBeNull();
    expect(tableRows(rows, [gap()])[0].gapUrl).toBe(gapUrl('a00D000000Gap01'));
  });

  it('shows the live status only when it moved on, and "merged" for a merged gap', () => {
    const e = entry();
    expect(liveStatusText(e, gap())).toBeNull();
    expect(liveStatusText(e, gap({ status: 'Done' }))).toBe('now Done');
    expect(liveStatusText(e, gap({ duplicateOfId: 'a00D000000Gap09' }))).toBe(
      'now merged into another gap'
    );
    expect(liveStatusText(e, null)).toBeNull();
  });

  it('survives bad input: no rows, missing names and numbers, a blank rationale, a bad link', () => {
    expect(tableRows(null)).toEqual([]);
    const bare = entry({
      rank: null,
      gapId: null,
      gapName: null,
      gapStatus: null,
      productArea: '  ',
      impactedArr: null,
      confidence: null,
      rationale: '   ',
      githubUrl: 'https://gitlab.com/acme/platform/issues/1'
    });
    const [row] = tableRows(
      [{ entry: bare, movement: { kind: 'unknown', places: 0, previousRank: null } }],
      [gap()]
    );
    expect(row).toMatchObject({
      rank: '—',
      name: 'Unnamed gap',
      status: '—',
      productArea: '—',
      arr: '—',
      confidence: '—',
      rationale: null,
      gapUrl: null,
      githubUrl: null,
      movementText: '—'
    });
  });
});

describe('movementDisplay', () => {
  it('has a text and a badge per kind', () => {
    expect(movementDisplay({ kind: 'new', places: 0, previousRank: null }).className).toContain(
      'slds-theme_info'
    );
    expect(movementDisplay({ kind: 'down', places: 1, previousRank: 1 }).text).toBe('Down 1');
    expect(movementDisplay({ kind: 'same', places: 0, previousRank: 4 }).text).toBe('Unchanged');
  });
});
