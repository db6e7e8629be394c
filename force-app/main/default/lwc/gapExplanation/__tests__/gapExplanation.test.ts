import { createElement } from 'lwc';
import GapExplanation from 'c/gapExplanation';
import type { ExplanationDisplay } from '../gapExplanation';

const text = {
  sharesHeading: 'Share of the score',
  pathHeading: 'Into the Top 10',
  pathIntro: 'Any one of:',
  inTopN: 'In the Top 10 now.',
  none: 'not enough alone',
  close: 'Close explanation'
};

function explanation(inTopN: boolean): ExplanationDisplay {
  return {
    gapId: 'G1',
    title: 'Why SSO is #12',
    sentence: '#12: 3rd by ARR, =5th by accounts',
    inTopN,
    shares: [
      { key: 'arr', label: 'Impacted ARR', share: 0.6, percent: 60, placeText: '3rd' },
      { key: 'accounts', label: 'Accounts', share: 0.4, percent: 40, placeText: '=5th' }
    ],
    path: [
      { key: 'arr', label: 'Impacted ARR', increase: 12000.5, money: true, reachable: true },
      { key: 'accounts', label: 'Accounts', increase: null, money: false, reachable: false }
    ]
  };
}

function mount(value: ExplanationDisplay | null): HTMLElement {
  const element = createElement('c-gap-explanation', { is: GapExplanation });
  Object.assign(element, { explanation: value, text });
  document.body.appendChild(element);
  return element;
}

describe('c-gap-explanation', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('shows the sentence, each share and each increase into the Top 10', async () => {
    const element = mount(explanation(false));
    const root = element.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).toBe('Why SSO is #12');
    expect(root.querySelector('.sentence')!.textContent).toBe('#12: 3rd by ARR, =5th by accounts');
    const shares = [...root.querySelectorAll('li.share')];
    expect(shares.map((li) => li.textContent!.trim())).toEqual([
      'Impacted ARR · 3rd',
      'Accounts · =5th'
    ]);
    expect((shares[0].querySelector('lightning-progress-bar') as any).value).toBe(60);
    const steps = [...root.querySelectorAll('li.step')];
    expect((steps[0].querySelector('lightning-formatted-number') as any).value).toBe(12000.5);
    expect((steps[0].querySelector('lightning-formatted-number') as any).formatStyle).toBe(
      'currency'
    );
    expect(steps[1].textContent).toBe('Accounts: not enough alone');
    await expect(element).toBeAccessible();
  });

  it('says a Top 10 gap is in, and renders nothing without an explanation', async () => {
    const element = mount(explanation(true));
    expect(element.shadowRoot!.querySelector('.in-top')!.textContent).toBe('In the Top 10 now.');
    expect(element.shadowRoot!.querySelector('li.step')).toBeNull();
    const empty = mount(null);
    expect(empty.shadowRoot!.querySelector('section')).toBeNull();
  });

  it('fires close', () => {
    const element = mount(explanation(false));
    const close = jest.fn();
    element.addEventListener('close', close);
    (element.shadowRoot!.querySelector('lightning-button-icon') as HTMLElement).click();
    expect(close).toHaveBeenCalledTimes(1);
  });
});
