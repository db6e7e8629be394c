import { mapGapSearch } from 'c/gapData';
import type { ReadData } from 'c/gapData';
import { matchRows } from '../matches';
import search from './data/gapSearch.json';

const TEXTS = {
  none: 'nobody yet',
  one: '{0} account',
  many: '{0} accounts',
  chooseFor: 'Add to {0}'
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
});
