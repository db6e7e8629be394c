import { createElement } from 'lwc';
// Relative: tsconfig lists the `c/` paths one by one and this child is not among them.
import GapScorePanelMerge from '../gapScorePanelMerge';

jest.mock('@salesforce/customPermission/Merge_Product_Gaps', () => ({ default: false }), {
  virtual: true
});

describe('c-gap-score-panel-merge without Merge_Product_Gaps', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('offers no merge control at all (no button to be refused later)', async () => {
    const element = createElement('c-gap-score-panel-merge', { is: GapScorePanelMerge });
    Object.assign(element, { gapId: 'a00D0000000g001IAA', gapName: 'SAML single logout' });
    document.body.appendChild(element);
    await Promise.resolve();
    expect(element.shadowRoot!.querySelector('.merge')).toBeNull();
    expect(element.shadowRoot!.querySelector('.merge-open')).toBeNull();
  });
});
