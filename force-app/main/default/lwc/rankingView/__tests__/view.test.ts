/** @jest-environment node */
import { INITIAL_VIEW, applyFilter, toggleSort, windowInverted, windowOf } from '../view';

describe('applyFilter', () => {
  it('sets text filters without touching the window', () => {
    const { state, windowChanged } = applyFilter(INITIAL_VIEW, 'productArea', 'AI');
    expect(state.productArea).toBe('AI');
    expect(windowChanged).toBe(false);
    expect(INITIAL_VIEW.productArea).toBe('');
  });

  it('turns an empty date into no bound and reports a window change only when it changes', () => {
    const from = applyFilter(INITIAL_VIEW, 'from', '2026-03-01');
    expect(from).toMatchObject({ state: { from: '2026-03-01' }, windowChanged: true });
    expect(applyFilter(from.state, 'from', '2026-03-01').windowChanged).toBe(false);
    const cleared = applyFilter(from.state, 'from', '  ');
    expect(cleared).toMatchObject({ state: { from: null }, windowChanged: true });
    expect(windowOf(from.state)).toEqual({ from: '2026-03-01', to: null });
  });

  it('ignores unknown filter names and non-text values', () => {
    expect(applyFilter(INITIAL_VIEW, 'sortKey', 'name').state).toBe(INITIAL_VIEW);
    expect(applyFilter(INITIAL_VIEW, 'search', 42).state.search).toBe('');
  });
});

describe('toggleSort', () => {
  it('starts a new column in its natural direction and flips the same column', () => {
    const byArr = toggleSort(INITIAL_VIEW, 'arr');
    expect(byArr).toMatchObject({ sortKey: 'arr', sortDirection: 'desc' });
    expect(toggleSort(byArr, 'arr').sortDirection).toBe('asc');
    expect(toggleSort(INITIAL_VIEW, 'rank').sortDirection).toBe('desc');
    expect(toggleSort(INITIAL_VIEW, 'nonsense')).toBe(INITIAL_VIEW);
  });
});

describe('windowInverted', () => {
  it('is true only when the start is after the end', () => {
    expect(windowInverted({ ...INITIAL_VIEW, from: '2026-05-01', to: '2026-04-30' })).toBe(true);
    expect(windowInverted({ ...INITIAL_VIEW, from: '2026-05-01', to: '2026-05-01' })).toBe(false);
    expect(windowInverted({ ...INITIAL_VIEW, from: '2026-05-01' })).toBe(false);
  });
});
