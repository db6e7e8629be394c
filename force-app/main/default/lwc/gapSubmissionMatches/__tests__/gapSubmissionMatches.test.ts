import { createElement } from 'lwc';
import GapSubmissionMatches from 'c/gapSubmissionMatches';
import { mapGapSearch, toCaseSafeId } from 'c/gapData';
import type { ReadData } from 'c/gapData';
import search from './data/gapSearch.json';

const matches = mapGapSearch(search as unknown as ReadData);

type List = HTMLElement & { matches: unknown; selectedId: string | null; flagged: unknown };

function mount(props: Record<string, unknown>): List {
  const element = createElement('c-gap-submission-matches', { is: GapSubmissionMatches }) as List;
  Object.assign(element, { listLabel: '3 product gaps match', ...props });
  document.body.appendChild(element);
  return element;
}
const rows = (element: List) => [...element.shadowRoot!.querySelectorAll('li.match')];

describe('c-gap-submission-matches', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('lists each match and chooses one by its button', async () => {
    const element = mount({ matches });
    expect(rows(element)).toHaveLength(matches.length);
    const chosen: unknown[] = [];
    element.addEventListener('choose', (event) => chosen.push((event as CustomEvent).detail));
    const first = element.shadowRoot!.querySelector('button.choose') as HTMLButtonElement;
    first.click();
    expect(chosen).toEqual([{ gapId: first.dataset.id, name: first.dataset.name }]);
    await expect(element).toBeAccessible();
  });

  it('marks the chosen gap and the ones this customer already flagged', async () => {
    const [one, two] = matches;
    const element = mount({
      matches,
      selectedId: one.id,
      flagged: new Map([[toCaseSafeId(two.id), 'a02D000000Sub01IAB']])
    });
    expect(
      element.shadowRoot!.querySelector(`li[data-id="${one.id}"] .match-chosen`)
    ).not.toBeNull();
    expect(
      element.shadowRoot!.querySelector(`li[data-id="${two.id}"] button.open-existing`)
    ).not.toBeNull();
  });

  it('renders nothing from missing input', () => {
    const element = mount({ matches: null, selectedId: undefined, flagged: null });
    expect(rows(element)).toHaveLength(0);
  });
});
