/** @jest-environment node */
import fc from 'fast-check';
import {
  MAX_REMOVAL_REASON_LENGTH,
  MAX_TEXT_LENGTH,
  acceptReplacement,
  addGap,
  composeList,
  invalidEntries,
  isStale,
  isUntouched,
  moveEntry,
  newDraft,
  parseDraft,
  rebase,
  removalsOf,
  removeGap,
  serializeDraft,
  setLink,
  setNotes,
  setRationale,
  setRemovalReason,
  togglePin
} from '../draft';
import type { Draft } from '../draft';
import { curationGap, gapId, ranking, revision } from './fixtures';

const ids = (draft: Draft, gaps = ranking(15), rev = null as ReturnType<typeof revision> | null) =>
  composeList(draft, gaps, rev).map((entry) => entry.gapId);

describe('composeList', () => {
  it('proposes the ten best-ranked open gaps in ranking order when nothing is curated', () => {
    const list = composeList(newDraft(null), ranking(15), null);
    expect(list.map((entry) => entry.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(list.map((entry) => entry.gapId)).toEqual(ranking(10).map((gap) => gap.id));
    expect(list.every((entry) => !entry.pinned && !entry.added)).toBe(true);
  });

  it('lists every gap when fewer than ten are open, and nothing for an empty ranking', () => {
    expect(composeList(newDraft(null), ranking(3), null)).toHaveLength(3);
    expect(composeList(newDraft(null), [], null)).toEqual([]);
  });

  it('keeps the published pins at their ranks in a fresh draft', () => {
    const rev = revision([gapId(12), gapId(1)], {}, (id) => ({ pinned: id === gapId(12) }));
    const draft = newDraft(rev);
    expect(draft.baseRevisionId).toBe(rev.id);
    expect(draft.pins).toEqual([{ gapId: gapId(12), rank: 1 }]);
    const list = composeList(draft, ranking(15), rev);
    expect(list[0]).toMatchObject({ gapId: gapId(12), pinned: true, computedRank: 12 });
    expect(list.slice(1).map((entry) => entry.gapId)).toEqual(ranking(9).map((gap) => gap.id));
  });

  it('ignores a pin on a gap that is no longer ranked (resolved or removed)', () => {
    const draft: Draft = { ...newDraft(null), pins: [{ gapId: 'a01gone', rank: 1 }] };
    expect(ids(draft)).toEqual(ranking(10).map((gap) => gap.id));
  });

  it('keeps a gap pinned beyond the end of a short list in the list, in ranking order', () => {
    const draft: Draft = { ...newDraft(null), pins: [{ gapId: gapId(3), rank: 9 }] };
    const list = composeList(draft, ranking(4), null);
    expect(list.map((entry) => entry.gapId)).toEqual([1, 2, 3, 4].map(gapId));
    expect(list[2].pinned).toBe(false);
  });

  it('defaults links to the gap, then the published entry, and rationales to the published entry', () => {
    const gaps = [
      curationGap(1, { githubUrl: 'https://github.com/acme/app/issues/1' }),
      curationGap(2)
    ];
    const rev = revision([gapId(1), gapId(2)], {}, (id) => ({
      githubUrl: `https://github.com/acme/app/issues/${id === gapId(1) ? 9 : 2}`,
      rationale: `Why ${id}`
    }));
    const list = composeList(newDraft(rev), gaps, rev);
    expect(list.map((entry) => entry.githubUrl)).toEqual([
      'https://github.com/acme/app/issues/1',
      'https://github.com/acme/app/issues/2'
    ]);
    expect(list.map((entry) => entry.rationale)).toEqual([`Why ${gapId(1)}`, `Why ${gapId(2)}`]);
  });
});

describe('adding and removing gaps', () => {
  it('adds a gap from outside the Top 10 in place of the lowest computed entry', () => {
    const result = addGap(newDraft(null), gapId(14), ranking(15), null);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const list = composeList(result.draft, ranking(15), null);
    expect(list.map((entry) => entry.gapId)).toEqual([
      ...ranking(9).map((gap) => gap.id),
      gapId(14)
    ]);
    expect(list[9].added).toBe(true);
  });

  it('refuses an unknown gap, a gap already listed, and a list full of hand-picked gaps', () => {
    expect(addGap(newDraft(null), 'a01nope', ranking(15), null)).toEqual({
      ok: false,
      reason: 'unknown'
    });
    expect(addGap(newDraft(null), gapId(3), ranking(15), null)).toEqual({
      ok: false,
      reason: 'alreadyListed'
    });
    const full: Draft = {
      ...newDraft(null),
      pins: ranking(10).map((gap) => ({ gapId: gap.id, rank: gap.rank }))
    };
    expect(addGap(full, gapId(11), ranking(15), null)).toEqual({ ok: false, reason: 'full' });
  });

  it('removes a gap and refills its place from the ranking; adding it back restores it', () => {
    const removed = removeGap(newDraft(null), gapId(3));
    expect(ids(removed)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11].map(gapId));
    const back = addGap(removed, gapId(3), ranking(15), null);
    expect(back.ok && ids(back.draft)).toEqual(ranking(10).map((gap) => gap.id));
  });

  it('drops the pin of a removed gap', () => {
    const pinned: Draft = { ...newDraft(null), pins: [{ gapId: gapId(5), rank: 1 }] };
    const removed = removeGap(pinned, gapId(5));
    expect(removed.pins).toEqual([]);
    expect(removeGap(removed, gapId(5)).removed).toEqual([gapId(5)]);
  });
});

describe('pinning and moving', () => {
  it('pins an entry at its current rank and unpins it again', () => {
    const draft = newDraft(null);
    const pinned = togglePin(draft, composeList(draft, ranking(15), null), gapId(4));
    expect(pinned.pins).toEqual([{ gapId: gapId(4), rank: 4 }]);
    const unpinned = togglePin(pinned, composeList(pinned, ranking(15), null), gapId(4));
    expect(unpinned.pins).toEqual([]);
    expect(togglePin(draft, [], gapId(4))).toBe(draft);
  });

  it('moves an entry up one place, pinning it there, and the neighbour takes the freed place', () => {
    const moved = moveEntry(newDraft(null), ranking(15), null, gapId(5), -1);
    const list = composeList(moved, ranking(15), null);
    expect(list.map((entry) => entry.gapId).slice(2, 6)).toEqual([3, 5, 4, 6].map(gapId));
    expect(list[3]).toMatchObject({ gapId: gapId(5), pinned: true });
    expect(list[4]).toMatchObject({ gapId: gapId(4), pinned: false });
  });

  it('moves a pinned neighbour with its pin', () => {
    let draft = moveEntry(newDraft(null), ranking(15), null, gapId(2), -1); // 2 pinned at 1
    draft = moveEntry(draft, ranking(15), null, gapId(1), -1); // 1 above the pinned 2
    const list = composeList(draft, ranking(15), null);
    expect(list.slice(0, 2).map((entry) => [entry.gapId, entry.pinned])).toEqual([
      [gapId(1), true],
      [gapId(2), true]
    ]);
  });

  it('leaves the draft unchanged for a move past either end or of an unlisted gap', () => {
    const draft = newDraft(null);
    expect(moveEntry(draft, ranking(15), null, gapId(1), -1)).toBe(draft);
    expect(moveEntry(draft, ranking(15), null, gapId(10), 1)).toBe(draft);
    expect(moveEntry(draft, ranking(15), null, gapId(12), 1)).toBe(draft);
  });

  it('swaps exactly the two entries of any move, whatever was curated before (property)', () => {
    const gaps = ranking(14);
    const action = fc.oneof(
      fc.record({ op: fc.constant('move' as const), index: fc.nat(13), up: fc.boolean() }),
      fc.record({ op: fc.constant('pin' as const), index: fc.nat(13) }),
      fc.record({ op: fc.constant('remove' as const), index: fc.nat(13) }),
      fc.record({ op: fc.constant('add' as const), index: fc.nat(13) })
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), fc.nat(9), fc.boolean(), (ops, at, up) => {
        let draft = newDraft(null);
        for (const step of ops) {
          const id = gaps[step.index].id;
          if (step.op === 'move') draft = moveEntry(draft, gaps, null, id, step.up ? -1 : 1);
          if (step.op === 'pin') draft = togglePin(draft, composeList(draft, gaps, null), id);
          if (step.op === 'remove') draft = removeGap(draft, id);
          if (step.op === 'add') {
            const result = addGap(draft, id, gaps, null);
            if (result.ok) draft = result.draft;
          }
        }
        const before = composeList(draft, gaps, null).map((entry) => entry.gapId);
        if (at >= before.length) return;
        const to = at + (up ? -1 : 1);
        const after = composeList(
          moveEntry(draft, gaps, null, before[at], up ? -1 : 1),
          gaps,
          null
        ).map((entry) => entry.gapId);
        const expected = before.slice();
        if (to >= 0 && to < before.length) {
          [expected[at], expected[to]] = [expected[to], expected[at]];
        }
        expect(after).toEqual(expected);
      }),
      { numRuns: 300, seed: 42 }
    );
  });
});

describe('replacements, links, rationale and notes', () => {
  it('accepts a replacement at the resolved entry rank, pinned and added', () => {
    const draft = acceptReplacement(newDraft(null), gapId(13), 2);
    const list = composeList(draft, ranking(15), null);
    expect(list[1]).toMatchObject({ gapId: gapId(13), pinned: true, added: true });
    expect(list).toHaveLength(10);
  });

  it('validates GitHub links as the validation rule does; empty is allowed', () => {
    let draft = setLink(newDraft(null), gapId(1), '  https://github.com/acme/app/pull/12 ');
    draft = setLink(draft, gapId(2), 'https://github.com.evil.io/acme/app/issues/1');
    // eslint-disable-next-line no-script-url -- the link a validation must refuse
    draft = setLink(draft, gapId(3), 'javascript:alert(1)');
    draft = setLink(draft, gapId(4), '');
    const list = composeList(draft, ranking(15), null);
    expect(list[0]).toMatchObject({
      githubUrl: 'https://github.com/acme/app/pull/12',
      githubUrlValid: true
    });
    expect(list[3]).toMatchObject({ githubUrl: '', githubUrlValid: true });
    expect(invalidEntries(list).map((entry) => entry.gapId)).toEqual([gapId(2), gapId(3)]);
  });

  it('keeps rationale and notes within the field length', () => {
    const long = 'x'.repeat(MAX_TEXT_LENGTH + 5);
    const draft = setNotes(setRationale(newDraft(null), gapId(1), long), long);
    expect(draft.rationales[gapId(1)]).toHaveLength(MAX_TEXT_LENGTH);
    expect(draft.notes).toHaveLength(MAX_TEXT_LENGTH);
    expect(composeList(draft, ranking(3), null)[0].rationale).toHaveLength(MAX_TEXT_LENGTH);
  });
});

describe('staleness and storage', () => {
  it('flags a draft built on another revision and rebases it on request', () => {
    const old = newDraft(revision([gapId(1)], { id: 'a02old' }));
    const current = revision([gapId(1)], { id: 'a02new' });
    expect(isStale(old, current)).toBe(true);
    expect(isStale(newDraft(null), null)).toBe(false);
    expect(isStale(newDraft(null), current)).toBe(true);
    expect(isStale(rebase(old, current), current)).toBe(false);
  });

  it('knows an untouched draft from a curated one', () => {
    const rev = revision([gapId(1)]);
    expect(isUntouched(newDraft(rev), rev)).toBe(true);
    expect(isUntouched(setNotes(newDraft(rev), 'n'), rev)).toBe(false);
  });

  it('round-trips a draft through its JSON text', () => {
    let draft = moveEntry(newDraft(null), ranking(15), null, gapId(3), -1);
    draft = setLink(setRationale(removeGap(draft, gapId(7)), gapId(1), 'Why'), gapId(1), 'x');
    draft = setNotes(draft, 'Quarterly review');
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
  });

  it('rejects stored text that is not a draft, and drops malformed parts', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('')).toBeNull();
    expect(parseDraft('{not json')).toBeNull();
    expect(parseDraft('[]')).toBeNull();
    expect(parseDraft(JSON.stringify({ version: 2, baseRevisionId: null }))).toBeNull();
    expect(parseDraft(JSON.stringify({ version: 1, baseRevisionId: 7 }))).toBeNull();
    const parsed = parseDraft(
      '{"version":1,"baseRevisionId":null,"pins":[{"gapId":"a","rank":1.5},{"gapId":"b","rank":2},3],' +
        '"added":["c",4],"removed":"d","links":{"__proto__":"x","e":"y","f":1},"notes":5}'
    );
    expect(parsed).toEqual({
      baseRevisionId: null,
      pins: [{ gapId: 'b', rank: 2 }],
      added: ['c'],
      removed: [],
      removalReasons: {},
      links: { e: 'y' },
      rationales: {},
      notes: ''
    });
  });
});

describe('removal reasons', () => {
  const removed = () => removeGap(removeGap(newDraft(null), gapId(3)), gapId(5));

  it('keeps the reason of a removed gap, cut to the limit; blank clears it', () => {
    const draft = setRemovalReason(removed(), gapId(3), 'Folded into the SSO epic');
    expect(removalsOf(draft)).toEqual(
      new Map([
        [gapId(3), 'Folded into the SSO epic'],
        [gapId(5), '']
      ])
    );
    const long = setRemovalReason(draft, gapId(5), 'x'.repeat(MAX_REMOVAL_REASON_LENGTH + 9));
    expect(long.removalReasons[gapId(5)]).toHaveLength(MAX_REMOVAL_REASON_LENGTH);
    expect(setRemovalReason(draft, gapId(3), '   ').removalReasons).toEqual({});
  });

  it('ignores a reason for a gap that is not removed, and forgets it when the gap comes back', () => {
    const draft = removed();
    expect(setRemovalReason(draft, gapId(1), 'Not removed')).toBe(draft);
    const reasoned = setRemovalReason(draft, gapId(3), 'Out of scope');
    const back = addGap(reasoned, gapId(3), ranking(15), null);
    expect(back.ok && back.draft.removalReasons).toEqual({});
    expect(acceptReplacement(reasoned, gapId(3), 2).removalReasons).toEqual({});
    expect(removalsOf(reasoned).get(gapId(3))).toBe('Out of scope');
  });

  it('stores the reasons and still loads a draft stored before reasons existed', () => {
    const draft = setRemovalReason(removed(), gapId(3), 'Out of scope');
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
    const old = JSON.stringify({
      version: 1,
      baseRevisionId: null,
      pins: [],
      added: [],
      removed: [gapId(3)],
      links: {},
      rationales: {},
      notes: ''
    });
    const loaded = parseDraft(old)!;
    expect(loaded.removed).toEqual([gapId(3)]);
    expect(loaded.removalReasons).toEqual({});
    expect(removalsOf(loaded)).toEqual(new Map([[gapId(3), '']]));
    const tampered = old.replace(
      '"links"',
      `"removalReasons":{"${gapId(3)}":"${'y'.repeat(400)}","x":7},"links"`
    );
    expect(parseDraft(tampered)!.removalReasons[gapId(3)]).toHaveLength(MAX_REMOVAL_REASON_LENGTH);
    expect(Object.keys(parseDraft(tampered)!.removalReasons)).toEqual([gapId(3)]);
  });
});
