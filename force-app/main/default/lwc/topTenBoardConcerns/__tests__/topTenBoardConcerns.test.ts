import { labelText, mount as mountElement, unmountAll } from 'test-kit';
import TopTenBoardConcerns from '../topTenBoardConcerns';
import { concernsTarget } from '../concerns';

function mount(target?: unknown): HTMLElement {
  return mountElement(
    'c-top-ten-board-concerns',
    TopTenBoardConcerns,
    target === undefined ? {} : { target }
  );
}

afterEach(unmountAll);

describe('c-top-ten-board-concerns', () => {
  it('links to the configured channel in a new tab', async () => {
    const element = mount('https://acme.slack.com/archives/C0TOPTEN');
    const link = element.shadowRoot!.querySelector('a.concerns') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://acme.slack.com/archives/C0TOPTEN');
    expect(link.textContent).toBe('Concerns about this list?');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    await expect(element).toBeAccessible();
  });

  it('is hidden with the shipped label value (unset)', () => {
    expect(labelText('TopTen_Board_Concerns_Url')).toBe('none');
    expect(mount().shadowRoot!.querySelector('a')).toBeNull();
  });

  it.each([
    'none',
    '',
    'http://acme.slack.com/archives/C0TOPTEN',
    ['javascript', 'alert(1)'].join(':'),
    '/lightning/r/CollaborationGroup/0F9000000000001/view',
    'https://user:secret@acme.example.com/',
    'https://',
    null
  ])('is hidden for %p (not https)', (value) => {
    expect(mount(value).shadowRoot!.querySelector('a')).toBeNull();
  });
});

describe('concernsTarget', () => {
  it('keeps an https URL and trims spaces', () => {
    expect(concernsTarget('  https://acme.my.site.com/chatter/group ')).toBe(
      'https://acme.my.site.com/chatter/group'
    );
  });
  it('refuses an over-long URL', () => {
    expect(concernsTarget(`https://a.example.com/${'x'.repeat(2048)}`)).toBeNull();
  });
});
