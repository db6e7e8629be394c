/** @jest-environment node */
import { chainViolations, soakViolations, type OrgSnapshot } from '../invariants';
import { createLedger, type Ledger } from '../ledger';

const GAP = 'a018d0000000001AAA';
const ACCOUNT = '0018d0000000001AAA';
const OPP = '0068d0000000001AAA';
const KEY = `${GAP}:${ACCOUNT}:${OPP}`;
const R1 = 'a038d0000000001AAA';
const R2 = 'a038d0000000002AAA';

function entries(revisionId: string, n: number, prefix: string) {
  return Array.from({ length: n }, (_, i) => ({
    Id: `${prefix}${i}`,
    revisionId,
    rank: i + 1,
    gapId: `${GAP}${i}`
  }));
}

/** A clean org after a soak that created one submission and published R2 on R1. */
function clean(): {
  snapshot: OrgSnapshot;
  ledger: Ledger;
  before: Record<string, number>;
  after: Record<string, number>;
} {
  const ledger = createLedger();
  ledger.submissionKeys.set('S1', KEY);
  ledger.published.push({
    revisionId: R2,
    basedOnRevisionId: R1,
    gapIds: entries(R2, 2, 'e').map((e) => e.gapId)
  });
  const snapshot: OrgSnapshot = {
    submissions: [{ Id: 'S1', key: KEY, gapId: GAP, accountId: ACCOUNT, opportunityId: OPP }],
    gapIds: [GAP],
    revisions: [
      { Id: R1, status: 'Superseded', supersedesKey: 'FIRST', previousId: null },
      { Id: R2, status: 'Published', supersedesKey: R1, previousId: R1 }
    ],
    entries: [...entries(R1, 3, 'd'), ...entries(R2, 2, 'e')]
  };
  const before = {
    Product_Gap_Submission__c: 0,
    Product_Gap__c: 1,
    Top_Ten_Revision__c: 1,
    Top_Ten_Entry__c: 3
  };
  const after = {
    Product_Gap_Submission__c: 1,
    Product_Gap__c: 1,
    Top_Ten_Revision__c: 2,
    Top_Ten_Entry__c: 5
  };
  return { snapshot, ledger, before, after };
}

describe('soakViolations', () => {
  it('finds nothing in a consistent org', () => {
    expect(soakViolations(clean())).toEqual([]);
  });

  it('reports an acknowledged submission that is missing, and the count that no longer adds up', () => {
    const c = clean();
    c.snapshot.submissions = [];
    c.after.Product_Gap_Submission__c = 0;
    expect(soakViolations(c)).toEqual([
      'Product_Gap_Submission__c: 0 records, expected 1 (before + acknowledged)',
      `lost submission S1 (${KEY})`
    ]);
  });

  it('reports a duplicated key and a record nobody was told about', () => {
    const c = clean();
    c.snapshot.submissions.push({ ...c.snapshot.submissions[0], Id: 'S2' });
    c.after.Product_Gap_Submission__c = 2;
    expect(soakViolations(c)).toEqual([
      'Product_Gap_Submission__c: 2 records, expected 1 (before + acknowledged)',
      `duplicated key ${KEY} on S1, S2`
    ]);
  });

  it('reports a key that does not match its lookups, and records the read-back missed', () => {
    const c = clean();
    c.snapshot.submissions[0].opportunityId = null;
    c.after.Top_Ten_Entry__c = 6;
    expect(soakViolations(c)).toEqual([
      'Top_Ten_Entry__c: read back 5 of 6 records',
      'Top_Ten_Entry__c: 6 records, expected 5 (before + acknowledged)',
      `submission S1 key ${KEY} does not match its lookups`
    ]);
  });

  it('reports a refusal that should have happened (from the ledger) and a lost gap', () => {
    const c = clean();
    c.ledger.accepted.push('publish from the superseded X was accepted');
    c.ledger.gapIds.add('a018d0000000009AAA');
    c.after.Product_Gap__c = 2;
    c.snapshot.gapIds.push('a018d000000000ZAAA');
    expect(soakViolations(c)).toEqual([
      'publish from the superseded X was accepted',
      'lost gap a018d0000000009AAA'
    ]);
  });

  it('reports a revision whose entries are incomplete or differ from what was published', () => {
    const c = clean();
    c.snapshot.entries = [
      ...entries(R1, 3, 'd'),
      { ...entries(R2, 2, 'e')[0] },
      { ...entries(R2, 2, 'e')[1], rank: 1 }
    ];
    expect(soakViolations(c)).toEqual([`revision ${R2} has ranks 1,1`]);
    const [e1, e2] = entries(R2, 2, 'e');
    c.snapshot.entries = [...entries(R1, 3, 'd'), { ...e1, rank: 2 }, { ...e2, rank: 1 }];
    expect(soakViolations(c)).toEqual([`revision ${R2} entries differ from its publish`]);
    c.snapshot.entries = entries(R1, 3, 'd');
    c.after.Top_Ten_Entry__c = 3;
    c.before.Top_Ten_Entry__c = 1;
    expect(soakViolations(c)).toEqual([
      `revision ${R2} has 0 entries`,
      `revision ${R2} entries differ from its publish`
    ]);
  });
});

describe('chainViolations', () => {
  const first = { Id: R1, status: 'Superseded', supersedesKey: 'FIRST', previousId: null };
  it('accepts a linear chain and an empty history', () => {
    expect(
      chainViolations([first, { Id: R2, status: 'Published', supersedesKey: R1, previousId: R1 }])
    ).toEqual([]);
    expect(chainViolations([])).toEqual([]);
  });

  it('reports a fork: two revisions built on the same one', () => {
    const fork = chainViolations([
      first,
      { Id: R2, status: 'Published', supersedesKey: R1, previousId: R1 },
      { Id: 'R3', status: 'Published', supersedesKey: R1, previousId: R1 }
    ]);
    expect(fork).toContain(`Supersedes_Key__c ${R1} held by 2 revisions`);
    expect(fork).toContain('the chain from the head reaches 2 of 3 revisions');
  });

  it('reports two Published revisions, a Superseded head and a key that is not the previous Id', () => {
    expect(
      chainViolations([
        { ...first, status: 'Published' },
        { Id: R2, status: 'Superseded', supersedesKey: R1, previousId: R1 }
      ])
    ).toEqual([`superseded revision ${R1} is Published`, `head revision ${R2} is Superseded`]);
    expect(
      chainViolations([first, { Id: R2, status: 'Published', supersedesKey: 'X', previousId: R1 }])
    ).toEqual([
      `revision ${R2} key X is not its previous ${R1}`,
      'the chain has 2 heads',
      `head revision ${R1} is Superseded`,
      'the chain from the head reaches 1 of 2 revisions'
    ]);
  });

  it('reports a chain without a start or pointing at a missing revision', () => {
    expect(
      chainViolations([{ Id: R2, status: 'Published', supersedesKey: R1, previousId: R1 }])
    ).toEqual([
      '0 revisions start the chain (FIRST)',
      `revision ${R2} follows a missing revision ${R1}`
    ]);
  });
});
