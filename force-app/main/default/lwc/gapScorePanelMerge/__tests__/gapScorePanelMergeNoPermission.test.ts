// Relative: tsconfig lists the `c/` paths one by one and this child is not among them.
import GapScorePanelMerge from '../gapScorePanelMerge';
import { mount as mountComponent, unmountAll } from 'test-kit';

jest.mock('@salesforce/customPermission/Merge_Product_Gaps', () => ({ default: false }), {
  virtual: true
});

describe('c-gap-score-panel-merge without Merge_Product_Gaps', () => {
  afterEach(() => {
    unmountAll();
  });

  it('offers no merge control at all (no button to be refused later)', async () => {
    const element = mountComponent('c-gap-score-panel-merge', GapScorePanelMerge, {
      gapId: 'a00D0000000g001IAA',
      gapName: 'SAML single logout'
    });
    await Promise.resolve();
    expect(element.shadowRoot!.querySelector('.merge')).toBeNull();
    expect(element.shadowRoot!.querySelector('.merge-open')).toBeNull();
  });
});
