import { executeMutation } from 'lightning/graphql';
import EntryAlignmentView from '../entryAlignment';
import { flush, labelText, mount as mountComponent } from 'test-kit';

jest.mock('@salesforce/user/Id', () => ({ default: '005D000000Usr01IAB' }), { virtual: true });

const mutate = executeMutation as unknown as jest.Mock;
const ENTRY = 'a04D0000003DUhcIAG';
const ALIGNED = {
  roadmapStatus: 'Planned',
  targetQuarter: '2027-Q1',
  owningPmId: '005D000000Pm001IAB',
  owningPmName: 'Priya PM',
  note: 'Agreed in the Q4 review'
};

function mount(props: Record<string, unknown>): HTMLElement {
  const element = mountComponent('c-entry-alignment', EntryAlignmentView, {
    entryId: ENTRY,
    gapName: 'SAML logout',
    ...props
  });
  return element;
}
const $ = (element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector(selector) as any;

function change(element: HTMLElement, selector: string, detail: Record<string, unknown>) {
  $(element, selector).dispatchEvent(new CustomEvent('change', { detail }));
}

afterEach(() => {
  document.body.replaceChildren();
  mutate.mockReset();
});

describe('c-entry-alignment', () => {
  it('shows status, quarter, owning PM and note to every reader, without an edit button', async () => {
    const element = mount({ alignment: ALIGNED });
    expect($(element, '.roadmap-status').textContent).toBe('Planned');
    expect($(element, '.target-quarter').textContent).toBe('2027-Q1');
    expect($(element, '.owning-pm').textContent).toBe('Priya PM');
    expect($(element, '.alignment-note').textContent).toBe('Agreed in the Q4 review');
    expect($(element, '.edit')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says no decision yet when nothing is recorded (empty)', () => {
    for (const alignment of [
      null,
      undefined,
      { ...ALIGNED, roadmapStatus: null, targetQuarter: null, owningPmName: null, note: null }
    ]) {
      const element = mount({ alignment });
      expect($(element, '.none').textContent).toBe(labelText('Entry_Alignment_None'));
    }
  });

  it('lets a Manager edit and save the four fields', async () => {
    mutate.mockResolvedValue({ data: { uiapi: {} } });
    const element = mount({ alignment: ALIGNED, canEdit: true });
    const saved = jest.fn();
    element.addEventListener('saved', saved);
    $(element, '.edit').click();
    await flush();
    change(element, '.roadmap-status-input', { value: 'In Progress' });
    change(element, '.target-quarter-input', { value: '2027-Q2' });
    change(element, '.owner-input', { id: '005D000000Usr01IAB', name: 'Ada Abara' });
    change(element, '.note-input', { value: 'Moved up' });
    await flush();
    $(element, '.save').click();
    await flush();
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(mutate.mock.calls[0][0].variables).toEqual({
      Id: ENTRY,
      Roadmap_Status__c: 'In Progress',
      Target_Quarter__c: '2027-Q2',
      Owning_PM__c: '005D000000Usr01IAB',
      Alignment_Note__c: 'Moved up'
    });
    expect(saved).toHaveBeenCalledTimes(1);
    expect($(element, '.roadmap-status').textContent).toBe('In Progress');
    expect($(element, '.target-quarter').textContent).toBe('2027-Q2');
    expect($(element, '.owning-pm').textContent).toBe('Ada Abara');
    await expect(element).toBeAccessible();
  });

  it('clears the owning PM when the picker removes them', async () => {
    mutate.mockResolvedValue({ data: { uiapi: {} } });
    const element = mount({ alignment: ALIGNED, canEdit: true });
    $(element, '.edit').click();
    await flush();
    expect($(element, '.owner-input').userName).toBe('Priya PM');
    change(element, '.owner-input', { id: null, name: null });
    $(element, '.save').click();
    await flush();
    expect(mutate.mock.calls[0][0].variables.Owning_PM__c).toBeNull();
    expect($(element, '.owning-pm')).toBeNull();
  });

  it('refuses a badly written quarter before sending (error)', async () => {
    const element = mount({ alignment: ALIGNED, canEdit: true });
    $(element, '.edit').click();
    await flush();
    change(element, '.target-quarter-input', { value: 'Q2 2027' });
    $(element, '.save').click();
    await flush();
    expect(mutate).not.toHaveBeenCalled();
    expect($(element, 'c-error-panel')).not.toBeNull();
    expect($(element, 'c-error-panel').errors).toEqual([
      { message: 'Write the target quarter like 2027-Q1.' }
    ]);
    await expect(element).toBeAccessible();
  });

  it('keeps the editor open with a no-access error when the save is refused', async () => {
    mutate.mockResolvedValue({
      errors: [
        { message: 'INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id' }
      ]
    });
    const element = mount({ alignment: ALIGNED, canEdit: true });
    const saved = jest.fn();
    element.addEventListener('saved', saved);
    $(element, '.edit').click();
    await flush();
    $(element, '.save').click();
    await flush();
    expect(saved).not.toHaveBeenCalled();
    expect($(element, '.editor')).not.toBeNull();
    expect($(element, 'c-error-panel').friendlyMessage).toBe(
      labelText('Entry_Alignment_Save_Error')
    );
  });

  it('cancel leaves the shown alignment unchanged', async () => {
    const element = mount({ alignment: ALIGNED, canEdit: true });
    $(element, '.edit').click();
    await flush();
    change(element, '.roadmap-status-input', { value: 'Shipped' });
    $(element, '.cancel').click();
    await flush();
    expect($(element, '.roadmap-status').textContent).toBe('Planned');
    expect(mutate).not.toHaveBeenCalled();
  });
});
