import { executeMutation } from 'lightning/graphql';
import { cloneFixture, flush, mount, unmountAll } from 'test-kit';
import TopTenBoard from 'c/topTenBoard';
import revisionsData from './data/revisions.json';
import { boardWire as adapter, to } from './wire';
// The reader is a Manager here; the reader without the permission is covered by c-entry-alignment.
jest.mock('@salesforce/customPermission/Edit_Top_10_Alignment', () => ({ default: true }), {
  virtual: true
});

const mutate = executeMutation as unknown as jest.Mock;
type Json = Record<string, any>;
const clone = cloneFixture;

/** The fixture with GitHub state and alignment on the current revision's first entry. */
function aligned(): Json {
  const data = clone(revisionsData) as Json;
  const entry = data.uiapi.query.Top_Ten_Revision__c.edges[0].node.Entries__r.edges[0].node;
  Object.assign(entry, {
    GitHub_State__c: { value: 'Closed - Completed' },
    GitHub_Milestone__c: { value: '2027.1' },
    Roadmap_Status__c: { value: 'Planned' },
    Target_Quarter__c: { value: '2027-Q1' },
    Owning_PM__c: { value: '005D000000Pm001IAB' },
    Owning_PM__r: { Name: { value: 'Priya PM' } },
    Alignment_Note__c: { value: 'Agreed in the Q4 review' }
  });
  return data;
}

async function loaded(data: Json): Promise<HTMLElement> {
  const element = mount('c-top-ten-board', TopTenBoard);
  await flush();
  adapter.emit(clone(data), to('TopTenRevisions'));
  await flush();
  return element;
}
const rows = (element: HTMLElement) => [
  ...element
    .shadowRoot!.querySelector('c-top-ten-board-table')!
    .shadowRoot!.querySelectorAll('tr.entry')
];
const inChild = (row: Element, child: string, selector: string) =>
  row.querySelector(child)?.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? null;

describe('c-top-ten-board: GitHub state and roadmap alignment', () => {
  afterEach(() => {
    unmountAll();
    mutate.mockReset();
  });

  it("shows each entry's GitHub state from the entry's copy and its alignment", async () => {
    const element = await loaded(aligned());
    const [first, second] = rows(element);
    expect(inChild(first, 'c-github-status', '.state')).toBe('Closed - Completed');
    expect(inChild(first, 'c-github-status', '.milestone')).toBe('Milestone: 2027.1');
    // Leadership cannot read gaps: the board never marks "resolved, gap still open".
    expect(inChild(first, 'c-github-status', '.resolved-open')).toBeNull();
    expect(inChild(first, 'c-entry-alignment', '.roadmap-status')).toBe('Planned');
    expect(inChild(first, 'c-entry-alignment', '.target-quarter')).toBe('2027-Q1');
    expect(inChild(first, 'c-entry-alignment', '.owning-pm')).toBe('Priya PM');
    expect(inChild(second, 'c-entry-alignment', '.none')).toBe('No roadmap decision yet');
    expect(
      first.querySelector('c-entry-alignment')!.shadowRoot!.querySelector('.edit')
    ).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('lets a Manager edit an entry and reads the revisions again after the save', async () => {
    mutate.mockResolvedValue({ data: { uiapi: {} } });
    const element = await loaded(aligned());
    const child = rows(element)[1].querySelector('c-entry-alignment')!;
    (child.shadowRoot!.querySelector('.edit') as HTMLElement).click();
    await flush();
    child
      .shadowRoot!.querySelector('.roadmap-status-input')!
      .dispatchEvent(new CustomEvent('change', { detail: { value: 'Under Review' } }));
    (child.shadowRoot!.querySelector('.save') as HTMLElement).click();
    await flush();
    expect(mutate).toHaveBeenCalledWith(
      expect.objectContaining({
        operationName: 'UpdateEntryAlignment',
        variables: expect.objectContaining({ Roadmap_Status__c: 'Under Review' })
      })
    );
    expect(child.shadowRoot!.querySelector('.roadmap-status')!.textContent).toBe('Under Review');
  });

  it('shows no concerns link while the label is unset', async () => {
    const element = await loaded(aligned());
    const concerns = element.shadowRoot!.querySelector('c-top-ten-board-concerns')!;
    expect(concerns).not.toBeNull();
    expect(concerns.shadowRoot!.querySelector('a')).toBeNull();
  });
});
