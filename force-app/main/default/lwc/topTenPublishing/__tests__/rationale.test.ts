import { DEFAULT_WEIGHTS, explainRankedGap } from 'c/gapRanking';
import { composeList, newDraft, setRationale } from '../draft';
import { generatedRationale, isGeneratedRationale, isTpmRationale } from '../rationale';
import { isUnchangedList } from '../unchanged';
import { gapId, ranking, revision } from './fixtures';

describe('rationale: generated or written by a TPM', () => {
  it('recognises the ranking sentence, with ties and any metric phrase', () => {
    expect(isGeneratedRationale('#2: 2nd by ARR, =5th by accounts, 1st strategic, 8th P0')).toBe(
      true
    );
    expect(isGeneratedRationale('#12: 11th by TAM, =3rd by lost ARR')).toBe(true);
    expect(isGeneratedRationale('  #1: 1st by ARR  ')).toBe(true);
  });

  it('treats anything else as TPM text, and empty or missing text as no text', () => {
    expect(isTpmRationale('Blocks renewals')).toBe(true);
    expect(isTpmRationale('#2: blocks renewals at Acme')).toBe(true);
    expect(isTpmRationale('#2: 2nd by ARR; renewals at risk')).toBe(true);
    expect(isTpmRationale('#2: 2nd by revenue')).toBe(true);
    expect(isTpmRationale('')).toBe(false);
    expect(isTpmRationale('   ')).toBe(false);
    expect(isTpmRationale(null)).toBe(false);
    expect(isTpmRationale('#2: 2nd by ARR')).toBe(false);
  });

  it("builds the same sentence as the engine's explanation", () => {
    const gaps = ranking(5);
    const sentence = generatedRationale(gaps[2], gaps, DEFAULT_WEIGHTS);
    expect(sentence.startsWith('#3: 3rd by ARR, 3rd by accounts, =1st strategic, =1st P0')).toBe(
      true
    );
    expect(isGeneratedRationale(sentence)).toBe(true);
    // The engine's own explainer writes the grammar the check recognises.
    const engine = explainRankedGap(
      {
        ...gaps[0],
        layer: 0,
        metricRanks: { arr: 1, accounts: 1, strategic: 3, p0: 3, tam: 3, lost: 3 },
        metricPlaces: { arr: 1, accounts: 1, strategic: 1, p0: 1, tam: 1, lost: 1 },
        shares: { arr: 0, accounts: 0, strategic: 0, p0: 0, tam: 0, lost: 0 }
      } as never,
      ['arr', 'accounts', 'strategic', 'p0', 'tam', 'lost']
    );
    expect(isGeneratedRationale(engine.sentence)).toBe(true);
  });
});

describe('composeList: rationales follow the current ranking unless a TPM wrote them', () => {
  const gaps = ranking(12);
  const generate = (gap: (typeof gaps)[number]) => generatedRationale(gap, gaps, DEFAULT_WEIGHTS);

  it('replaces a published generated sentence with old numbers by the current one', () => {
    // Published when gap 3 was #2; now it is ranked #3.
    const published = revision([gapId(1), gapId(3), gapId(2)], {}, (id) => ({
      rationale: id === gapId(3) ? '#2: 2nd by ARR, 2nd by accounts' : null
    }));
    const list = composeList(newDraft(published), gaps, published, generate);
    const entry = list.find((e) => e.gapId === gapId(3))!;
    expect(entry.rationale).toMatch(/^#3: 3rd by ARR/);
    expect(entry.rationaleCarried).toBe(false);
  });

  it('carries a TPM text forward, marked; a draft edit wins and is not marked', () => {
    const published = revision([gapId(1), gapId(2)], {}, (id) => ({
      rationale: id === gapId(2) ? 'Blocks renewals at Acme' : null
    }));
    const list = composeList(newDraft(published), gaps, published, generate);
    expect(list[1]).toMatchObject({ rationale: 'Blocks renewals at Acme', rationaleCarried: true });
    const edited = setRationale(newDraft(published), gapId(2), 'Now also Globex');
    const again = composeList(edited, gaps, published, generate);
    expect(again[1]).toMatchObject({ rationale: 'Now also Globex', rationaleCarried: false });
  });
});

describe('isUnchangedList', () => {
  const gaps = ranking(12);
  const generate = (gap: (typeof gaps)[number]) => generatedRationale(gap, gaps, DEFAULT_WEIGHTS);
  const ids = Array.from({ length: 10 }, (_, i) => gapId(i + 1));

  it('is true only when gaps, ranks, links, rationales and pins repeat the published list', () => {
    const same = revision(ids, {}, (id) => ({
      rationale: generate(gaps.find((gap) => gap.id === id)!)
    }));
    expect(isUnchangedList(composeList(newDraft(same), gaps, same, generate), same)).toBe(true);

    const otherText = revision(ids, {}, (id) => ({ rationale: id === ids[0] ? 'Mine' : null }));
    const list = composeList(newDraft(otherText), gaps, otherText, generate);
    expect(isUnchangedList(list, otherText)).toBe(false);

    const otherOrder = revision([ids[1], ids[0], ...ids.slice(2)]);
    expect(isUnchangedList(composeList(newDraft(null), gaps, null, generate), otherOrder)).toBe(
      false
    );
    expect(isUnchangedList(composeList(newDraft(null), gaps, null, generate), null)).toBe(false);
  });
});
