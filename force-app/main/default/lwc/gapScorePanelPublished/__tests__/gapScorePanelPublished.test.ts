import GapScorePanelPublished from 'c/gapScorePanelPublished';
import { publishedLines } from '../gapScorePanelPublished';
import { flush, labelText, mount as mountComponent, unmountAll } from 'test-kit';

const REVISION = { publishedAt: '2026-03-09T15:00:00.000Z' };

async function mount(props: Record<string, unknown>): Promise<HTMLElement> {
  const element = mountComponent('c-gap-score-panel-published', GapScorePanelPublished, props);
  await flush();
  return element;
}
const texts = (element: HTMLElement) =>
  [...element.shadowRoot!.querySelectorAll('.published-line')].map((node) =>
    node.textContent?.trim()
  );

describe('c-gap-score-panel-published', () => {
  afterEach(() => {
    unmountAll();
  });

  it('shows the published rank in the one rank notation, its day and its confidence', async () => {
    const element = await mount({
      loaded: true,
      revision: REVISION,
      entry: { rank: 4, confidence: 0.875 }
    });
    expect(texts(element)).toEqual([
      '#4 in the Top 10 published on Mar 9, 2026',
      'Confidence when published: 88%'
    ]);
    await expect(element).toBeAccessible();
  });

  it('says when the gap is not in the list, or no list is published', async () => {
    expect(publishedLines(null, REVISION as never)).toEqual([
      'Not in the Top 10 published on Mar 9, 2026'
    ]);
    expect(publishedLines({ rank: null } as never, REVISION as never)).toEqual([
      'Not in the Top 10 published on Mar 9, 2026'
    ]);
    expect(publishedLines(null, null)).toEqual([labelText('GapScorePanel_Published_None')]);
  });

  it('shows nothing until the revision is read, and keeps an unreadable date as given', async () => {
    expect(texts(await mount({ loaded: false, revision: REVISION }))).toEqual([]);
    const lines = publishedLines(
      { rank: 2, confidence: null } as never,
      {
        publishedAt: 'soon'
      } as never
    );
    expect(lines).toEqual(['#2 in the Top 10 published on soon']);
  });
});
