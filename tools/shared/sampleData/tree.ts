// `sf data import tree` plan for a real org, built from a sample data set: one JSON file per
// object (split at the sObject Tree API's 200 records per request), lookups as @references.
import type { SampleData } from './model';

/** Records per sObject Tree request (REST API limit; the CLI also batches plan files at 200). */
export const TREE_RECORDS_PER_FILE = 200;

export interface TreeRecord {
  attributes: { type: string; referenceId: string };
  [field: string]: unknown;
}
export interface PlanStep {
  sobject: string;
  files: string[];
}
export interface TreePlan {
  plan: PlanStep[];
  /** File name (relative to the plan) -> its contents. */
  files: Map<string, { records: TreeRecord[] }>;
}

// The CLI resolves a same-file reference only when it reads @<sobject>Ref<digits>.
const refId = (sobject: string, index: number) => `${sobject}Ref${index + 1}`;

/** Drops null / undefined fields: the API then leaves them blank. */
function compact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== null && v !== undefined)
  );
}

/**
 * Builds the import plan: accounts, opportunities, gaps (merged ones pointing at their target),
 * submissions, revisions (chained) and entries, in dependency order. Ids, auto-number names,
 * owners, audit dates and the two keys are left to the org: the before-save flows fill
 * Submission_Key__c and Supersedes_Key__c. Throws if a lookup points outside the data set.
 */
export function buildTreePlan(data: SampleData): TreePlan {
  const refs = new Map<string, string>();
  const index = <T extends { Id: string }>(sobject: string, rows: readonly T[]) =>
    rows.forEach((row, i) => refs.set(row.Id, refId(sobject, i)));
  index('Account', data.Account);
  index('Opportunity', data.Opportunity);
  index('Product_Gap__c', data.Product_Gap__c);
  index('Product_Gap_Submission__c', data.Product_Gap_Submission__c);
  index('Top_Ten_Revision__c', data.Top_Ten_Revision__c);
  index('Top_Ten_Entry__c', data.Top_Ten_Entry__c);
  const ref = (id: string | null): string | null => {
    if (id === null) return null;
    const found = refs.get(id);
    if (!found) throw new Error(`Lookup to a record outside the data set: ${id}`);
    return `@${found}`;
  };

  const steps: [string, Record<string, unknown>[]][] = [
    [
      'Account',
      data.Account.map((a) => ({
        Name: a.Name,
        Strategic_Account__c: a.Strategic_Account__c,
        TAM__c: a.TAM__c
      }))
    ],
    [
      'Opportunity',
      data.Opportunity.map((o) => ({
        Name: o.Name,
        AccountId: ref(o.AccountId),
        Amount: o.Amount,
        StageName: o.StageName,
        CloseDate: o.CloseDate
      }))
    ],
    [
      'Product_Gap__c',
      data.Product_Gap__c.map((g) => ({
        Name: g.Name,
        Summary__c: g.Summary__c,
        Description__c: g.Description__c,
        Product_Area__c: g.Product_Area__c,
        Status__c: g.Status__c,
        Lifecycle_Stage__c: g.Lifecycle_Stage__c,
        GitHub_Issue_URL__c: g.GitHub_Issue_URL__c,
        Resolved_On__c: g.Resolved_On__c,
        Duplicate_Of__c: ref(g.Duplicate_Of__c)
      }))
    ],
    [
      'Product_Gap_Submission__c',
      data.Product_Gap_Submission__c.map((s) => ({
        Product_Gap__c: ref(s.Product_Gap__c),
        Account__c: ref(s.Account__c),
        Opportunity__c: ref(s.Opportunity__c),
        Severity__c: s.Severity__c,
        Description__c: s.Description__c,
        Impact__c: s.Impact__c,
        Workaround__c: s.Workaround__c
      }))
    ],
    [
      'Top_Ten_Revision__c',
      data.Top_Ten_Revision__c.map((r) => ({
        Status__c: r.Status__c,
        Published_At__c: r.Published_At__c,
        Method__c: r.Method__c,
        Weights__c: r.Weights__c,
        Notes__c: r.Notes__c,
        Previous_Revision__c: ref(r.Previous_Revision__c)
      }))
    ],
    [
      'Top_Ten_Entry__c',
      data.Top_Ten_Entry__c.map((e) => {
        const { Id: _id, Name: _name, Top_Ten_Revision__c, Product_Gap__c, ...rest } = e;
        return {
          Top_Ten_Revision__c: ref(Top_Ten_Revision__c),
          Product_Gap__c: ref(Product_Gap__c),
          ...rest
        };
      })
    ]
  ];

  const plan: PlanStep[] = [];
  const files = new Map<string, { records: TreeRecord[] }>();
  for (const [sobject, rows] of steps) {
    if (rows.length === 0) continue;
    const records: TreeRecord[] = rows.map((fields, i) => ({
      attributes: { type: sobject, referenceId: refId(sobject, i) },
      ...compact(fields)
    }));
    const chunks = Math.ceil(records.length / TREE_RECORDS_PER_FILE);
    const names: string[] = [];
    for (let c = 0; c < chunks; c++) {
      const name = chunks === 1 ? `${sobject}.json` : `${sobject}-${c + 1}.json`;
      files.set(name, {
        records: records.slice(c * TREE_RECORDS_PER_FILE, (c + 1) * TREE_RECORDS_PER_FILE)
      });
      names.push(name);
    }
    plan.push({ sobject, files: names });
  }
  return { plan, files };
}
