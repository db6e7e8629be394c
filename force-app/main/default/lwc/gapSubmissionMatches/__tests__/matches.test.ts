import { mapGapSearch, toCaseSafeId } from 'c/gapData';
import type { ReadData } from 'c/gapData';
import { MATCH_ROWS, chosenGap, flaggedGaps, matchRows } from '../matches';
import search from './data/gapSearch.json';

const TEXTS = {
  none: 'nobody yet',
  one: '{0} account',
  many: '{0} accounts',
  chooseFor: 'Add to {0}',
  mergedInto: 'Merged into {0}',
  useSurvivor: 'Add to {0} instead'
};

describe('matchRows', () => {
  const matches = mapGapSearch(search as ReadData);

  it('keeps the server order and says how many accounts already asked', () => {
    const rows = matchRows(matches, null, TEXTS);
    expect(rows.map((row) => [row.name, row.status, row.accountsText])).toEqual([
      ['SAML attribute mapping', 'Done', '1 account'],
      ['SAML single logout', 'Open', '7 accounts'],
      ['SAML logout for Okta', "Won't Do", 'nobody yet']
    ]);
  });

  it('marks closed and merged gaps, and names each choose button after its gap', () => {
    const [done, open, merged] = matchRows(matches, null, TEXTS);
    expect([done.closed, open.closed, merged.closed]).toEqual([true, false, true]);
    expect([done.merged, open.merged, merged.merged]).toEqual([false, false, true]);
    expect(open.chooseLabel).toBe('Add to SAML single logout');
    expect(open.productArea).toBe('Security & Compliance');
    expect(done.productArea).toBeNull();
  });

  it('selects only the chosen gap', () => {
    const rows = matchRows(matches, 'a00D0000008oWP8IAM', TEXTS);
    expect(rows.map((row) => row.selected)).toEqual([false, true, false]);
    expect(rows[1].rowClass).toContain('match_selected');
    expect(matchRows([], 'a00D0000008oWP8IAM', TEXTS)).toEqual([]);
  });

  it('leads a merged gap to its survivor instead of offering Add', () => {
    const [row] = matchRows(
      [{ ...matches[2], duplicateOfName: 'SAML single logout' }],
      null,
      TEXTS
    );
    expect(row.merged).toBe(true);
    expect(row.choosable).toBe(false);
    expect(row.mergedText).toBe('Merged into SAML single logout');
    expect(row.survivorLabel).toBe('Add to SAML single logout instead');
    expect(row.survivorId).toBe(matches[2].duplicateOfId);
  });

  it('marks the gaps this customer already flagged, with the existing submission', () => {
    const flagged = new Map([[matches[1].id, 'a01D000000SUB01IAA']]);
    const rows = matchRows(matches, null, TEXTS, flagged);
    expect(rows[1].existingSubmissionId).toBe('a01D000000SUB01IAA');
    expect(rows[1].choosable).toBe(false);
    expect(rows[0].existingSubmissionId).toBeNull();
    expect(rows[0].choosable).toBe(true);
  });

  it('shows at most MATCH_ROWS rows', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...matches[1], id: `gap${i}` }));
    expect(matchRows(many, null, TEXTS)).toHaveLength(MATCH_ROWS);
  });
});

describe('flaggedGaps', () => {
  const gapId = 'a00D0000008oWP8IAM';
  const opp = toCaseSafeId('006D000000OPP01');
  const subs = [
    { id: 's1', gapId, opportunityId: opp },
    { id: 's2', gapId: 'a00D0000008oWP9IAM', opportunityId: null },
    { id: 's3', gapId: null, opportunityId: null }
  ];
  it('keeps the submissions for the same opportunity, keyed by case-safe gap Id', () => {
    expect([...flaggedGaps(subs, opp)]).toEqual([[gapId, 's1']]);
    expect([...flaggedGaps(subs, opp.slice(0, 15))]).toEqual([[gapId, 's1']]);
  });
  it('on an Account keeps only the submissions without opportunity', () => {
    expect([...flaggedGaps(subs, null)]).toEqual([['a00D0000008oWP9IAM', 's2']]);
  });
});

describe('chosenGap', () => {
  const matches = mapGapSearch(search as unknown as ReadData);
  it('picks a listed gap by Id', () => {
    expect(chosenGap(matches, matches[1].id, 'ignored')).toBe(matches[1]);
  });
  it("picks a merged gap's survivor, known by Id and name only", () => {
    expect(chosenGap(matches, 'a00D0000008oSURVIV', 'SAML logout')).toEqual({
      id: 'a00D0000008oSURVIV',
      name: 'SAML logout',
      summary: null,
      accountCount: 0,
      status: '',
      productArea: null,
      duplicateOfId: null,
      githubUrl: null
    });
  });
  it('picks nothing without an Id, or an unlisted Id without a name', () => {
    expect(chosenGap(matches, undefined, 'SAML')).toBeNull();
    expect(chosenGap(matches, 'a00D0000008oSURVIV', undefined)).toBeNull();
  });
});
