import GapScorePanelResolved from 'c/gapScorePanelResolved';
import { flush, mount } from 'test-kit';

jest.mock('@salesforce/customPermission/Merge_Product_Gaps', () => ({ default: false }), {
  virtual: true
});

describe('c-gap-score-panel-resolved for a user who may not edit gaps', () => {
  it('offers no Set Done, even for a gap resolved on GitHub', async () => {
    const element = mount('c-gap-score-panel-resolved', GapScorePanelResolved, {
      gapId: 'a00D0000000g001IAA',
      gapName: 'SAML',
      githubState: 'Closed - Completed',
      status: 'Open'
    });
    await flush();
    expect(element.shadowRoot!.querySelector('.set-done')).toBeNull();
    expect(element.shadowRoot!.querySelector('.resolved')).toBeNull();
  });
});
