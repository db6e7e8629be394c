/** @jest-environment node */
// Every validation rule of the package, evaluated from its formula XML.
import { loadOrgDescribe, loadValidationRules } from '../../../tools/shared/schema/loadMetadata';
import { toCaseSafeId } from '../../../tools/shared/sampleData/ids';
import { compileRules, violations } from '../rules';
import type { SObject } from '../store';

const org = loadOrgDescribe();
const metas = loadValidationRules();
const rules = compileRules(org, metas);
const GAP = 'a018d0000000001AAA';
const GAP2 = 'a018d0000000002AAA';
const ACC = toCaseSafeId('0018d000000000a');
const OPP = '0068d0000000001AAA';
const REV = 'a038d000000000bAAA';

const broken = (object: string, rec: Partial<SObject>, prior?: SObject) =>
  violations(rules.get(object), { Id: GAP, ...rec } as SObject, prior).map((v) => v.rule);

describe('validation rules', () => {
  it('compiles every active rule of the package', () => {
    const names = metas
      .filter((m) => m.active)
      .map((m) => `${m.object}.${m.name}`)
      .sort();
    const compiled = [...rules.entries()]
      .flatMap(([o, list]) => list.map((r) => `${o}.${r.meta.name}`))
      .sort();
    expect(compiled).toEqual(names);
    expect(compiled.length).toBeGreaterThanOrEqual(6);
  });

  it('GitHub_Issue_URL_Format: accepts blank and GitHub issue / pull / discussion links only', () => {
    for (const object of ['Product_Gap__c', 'Top_Ten_Entry__c']) {
      const rec = (url: string | null) => ({
        GitHub_Issue_URL__c: url,
        Rank__c: 1,
        Status__c: 'Open'
      });
      expect(broken(object, rec(null))).not.toContain('GitHub_Issue_URL_Format');
      expect(broken(object, rec('https://github.com/acme/repo/issues/42'))).not.toContain(
        'GitHub_Issue_URL_Format'
      );
      expect(broken(object, rec('https://github.com/acme/my.repo/pull/7'))).not.toContain(
        'GitHub_Issue_URL_Format'
      );
      for (const bad of [
        'https://gitlab.com/a/b/issues/1',
        'https://github.com/acme/repo/issues/0',
        'http://github.com/a/b/issues/1',
        'https://github.com/acme/repo/issues/1/extra'
      ]) {
        expect(broken(object, rec(bad))).toContain('GitHub_Issue_URL_Format');
      }
    }
  });

  it("Merged_Gap_Must_Be_Closed: a gap with Duplicate Of must be Done or Won't Do", () => {
    expect(broken('Product_Gap__c', { Duplicate_Of__c: GAP2, Status__c: 'Open' })).toContain(
      'Merged_Gap_Must_Be_Closed'
    );
    expect(broken('Product_Gap__c', { Duplicate_Of__c: GAP2, Status__c: "Won't Do" })).toEqual([]);
    expect(broken('Product_Gap__c', { Duplicate_Of__c: null, Status__c: 'Open' })).toEqual([]);
  });

  it('Merged_Gap_Not_Self: a gap cannot duplicate itself', () => {
    expect(broken('Product_Gap__c', { Duplicate_Of__c: GAP, Status__c: 'Done' })).toEqual([
      'Merged_Gap_Not_Self'
    ]);
    expect(broken('Product_Gap__c', { Duplicate_Of__c: GAP2, Status__c: 'Done' })).toEqual([]);
  });

  it('Rank_Between_1_And_10: rank present, whole and 1..10', () => {
    expect(broken('Top_Ten_Entry__c', { Rank__c: 1 })).toEqual([]);
    expect(broken('Top_Ten_Entry__c', { Rank__c: 10 })).toEqual([]);
    for (const bad of [0, 11, null])
      expect(broken('Top_Ten_Entry__c', { Rank__c: bad })).toEqual(['Rank_Between_1_And_10']);
  });

  it('Submission_Key_Matches_Lookups: key is gap:account:(opportunity or none) in 18-character Ids', () => {
    const rec = (key: string, opp: string | null) => ({
      Product_Gap__c: GAP,
      Account__c: ACC,
      Opportunity__c: opp,
      Submission_Key__c: key
    });
    expect(broken('Product_Gap_Submission__c', rec(`${GAP}:${ACC}:none`, null))).toEqual([]);
    expect(broken('Product_Gap_Submission__c', rec(`${GAP}:${ACC}:${OPP}`, OPP))).toEqual([]);
    expect(broken('Product_Gap_Submission__c', rec(`${GAP}:${ACC}:none`, OPP))).toEqual([
      'Submission_Key_Matches_Lookups'
    ]);
    expect(broken('Product_Gap_Submission__c', rec(`${GAP2}:${ACC}:none`, null))).toEqual([
      'Submission_Key_Matches_Lookups'
    ]);
    // The field is not required: a blank key (the flow inactive) is refused by the rule instead.
    expect(broken('Product_Gap_Submission__c', rec('', null))).toEqual([
      'Submission_Key_Matches_Lookups'
    ]);
    expect(
      broken('Product_Gap_Submission__c', { ...rec('', null), Submission_Key__c: null })
    ).toEqual(['Submission_Key_Matches_Lookups']);
  });

  it('Supersedes_Key_Matches_Previous: a revision whose Previous Revision was cleared (deleted, SetNull) can still be superseded', () => {
    // Stored after the platform cleared the lookup without running rules.
    const cleared = {
      Id: REV,
      Previous_Revision__c: null,
      Supersedes_Key__c: toCaseSafeId(GAP),
      Status__c: 'Published'
    } as SObject;
    const supersede = { ...cleared, Status__c: 'Superseded' } as SObject;
    expect(violations(rules.get('Top_Ten_Revision__c'), supersede, cleared)).toEqual([]);
    // The old rule checked on every save and refused this supersede (a publish failed whole).
    const meta = metas.find((m) => m.name === 'Supersedes_Key_Matches_Previous')!;
    const old = compileRules(org, [
      {
        ...meta,
        formula:
          'NOT(Supersedes_Key__c = IF(ISBLANK(Previous_Revision__c), "FIRST", CASESAFEID(Previous_Revision__c)))'
      }
    ]);
    expect(violations(old.get('Top_Ten_Revision__c'), supersede, cleared)).toHaveLength(1);
    // It still checks where it matters: a changed previous revision or key.
    expect(
      violations(
        rules.get('Top_Ten_Revision__c'),
        { ...cleared, Previous_Revision__c: REV },
        cleared
      )
    ).toHaveLength(1);
    expect(
      violations(rules.get('Top_Ten_Revision__c'), { ...cleared, Supersedes_Key__c: 'X' }, cleared)
    ).toHaveLength(1);
  });

  it('Supersedes_Key_Matches_Previous: key is the previous revision Id, or FIRST', () => {
    expect(
      broken('Top_Ten_Revision__c', { Previous_Revision__c: null, Supersedes_Key__c: 'FIRST' })
    ).toEqual([]);
    expect(
      broken('Top_Ten_Revision__c', {
        Previous_Revision__c: REV,
        Supersedes_Key__c: toCaseSafeId(REV)
      })
    ).toEqual([]);
    expect(
      broken('Top_Ten_Revision__c', { Previous_Revision__c: REV, Supersedes_Key__c: 'FIRST' })
    ).toEqual(['Supersedes_Key_Matches_Previous']);
    expect(
      broken('Top_Ten_Revision__c', { Previous_Revision__c: null, Supersedes_Key__c: REV })
    ).toEqual(['Supersedes_Key_Matches_Previous']);
  });
});
