import { DEFAULT_WEIGHTS } from 'c/gapRanking';
import type { Ranking } from 'c/gapRanking';
import { currentGapRecords, toCurationGaps, toEngineRanking, toPublishedRevision } from '../inputs';
import { clearDraft, draftKey, loadDraft, saveDraft } from '../storage';
import { newDraft, setNotes } from '../draft';
import { details, gapId, revisionView, rows } from './fixtures';

describe('inputs', () => {
  it('joins ranked rows to their metric details and confidence, in ranking order', () => {
    const [first] = toCurationGaps(
      rows(2).map((row) => ({ ...row, confidence: null, status: undefined })),
      details(2),
      new Map([[gapId(1), 0.75]])
    );
    expect(first).toMatchObject({
      id: gapId(1),
      rank: 1,
      status: 'Open',
      confidence: 0.75,
      openArr: 17400,
      severityAccounts: { P0: 2, P1: 5, P2: 1 }
    });
    const [bare] = toCurationGaps(rows(1), null, { [gapId(1)]: 0.1 });
    expect(bare).toMatchObject({
      openArr: null,
      wonArr: null,
      severityAccounts: null,
      confidence: 0.5
    });
    expect(toCurationGaps(null)).toEqual([]);
    expect(toCurationGaps({ method: 'borda', weights: DEFAULT_WEIGHTS, gaps: [] })).toEqual([]);
  });

  it('keeps an engine Ranking as it is, and rebuilds one from rows', () => {
    const engine = { method: 'rrf', weights: DEFAULT_WEIGHTS, gaps: [] } as Ranking;
    expect(toEngineRanking(engine, 'borda', DEFAULT_WEIGHTS)).toBe(engine);
    const rebuilt = toEngineRanking(rows(3), 'score', DEFAULT_WEIGHTS);
    expect(rebuilt.method).toBe('score');
    expect(rebuilt.gaps.map((gap) => [gap.id, gap.rank])).toEqual([
      [gapId(1), 1],
      [gapId(2), 2],
      [gapId(3), 3]
    ]);
  });

  it('keeps only published entries with a gap and a whole rank from 1 to 10', () => {
    const revision = revisionView([1, 2, 3]);
    revision.entries[1] = { ...revision.entries[1], rank: null };
    revision.entries[2] = { ...revision.entries[2], gapId: null };
    const published = toPublishedRevision(revision)!;
    expect(published).toMatchObject({ id: revision.id, publishedBy: 'Tess TPM' });
    expect(published.entries.map((entry) => entry.gapId)).toEqual([gapId(1)]);
    expect(toPublishedRevision(null)).toBeNull();
  });

  it('reads current gap records from the ranking, the published gaps overriding them', () => {
    const gaps = toCurationGaps(rows(2));
    const records = currentGapRecords(gaps, [
      {
        id: gapId(2),
        name: 'Gap 2',
        status: 'Done',
        productArea: null,
        duplicateOfId: null,
        githubUrl: null,
        summary: null
      }
    ]);
    expect(records.map((record) => [record.id, record.status])).toEqual([
      [gapId(1), 'Open'],
      [gapId(2), 'Done']
    ]);
  });
});

describe('draft storage', () => {
  afterEach(() => localStorage.clear());

  it('stores one draft per user and reads it back', () => {
    const draft = setNotes(newDraft(null), 'Q4');
    expect(draftKey('005A')).not.toBe(draftKey('005B'));
    expect(saveDraft(draftKey('005A'), draft)).toBe(true);
    expect(loadDraft(draftKey('005A'))).toEqual(draft);
    expect(loadDraft(draftKey('005B'))).toBeNull();
    clearDraft(draftKey('005A'));
    expect(loadDraft(draftKey('005A'))).toBeNull();
  });

  it('never fails when storage is missing or refuses writes', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      }
    } as unknown as Storage;
    expect(saveDraft('k', newDraft(null), broken)).toBe(false);
    expect(saveDraft('k', newDraft(null), null)).toBe(false);
    expect(loadDraft('k', broken)).toBeNull();
    expect(() => clearDraft('k', broken)).not.toThrow();
  });
});
