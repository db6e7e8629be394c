import GapScorePanel from 'c/gapScorePanel';
import detailData from './data/gapDetail.json';
import revisionData from './data/revisions.json';
import totalsData from './data/metricTotals.json';
import {
  cloneFixture as clone,
  flush,
  graphqlAdapter,
  labelText,
  mount as mountComponent,
  unmountAll
} from 'test-kit';
import { answerRankingLoader, holdFrames, rankingLoaderAnswer, toRankingLoader } from 'test-kit';

// The test wire adapter of sfdx-lwc-jest; the package's shim types it as unknown.
type Config = { operationName?: string };
const adapter = graphqlAdapter();
const to = (operation: string) => (config: Config) => config?.operationName === operation;

type Json = Record<string, any>;
const G1 = 'a00D0000000g001IAA';
const GM = 'a00D0000000g099IAA';

/** Mounts the panel and waits for the wires to receive their configs (emits are filtered by them). */
async function mount(recordId = G1): Promise<HTMLElement> {
  const element = mountComponent('c-gap-score-panel', GapScorePanel, { recordId });
  await flush();
  return element;
}
const root = (element: HTMLElement) => element.shadowRoot!;
/** Every match of `selector` in the panel and, through their shadow roots, its section children. */
function all(node: ParentNode, selector: string): Element[] {
  const found = [...node.querySelectorAll(selector)];
  for (const child of node.querySelectorAll('*')) {
    if (child.shadowRoot) found.push(...all(child.shadowRoot, selector));
  }
  return found;
}
const one = (element: HTMLElement, selector: string) => all(root(element), selector)[0] ?? null;
const state = (element: HTMLElement) =>
  root(element).querySelector('.panel')!.getAttribute('data-state');
const text = (element: HTMLElement, selector: string) =>
  all(root(element), selector).map((node) => node.textContent?.trim() ?? '');
const values = (element: HTMLElement, selector: string) =>
  all(root(element), selector).map((node) => Number(node.getAttribute('data-value')));

async function opened(detail: Json = detailData, refresh?: () => void): Promise<HTMLElement> {
  const element = await mount();
  adapter.emit(clone(detail), to('GapDetail'), refresh);
  adapter.emit(clone(revisionData), to('TopTenRevisions'));
  adapter.emit(clone(totalsData), to('GapMetricTotals'));
  await flush();
  return element;
}

function withGap(change: (gap: Json) => void): Json {
  const data = clone(detailData) as Json;
  change(data.uiapi.query.Product_Gap__c.edges[0].node);
  return data;
}

/** The gaps, the published revision and the gap's submissions, as the ranking load reads them. */
function rankingPage(): Json {
  const submissions = clone(detailData).uiapi.query.Product_Gap_Submission__c as Json;
  const gap = (id: string, name: string, status: string, duplicateOf: string | null = null) => ({
    node: {
      Id: id,
      Name: { value: name },
      Status__c: { value: status },
      Product_Area__c: { value: null },
      Duplicate_Of__c: { value: duplicateOf },
      GitHub_Issue_URL__c: { value: null }
    }
  });
  const gaps = [
    gap(G1, 'SAML single logout', 'In Review'),
    gap(GM, 'SLO support', "Won't Do", G1),
    gap('a00D0000000g002IAA', 'Gap 02', 'Open')
  ];
  const query = {
    Product_Gap_Submission__c: submissions,
    Product_Gap__c: { edges: gaps },
    Top_Ten_Revision__c: clone(revisionData).uiapi.query.Top_Ten_Revision__c
  };
  return { uiapi: { query } };
}

describe('c-gap-score-panel', () => {
  afterEach(() => {
    unmountAll();
    jest.restoreAllMocks();
  });

  it("shows the gap's GitHub state next to its link and marks a completed issue on an open gap", async () => {
    const element = await opened(
      withGap((gap) => {
        gap.GitHub_Issue_URL__c = { value: 'https://github.com/acme/platform/issues/77' };
        gap.GitHub_State__c = { value: 'Closed - Completed' };
      })
    );
    const status = element.shadowRoot!.querySelector('c-github-status.github') as any;
    expect(status.shadowRoot.querySelector('a.github-link').getAttribute('href')).toBe(
      'https://github.com/acme/platform/issues/77'
    );
    expect(status.shadowRoot.querySelector('.state').textContent).toBe('Closed - Completed');
    const gapStatus = clone(detailData).uiapi.query.Product_Gap__c.edges[0].node.Status__c.value;
    expect(status.gapStatus).toBe(gapStatus);
  });

  it('shows a loading status until the gap is read', async () => {
    const element = await mount();
    await flush();
    expect(state(element)).toBe('loading');
    expect(text(element, '.loading p')).toEqual([labelText('GapScorePanel_Loading')]);
    expect(root(element).querySelector('.loading')!.getAttribute('aria-live')).toBe('polite');
    // Said once: the spinner's alternative text inside the status; the visible line is hidden from it.
    const spinner = root(element).querySelector('.loading lightning-spinner') as unknown as {
      alternativeText: string;
    };
    expect(spinner.alternativeText).toBe(labelText('GapScorePanel_Loading'));
    expect(root(element).querySelector('.loading p')!.getAttribute('aria-hidden')).toBe('true');
    await expect(element).toBeAccessible();
  });

  it('ranks from the exact read, and says so, when the published weights use ARR (no aggregate sums it)', async () => {
    const element = await opened();
    expect(state(element)).toBe('ready');
    expect(text(element, '.exact-fallback')).toEqual([labelText('GapScorePanel_Exact_Fallback')]);
    expect(text(element, '.overall')).toEqual([]);
    expect(text(element, '.rerank-progress p')).toEqual([labelText('TopTen_Workbench_Loading')]);
    // Meanwhile the places the totals give, marked; the overall rank and ARR's place pending.
    expect(text(element, '.overall-pending')).toEqual([labelText('GapScorePanel_Overall_Pending')]);
    expect(text(element, '.partial-source')[0]).toMatch(
      /^Places marked “from totals” are among all 15 open gaps/
    );
    expect(text(element, '.metric-rank')).toEqual([
      'Place by ARR: pending',
      '#15 of 15 by accounts, from totals',
      '#8 (tied) of 15 by strategic accounts, from totals',
      '#11 (tied) of 15 by P0 accounts, from totals'
    ]);
    expect(text(element, '.rank-announcement')).toEqual([
      labelText('GapScorePanel_Announce_Partial')
    ]);
    expect(text(element, '.path-step')).toEqual([]);
    await expect(element).toBeAccessible();
    // The read's one progress figure, in the Top 10 tab's words (nobody asked for a re-rank).
    const answer = rankingLoaderAnswer(rankingPage());
    const unpaged = ({ operationName, variables }: Json) =>
      !operationName && variables !== undefined && !('after' in variables);
    adapter.emit(clone(answer), unpaged);
    await flush();
    expect(text(element, '.rerank-progress p')).toEqual(['Loaded 0 of 5 submissions']);
    expect(text(element, '.metric-rank')).toHaveLength(4);
    await answerRankingLoader(answer);
    await flush();
    expect(text(element, '.overall')).toEqual([
      'Overall #1 of 2 (Weighted Borda (mean percentile rank))'
    ]);
    expect(text(element, '.overall-pending')).toEqual([]);
    expect(text(element, '.metric-rank')).toHaveLength(6);
    expect(text(element, '.metric-rank').some((line) => line.includes('from totals'))).toBe(false);
    expect(text(element, '.rank-announcement')).toEqual([
      'Live ranks shown. Overall #1 of 2 (Weighted Borda (mean percentile rank))'
    ]);
    expect(text(element, '.source')).toEqual([
      'Live, all 2 open gaps, with the method and weights of the Top 10 published on Nov 20, 2026.'
    ]);
    expect(text(element, '.exact-fallback')).toEqual([labelText('GapScorePanel_Exact_Fallback')]);
    await expect(element).toBeAccessible();
  });

  it('shows metrics with ranks, the published rank, ARR by outcome, accounts and submissions', async () => {
    const paint = holdFrames();
    // Published weights without ARR, TAM and lost ARR: the aggregate totals can rank (estimate).
    const revisions = clone(revisionData) as Json;
    revisions.uiapi.query.Top_Ten_Revision__c.edges[0].node.Weights__c.value =
      '{"arr":0,"accounts":1,"strategic":1,"p0":1,"tam":0,"lost":0}';
    const element = await mount();
    adapter.emit(clone(detailData), to('GapDetail'));
    adapter.emit(revisions, to('TopTenRevisions'));
    adapter.emit(clone(totalsData), to('GapMetricTotals'));
    await flush();
    expect(state(element)).toBe('ready');
    expect(text(element, '.exact-fallback')).toEqual([]);
    expect(text(element, '.overall')).toEqual([
      'Overall #12 of 15 (Weighted Borda (mean percentile rank))'
    ]);
    expect(text(element, '.source')).toEqual([
      'Estimated from per-gap totals of all 15 open gaps, with the method and weights of the Top 10 published on Nov 20, 2026. Re-rank live for exact ranks.'
    ]);
    // The ranks first; their confidence (hundreds of re-rankings) once they are painted.
    expect(text(element, '.confidence')).toEqual([]);
    await paint();
    expect(text(element, '.confidence')).toEqual(['Top 10 confidence: 0%']);
    expect(text(element, '.published-line')).toEqual([
      '#3 in the Top 10 published on Nov 20, 2026',
      'Confidence when published: 88%'
    ]);
    expect(values(element, '.metric')).toEqual([180000, 3, 2, 2, 8000000, 30000]);
    expect(text(element, '.metric-value')[0]).toBe('$180,000');
    // Places only by the metrics the totals give: ARR, TAM and lost ARR are 0 for every other gap there.
    expect(text(element, '.metric-rank')).toEqual([
      '#15 of 15 by accounts',
      '#8 (tied) of 15 by strategic accounts',
      '#11 (tied) of 15 by P0 accounts'
    ]);
    expect(values(element, '.arr-part')).toEqual([100000, 50000, 30000]);
    expect(text(element, '.strategic-account')).toEqual(['Acme Corp', 'Initech']);
    expect(text(element, '.submission th')).toEqual([
      'Acme Corp',
      'Globex',
      'Initech',
      labelText('GapScorePanel_Not_Visible'),
      'Acme Corp'
    ]);
    expect(text(element, '.visibility')).toEqual([
      '2 submissions have an account or opportunity you cannot see; totals are incomplete.'
    ]);
    expect(text(element, '.merged-from')).toEqual(['Gaps merged into this one: SLO support']);
    // Outside the Top 10 in the estimate: one single-metric increase per active metric (3).
    expect(text(element, '.path-step').length).toBe(3);
    expect(root(element).querySelector('c-gap-score-panel-merge')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows the metrics while the ranks are still being computed', async () => {
    const element = await mount();
    adapter.emit(clone(detailData), to('GapDetail'));
    await flush();
    expect(state(element)).toBe('ready');
    expect(text(element, '.ranks-loading')).toEqual([labelText('GapScorePanel_Ranks_Loading')]);
    expect(text(element, '.metric-rank')).toEqual([]);
    await expect(element).toBeAccessible();
  });

  it('shows nothing partial when the org refuses the totals, and ranks from the exact read', async () => {
    const element = await mount();
    adapter.emit(clone(detailData), to('GapDetail'));
    adapter.emit(clone(revisionData), to('TopTenRevisions'));
    adapter.emitErrors([{ message: 'Aggregate query timed out' }], to('GapMetricTotals'));
    await flush();
    expect(text(element, '.metric-rank')).toEqual([]);
    expect(text(element, '.overall-pending')).toEqual([]);
    expect(text(element, '.ranks-loading')).toEqual([labelText('GapScorePanel_Ranks_Loading')]);
    expect(text(element, '.rank-announcement')).toEqual(['']);
    await answerRankingLoader(rankingLoaderAnswer(rankingPage()));
    await flush();
    expect(text(element, '.overall')).toEqual([
      'Overall #1 of 2 (Weighted Borda (mean percentile rank))'
    ]);
  });

  it('keeps the places from the totals when the exact read fails, and says it failed', async () => {
    const element = await opened();
    adapter.emitErrors([{ message: 'Too many requests' }], toRankingLoader);
    await flush();
    expect(text(element, '.metric-rank')).toHaveLength(4);
    expect(text(element, '.overall-pending')).toEqual([labelText('GapScorePanel_Overall_Pending')]);
    const failure = one(element, '.rerank c-error-panel') as unknown as { friendlyMessage: string };
    expect(failure.friendlyMessage).toBe(labelText('GapScorePanel_Rerank_Error'));
  });

  it('ranks from the exact read when the org refuses the aggregate, and keeps the gap readable', async () => {
    const element = await mount();
    adapter.emit(clone(detailData), to('GapDetail'));
    adapter.emitErrors([{ message: 'Aggregate query timed out' }], to('GapMetricTotals'));
    await flush();
    expect(state(element)).toBe('ready');
    expect(text(element, '.rerank-progress p')).toEqual([labelText('TopTen_Workbench_Loading')]);
    await answerRankingLoader(rankingLoaderAnswer(rankingPage()));
    await flush();
    expect(text(element, '.source')).toEqual([
      'Live, all 2 open gaps, with the method and weights of the Top 10 published on Nov 20, 2026.'
    ]);
    expect(text(element, '.submission th')).toHaveLength(5);
    // The reason given is the refusal, not the weights (which may not need the exact read at all).
    expect(text(element, '.exact-fallback')).toEqual([
      labelText('GapScorePanel_Exact_Fallback_Refused')
    ]);
    await expect(element).toBeAccessible();
  });

  it('shows the error panel when the gap cannot be read', async () => {
    const element = await mount();
    adapter.emitErrors(
      [{ message: 'Network down', extensions: { network: true } }],
      to('GapDetail')
    );
    await flush();
    expect(state(element)).toBe('error');
    const panel = root(element).querySelector('c-error-panel') as unknown as {
      friendlyMessage: string;
    };
    expect(panel.friendlyMessage).toBe(labelText('GapScorePanel_Load_Error'));
    await expect(element).toBeAccessible();
  });

  it('treats a field the user cannot see as no access, not a crash', async () => {
    const element = await mount();
    adapter.emitErrors(
      [
        {
          message:
            "Validation error of type FieldUndefined: Field 'Summary__c' in type 'Product_Gap__c' is undefined",
          extensions: { classification: 'ValidationError' }
        }
      ],
      to('GapDetail')
    );
    await flush();
    expect(state(element)).toBe('noAccess');
    expect(root(element).querySelector('c-error-panel')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says when the gap is not there or not visible', async () => {
    const element = await mount();
    adapter.emit({ uiapi: { query: { Product_Gap__c: { edges: [] } } } }, to('GapDetail'));
    await flush();
    expect(state(element)).toBe('notFound');
    expect(text(element, '.not-found')).toEqual([labelText('GapScorePanel_Not_Found')]);
    await expect(element).toBeAccessible();
  });

  it('shows a closed gap with its metrics, unranked and without merge or re-rank', async () => {
    const element = await opened(withGap((gap) => (gap.Status__c.value = 'Done')));
    expect(state(element)).toBe('closed');
    expect(text(element, '.closed')).toEqual([
      'This gap is closed (Done): only open gaps are ranked.'
    ]);
    expect(one(element, '.ranks')).toBeNull();
    expect(root(element).querySelector('c-gap-score-panel-merge')).toBeNull();
    expect(text(element, '.metric-rank')).toEqual([]);
    expect(text(element, '.submission th')).toHaveLength(5);
    await expect(element).toBeAccessible();
  });

  it('shows where a merged gap went, with a link to the survivor', async () => {
    const element = await opened(
      withGap((gap) => {
        gap.Status__c.value = "Won't Do";
        gap.Duplicate_Of__c.value = 'a00D0000000g002IAA';
      })
    );
    await flush();
    expect(state(element)).toBe('merged');
    expect(text(element, '.merged p')).toEqual([labelText('GapScorePanel_Merged')]);
    const link = root(element).querySelector('a.survivor-link') as HTMLAnchorElement;
    expect(link.textContent).toBe(labelText('GapScorePanel_Merged_Link'));
    expect(link.getAttribute('href')).toBe('https://www.example.com');
    expect(root(element).querySelector('c-gap-score-panel-merge')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('re-ranks live on demand with progress, then says the ranks are live', async () => {
    const element = await opened();
    const button = one(element, '.rerank-button') as HTMLElement & {
      disabled: boolean;
    };
    button.click();
    await flush();
    expect(button.disabled).toBe(true);
    expect(text(element, '.rerank-progress p')).toEqual([
      labelText('GapScorePanel_Rerank_Starting')
    ]);
    // The gaps and the counts arrive first: the figure says how many submissions there are.
    const answer = rankingLoaderAnswer(rankingPage());
    const unpaged = ({ operationName, variables }: Json) =>
      !operationName && variables !== undefined && !('after' in variables);
    adapter.emit(clone(answer), unpaged);
    await flush();
    expect(text(element, '.rerank-progress p')).toEqual([
      'Loading submissions for the live re-rank: 0 of 5'
    ]);
    const bar = one(element, 'lightning-progress-bar') as unknown as { value: number };
    expect(bar.value).toBe(0);
    await expect(element).toBeAccessible();
    await answerRankingLoader(answer);
    expect(one(element, '.rerank-progress')).toBeNull();
    expect(text(element, '.source')).toEqual([
      'Live, all 2 open gaps, with the method and weights of the Top 10 published on Nov 20, 2026.'
    ]);
    // Live among 2 open gaps (the merged one folded in): first, so in the Top 10 and no path.
    expect(text(element, '.path-in')).toEqual([labelText('GapScorePanel_Path_In')]);
    expect(button.disabled).toBe(false);
  });

  it('shows the re-rank failure and lets the person try again', async () => {
    const element = await opened();
    (one(element, '.rerank-button') as HTMLElement).click();
    await flush();
    adapter.emitErrors([{ message: 'Too many requests' }], toRankingLoader);
    await flush();
    const panel = one(element, '.rerank c-error-panel') as unknown as {
      friendlyMessage: string;
    };
    expect(panel.friendlyMessage).toBe(labelText('GapScorePanel_Rerank_Error'));
    expect((one(element, '.rerank-button') as unknown as { disabled: boolean }).disabled).toBe(
      false
    );
  });

  it('reads the gap and the totals again after a merge', async () => {
    const refreshDetail = jest.fn();
    const element = await opened(detailData, refreshDetail);
    root(element)
      .querySelector('c-gap-score-panel-merge')!
      .dispatchEvent(new CustomEvent('merged', { detail: { survivorId: 'a00D0000000g002IAA' } }));
    await flush();
    expect(refreshDetail).toHaveBeenCalledTimes(1);
  });

  it('reads the gap again once it was set Done from the resolved-on-GitHub offer', async () => {
    const refreshDetail = jest.fn();
    const element = await opened(
      withGap((gap) => (gap.GitHub_State__c = { value: 'Closed - Completed' })),
      refreshDetail
    );
    const resolved = root(element).querySelector('c-gap-score-panel-resolved') as HTMLElement & {
      githubState: string;
    };
    expect(resolved.githubState).toBe('Closed - Completed');
    expect(all(root(element), '.set-done')).toHaveLength(1);
    resolved.dispatchEvent(new CustomEvent('statuschanged'));
    await flush();
    expect(refreshDetail).toHaveBeenCalledTimes(1);
  });
});
