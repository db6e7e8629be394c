import TopTenCurationConfirm from 'c/topTenCurationConfirm';
import { graphql } from 'lightning/graphql';
import { publishTopTen } from 'c/gapData';
import { DEFAULT_WEIGHTS } from 'c/gapRanking';
import { gapId } from '../../topTenPublishing/__tests__/fixtures';
import {
  announcement,
  changeValue,
  child,
  comparison,
  comparisonRoot,
  details,
  editorButton,
  editorNames,
  flush,
  focusedControl,
  inEntries,
  linkInput,
  openDetails,
  addRoot,
  publishButton,
  publishRoot,
  rationaleInput,
  entryRoot,
  mount,
  revisionView,
  root,
  rows
} from './testKit';
import { formatDateTime } from 'c/format';
import { unmountAll } from 'test-kit';
import entryGaps from './data/entryGaps.json';
import competingRevision from './data/competingRevision.json';

jest.mock('c/gapData', () => ({ ...jest.requireActual('c/gapData'), publishTopTen: jest.fn() }));
jest.mock('@salesforce/user/Id', () => ({ default: '005000000000001AAA' }), { virtual: true });

const publish = publishTopTen as jest.MockedFunction<typeof publishTopTen>;
const STORAGE_KEY = 'gtmProductGaps.topTenDraft.005000000000001AAA';

type Config = { variables?: Record<string, unknown> };
const emitEntryGaps = (data: unknown) =>
  (graphql as unknown as { emit: (v: unknown, f: (c: Config) => boolean) => void }).emit(
    data,
    (config) => Array.isArray(config?.variables?.gapIds)
  );
const emitCompeting = (data: unknown) =>
  (graphql as unknown as { emit: (v: unknown, f: (c: Config) => boolean) => void }).emit(
    data,
    (config) => typeof config?.variables?.key === 'string'
  );

function curation(props: Record<string, unknown> = {}) {
  return mount({
    ranking: rows(14),
    gapMetrics: details(14),
    method: 'borda',
    weights: DEFAULT_WEIGHTS,
    revision: null,
    ...props
  });
}

// The confirmation is a LightningModal: open() resolves with what the person chose.
const openConfirm = TopTenCurationConfirm.open as unknown as jest.Mock;

async function confirmPublish(element: HTMLElement): Promise<void> {
  openConfirm.mockResolvedValueOnce('publish');
  publishButton(element).click();
  await flush();
}

describe('c-top-ten-curation', () => {
  beforeEach(() => {
    localStorage.clear();
    publish.mockReset();
  });
  afterEach(unmountAll);

  describe('comparison', () => {
    it('shows every proposed entry as new before the first publish', async () => {
      const element = curation();
      await flush();
      expect(root(element).querySelector('.published-summary')!.textContent).toBe(
        'No Top 10 has been published yet: every proposed entry is new.'
      );
      const lines = comparison(element);
      expect(lines).toHaveLength(10);
      expect(lines[0]).toEqual(['new', 'Gap 1', '#1', '—']);
      await expect(element).toBeAccessible();
    });

    it('tells new, up, down, dropped and resolved entries, with a replacement to accept', async () => {
      // Published: 3, 1, 20 (now Done), 2, 12 — the ranking now says 1, 2, 3, ...
      const element = curation({ revision: revisionView([3, 1, 20, 2, 12]) });
      await flush();
      emitEntryGaps(entryGaps);
      await flush();
      const lines = comparison(element);
      expect(lines.slice(0, 4)).toEqual([
        ['up', 'Gap 1', '#1', '#2'],
        ['up', 'Gap 2', '#2', '#4'],
        ['down', 'Gap 3', '#3', '#1'],
        ['new', 'Gap 4', '#4', '—']
      ]);
      expect(lines.slice(10)).toEqual([
        ['resolved', 'SAML single logout', '—', '#3'],
        ['dropped', 'Gap 12', '—', '#5']
      ]);
      const resolved = comparisonRoot(element).querySelector('tr.kind-resolved')!;
      expect(resolved.querySelector('.change')!.textContent).toBe('Done');
      const accept = resolved.querySelector<HTMLButtonElement>('button.accept')!;
      expect(accept.dataset.gapId).toBe(gapId(4));
      await expect(element).toBeAccessible();

      accept.click();
      await flush();
      expect(editorNames(element)[2]).toBe('Gap 4');
      const after = comparisonRoot(element).querySelector('tr.kind-resolved')!;
      expect(after.querySelector('button.accept')).toBeNull();
      expect(after.querySelector('.accepted')!.textContent).toBe('Accepted');
      expect(announcement(element)).toBe('Gap 4 replaces SAML single logout at position 3.');
    });

    it('says there is nothing to propose when no gap is open', async () => {
      const element = curation({ ranking: [] });
      await flush();
      expect(root(element).querySelector('.empty')!.textContent).toBe(
        'There are no open gaps to propose.'
      );
      expect(child(element, 'c-top-ten-curation-editor')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('shows why the published gaps could not be checked', async () => {
      const element = curation({ revision: revisionView([1, 2]) });
      await flush();
      (graphql as unknown as { emitErrors: (e: unknown) => void }).emitErrors([
        { message: "Validation error of type FieldUndefined: Field 'Status__c' is undefined" }
      ]);
      await flush();
      expect(root(element).querySelector('.entry-gaps-error c-error-panel')).not.toBeNull();
      await expect(element).toBeAccessible();
    });
  });

  describe('curation', () => {
    it('moves an entry down and up by keyboard, keeping the focus on it and announcing it', async () => {
      const element = curation();
      await flush();
      const down = editorButton(element, 2, 'down');
      down.focus();
      down.click();
      await flush();
      expect(editorNames(element).slice(0, 3)).toEqual(['Gap 1', 'Gap 3', 'Gap 2']);
      expect(focusedControl(element)).toMatchObject({
        gapId: gapId(2),
        action: 'down'
      });
      expect(announcement(element)).toBe('Gap 2 moved to position 3 of 10.');
      expect(inEntries(element, '.pinned-badge')).toHaveLength(1);

      editorButton(element, 2, 'up').click();
      await flush();
      editorButton(element, 2, 'up').click();
      await flush();
      expect(editorNames(element).slice(0, 3)).toEqual(['Gap 2', 'Gap 1', 'Gap 3']);
      expect(editorButton(element, 2, 'up').disabled).toBe(true);
      // At the top the up button is disabled: the focus stays on the entry, on its down button.
      expect(focusedControl(element).action).toBe('down');
      await expect(element).toBeAccessible();
    });

    it('adds a gap found by search, and removes one', async () => {
      const element = curation();
      await flush();
      const editor = addRoot(element);
      const search = editor.querySelector<HTMLInputElement>('input.add-search')!;
      search.value = 'Gap 13';
      search.dispatchEvent(new CustomEvent('input'));
      await flush();
      const pick = editor.querySelector('lightning-combobox.add-pick') as any;
      expect(pick.placeholder).toBe('Choose a gap');
      expect(pick.options.map((o: { label: string }) => o.label)).toEqual(['#13 Gap 13']);
      expect(pick.value).toBe(gapId(13));
      (editor.querySelector('lightning-button.add-button') as HTMLElement).click();
      await flush();
      expect(editorNames(element)).toHaveLength(10);
      expect(editorNames(element)).toContain('Gap 13');
      expect(editorNames(element)).not.toContain('Gap 10');
      expect(inEntries(element, '.added-badge')).toHaveLength(1);

      editorButton(element, 13, 'remove').click();
      await flush();
      expect(editorNames(element)).not.toContain('Gap 13');
      expect(editorNames(element)).toContain('Gap 10');
      expect(announcement(element)).toBe('Gap 13 removed from the proposed Top 10.');
      await expect(element).toBeAccessible();
    });

    it('says why an add is refused when every place is pinned or added by hand', async () => {
      localStorage.setItem(
        STORAGE_KEY,
        JSON.stringify({
          version: 1,
          baseRevisionId: null,
          pins: Array.from({ length: 10 }, (_, i) => ({ gapId: gapId(i + 1), rank: i + 1 })),
          added: [],
          removed: [],
          links: {},
          rationales: {},
          notes: ''
        })
      );
      const element = curation();
      await flush();
      const editor = addRoot(element);
      const pick = editor.querySelector('lightning-combobox.add-pick')!;
      pick.dispatchEvent(new CustomEvent('change', { detail: { value: gapId(12) } }));
      await flush();
      (editor.querySelector('lightning-button.add-button') as HTMLElement).click();
      await flush();
      expect(editorNames(element)).not.toContain('Gap 12');
      expect(announcement(element)).toBe(
        'Every place is pinned or added by hand: remove or unpin an entry first.'
      );
    });

    it('pins and unpins an entry', async () => {
      const element = curation();
      await flush();
      const pin = editorButton(element, 5, 'pin');
      expect(pin.getAttribute('aria-label')).toBe('Pin Gap 5 at position 5');
      pin.click();
      await flush();
      expect(inEntries(element, '.pinned-badge')).toHaveLength(1);
      expect(editorButton(element, 5, 'pin').getAttribute('aria-label')).toBe('Unpin Gap 5');
      editorButton(element, 5, 'pin').click();
      await flush();
      expect(inEntries(element, '.pinned-badge')).toHaveLength(0);
    });

    it('validates the GitHub link as the org does and blocks publishing until it is fixed', async () => {
      const element = curation();
      await flush();
      await openDetails(element, 1);
      const input = () => linkInput(element, 1);
      changeValue(input(), 'https://github.com.evil.io/acme/app/issues/1');
      await flush();
      expect(input().getAttribute('aria-invalid')).toBe('true');
      expect(entryRoot(element, 1).querySelector('.link-error')!.textContent).toBe(
        'Use a link like https://github.com/owner/repo/issues/123 (issues, pull or discussions), or leave it empty.'
      );
      expect(publishButton(element).disabled).toBe(true);
      expect(root(element).querySelector('.invalid-links')).not.toBeNull();
      await expect(element).toBeAccessible();

      changeValue(input(), 'https://github.com/acme/app/issues/1');
      await flush();
      expect(input().getAttribute('aria-invalid')).toBe('false');
      expect(publishButton(element).disabled).toBe(false);
    });

    it('keeps rationale, links and notes across a reload', async () => {
      const first = curation();
      await flush();
      await openDetails(first, 2);
      changeValue(rationaleInput(first, 2), 'Blocks three renewals');
      changeValue(
        root(first).querySelector<HTMLInputElement>('lightning-textarea.notes')!,
        'Q4 review'
      );
      editorButton(first, 4, 'up').click();
      await flush();
      document.body.removeChild(first);

      const again = curation();
      await flush();
      expect(editorNames(again).slice(2, 4)).toEqual(['Gap 4', 'Gap 3']);
      await openDetails(again, 2);
      expect(rationaleInput(again, 2).value).toBe('Blocks three renewals');
      expect(root(again).querySelector<HTMLInputElement>('lightning-textarea.notes')!.value).toBe(
        'Q4 review'
      );
    });

    it('flags a restored draft built on an older revision, and continues on the current one', async () => {
      const stale = JSON.stringify({
        version: 1,
        baseRevisionId: 'a02000000000009AAA',
        pins: [],
        added: [],
        removed: [gapId(1)],
        links: {},
        rationales: {},
        notes: ''
      });
      localStorage.setItem(STORAGE_KEY, stale);
      const element = curation({ revision: revisionView([1, 2]) });
      await flush();
      expect(root(element).querySelector('.stale-draft')).not.toBeNull();
      expect(editorNames(element)).not.toContain('Gap 1');
      await expect(element).toBeAccessible();
      (child(element, 'lightning-button.rebase') as HTMLElement).click();
      await flush();
      expect(root(element).querySelector('.stale-draft')).toBeNull();
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).baseRevisionId).toBe(
        'a02000000000001AAA'
      );
    });

    it('discards the draft on request', async () => {
      const element = curation();
      await flush();
      editorButton(element, 3, 'remove').click();
      await flush();
      (publishRoot(element).querySelector('lightning-button.discard') as HTMLElement).click();
      await flush();
      expect(editorNames(element)).toContain('Gap 3');
      expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    });
  });

  describe('publishing', () => {
    it('asks for confirmation in an accessible dialog, and cancelling sends nothing', async () => {
      const element = curation();
      await flush();
      openConfirm.mockClear();
      // Escape or the close button dismiss the modal: open() resolves undefined.
      openConfirm.mockResolvedValueOnce(undefined);
      publishButton(element).click();
      await flush();
      expect(openConfirm).toHaveBeenCalledTimes(1);
      const config = openConfirm.mock.calls[0][0];
      expect(config).toMatchObject({ size: 'small', label: 'Publish this Top 10?' });
      expect(config.body).toMatch(
        /^10 entries will be published with the .+ method\. Leadership sees them at once/
      );
      expect(config.entries).toHaveLength(10);
      expect(config.entries[0]).toEqual({
        gapId: expect.any(String),
        rank: 1,
        name: expect.any(String),
        pinned: false
      });
      await expect(element).toBeAccessible();
      expect(publish).not.toHaveBeenCalled();
    });

    it('publishes the list with its snapshot, method and weights, then clears the draft', async () => {
      publish.mockResolvedValue({
        ok: true,
        value: { revisionId: 'a02000000000003AAA', publishedAt: '2026-11-27T10:00:00Z' }
      });
      const element = curation({ revision: revisionView([1, 2]) });
      const toasts: CustomEvent[] = [];
      const published: CustomEvent[] = [];
      element.addEventListener('lightning__showtoast', (e) => toasts.push(e as CustomEvent));
      element.addEventListener('published', (e) => published.push(e as CustomEvent));
      await flush();
      await openDetails(element, 1);
      changeValue(linkInput(element, 1), 'https://github.com/acme/app/issues/7');
      changeValue(rationaleInput(element, 1), 'Top ask of strategic accounts');
      changeValue(
        root(element).querySelector<HTMLInputElement>('lightning-textarea.notes')!,
        'Q4 review'
      );
      editorButton(element, 2, 'up').click();
      await flush();
      await confirmPublish(element);

      expect(publish).toHaveBeenCalledTimes(1);
      const request = publish.mock.calls[0][0];
      expect(request).toMatchObject({
        basedOnRevisionId: 'a02000000000001AAA',
        method: 'borda',
        weights: DEFAULT_WEIGHTS,
        notes: 'Q4 review'
      });
      expect(request.entries).toHaveLength(10);
      expect(request.entries[0]).toEqual({
        rank: 1,
        gapId: gapId(2),
        githubUrl: null,
        pinned: true,
        // No text of the TPM: the rationale is generated from the current ranking (computed #2).
        rationale: '#2: 2nd by ARR, 2nd by accounts, =1st strategic, =1st P0',
        gapName: 'Gap 2',
        gapStatus: 'Open',
        productArea: 'Search',
        score: 0.98,
        confidence: 0.5,
        impactedArr: 28000,
        openArr: 16800,
        wonArr: 8400,
        lostArr: 2800,
        impactedTam: 0,
        impactedAccounts: 28,
        strategicAccounts: 3,
        p0Accounts: 2,
        p1Accounts: 5,
        p2Accounts: 1
      });
      expect(request.entries[1]).toMatchObject({
        rank: 2,
        gapId: gapId(1),
        githubUrl: 'https://github.com/acme/app/issues/7',
        rationale: 'Top ask of strategic accounts',
        pinned: false
      });
      expect(toasts).toHaveLength(1);
      expect(toasts[0].detail).toMatchObject({
        variant: 'success',
        title: 'Top 10 published'
      });
      expect(published.map((e) => e.detail)).toEqual(['a02000000000003AAA']);
      expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
      expect(editorNames(element).slice(0, 2)).toEqual(['Gap 1', 'Gap 2']);
      await expect(element).toBeAccessible();
    });

    it('refuses a stale publish with who published and when, and keeps the draft', async () => {
      publish.mockResolvedValue({
        ok: false,
        kind: 'stale',
        messages: ['duplicate value found: Supersedes_Key__c'],
        competing: null,
        lookup: {
          operationName: 'RevisionBySupersedesKey',
          query: 'query',
          variables: { key: 'a02000000000001AAA' }
        }
      });
      const element = curation({ revision: revisionView([1, 2]) });
      const published = jest.fn();
      element.addEventListener('published', published);
      await flush();
      editorButton(element, 3, 'remove').click();
      await flush();
      await confirmPublish(element);
      const refusal = () => publishRoot(element).querySelector('.refusal')!.textContent;
      expect(refusal()).toBe(
        'Not published: someone published a new Top 10 while you were curating. Your draft is kept; reload the page to see their list, then publish again.'
      );

      emitCompeting(competingRevision);
      await flush();
      expect(refusal()).toBe(
        `Not published: Rival TPM published a new Top 10 on ${formatDateTime('2026-11-27T09:30:00.000Z')} while you were curating. Your draft is kept; reload the page to see their list, then publish again.`
      );
      expect(editorNames(element)).not.toContain('Gap 3');
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).removed).toEqual([gapId(3)]);
      expect(published).not.toHaveBeenCalled();
      await expect(element).toBeAccessible();
    });

    it('records why the TPM removed a published gap, as typed on its comparison line', async () => {
      publish.mockResolvedValue({
        ok: true,
        value: { revisionId: 'a02000000000003AAA', publishedAt: '2026-11-27T10:00:00Z' }
      });
      const element = curation({ revision: revisionView([1, 2, 3]) });
      await flush();
      editorButton(element, 3, 'remove').click();
      await flush();
      const reason = comparisonRoot(element).querySelector<HTMLInputElement>(
        'tr.reason-row input.reason-input'
      )!;
      // The focus goes from the removed entry straight to its reason: type, or Tab on.
      expect(comparisonRoot(element).activeElement).toBe(reason);
      expect(reason.getAttribute('aria-label')).toBe(
        'Reason (optional): why Gap 3 left the Top 10, shown on the board'
      );
      reason.value = 'Moved to the Q1 compliance plan';
      reason.dispatchEvent(new CustomEvent('change'));
      await flush();
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).removalReasons).toEqual({
        [gapId(3)]: 'Moved to the Q1 compliance plan'
      });
      await expect(element).toBeAccessible();
      await confirmPublish(element);
      expect(publish.mock.calls[0][0].departures).toEqual([
        {
          gapId: gapId(3),
          name: 'Gap 3',
          rank: 3,
          kind: 'removed',
          survivorName: null,
          note: 'Moved to the Q1 compliance plan'
        }
      ]);
    });

    it('shows a failed publish and keeps the draft', async () => {
      publish.mockResolvedValue({
        ok: false,
        kind: 'network',
        messages: ['Salesforce could not be reached. Check your connection and try again.']
      });
      const element = curation();
      await flush();
      editorButton(element, 3, 'remove').click();
      await flush();
      await confirmPublish(element);
      const panel = root(element).querySelector('.publish-error c-error-panel') as unknown as {
        errors: string[];
        friendlyMessage: string;
      };
      expect(panel.friendlyMessage).toBe('The Top 10 could not be published. Your draft is kept.');
      expect(panel.errors).toEqual([
        'Salesforce could not be reached. Check your connection and try again.'
      ]);
      expect(editorNames(element)).not.toContain('Gap 3');
      expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull();
      await expect(element).toBeAccessible();
    });
  });
});
