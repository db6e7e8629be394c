import { formatLabel } from 'c/format';
import { labelText, mount as mountComponent, shadowText as text, unmountAll } from 'test-kit';
import GithubStatus from '../githubStatus';
import { githubLinkKind, githubLinkNumber, resolvedButOpen } from '../status';

const ISSUE = 'https://github.com/acme/platform/issues/42';
const PULL = 'https://github.com/acme/platform/pull/7';

const mount = (props: Record<string, unknown>) =>
  mountComponent('c-github-status', GithubStatus, props);

afterEach(unmountAll);

describe('c-github-status', () => {
  it('shows an issue link with its synced state and milestone', async () => {
    const element = mount({ url: ISSUE, state: 'Open', milestone: '2027.1' });
    const link = element.shadowRoot!.querySelector('a.github-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(ISSUE);
    expect(link.textContent).toBe(
      formatLabel(labelText('GitHub_Status_Numbered'), labelText('GitHub_Status_Issue'), '42')
    );
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text(element, '.state')).toBe('Open');
    expect(text(element, '.milestone')).toBe(
      formatLabel(labelText('GitHub_Status_Milestone'), '2027.1')
    );
    await expect(element).toBeAccessible();
  });

  it('names the link after the gap it belongs to, for screen readers', () => {
    const element = mount({ url: ISSUE, state: 'Open', subject: 'SAML single logout' });
    expect(element.shadowRoot!.querySelector('a.github-link')!.getAttribute('aria-label')).toBe(
      formatLabel(
        labelText('GitHub_Status_Link'),
        formatLabel(labelText('GitHub_Status_Numbered'), labelText('GitHub_Status_Issue'), '42'),
        'SAML single logout'
      )
    );
  });

  it('labels a pull-request link as a pull request and shows Merged', () => {
    const element = mount({ url: PULL, state: 'Merged' });
    expect(text(element, 'a.github-link')).toBe(
      formatLabel(labelText('GitHub_Status_Numbered'), labelText('GitHub_Status_Pull'), '7')
    );
    expect(text(element, '.state')).toBe('Merged');
    expect(element.shadowRoot!.querySelector('.state')!.className).toContain('slds-theme_success');
  });

  it('shows a discussion link as not synced', async () => {
    const element = mount({ url: 'https://github.com/acme/platform/discussions/3', state: null });
    expect(text(element, 'a.github-link')).toBe(
      formatLabel(labelText('GitHub_Status_Numbered'), labelText('GitHub_Status_Discussion'), '3')
    );
    expect(text(element, '.state')).toBe(labelText('GitHub_Status_Not_Synced'));
    await expect(element).toBeAccessible();
  });

  it('renders nothing without a link (empty)', () => {
    const element = mount({ url: null, state: 'Open' });
    expect(element.shadowRoot!.querySelector('.github-status')).toBeNull();
  });

  it('renders nothing for a bad or look-alike link (error)', () => {
    for (const url of [
      ['javascript', 'alert(1)'].join(':'),
      'https://github.com.evil.io/a/b/issues/1',
      'http://github.com/a/b/issues/1'
    ]) {
      const element = mount({ url, state: 'Open' });
      expect(element.shadowRoot!.querySelector('a')).toBeNull();
    }
  });

  it('shows not synced when the state field cannot be read (no access)', () => {
    const element = mount({ url: ISSUE, state: undefined });
    expect(text(element, '.state')).toBe(labelText('GitHub_Status_Not_Synced'));
  });

  it('marks an issue closed as completed while the gap is open, for the TPM', async () => {
    const element = mount({ url: ISSUE, state: 'Closed - Completed', gapStatus: 'In Progress' });
    expect(text(element, '.resolved-open')).toBe(labelText('GitHub_Status_Resolved_Open'));
    await expect(element).toBeAccessible();
  });

  it('does not mark a done gap, a not-planned close or a reader without the gap status', () => {
    expect(
      mount({
        url: ISSUE,
        state: 'Closed - Completed',
        gapStatus: 'Done'
      }).shadowRoot!.querySelector('.resolved-open')
    ).toBeNull();
    expect(
      mount({
        url: ISSUE,
        state: 'Closed - Not Planned',
        gapStatus: 'Open'
      }).shadowRoot!.querySelector('.resolved-open')
    ).toBeNull();
    expect(
      mount({ url: ISSUE, state: 'Closed - Completed' }).shadowRoot!.querySelector('.resolved-open')
    ).toBeNull();
  });
});

describe('status', () => {
  it('tells the kind of a link', () => {
    expect(githubLinkKind(ISSUE)).toBe('issue');
    expect(githubLinkKind(PULL)).toBe('pull');
    expect(githubLinkKind('https://github.com/a/b/discussions/1')).toBe('discussion');
    expect(githubLinkKind('https://gitlab.com/a/b/issues/1')).toBeNull();
    expect(githubLinkKind(42)).toBeNull();
  });
  it('reads the number of a link so it reads "Pull request #7"', () => {
    expect(githubLinkNumber(PULL)).toBe('7');
    expect(githubLinkNumber(ISSUE)).toBe('42');
    expect(githubLinkNumber('https://gitlab.com/a/b/issues/1')).toBeNull();
    expect(githubLinkNumber(undefined)).toBeNull();
  });
  it('resolved-but-open needs a resolved state and an open gap', () => {
    expect(resolvedButOpen('Merged', 'Open')).toBe(true);
    expect(resolvedButOpen('Closed - Duplicate', 'Open')).toBe(false);
    expect(resolvedButOpen(null, 'Open')).toBe(false);
    expect(resolvedButOpen('Closed - Completed', "Won't Do")).toBe(false);
  });
});
