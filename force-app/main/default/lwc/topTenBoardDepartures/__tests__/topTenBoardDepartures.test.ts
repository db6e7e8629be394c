import { mount as mountElement, unmountAll } from 'test-kit';
import TopTenBoardDepartures from 'c/topTenBoardDepartures';

function mount(props: Record<string, unknown>): HTMLElement {
  return mountElement('c-top-ten-board-departures', TopTenBoardDepartures, props);
}
const items = (element: HTMLElement) =>
  [...element.shadowRoot!.querySelectorAll('li.departure')].map((item) => [
    item.querySelector('.departure-name')!.textContent,
    item.getAttribute('data-reason'),
    item.querySelector('.departure-reason')!.textContent
  ]);

describe('c-top-ten-board-departures', () => {
  afterEach(unmountAll);

  it('shows the reasons recorded at publish, whatever the reader may read', async () => {
    const element = mount({
      recorded: [
        {
          gapId: 'a00D000000Gap01',
          name: 'SCIM provisioning',
          rank: 8,
          kind: 'done',
          survivorName: null,
          note: null
        },
        {
          gapId: 'a00D000000Gap02',
          name: 'Duplicate SSO logout',
          rank: 10,
          kind: 'merged',
          survivorName: 'SAML single logout',
          note: null
        }
      ],
      departed: []
    });
    expect(items(element)).toEqual([
      ['SCIM provisioning', 'done', 'Resolved (Done)'],
      ['Duplicate SSO logout', 'merged', 'Merged into SAML single logout']
    ]);
    expect(element.shadowRoot!.querySelector('.not-recorded')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says plainly that an older revision did not record the reasons', () => {
    const element = mount({
      recorded: null,
      departed: [{ id: 'a02D000000Ent01', rank: 6, gapName: 'Offline mobile edits' }]
    });
    expect(items(element)).toEqual([
      ['Offline mobile edits', 'notRecorded', 'Reason not recorded']
    ]);
    expect(element.shadowRoot!.querySelector('.not-recorded')!.textContent).toBe(
      'This revision was published before the board recorded why gaps leave, so the reasons are not known.'
    );
  });

  it('says no gap left when none did, also for bad input', () => {
    for (const props of [
      { recorded: [], departed: [] },
      { recorded: null, departed: null }
    ]) {
      const element = mount(props);
      expect(items(element)).toEqual([]);
      expect(element.shadowRoot!.querySelector('.no-departures')!.textContent).toBe(
        'No gap left the list since the previous revision.'
      );
    }
  });
});
