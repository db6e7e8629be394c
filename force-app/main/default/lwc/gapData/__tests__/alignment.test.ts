/** @jest-environment node */
import { alignmentProblems, isTargetQuarter, publishTopTen, updateEntryAlignment } from 'c/gapData';
import type { MutationRequest, PublishDraft, Transport } from 'c/gapData';
import { declaredVariables, mutationText } from './sourceDocuments';

const REVISION = 'a03D0000003DUhcIAG';
const ENTRY = 'a04D0000003DUhcIAG';
const GAP_STAYS = 'a00D0000008oWP8IAM';
const GAP_NEW = 'a00D0000008oWP9IAM';
const PM = '005D0000001KyEIIA0';
const NOW = new Date('2026-11-27T15:00:00.000Z');

const ALIGNED = {
  Roadmap_Status__c: { value: 'Planned' },
  Target_Quarter__c: { value: '2027-Q1' },
  Owning_PM__c: { value: PM },
  Alignment_Note__c: { value: 'Agreed in the Q4 review' }
};

/** A TopTenRevision response whose entry for GAP_STAYS carries `fields`. */
function publishedRevision(fields: Record<string, unknown>) {
  return {
    data: {
      uiapi: {
        query: {
          Top_Ten_Revision__c: {
            edges: [
              {
                node: {
                  Id: REVISION,
                  Entries__r: {
                    edges: [
                      {
                        node: {
                          Id: ENTRY,
                          Rank__c: { value: 1 },
                          // The published entry holds the 15-character form: matched case-safe.
                          Product_Gap__c: { value: GAP_STAYS.slice(0, 15) },
                          ...fields
                        }
                      }
                    ]
                  }
                }
              }
            ]
          }
        }
      }
    }
  };
}

function draft(): PublishDraft {
  const entry = (rank: number, gapId: string) => ({
    rank,
    gapId,
    gapName: `Gap ${rank}`,
    gapStatus: 'Open'
  });
  return {
    basedOnRevisionId: REVISION,
    method: 'borda',
    weights: {},
    entries: [entry(1, GAP_STAYS), entry(2, GAP_NEW)]
  };
}

function transport(read?: Transport['read']) {
  const sent: MutationRequest[] = [];
  const t: Transport = {
    mutate: jest.fn(async (request: MutationRequest) => {
      sent.push(request);
      return {
        data: { uiapi: { revision: { Record: { Id: 'a03NEW', Published_At__c: { value: 'x' } } } } }
      } as never;
    }),
    read
  };
  return { t, sent };
}

describe('target quarter', () => {
  it.each(['2027-Q1', '2030-Q4'])('accepts %s', (value) => {
    expect(isTargetQuarter(value)).toBe(true);
  });
  it.each(['2027-Q5', '2027-q1', '27-Q1', '2027 Q1', ' 2027-Q1', '2027-Q1x', '', null, 2027])(
    'refuses %p',
    (value) => {
      expect(isTargetQuarter(value)).toBe(false);
    }
  );
});

describe('alignmentProblems', () => {
  it('accepts blank fields and a complete valid alignment', () => {
    const blank = { roadmapStatus: null, targetQuarter: '', owningPmId: null, note: null };
    expect(alignmentProblems(blank)).toEqual([]);
    expect(
      alignmentProblems({
        roadmapStatus: 'Shipped',
        targetQuarter: '2027-Q2',
        owningPmId: PM,
        note: 'x'
      })
    ).toEqual([]);
  });
  it('names each bad field', () => {
    expect(
      alignmentProblems({
        roadmapStatus: 'Maybe',
        targetQuarter: 'Q1 2027',
        owningPmId: 'not-an-id',
        note: 'x'.repeat(32769)
      })
    ).toEqual([
      'Choose a roadmap status.',
      'Write the target quarter like 2027-Q1.',
      'The owning PM is not a valid user Id.',
      'The alignment note is longer than 32768 characters.'
    ]);
  });
});

describe('updateEntryAlignment', () => {
  it('sends the four fields, blanks as null, in one typed variable each', async () => {
    const { t } = transport();
    (t.mutate as jest.Mock).mockResolvedValueOnce({ data: { uiapi: {} } });
    const result = await updateEntryAlignment(
      ENTRY,
      { roadmapStatus: 'In Progress', targetQuarter: ' 2027-Q3 ', owningPmId: '', note: null },
      t
    );
    expect(result).toEqual({ ok: true, value: { id: ENTRY } });
    const sent = (t.mutate as jest.Mock).mock.calls.map(([request]) => request as MutationRequest);
    expect(sent[0].operationName).toBe('UpdateEntryAlignment');
    expect(sent[0].variables).toEqual({
      Id: ENTRY,
      Roadmap_Status__c: 'In Progress',
      Target_Quarter__c: '2027-Q3',
      Owning_PM__c: null,
      Alignment_Note__c: null
    });
    expect(declaredVariables('UpdateEntryAlignment').sort()).toEqual(
      Object.keys(sent[0].variables).sort()
    );
    expect(mutationText('UpdateEntryAlignment')).toMatch(/\$Target_Quarter__c: String\b/);
  });
  it('sends nothing for a bad quarter or entry Id', async () => {
    const { t } = transport();
    const result = await updateEntryAlignment(
      'nope',
      { roadmapStatus: null, targetQuarter: '2027-Q9', owningPmId: null, note: null },
      t
    );
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      messages: ['The entry Id is not valid.', 'Write the target quarter like 2027-Q1.']
    });
    expect(t.mutate).not.toHaveBeenCalled();
  });
  it('reports a refused save readably (no access)', async () => {
    const { t } = transport();
    (t.mutate as jest.Mock).mockResolvedValueOnce({
      errors: [{ message: 'INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights' }]
    });
    const result = await updateEntryAlignment(
      ENTRY,
      { roadmapStatus: 'Planned', targetQuarter: null, owningPmId: null, note: null },
      t
    );
    expect(result).toMatchObject({ ok: false, kind: 'noAccess' });
  });
});

describe('publish carries the alignment forward', () => {
  it('reads the published entries just before sending and carries the gap that stays', async () => {
    const read = jest.fn(async () => publishedRevision(ALIGNED));
    const { t, sent } = transport(read);
    const result = await publishTopTen(draft(), { transport: t, now: NOW });
    expect(result.ok).toBe(true);
    expect(read).toHaveBeenCalledWith(
      expect.objectContaining({
        operationName: 'TopTenRevision',
        variables: { revisionId: REVISION }
      })
    );
    expect(sent[0].variables).toMatchObject({
      e1_Roadmap_Status__c: 'Planned',
      e1_Target_Quarter__c: '2027-Q1',
      e1_Owning_PM__c: PM,
      e1_Alignment_Note__c: 'Agreed in the Q4 review',
      e2_Roadmap_Status__c: null,
      e2_Target_Quarter__c: null,
      e2_Owning_PM__c: null,
      e2_Alignment_Note__c: null
    });
  });

  it('takes the published values over anything the draft holds (an edit made while drafting)', async () => {
    const read = jest.fn(async () => publishedRevision(ALIGNED));
    const { t, sent } = transport(read);
    const stale = draft();
    stale.entries[0].alignment = {
      roadmapStatus: 'Not Planned',
      targetQuarter: '2026-Q4',
      owningPmId: null,
      note: 'old'
    };
    await publishTopTen(stale, { transport: t, now: NOW });
    expect(sent[0].variables).toMatchObject({
      e1_Roadmap_Status__c: 'Planned',
      e1_Alignment_Note__c: 'Agreed in the Q4 review'
    });
  });

  it('uses the screen copy when the transport cannot read', async () => {
    const { t, sent } = transport();
    await publishTopTen(draft(), {
      transport: t,
      now: NOW,
      published: [
        {
          gapId: GAP_STAYS,
          alignment: {
            roadmapStatus: 'Shipped',
            targetQuarter: null,
            owningPmId: null,
            owningPmName: null,
            note: null
          }
        }
      ]
    });
    expect(sent[0].variables).toMatchObject({ e1_Roadmap_Status__c: 'Shipped' });
  });

  it('sends nothing when the published entries cannot be read', async () => {
    const read = jest.fn(async () => ({ errors: [{ message: 'Request failed' }] }));
    const { t } = transport(read);
    const result = await publishTopTen(draft(), { transport: t, now: NOW });
    expect(result).toMatchObject({ ok: false });
    expect(t.mutate).not.toHaveBeenCalled();
  });

  it('a first publish carries nothing and reads nothing', async () => {
    const read = jest.fn();
    const { t, sent } = transport(read);
    await publishTopTen({ ...draft(), basedOnRevisionId: null }, { transport: t, now: NOW });
    expect(read).not.toHaveBeenCalled();
    expect(sent[0].variables).toMatchObject({ e1_Roadmap_Status__c: null });
  });
});
