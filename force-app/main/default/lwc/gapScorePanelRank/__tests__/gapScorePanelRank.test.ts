import GapScorePanelRank from 'c/gapScorePanelRank';
import { announcementText, confidenceText, overallText, sourceText } from '../sentences';
import { answerRankingLoader, flush, graphqlAdapter, labelText } from 'test-kit';
import { mount as mountComponent, rankingLoaderAnswer, shadowTexts as texts } from 'test-kit';
import { holdFrames, toRankingLoader, unmountAll } from 'test-kit';

const adapter = graphqlAdapter();
const G1 = 'a00D0000000g001IAA';
const ESTIMATE = {
  source: 'estimate',
  settings: { method: 'borda', weights: {}, revision: { publishedAt: '2026-03-09T15:00:00Z' } },
  openGaps: 1500,
  explanation: { rank: 4 },
  places: null,
  path: null,
  confidence: 0.64,
  truncated: true
};

async function mount(props: Record<string, unknown>): Promise<HTMLElement> {
  const element = mountComponent('c-gap-score-panel-rank', GapScorePanelRank, {
    gapId: G1,
    ...props
  });
  await flush();
  return element;
}

/** One RankingData answer: a single open gap with one submission, no revision. */
function rankingData(): Record<string, any> {
  const field = (value: unknown) => ({ value });
  return {
    uiapi: {
      query: {
        Product_Gap__c: {
          totalCount: 1,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [
            {
              node: {
                Id: G1,
                Name: field('SAML'),
                Status__c: field('Open'),
                Product_Area__c: field(null),
                Duplicate_Of__c: field(null),
                GitHub_Issue_URL__c: field(null)
              }
            }
          ]
        },
        Product_Gap_Submission__c: {
          totalCount: 0,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: []
        },
        Top_Ten_Revision__c: { edges: [] }
      }
    }
  };
}

describe('c-gap-score-panel-rank', () => {
  afterEach(() => {
    unmountAll();
    jest.restoreAllMocks();
  });

  it('shows a loading state of its own until the ranks arrive', async () => {
    const element = await mount({ ranking: null });
    expect(texts(element, '.ranks-loading')).toEqual([labelText('GapScorePanel_Ranks_Loading')]);
    // Said once, by the spinner's alternative text; the visible line is hidden from assistive tech.
    expect(element.shadowRoot!.querySelector('.ranks-loading')!.getAttribute('aria-hidden')).toBe(
      'true'
    );
    expect(element.shadowRoot!.querySelector('[role="status"] lightning-spinner')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows the overall rank, its confidence, its source and a truncation warning', async () => {
    const element = await mount({ ranking: ESTIMATE });
    expect(texts(element, '.overall')).toEqual([
      'Overall #4 of 1,500 (Weighted Borda (mean percentile rank))'
    ]);
    expect(element.shadowRoot!.querySelector('.overall')!.getAttribute('data-rank')).toBe('4');
    expect(texts(element, '.confidence')).toEqual(['Top 10 confidence: 64%']);
    expect(texts(element, '.source')).toEqual([
      'Estimated from per-gap totals of all 1,500 open gaps, with the method and weights of the Top 10 published on Mar 9, 2026. Re-rank live for exact ranks.'
    ]);
    expect(texts(element, '.truncated')).toEqual([labelText('GapScorePanel_Truncated')]);
    await expect(element).toBeAccessible();
  });

  it('says a gap without an explanation is not ranked, and names defaults and live sources', () => {
    const unranked = { ...ESTIMATE, explanation: null, confidence: null };
    expect(overallText(unranked as never)).toBe(labelText('GapScorePanel_Not_Ranked'));
    expect(confidenceText(unranked as never)).toBeNull();
    const defaults = { ...ESTIMATE, settings: { ...ESTIMATE.settings, revision: null } };
    expect(sourceText(defaults as never)).toBe(
      'Estimated from per-gap totals of all 1,500 open gaps, with the default method and weights. ' +
        'Re-rank live for exact ranks.'
    );
    expect(sourceText({ ...defaults, source: 'live' } as never)).toBe(
      'Live, all 1,500 open gaps, with the default method and weights.'
    );
  });

  it('shows a pending overall rank beside places from the totals while the exact read runs', async () => {
    const partial = {
      ...ESTIMATE,
      source: 'partial',
      explanation: null,
      confidence: null,
      truncated: false,
      places: { accounts: { place: 3, tied: false } },
      pending: ['arr']
    };
    const element = await mount({ ranking: partial, exactFallback: true });
    expect(texts(element, '.overall')).toEqual([]);
    expect(texts(element, '.overall-pending')).toEqual([
      labelText('GapScorePanel_Overall_Pending')
    ]);
    expect(texts(element, '.partial-source')[0]).toMatch(
      /^Places marked “from totals” are among all 1,500 open gaps, from per-gap totals/
    );
    expect(texts(element, '.ranks-loading')).toEqual([]);
    // The read's one progress figure; no live region around it (no announcement per tick).
    const progress = element.shadowRoot!.querySelector('.rerank-progress')!;
    expect(progress.getAttribute('aria-live')).toBeNull();
    expect(progress.getAttribute('role')).toBeNull();
    expect(
      element.shadowRoot!.querySelector('section.ranks')!.getAttribute('aria-live')
    ).toBeNull();
    expect(texts(element, '.rank-announcement')).toEqual([
      labelText('GapScorePanel_Announce_Partial')
    ]);
    await expect(element).toBeAccessible();
  });

  it('announces once per arrival: nothing before, the partial places, then the full ranks', async () => {
    const element = await mount({ ranking: null });
    const announcement = () => texts(element, '.rank-announcement');
    expect(announcement()).toEqual(['']);
    expect(element.shadowRoot!.querySelector('.rank-announcement')!.getAttribute('role')).toBe(
      'status'
    );
    (element as unknown as { ranking: unknown }).ranking = { ...ESTIMATE, source: 'partial' };
    await flush();
    expect(announcement()).toEqual([labelText('GapScorePanel_Announce_Partial')]);
    (element as unknown as { ranking: unknown }).ranking = { ...ESTIMATE, source: 'live' };
    await flush();
    const live = ['Live ranks shown. Overall #4 of 1,500 (Weighted Borda (mean percentile rank))'];
    expect(announcement()).toEqual(live);
    // The confidence that follows changes nothing said.
    (element as unknown as { ranking: unknown }).ranking = {
      ...ESTIMATE,
      source: 'live',
      confidence: 0.5
    };
    await flush();
    expect(announcement()).toEqual(live);
    expect(announcementText({ ...ESTIMATE } as never)).toBe(
      'Estimated ranks shown. Overall #4 of 1,500 (Weighted Borda (mean percentile rank))'
    );
    expect(announcementText(null)).toBe('');
  });

  it('shows the ranks error when they cannot be read', async () => {
    const element = await mount({ ranking: null, rankErrors: [{ message: 'Timed out' }] });
    const panel = element.shadowRoot!.querySelector('c-error-panel') as unknown as {
      friendlyMessage: string;
    };
    expect(panel.friendlyMessage).toBe(labelText('GapScorePanel_Ranks_Error'));
    expect(texts(element, '.ranks-loading')).toEqual([]);
  });

  it('re-ranks live on demand with progress and hands the exact ranks up', async () => {
    const paint = holdFrames();
    const element = await mount({ ranking: ESTIMATE });
    const onLive = jest.fn();
    element.addEventListener('live', onLive);
    const button = element.shadowRoot!.querySelector('.rerank-button') as HTMLElement & {
      disabled: boolean;
    };
    const focus = jest.spyOn(button, 'focus');
    button.click();
    await flush();
    expect(button.disabled).toBe(true);
    expect(texts(element, '.rerank-progress p')).toEqual([
      labelText('GapScorePanel_Rerank_Starting')
    ]);
    expect(focus).not.toHaveBeenCalled();
    await answerRankingLoader(rankingLoaderAnswer(rankingData()));
    // The ranks first, their confidence (hundreds of re-rankings) once they are painted.
    expect(onLive).toHaveBeenCalledTimes(1);
    expect(onLive.mock.calls[0][0].detail.ranking).toMatchObject({
      source: 'live',
      explanation: { rank: 1 },
      confidence: null
    });
    expect(element.shadowRoot!.querySelector('.rerank-progress')).toBeNull();
    // Disabling the button dropped the focus: it is back on the button once the ranks are in.
    expect(button.disabled).toBe(false);
    expect(focus).toHaveBeenCalledTimes(1);
    await paint();
    expect(onLive).toHaveBeenCalledTimes(2);
    expect(onLive.mock.calls[1][0].detail.ranking).toMatchObject({
      source: 'live',
      explanation: { rank: 1 },
      confidence: 1
    });
  });

  it('drops the confidence of a read that a newer read replaced', async () => {
    const paint = holdFrames();
    const element = await mount({ ranking: ESTIMATE });
    const onLive = jest.fn();
    element.addEventListener('live', onLive);
    const button = element.shadowRoot!.querySelector('.rerank-button') as HTMLElement;
    button.click();
    await flush();
    await answerRankingLoader(rankingLoaderAnswer(rankingData()));
    expect(onLive).toHaveBeenCalledTimes(1);
    button.click(); // before the paint: the first read's confidence must not follow
    await flush();
    await paint();
    expect(onLive).toHaveBeenCalledTimes(1);
  });

  it('starts the exact read by itself when the totals cannot rank, and shows its failure', async () => {
    const element = await mount({ ranking: null, exactFallback: true });
    const focus = jest.spyOn(
      element.shadowRoot!.querySelector('.rerank-button') as HTMLElement,
      'focus'
    );
    expect(texts(element, '.rerank-progress p')).toEqual([labelText('TopTen_Workbench_Loading')]);
    adapter.emitErrors([{ message: 'Too many requests' }], toRankingLoader);
    await flush();
    const panel = element.shadowRoot!.querySelector('.rerank c-error-panel') as unknown as {
      friendlyMessage: string;
    };
    expect(panel.friendlyMessage).toBe(labelText('GapScorePanel_Rerank_Error'));
    // Nobody pressed the button: the focus stays where the person is.
    expect(focus).not.toHaveBeenCalled();
    expect(texts(element, '.ranks-loading')).toEqual([]);
  });
});
