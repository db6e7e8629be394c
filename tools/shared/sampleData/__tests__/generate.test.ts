/** @jest-environment node */
import {
  checkOptions,
  generateSampleData,
  MAX_SIZES,
  midSentence,
  withFullStop
} from '../generate';
import { isGitHubIssueUrl, submissionKey, type SampleData } from '../model';
import { toCaseSafeId } from '../ids';

// Large enough for the shares to settle, small enough to run in well under a second.
const data: SampleData = generateSampleData({ seed: 7, gaps: 300, submissions: 6000 });
const share = <T>(rows: readonly T[], test: (row: T) => boolean) =>
  rows.filter(test).length / rows.length;
const CLOSED = ['Done', "Won't Do", 'Duplicate'];

describe('generateSampleData determinism', () => {
  it('gives byte-identical JSON for the same seed', () => {
    const a = JSON.stringify(generateSampleData({ seed: 42, gaps: 60, submissions: 600 }));
    const b = JSON.stringify(generateSampleData({ seed: 42, gaps: 60, submissions: 600 }));
    expect(a).toBe(b);
  });

  it('gives different data for a different seed', () => {
    const a = generateSampleData({ seed: 42, gaps: 60, submissions: 600 });
    const b = generateSampleData({ seed: 43, gaps: 60, submissions: 600 });
    expect(b.seed).toBe(43);
    expect(JSON.stringify(b.Product_Gap_Submission__c)).not.toBe(
      JSON.stringify(a.Product_Gap_Submission__c)
    );
  });

  it('produces exactly the requested numbers of gaps and submissions', () => {
    expect(data.Product_Gap__c).toHaveLength(300);
    expect(data.Product_Gap_Submission__c).toHaveLength(6000);
  });
});

describe('generated records', () => {
  it('uses 18-character case-safe Ids with the expected key prefixes, all distinct', () => {
    const prefixes: Record<string, string> = {
      Account: '001',
      Opportunity: '006',
      User: '005',
      Product_Gap__c: 'a01',
      Product_Gap_Submission__c: 'a02',
      Top_Ten_Revision__c: 'a03',
      Top_Ten_Entry__c: 'a04'
    };
    const all: string[] = [];
    for (const [object, prefix] of Object.entries(prefixes)) {
      const rows = (data as unknown as Record<string, { Id: string }[]>)[object];
      const bad = rows.filter((r) => r.Id.slice(0, 3) !== prefix || toCaseSafeId(r.Id) !== r.Id);
      expect(bad).toEqual([]);
      all.push(...rows.map((r) => r.Id.toLowerCase()));
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it('has unique submission keys that equal gap:account:(opportunity or none)', () => {
    const subs = data.Product_Gap_Submission__c;
    const bad = subs.filter(
      (s) => s.Submission_Key__c !== submissionKey(s.Product_Gap__c, s.Account__c, s.Opportunity__c)
    );
    expect(bad).toEqual([]);
    expect(new Set(subs.map((s) => s.Submission_Key__c)).size).toBe(subs.length);
    expect(share(subs, (s) => s.Opportunity__c === null)).toBeGreaterThan(0.1);
  });

  it('links submissions to existing records, opportunities of the same account, after the gap exists', () => {
    const gaps = new Map(data.Product_Gap__c.map((g) => [g.Id, g]));
    const accounts = new Set(data.Account.map((a) => a.Id));
    const opps = new Map(data.Opportunity.map((o) => [o.Id, o]));
    const users = new Set(data.User.map((u) => u.Id));
    const bad = data.Product_Gap_Submission__c.filter((s) => {
      const gap = gaps.get(s.Product_Gap__c);
      return (
        !gap ||
        !accounts.has(s.Account__c) ||
        (s.Opportunity__c !== null && opps.get(s.Opportunity__c)?.AccountId !== s.Account__c) ||
        s.CreatedDate < gap.CreatedDate ||
        !users.has(s.CreatedById)
      );
    });
    expect(bad).toEqual([]);
  });

  it('has a realistic severity mix (~15% P0, ~45% P1, ~40% P2)', () => {
    const subs = data.Product_Gap_Submission__c;
    expect(share(subs, (s) => s.Severity__c.startsWith('P0'))).toBeCloseTo(0.15, 1);
    expect(share(subs, (s) => s.Severity__c.startsWith('P1'))).toBeCloseTo(0.45, 1);
    expect(share(subs, (s) => s.Severity__c.startsWith('P2'))).toBeCloseTo(0.4, 1);
  });

  it('skews popularity: the busiest gap has many times the median submissions', () => {
    const counts = new Map<string, number>();
    for (const s of data.Product_Gap_Submission__c) {
      counts.set(s.Product_Gap__c, (counts.get(s.Product_Gap__c) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(5 * sorted[Math.floor(sorted.length / 2)]);
  });

  it('has ~8% strategic accounts with larger TAM, and a few TAMs missing', () => {
    const accounts = data.Account;
    expect(share(accounts, (a) => a.Strategic_Account__c)).toBeGreaterThan(0.04);
    expect(share(accounts, (a) => a.Strategic_Account__c)).toBeLessThan(0.13);
    const meanTam = (strategic: boolean) => {
      const tams = accounts
        .filter((a) => a.Strategic_Account__c === strategic && a.TAM__c !== null)
        .map((a) => a.TAM__c as number);
      return tams.reduce((x, y) => x + y, 0) / tams.length;
    };
    expect(meanTam(true)).toBeGreaterThan(2 * meanTam(false));
    expect(accounts.some((a) => a.TAM__c === null)).toBe(true);
  });

  it('has open, won and lost opportunities with consistent flags, skewed and some missing amounts', () => {
    const opps = data.Opportunity;
    const bad = opps.filter(
      (o) =>
        o.IsClosed !== o.StageName.startsWith('Closed') ||
        o.IsWon !== (o.StageName === 'Closed Won') ||
        !/^\d{4}-\d{2}-\d{2}$/.test(o.CloseDate)
    );
    expect(bad).toEqual([]);
    expect(opps.some((o) => o.StageName === 'Closed Won')).toBe(true);
    expect(opps.some((o) => o.StageName === 'Closed Lost')).toBe(true);
    expect(opps.some((o) => !o.IsClosed)).toBe(true);
    expect(opps.some((o) => o.Amount === null)).toBe(true);
    const amounts = opps.filter((o) => o.Amount !== null).map((o) => o.Amount as number);
    const mean = amounts.reduce((x, y) => x + y, 0) / amounts.length;
    const median = amounts.sort((a, b) => a - b)[Math.floor(amounts.length / 2)];
    expect(mean).toBeGreaterThan(median); // right-skewed
  });

  it('spreads gaps over every product area and status, mostly open', () => {
    const gaps = data.Product_Gap__c;
    expect(new Set(gaps.map((g) => g.Product_Area__c)).size).toBe(9);
    expect(new Set(gaps.map((g) => g.Status__c)).size).toBe(7);
    expect(share(gaps, (g) => CLOSED.includes(g.Status__c))).toBeLessThan(0.4);
  });

  it('merges some gaps, each closed, into an open unmerged gap other than itself', () => {
    const gaps = new Map(data.Product_Gap__c.map((g) => [g.Id, g]));
    const merged = data.Product_Gap__c.filter((g) => g.Duplicate_Of__c !== null);
    expect(merged.length).toBeGreaterThan(0);
    for (const g of merged) {
      expect(g.Status__c).toBe('Duplicate');
      expect(g.Duplicate_Of__c).not.toBe(g.Id);
      const target = gaps.get(g.Duplicate_Of__c as string);
      expect(target?.Duplicate_Of__c).toBeNull();
      expect(CLOSED).not.toContain(target?.Status__c);
    }
  });

  it('sets Resolved_On__c exactly on closed gaps, not before creation', () => {
    const bad = data.Product_Gap__c.filter(
      (g) =>
        (g.Resolved_On__c !== null) !== CLOSED.includes(g.Status__c) ||
        (g.Resolved_On__c !== null && g.Resolved_On__c < g.CreatedDate.slice(0, 10))
    );
    expect(bad).toEqual([]);
  });

  it('only carries GitHub links of the validation-rule shape, on gaps and entries', () => {
    const urls = [...data.Product_Gap__c, ...data.Top_Ten_Entry__c]
      .map((r) => r.GitHub_Issue_URL__c)
      .filter((u): u is string => u !== null);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !isGitHubIssueUrl(url))).toEqual([]);
  });
});

describe('published revisions', () => {
  const revisions = data.Top_Ten_Revision__c;
  const entries = data.Top_Ten_Entry__c;

  it('chains three revisions: FIRST, then the previous Id; only the newest is Published', () => {
    expect(revisions.map((r) => r.Status__c)).toEqual(['Superseded', 'Superseded', 'Published']);
    expect(revisions[0].Supersedes_Key__c).toBe('FIRST');
    expect(revisions[0].Previous_Revision__c).toBeNull();
    for (let k = 1; k < revisions.length; k++) {
      expect(revisions[k].Previous_Revision__c).toBe(revisions[k - 1].Id);
      expect(revisions[k].Supersedes_Key__c).toBe(revisions[k - 1].Id);
      expect(revisions[k].Published_At__c > revisions[k - 1].Published_At__c).toBe(true);
    }
    for (const r of revisions) expect(JSON.parse(r.Weights__c)).toMatchObject({ arr: 1 });
  });

  it('gives each revision ranks 1..10 of distinct existing gaps with snapshot numbers', () => {
    const gapIds = new Set(data.Product_Gap__c.map((g) => g.Id));
    for (const r of revisions) {
      const mine = entries.filter((e) => e.Top_Ten_Revision__c === r.Id);
      expect(mine.map((e) => e.Rank__c)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(new Set(mine.map((e) => e.Product_Gap__c)).size).toBe(10);
      for (const e of mine) {
        expect(gapIds.has(e.Product_Gap__c)).toBe(true);
        expect(e.Impacted_Accounts__c).toBeGreaterThan(0);
        expect(e.Open_ARR__c + e.Won_ARR__c + e.Lost_ARR__c).toBeCloseTo(e.Impacted_ARR__c, 1);
        expect(e.P0_Accounts__c + e.P1_Accounts__c + e.P2_Accounts__c).toBe(e.Impacted_Accounts__c);
        expect(e.Confidence__c).toBeGreaterThanOrEqual(0);
        expect(e.Confidence__c).toBeLessThanOrEqual(1);
        expect(e.Rationale__c).toMatch(new RegExp(`^#${e.Rank__c}: `));
      }
    }
  });

  it('builds no revision when asked for none, and no entries without submissions', () => {
    expect(
      generateSampleData({ seed: 1, gaps: 5, submissions: 10, revisions: 0 }).Top_Ten_Revision__c
    ).toEqual([]);
    const empty = generateSampleData({ seed: 1, gaps: 5, submissions: 0 });
    expect(empty.Top_Ten_Entry__c).toEqual([]);
    expect(empty.Top_Ten_Revision__c).toHaveLength(3);
  });
});

describe('impossible sizes', () => {
  it('refuses more submissions than distinct gap/account/opportunity triples exist', () => {
    // One gap and 150 accounts hold far fewer than 3,000 distinct triples.
    expect(() => generateSampleData({ seed: 3, gaps: 1, submissions: 3000 })).toThrow(
      /Could not place 3000 unique submissions on 1 gaps/
    );
  });
});

describe('checkOptions', () => {
  it.each([
    [{ seed: -1, gaps: 1, submissions: 1 }, /--seed/],
    [{ seed: 1.5, gaps: 1, submissions: 1 }, /--seed/],
    [{ seed: 1, gaps: 0, submissions: 1 }, /--gaps/],
    [{ seed: 1, gaps: MAX_SIZES.gaps + 1, submissions: 1 }, /--gaps/],
    [{ seed: 1, gaps: 1, submissions: MAX_SIZES.submissions + 1 }, /--submissions/],
    [{ seed: 1, gaps: 1, submissions: 1, asOf: 'yesterday' }, /--as-of/]
  ])('rejects %p', (options, message) => {
    expect(() => checkOptions(options)).toThrow(message);
  });
});

describe('sample text reads as people write it', () => {
  it('keeps acronyms whole inside a sentence and lower-cases other topics', () => {
    expect(midSentence('PII masking before model calls')).toBe('PII masking before model calls');
    expect(midSentence('SCIM 2.0 group provisioning')).toBe('SCIM 2.0 group provisioning');
    expect(midSentence('HIPAA-ready audit exports')).toBe('HIPAA-ready audit exports');
    expect(midSentence('Bidirectional Jira sync')).toBe('bidirectional Jira sync');
    expect(midSentence('')).toBe('');
  });

  it('never ends a sentence with two full stops', () => {
    expect(withFullStop('Sync with Okta')).toBe('Sync with Okta.');
    expect(withFullStop('Sync with Okta Inc.')).toBe('Sync with Okta Inc.');
    expect(withFullStop('Really?')).toBe('Really?');
  });

  it('writes no mis-capitalised acronym and no double full stop anywhere in a data set', () => {
    for (const gap of data.Product_Gap__c) {
      const text = `${gap.Summary__c}\n${gap.Description__c}`;
      expect(text).not.toMatch(/\b[a-z][A-Z]{2,}/);
      expect(text).not.toMatch(/\.\./);
    }
  });
});
