import { DEFAULT_WEIGHTS } from 'c/gapRanking';
import { publishTopTen } from 'c/gapData';
import { labelText } from 'test-kit';
import { publishSession } from '../publish';
import { CurationSession } from '../session';
import type { CurationInputs } from '../session';
import { details, gapId, revisionView, rows } from './fixtures';

jest.mock('c/gapData', () => ({ ...jest.requireActual('c/gapData'), publishTopTen: jest.fn() }));
const publish = publishTopTen as jest.MockedFunction<typeof publishTopTen>;

const KEY = 'gtmProductGaps.topTenDraft.test';

function inputs(overrides: Partial<CurationInputs> = {}): CurationInputs {
  return {
    ranking: rows(14),
    metrics: details(14),
    confidence: null,
    method: 'borda',
    weights: DEFAULT_WEIGHTS,
    revision: null,
    entryGaps: [],
    ...overrides
  };
}

describe('CurationSession', () => {
  beforeEach(() => localStorage.clear());

  it('builds the proposed list from the ranking and keeps each change in the browser', () => {
    const session = new CurationSession(KEY);
    const view = session.sync(inputs());
    expect(view.list.map((entry) => entry.gapId)).toEqual(
      Array.from({ length: 10 }, (_, i) => gapId(i + 1))
    );
    expect(view.gapCount).toBe(14);
    session.apply('remove', { gapId: gapId(3) });
    expect(session.view().list.map((entry) => entry.gapId)).not.toContain(gapId(3));
    expect(JSON.parse(localStorage.getItem(KEY)!).removed).toEqual([gapId(3)]);

    const again = new CurationSession(KEY);
    expect(again.sync(inputs()).list.map((entry) => entry.gapId)).not.toContain(gapId(3));
  });

  it('rebuilds only what changed, and an untouched draft follows a new revision', () => {
    const session = new CurationSession(KEY);
    const first = inputs();
    session.sync(first);
    const published = session.sync({ ...first, revision: revisionView([2, 1]) });
    expect(published.published?.entries.map((entry) => entry.gapId)).toEqual([gapId(2), gapId(1)]);
    expect(published.stale).toBe(false);
  });

  it('returns the same view while the inputs and the version are the same, a new one after', () => {
    const session = new CurationSession(KEY);
    const first = inputs();
    const view = session.sync(first, 1);
    expect(session.sync({ ...first }, 1)).toBe(view);
    // The draft changed (the screen bumps its version): the list is built again.
    session.apply('remove', { gapId: gapId(3) });
    const changed = session.sync(first, 2);
    expect(changed).not.toBe(view);
    expect(changed.list.map((entry) => entry.gapId)).not.toContain(gapId(3));
    // A new ranking is a new input: rebuilt with the same version too.
    expect(session.sync({ ...first, ranking: rows(12) }, 2).gapCount).toBe(12);
    // Without a version nothing is reused (a caller that does not count its changes).
    expect(session.sync(first)).not.toBe(session.sync(first));
  });

  it('ignores an unknown event and says why a full list takes no more gaps', () => {
    const session = new CurationSession(KEY);
    session.sync(inputs({ method: null, weights: null }));
    expect(session.apply('unknown', { gapId: gapId(1) })).toBe('');
    for (let i = 1; i <= 10; i++) session.apply('pin', { gapId: gapId(i) });
    expect(session.apply('add', { gapId: gapId(12) })).toBe(
      'Every place is pinned or added by hand: remove or unpin an entry first.'
    );
    expect(session.apply('move', { gapId: gapId(1), delta: -1 })).toBe('');
  });

  it('discards the draft: back to the published list, nothing stored', () => {
    const session = new CurationSession(KEY);
    session.sync(inputs());
    session.apply('linkchange', { gapId: gapId(1), value: 'not a link' });
    expect(session.view().invalidLinks).toBe(true);
    expect(session.discard()).toBe(
      'Draft discarded: the proposed Top 10 follows the ranking again.'
    );
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(session.view().invalidLinks).toBe(false);
  });

  it('keeps why the TPM removed a published gap, offers it on the dropped line and records it at publish', async () => {
    const session = new CurationSession(KEY);
    session.sync(inputs({ revision: revisionView([1, 2, 3]) }));
    session.apply('remove', { gapId: gapId(2) });
    expect(session.apply('reasonchange', { gapId: gapId(2), value: 'Moved to Q1 plan' })).toBe('');
    const dropped = session.view().lines.find((line) => line.kind === 'dropped')!;
    expect(dropped).toMatchObject({
      gapId: gapId(2),
      removedByTpm: true,
      removalReason: 'Moved to Q1 plan',
      removalReasonLabel: 'Reason (optional): why Gap 2 left the Top 10, shown on the board'
    });
    expect(labelText('TopTenCuration_RemovalReason')).toBe('Reason (optional)');
    expect(session.view().lines.filter((line) => line.removedByTpm)).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem(KEY)!).removalReasons).toEqual({
      [gapId(2)]: 'Moved to Q1 plan'
    });

    publish.mockResolvedValue({
      ok: true,
      value: { revisionId: 'a02000000000003AAA', publishedAt: '2026-11-27T10:00:00Z' }
    });
    await publishSession(session);
    expect(publish.mock.calls[0][0].departures).toEqual([
      {
        gapId: gapId(2),
        name: 'Gap 2',
        rank: 2,
        kind: 'removed',
        survivorName: null,
        note: 'Moved to Q1 plan'
      }
    ]);
  });
});
