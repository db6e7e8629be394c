import GapScorePanelMetrics from 'c/gapScorePanelMetrics';
import { metricLines } from '../gapScorePanelMetrics';
import { flush, mount as mountComponent, shadowTexts as texts, unmountAll } from 'test-kit';

const METRICS = {
  metrics: { arr: 180000, accounts: 3, strategic: 2, p0: 2, tam: 8000000, lost: 30000 }
};
const place = (n: number, tied = false) => ({ place: n, tied });
const RANKING = {
  openGaps: 1500,
  places: {
    arr: place(12, true),
    accounts: place(3),
    strategic: place(4),
    p0: place(5),
    tam: place(6),
    lost: place(7)
  }
};

async function mount(props: Record<string, unknown>): Promise<HTMLElement> {
  const element = mountComponent('c-gap-score-panel-metrics', GapScorePanelMetrics, props);
  await flush();
  return element;
}

describe('c-gap-score-panel-metrics', () => {
  afterEach(() => {
    unmountAll();
  });

  it('shows each metric in the user format, money as currency, without ranks before the ranking', async () => {
    const element = await mount({ metrics: METRICS });
    expect(texts(element, '.metric-value')).toEqual([
      '$180,000',
      '3',
      '2',
      '2',
      '$8,000,000',
      '$30,000'
    ]);
    expect(texts(element, '.metric-rank')).toEqual([]);
    await expect(element).toBeAccessible();
  });

  it('adds each metric rank in the one rank notation, ties included, once ranked', async () => {
    const element = await mount({ metrics: METRICS, ranking: RANKING });
    const ranks = texts(element, '.metric-rank');
    expect(ranks).toHaveLength(6);
    expect(ranks[0]).toBe('#12 (tied) of 1,500 by ARR');
  });

  it('marks the places from the totals and says which weighed places wait for the exact read', async () => {
    const partial = {
      source: 'partial',
      openGaps: 1500,
      places: {
        accounts: place(3),
        strategic: { ...place(40), uncertain: true, lowest: 1042 },
        p0: { ...place(5, true), uncertain: true }
      },
      pending: ['arr', 'tam']
    };
    const element = await mount({ metrics: METRICS, ranking: partial });
    expect(texts(element, '.metric-rank')).toEqual([
      'Place by ARR: pending',
      '#3 of 1,500 by accounts, from totals',
      '#40 of 1,500 by strategic accounts, from totals, could drop to #1,042',
      '#5 (tied) of 1,500 by P0 accounts, from totals, may still drop',
      'Place by TAM: pending'
    ]);
    const kinds = [...element.shadowRoot!.querySelectorAll('.metric-rank')].map((node) =>
      node.getAttribute('data-kind')
    );
    expect(kinds).toEqual(['pending', 'totals', 'totals', 'totals', 'pending']);
    // Lost ARR is not weighed: no place, nothing pending.
    const lines = metricLines(METRICS as never, partial as never);
    expect(lines.find((line) => line.key === 'lost')!.rankKind).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows no pending place outside a partial ranking, and live places unmarked', () => {
    const live = { ...RANKING, source: 'live', pending: ['arr'] };
    const lines = metricLines(METRICS as never, live as never);
    expect(lines[0]).toMatchObject({ rankText: '#12 (tied) of 1,500 by ARR', rankKind: null });
    const partialWithoutPlaces = { source: 'partial', openGaps: 3, places: null, pending: null };
    expect(metricLines(METRICS as never, partialWithoutPlaces as never)[0].rankText).toBeNull();
  });

  it('renders nothing for missing or broken metrics', async () => {
    const element = await mount({ metrics: null, ranking: RANKING });
    expect(texts(element, '.metric')).toEqual([]);
    expect(metricLines({ metrics: { arr: 'x' } } as never, null)[0].valueText).toBe('$0');
  });
});
