import CustomerGapRow from 'c/customerGapRow';
import { flush, mount as mountComponent, navigateCalls, unmountAll } from 'test-kit';

type Row = HTMLElement & { row: unknown; busy: boolean; finish(): void };

const ROW = {
  id: 'a02D000000Sub01IAB',
  gapId: 'a00D0000008oWP8IAM',
  gapName: 'SAML single logout',
  rankText: '#3 in the Top 10',
  severity: 'P0 - Dealbreaker',
  status: 'In Progress',
  opportunityName: 'Acme renewal',
  flaggedOn: '3/4/2026, 9:15 AM',
  editable: true,
  githubUrl: null,
  githubState: null,
  editLabel: 'Change the severity for SAML single logout',
  withdrawLabel: 'Withdraw the submission for SAML single logout',
  confirmText: 'Withdraw your submission for SAML single logout?',
  severityLabel: 'New severity for SAML single logout'
};

const mount = (row: unknown = ROW) =>
  mountComponent<Row>('c-customer-gap-row', CustomerGapRow, { row });
const q = (element: Row, selector: string) => element.shadowRoot!.querySelector(selector);
async function click(element: Row, selector: string): Promise<void> {
  (q(element, selector) as HTMLElement).click();
  await flush();
}

describe('c-customer-gap-row', () => {
  afterEach(() => {
    unmountAll();
  });

  it('shows the gap and, for the submitter, Change severity and Withdraw', async () => {
    const element = mount();
    expect(q(element, '.severity')!.textContent).toBe('P0 - Dealbreaker');
    expect(q(element, '.created')!.textContent).toContain('3/4/2026, 9:15 AM');
    expect(q(element, 'button.edit')!.getAttribute('aria-label')).toBe(ROW.editLabel);
    await expect(element).toBeAccessible();
  });

  it("opens the gap's record page from its name, and nothing for a gap the user cannot see", async () => {
    const element = mount();
    await click(element, 'lightning-button.gap-name');
    expect(navigateCalls().at(-1)).toEqual({
      type: 'standard__recordPage',
      attributes: { recordId: ROW.gapId, objectApiName: 'Product_Gap__c', actionName: 'view' }
    });
    const calls = navigateCalls().length;
    const hidden = mount({ ...ROW, gapId: null });
    await click(hidden, 'lightning-button.gap-name');
    expect(navigateCalls()).toHaveLength(calls);
  });

  it('edits the severity in place and sends it; finish() closes the editor', async () => {
    const element = mount();
    const saves: unknown[] = [];
    element.addEventListener('save', (event) => saves.push((event as CustomEvent).detail));
    await click(element, 'button.edit');
    const group = q(element, 'lightning-radio-group.new-severity') as HTMLElement & {
      value: string;
    };
    expect(group.value).toBe('P0 - Dealbreaker');
    group.dispatchEvent(new CustomEvent('change', { detail: { value: 'P2 - Nice to Have' } }));
    await click(element, 'button.save');
    expect(saves).toEqual([{ id: ROW.id, severity: 'P2 - Nice to Have' }]);
    expect(q(element, '.editor')).not.toBeNull();
    element.finish();
    await flush();
    expect(q(element, '.editor')).toBeNull();
    await click(element, 'button.edit');
    await click(element, 'button.cancel');
    expect(q(element, '.editor')).toBeNull();
  });

  it('withdraws only after confirming, and not while a write runs', async () => {
    const element = mount();
    const withdrawals: unknown[] = [];
    element.addEventListener('withdraw', (event) =>
      withdrawals.push((event as CustomEvent).detail)
    );
    await click(element, 'button.withdraw');
    expect(q(element, '.confirm-text')!.textContent).toBe(ROW.confirmText);
    element.busy = true;
    await flush();
    (q(element, 'button.confirm-withdraw') as HTMLButtonElement).click();
    expect(withdrawals).toEqual([]);
    element.busy = false;
    await flush();
    await click(element, 'button.confirm-withdraw');
    expect(withdrawals).toEqual([{ id: ROW.id }]);
  });

  it('offers nothing to edit on another user’s submission, and renders nothing without a row', () => {
    const other = mount({ ...ROW, editable: false });
    expect(q(other, 'button.edit')).toBeNull();
    const empty = mount(null);
    expect(empty.shadowRoot!.children.length).toBe(0);
  });
});
