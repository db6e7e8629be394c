import GapScorePanelAccounts from 'c/gapScorePanelAccounts';
import {
  flush,
  labelText,
  mount as mountComponent,
  shadowTexts as texts,
  unmountAll
} from 'test-kit';

const row = (id: string, name: string | null, strategic: boolean) => ({
  submission: { id: `s-${id}` },
  account: { id, name, strategic }
});

async function mount(detail: unknown): Promise<HTMLElement> {
  const element = mountComponent('c-gap-score-panel-accounts', GapScorePanelAccounts, { detail });
  await flush();
  return element;
}

describe('c-gap-score-panel-accounts', () => {
  afterEach(() => {
    unmountAll();
  });

  it('lists each strategic account once, by name', async () => {
    const rows = [row('a2', 'Initech', true), row('a1', 'Acme', true), row('a2', 'Initech', true)];
    const element = await mount({ submissions: { rows: [...rows, row('a3', 'Globex', false)] } });
    expect(texts(element, '.strategic-account')).toEqual(['Acme', 'Initech']);
    await expect(element).toBeAccessible();
  });

  it('names an account without a visible name by its Id', async () => {
    const element = await mount({ submissions: { rows: [row('a9', null, true)] } });
    expect(texts(element, '.strategic-account')).toEqual(['a9']);
  });

  it('says there are none for no rows, hidden accounts or no detail', async () => {
    const hidden = { submissions: { rows: [{ submission: { id: 's1' }, account: null }] } };
    const elements = await Promise.all([null, { submissions: { rows: [] } }, hidden].map(mount));
    for (const element of elements) {
      expect(texts(element, '.strategic-none')).toEqual([
        labelText('GapScorePanel_Strategic_None')
      ]);
    }
  });
});
