import { graphql } from 'lightning/graphql';
import { publishTopTen } from 'c/gapData';
import entryGaps from './data/entryGaps.json';
import { DEFAULT_WEIGHTS } from 'c/gapRanking';
import {
  comparison,
  comparisonRoot,
  details,
  flush,
  mount,
  revisionView,
  root,
  rows
} from './testKit';

jest.mock('@salesforce/customPermission/Publish_Top_10', () => ({ default: false }), {
  virtual: true
});
jest.mock('@salesforce/label/c.Format_Rank', () => ({ default: '#{0}' }), { virtual: true });
jest.mock('c/gapData', () => ({ ...jest.requireActual('c/gapData'), publishTopTen: jest.fn() }));

describe('c-top-ten-curation without Publish_Top_10', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    localStorage.clear();
  });

  it('shows the comparison read-only: no curating, accepting or publishing controls', async () => {
    // Even a draft left in this browser does not bring the controls back.
    localStorage.setItem(
      'gtmProductGaps.topTenDraft.anonymous',
      JSON.stringify({ version: 1, baseRevisionId: 'a02000000000009AAA', removed: [] })
    );
    const element = mount({
      ranking: rows(12),
      gapMetrics: details(12),
      method: 'borda',
      weights: DEFAULT_WEIGHTS,
      revision: revisionView([2, 1, 20])
    });
    await flush();
    (graphql as unknown as { emit: (data: unknown) => void }).emit(entryGaps);
    await flush();
    const shadow = root(element);
    expect(shadow.querySelector('.read-only-hint')!.textContent).toBe(
      'c.TopTenCuration_ReadOnlyHint'
    );
    expect(comparison(element).slice(0, 2)).toEqual([
      ['up', 'Gap 1', '#1', '#2'],
      ['down', 'Gap 2', '#2', '#1']
    ]);
    expect(shadow.querySelector('c-top-ten-curation-editor')).toBeNull();
    expect(shadow.querySelector('lightning-button.publish')).toBeNull();
    expect(shadow.querySelector('lightning-textarea.notes')).toBeNull();
    expect(shadow.querySelector('.stale-draft')).toBeNull();
    const resolved = comparisonRoot(element).querySelector('tr.kind-resolved')!;
    expect(resolved.querySelector('.replacement')!.textContent).toBe(
      'c.TopTenCuration_Replacement'
    );
    expect(comparisonRoot(element).querySelector('button')).toBeNull();
    expect(publishTopTen).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();
  });
});
