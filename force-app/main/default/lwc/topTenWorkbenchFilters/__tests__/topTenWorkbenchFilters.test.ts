import TopTenWorkbenchFilters from 'c/topTenWorkbenchFilters';
import { MERGED_STATUS } from 'c/gapData';
import { INITIAL_VIEW } from 'c/rankingView';
import { areaOptions, statusOptions } from '../options';
import { flush, mount as mountComponent, unmountAll } from 'test-kit';

const gaps = [
  { status: 'Open', productArea: 'Search' },
  { status: 'Triage Later', productArea: 'Quantum' },
  { status: 'Done', productArea: null }
];

function mount(props: Record<string, unknown> = {}): HTMLElement {
  return mountComponent('c-top-ten-workbench-filters', TopTenWorkbenchFilters, {
    feed: { details: gaps },
    view: INITIAL_VIEW,
    ...props
  });
}

describe('filter options', () => {
  it('offers "All", the picklist values, then any other value found in the gaps', () => {
    const areas = areaOptions(gaps).map((option) => option.value);
    expect(areas[0]).toBe('');
    expect(areas).toContain('Search');
    expect(areas.at(-1)).toBe('Quantum');
    const statuses = statusOptions(gaps).map((option) => option.value);
    expect(statuses).toContain('Open');
    expect(statuses).toContain('Triage Later');
    // A closed status of the picklist is no filter choice (closed gaps are not ranked).
    expect(statuses).not.toContain(MERGED_STATUS);
    expect(areaOptions(null)[0].label).toBe('All');
  });
});

describe('c-top-ten-workbench-filters', () => {
  afterEach(unmountAll);

  it('shows the current choice and reports each change by name', async () => {
    const element = mount({ view: { ...INITIAL_VIEW, search: 'sso', from: '2026-01-01' } });
    const root = element.shadowRoot!;
    expect((root.querySelector('lightning-input[data-name="search"]') as any).value).toBe('sso');
    expect((root.querySelector('lightning-input[data-name="from"]') as any).value).toBe(
      '2026-01-01'
    );
    const changes: unknown[] = [];
    element.addEventListener('filterchange', (event) =>
      changes.push((event as CustomEvent).detail)
    );
    root
      .querySelector('lightning-combobox[data-name="productArea"]')!
      .dispatchEvent(new CustomEvent('change', { detail: { value: 'Search' } }));
    root
      .querySelector('lightning-input[data-name="to"]')!
      .dispatchEvent(new CustomEvent('change', { detail: null }));
    expect(changes).toEqual([
      { name: 'productArea', value: 'Search' },
      { name: 'to', value: '' }
    ]);
    expect(root.querySelector('.filters-note')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says why a window cannot be used, and survives no gaps and no view', async () => {
    const element = mount({ feed: null, view: null, windowError: 'Bad window' });
    const root = element.shadowRoot!;
    expect(root.querySelector('.window-error')!.textContent).toBe('Bad window');
    const area = root.querySelector('lightning-combobox[data-name="productArea"]') as any;
    expect(area.options.map((option: { value: string }) => option.value)).toContain('Search');
    (element as any).feed = { details: gaps };
    await flush();
    expect(area.options.at(-1).value).toBe('Quantum');
    // A re-rank of the same gaps keeps the options; new gaps rebuild them.
    const options = area.options;
    (element as any).feed = { details: gaps };
    await flush();
    expect(area.options).toBe(options);
    (element as any).feed = { details: [{ status: 'Open', productArea: 'Billing' }] };
    await flush();
    expect(area.options.at(-1).value).not.toBe('Quantum');
  });
});
