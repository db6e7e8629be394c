/** @jest-environment node */
// The generator against the package metadata: picklist values, field names and the validation
// rules themselves (evaluated with formulon, as the local emulator does).
import { generateSampleData } from '../generate';
import {
  GAP_STATUSES,
  isGitHubIssueUrl,
  LIFECYCLE_STAGES,
  PRODUCT_AREAS,
  RANKING_METHOD_VALUES,
  REVISION_STATUSES,
  SEVERITIES,
  type EntryRow,
  type GapRow,
  type RevisionRow,
  type SubmissionRow
} from '../model';
import { id15, text, violates, type FormulaValue } from './formulas';
import { readFields, readPicklist, readValidationRules } from './metadata';

const data = generateSampleData({ seed: 42, gaps: 120, submissions: 1500 });

describe('picklist values match the object metadata', () => {
  it.each([
    ['Product_Gap__c', 'Product_Area__c', PRODUCT_AREAS],
    ['Product_Gap__c', 'Status__c', GAP_STATUSES],
    ['Product_Gap__c', 'Lifecycle_Stage__c', LIFECYCLE_STAGES],
    ['Product_Gap_Submission__c', 'Severity__c', SEVERITIES],
    ['Top_Ten_Revision__c', 'Status__c', REVISION_STATUSES],
    ['Top_Ten_Revision__c', 'Method__c', RANKING_METHOD_VALUES]
  ])('%s.%s', (object, field, values) => {
    expect(readPicklist(object, field)).toEqual([...values]);
  });

  it('only generates values the metadata defines', () => {
    const picklist = (object: string, field: string) => new Set(readPicklist(object, field));
    const check = <T>(rows: readonly T[], object: string, field: keyof T & string) => {
      const allowed = picklist(object, field);
      expect(rows.map((r) => r[field] as string).filter((v) => !allowed.has(v))).toEqual([]);
    };
    check(data.Product_Gap__c, 'Product_Gap__c', 'Product_Area__c');
    check(data.Product_Gap__c, 'Product_Gap__c', 'Status__c');
    check(data.Product_Gap__c, 'Product_Gap__c', 'Lifecycle_Stage__c');
    check(data.Product_Gap_Submission__c, 'Product_Gap_Submission__c', 'Severity__c');
    check(data.Top_Ten_Revision__c, 'Top_Ten_Revision__c', 'Status__c');
    check(data.Top_Ten_Revision__c, 'Top_Ten_Revision__c', 'Method__c');
  });
});

describe('generated fields exist in the metadata', () => {
  const STANDARD = new Set(['Id', 'Name', 'CreatedDate', 'CreatedById', 'OwnerId']);
  it.each([
    ['Product_Gap__c', data.Product_Gap__c[0]],
    ['Product_Gap_Submission__c', data.Product_Gap_Submission__c[0]],
    ['Top_Ten_Revision__c', data.Top_Ten_Revision__c[0]],
    ['Top_Ten_Entry__c', data.Top_Ten_Entry__c[0]],
    ['Account', data.Account[0]]
  ])('%s', (object, row) => {
    const fields = readFields(object);
    const unknown = Object.keys(row).filter((k) => k.endsWith('__c') && !fields.has(k));
    expect(unknown).toEqual([]);
    expect(
      Object.keys(row).filter((k) => !k.endsWith('__c') && !STANDARD.has(k) && object !== 'Account')
    ).toEqual([]);
  });

  it('fits text values in the field lengths', () => {
    const length = (object: string, field: string) => Number(readFields(object).get(field)?.length);
    const over = (rows: readonly Record<string, unknown>[], object: string, field: string) =>
      rows.filter(
        (r) => typeof r[field] === 'string' && (r[field] as string).length > length(object, field)
      );
    expect(
      over(
        data.Product_Gap_Submission__c as never,
        'Product_Gap_Submission__c',
        'Submission_Key__c'
      )
    ).toEqual([]);
    expect(
      over(data.Top_Ten_Revision__c as never, 'Top_Ten_Revision__c', 'Supersedes_Key__c')
    ).toEqual([]);
    expect(over(data.Top_Ten_Revision__c as never, 'Top_Ten_Revision__c', 'Weights__c')).toEqual(
      []
    );
    expect(over(data.Top_Ten_Entry__c as never, 'Top_Ten_Entry__c', 'Gap_Name__c')).toEqual([]);
    expect(
      data.Product_Gap__c.filter((g) => g.Summary__c.length > 255 || g.Name.length > 80)
    ).toEqual([]);
  });
});

// Formula inputs per record, as the org's formula engine sees them.
const gapFields = (g: GapRow): Record<string, FormulaValue> => ({
  Id: id15(g.Id),
  Duplicate_Of__c: id15(g.Duplicate_Of__c),
  Status__c: { kind: 'picklist', value: g.Status__c, values: GAP_STATUSES },
  GitHub_Issue_URL__c: text(g.GitHub_Issue_URL__c)
});
const submissionFields = (s: SubmissionRow): Record<string, FormulaValue> => ({
  Submission_Key__c: text(s.Submission_Key__c),
  Product_Gap__c: id15(s.Product_Gap__c),
  Account__c: id15(s.Account__c),
  Opportunity__c: id15(s.Opportunity__c)
});
const revisionFields = (r: RevisionRow): Record<string, FormulaValue> => ({
  Supersedes_Key__c: text(r.Supersedes_Key__c),
  Previous_Revision__c: id15(r.Previous_Revision__c)
});
const entryFields = (e: EntryRow): Record<string, FormulaValue> => ({
  Rank__c: { kind: 'number', value: e.Rank__c },
  GitHub_Issue_URL__c: text(e.GitHub_Issue_URL__c),
  // The sample data leaves the roadmap alignment to Managers: no target quarter.
  Target_Quarter__c: text(null)
});

function rule(object: string, name: string): string {
  const found = readValidationRules(object).get(name);
  if (!found) throw new Error(`No validation rule ${object}.${name}`);
  expect(found.active).toBe('true');
  return found.errorConditionFormula;
}

describe('every generated record passes the validation rules', () => {
  it('Product_Gap__c', () => {
    const rules = [...readValidationRules('Product_Gap__c').values()];
    expect(rules.map((r) => r.fullName).sort()).toEqual([
      'GitHub_Issue_URL_Format',
      'Merged_Gap_Must_Be_Closed',
      'Merged_Gap_Not_Self'
    ]);
    const failures = data.Product_Gap__c.flatMap((g) =>
      rules
        .filter((r) => violates(r.errorConditionFormula, gapFields(g)))
        .map((r) => `${g.Id} ${r.fullName}`)
    );
    expect(failures).toEqual([]);
    expect(
      data.Product_Gap__c.some((g) => g.Duplicate_Of__c && g.GitHub_Issue_URL__c === null)
    ).toBe(true);
  });

  it('Product_Gap_Submission__c (formulon evaluates the key rule only with an opportunity)', () => {
    const formula = rule('Product_Gap_Submission__c', 'Submission_Key_Matches_Lookups');
    // formulon evaluates both IF branches and its CASESAFEID fails on a blank Id: records without
    // an opportunity are checked against the rule's "none" branch by construction in generate.test.
    const withOpportunity = data.Product_Gap_Submission__c.filter((s) => s.Opportunity__c !== null);
    expect(withOpportunity.length).toBeGreaterThan(100);
    expect(withOpportunity.filter((s) => violates(formula, submissionFields(s)))).toEqual([]);
  });

  it('Top_Ten_Revision__c (records with a previous revision)', () => {
    const formula = rule('Top_Ten_Revision__c', 'Supersedes_Key_Matches_Previous');
    const chained = data.Top_Ten_Revision__c.filter((r) => r.Previous_Revision__c !== null);
    expect(chained).toHaveLength(2);
    expect(chained.filter((r) => violates(formula, revisionFields(r)))).toEqual([]);
  });

  it('Top_Ten_Entry__c', () => {
    const rules = [...readValidationRules('Top_Ten_Entry__c').values()];
    expect(rules).toHaveLength(3);
    const failures = data.Top_Ten_Entry__c.flatMap((e) =>
      rules
        .filter((r) => violates(r.errorConditionFormula, entryFields(e)))
        .map((r) => `${e.Id} ${r.fullName}`)
    );
    expect(failures).toEqual([]);
  });
});

describe('the validation rules reject what the contract forbids', () => {
  const gap = data.Product_Gap__c.find(
    (g) => g.Duplicate_Of__c === null && g.Status__c === 'Open'
  ) as GapRow;
  const gh = rule('Product_Gap__c', 'GitHub_Issue_URL_Format');

  it.each([
    ['https://github.com/acme/repo/issues/12', false],
    ['https://github.com/acme-eng/repo.name_x/pull/3', false],
    ['https://github.com/acme/repo/discussions/7', false],
    ['http://github.com/acme/repo/issues/12', true],
    ['https://github.com/acme/repo/issues/', true],
    ['https://github.com/acme/repo/issues/0', true],
    ['https://github.com/acme/repo/tree/main', true],
    ['https://gitlab.com/acme/repo/issues/12', true],
    ['https://githubXcom/acme/repo/issues/12', true],
    ['https://github.com/acme/repo/issues/12/extra', true],
    ['javascript:alert(1)//https://github.com/a/b/issues/1', true]
  ])(
    'GitHub link %s -> rejected %s (rule on gap and entry, and the generator pattern)',
    (url, rejected) => {
      expect(isGitHubIssueUrl(url)).toBe(!rejected);
      expect(violates(gh, { ...gapFields(gap), GitHub_Issue_URL__c: text(url) })).toBe(rejected);
      const entryRule = rule('Top_Ten_Entry__c', 'GitHub_Issue_URL_Format');
      expect(
        violates(entryRule, {
          Rank__c: { kind: 'number', value: 1 },
          GitHub_Issue_URL__c: text(url)
        })
      ).toBe(rejected);
    }
  );

  it('rejects an open merged gap and a gap merged into itself', () => {
    const closed = rule('Product_Gap__c', 'Merged_Gap_Must_Be_Closed');
    const self = rule('Product_Gap__c', 'Merged_Gap_Not_Self');
    const other = data.Product_Gap__c[1].Id;
    expect(violates(closed, { ...gapFields(gap), Duplicate_Of__c: id15(other) })).toBe(true);
    expect(
      violates(closed, {
        ...gapFields(gap),
        Duplicate_Of__c: id15(other),
        Status__c: { kind: 'picklist', value: "Won't Do", values: GAP_STATUSES }
      })
    ).toBe(false);
    expect(violates(self, { ...gapFields(gap), Duplicate_Of__c: id15(gap.Id) })).toBe(true);
    expect(violates(self, { ...gapFields(gap), Duplicate_Of__c: id15(other) })).toBe(false);
  });

  it.each([
    [0, true],
    [1, false],
    [10, false],
    [11, true],
    [null, true]
  ])('rank %p -> rejected %p', (rank, rejected) => {
    const formula = rule('Top_Ten_Entry__c', 'Rank_Between_1_And_10');
    expect(violates(formula, { Rank__c: { kind: 'number', value: rank } })).toBe(rejected);
  });

  it('rejects a submission key that does not match its lookups', () => {
    const formula = rule('Product_Gap_Submission__c', 'Submission_Key_Matches_Lookups');
    const s = data.Product_Gap_Submission__c.find(
      (x) => x.Opportunity__c !== null
    ) as SubmissionRow;
    const fields = submissionFields(s);
    expect(
      violates(formula, { ...fields, Submission_Key__c: text(s.Submission_Key__c.toLowerCase()) })
    ).toBe(true);
    expect(
      violates(formula, {
        ...fields,
        Account__c: id15(
          data.Account[0].Id === s.Account__c ? data.Account[1].Id : data.Account[0].Id
        )
      })
    ).toBe(true);
    // 15-character Ids in the key are wrong: the rule wants the 18-character form.
    const short = `${s.Product_Gap__c.slice(0, 15)}:${s.Account__c.slice(0, 15)}:${(s.Opportunity__c as string).slice(0, 15)}`;
    expect(violates(formula, { ...fields, Submission_Key__c: text(short) })).toBe(true);
  });

  it('rejects a supersedes key other than the previous revision Id', () => {
    const formula = rule('Top_Ten_Revision__c', 'Supersedes_Key_Matches_Previous');
    const r = data.Top_Ten_Revision__c[1];
    expect(violates(formula, { ...revisionFields(r), Supersedes_Key__c: text('FIRST') })).toBe(
      true
    );
    expect(
      violates(formula, {
        ...revisionFields(r),
        Supersedes_Key__c: text(data.Top_Ten_Revision__c[2].Id)
      })
    ).toBe(true);
  });
});
