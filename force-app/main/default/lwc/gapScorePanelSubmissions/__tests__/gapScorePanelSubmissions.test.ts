import GapScorePanelSubmissions from 'c/gapScorePanelSubmissions';
import {
  flush,
  labelText,
  mount as mountComponent,
  shadowTexts as texts,
  unmountAll
} from 'test-kit';

const ROWS = [
  {
    submission: { id: 's1', opportunityId: 'o1', severity: 'P0 - Dealbreaker' },
    account: { id: 'a1', name: 'Acme Corp' },
    opportunity: { id: 'o1', name: 'Acme renewal', amount: 120000 }
  },
  {
    submission: { id: 's2', opportunityId: 'o2', severity: null },
    account: null,
    opportunity: null
  },
  {
    submission: { id: 's3', opportunityId: null, severity: 'P2 - Nice to have' },
    account: { id: 'a3', name: null },
    opportunity: null
  }
];

async function mount(detail: unknown): Promise<HTMLElement> {
  const element = mountComponent('c-gap-score-panel-submissions', GapScorePanelSubmissions, {
    detail
  });
  await flush();
  return element;
}
const cells = (element: HTMLElement) =>
  [...element.shadowRoot!.querySelectorAll('tr.submission')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent?.trim())
  );

describe('c-gap-score-panel-submissions', () => {
  afterEach(() => {
    unmountAll();
  });

  it('shows each submission, hidden parents as not visible and amounts in the user currency', async () => {
    const element = await mount({ submissions: { rows: ROWS, total: 3, done: true } });
    expect(cells(element)).toEqual([
      ['Acme Corp', 'Acme renewal', 'P0 - Dealbreaker', '$120,000'],
      [labelText('GapScorePanel_Not_Visible'), labelText('GapScorePanel_Not_Visible'), '', ''],
      ['a3', '', 'P2 - Nice to have', '']
    ]);
    expect(texts(element, '.submissions-more')).toEqual([]);
    await expect(element).toBeAccessible();
  });

  it('says when only part of the submissions is loaded', async () => {
    const element = await mount({ submissions: { rows: ROWS, total: 2345, done: false } });
    expect(texts(element, '.submissions-more')).toEqual(['Showing 3 of 2,345 submissions.']);
  });

  it('says there are none without rows or without a detail', async () => {
    const empty = { submissions: { rows: [], total: 0, done: true } };
    const elements = await Promise.all([null, empty].map(mount));
    for (const element of elements) {
      expect(texts(element, '.submissions-none')).toEqual([
        labelText('GapScorePanel_Submissions_None')
      ]);
    }
  });
});
