import { graphql } from 'lightning/graphql';
import { publishTopTen } from 'c/gapData';
import { unmountAll } from 'test-kit';
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
jest.mock('c/gapData', () => ({ ...jest.requireActual('c/gapData'), publishTopTen: jest.fn() }));

describe('c-top-ten-curation without Publish_Top_10', () => {
  afterEach(() => {
    unmountAll();
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
      'You see the proposed Top 10 against the published one. Curating and publishing need the Publish Top 10 permission.'
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
      'Proposed replacement: Gap 3 (ranked #3)'
    );
    expect(comparisonRoot(element).querySelector('button')).toBeNull();
    expect(publishTopTen).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();
  });
});
