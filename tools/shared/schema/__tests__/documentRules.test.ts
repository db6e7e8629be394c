/** @jest-environment node */
// The platform rules beyond schema validity, each shown failing the old (wrong) form.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'graphql';
import { buildUiApiSchema } from '../buildSchema';
import {
  documentRuleProblems,
  packageApiVersion,
  referencedAlias,
  referencesInVariables
} from '../documentRules';
import { PUBLISH_DOCUMENTS_FILES, stalePublishDocuments } from '../publishDocuments';
import { validateSources } from '../validateQueries';

const { schema, view } = buildUiApiSchema();
const rules = (text: string, version = 66) =>
  documentRuleProblems(parse(text), schema, version).map((p) => p.message);
const source = (text: string) =>
  validateSources([{ path: 'lwc/demo/demo.ts', text }], schema, view.org, 66).problems;

// The Top 10 publish before this change: entries switched on and off with @include.
const OLD_PUBLISH = `mutation PublishTopTen($revision: Top_Ten_Revision__cCreateInput!, $entry2: Top_Ten_Entry__cCreateInput!,
  $withEntry2: Boolean!) { uiapi(input: { allOrNone: true }) {
  revision: Top_Ten_Revision__cCreate(input: $revision) { Record { Id } }
  entry2: Top_Ten_Entry__cCreate(input: $entry2) @include(if: $withEntry2) { Record { Id } } } }`;

describe('variables in directives (GraphQL Wire Adapter Limitations)', () => {
  it('refuses the old publish document and @skip in a query', () => {
    expect(rules(OLD_PUBLISH)).toEqual([expect.stringMatching(/^@include with a variable/)]);
    expect(
      rules(
        'query Q($x: Boolean!) { uiapi { query { Product_Gap__c { totalCount @skip(if: $x) } } } }'
      )
    ).toEqual([expect.stringMatching(/^@skip with a variable/)]);
  });

  it('fails validate:queries on the old document, at the directive line', () => {
    const problems = source(
      `import { gql } from 'lightning/graphql';\nexport const P = gql\`${OLD_PUBLISH}\`;\n`
    );
    expect(problems).toEqual([expect.objectContaining({ line: 5, operation: 'PublishTopTen' })]);
  });
});

describe('@{...} references (Chain Mutations by Using Field References)', () => {
  const create = (ref: string, field = 'Top_Ten_Revision__c') =>
    `mutation M { uiapi { revision: Top_Ten_Revision__cCreate(input: { Top_Ten_Revision__c: { Supersedes_Key__c: "FIRST" } }) { Record { Id } }
     entry: Top_Ten_Entry__cCreate(input: { Top_Ten_Entry__c: { ${field}: "${ref}", Rank__c: 1 } }) { Record { Id } } } }`;

  it('accepts @{alias} written in the document on an IdOrRef field after the operation it names', () => {
    expect(rules(create('@{revision}'))).toEqual([]);
  });

  it('is version-aware: @{ref.Record.Id} is refused on v66.0 and accepted from v67.0', () => {
    expect(packageApiVersion()).toBe(66);
    expect(rules(create('@{revision.Record.Id}'))).toEqual([
      expect.stringMatching(/not a field reference form documented for API v66.0/)
    ]);
    expect(rules(create('@{revision.Record.Id}'), 67)).toEqual([]);
    expect(referencedAlias('@{revision.Record.Name.value}', 67)).toBe('revision');
    expect(referencedAlias('@{revision.Record.Name.value}', 66)).toBeNull();
  });

  it('refuses a reference to a later or unknown operation, and one in a non-IdOrRef field', () => {
    expect(rules(create('@{entry}'))).toEqual([expect.stringMatching(/does not name an earlier/)]);
    expect(rules(create('@{revision}', 'Gap_Name__c'))).toEqual([
      expect.stringMatching(/only documented for IdOrRef/)
    ]);
  });

  it('finds a reference passed inside a variable (the old gap + submission create)', () => {
    const doc = parse(
      'mutation M($s: Product_Gap_Submission__cCreateInput!) { uiapi { Product_Gap_Submission__cCreate(input: $s) { Record { Id } } } }'
    );
    expect(
      referencesInVariables(doc, schema, {
        s: {
          Product_Gap_Submission__c: { Product_Gap__c: '@{gap}', Description__c: '@{not a ref}' }
        }
      })
    ).toEqual(['$s.Product_Gap_Submission__c.Product_Gap__c']);
    // Free text that looks like a reference is only text.
    expect(
      referencesInVariables(doc, schema, {
        s: { Product_Gap_Submission__c: { Description__c: '@{gap}' } }
      })
    ).toEqual([]);
  });

  it('fails validate:queries on a reference built into a variable in the source', () => {
    const problems = source(
      "const variables = { submission: { Product_Gap__c: '@{gap}' } };\nexport default variables;\n"
    );
    expect(problems).toEqual([expect.objectContaining({ line: 1, operation: '(variables)' })]);
  });
});

describe('aggregates (Aggregate Schema: functions on the object own fields)', () => {
  it('refuses an aggregate over a parent relationship field and accepts own fields', () => {
    const agg = (selection: string) =>
      `query A { uiapi { aggregate { Product_Gap_Submission__c(groupBy: { Product_Gap__c: { group: true } }) {
        edges { node { aggregate { Product_Gap__c { value } ${selection} } } } } } } }`;
    expect(rules(agg('Account__c { countDistinct { value } }'))).toEqual([]);
    expect(rules(agg('Opportunity__r { Amount { sum { value } } }'))).toEqual([
      expect.stringMatching(/^aggregate over the parent relationship Opportunity__r/)
    ]);
  });
});

describe('generated publish documents', () => {
  it('are checked in as the generator writes them', () => {
    expect(stalePublishDocuments()).toEqual([]);
  });

  it('stay under the 128 KB a component JavaScript file was limited to', () => {
    for (const file of Object.values(PUBLISH_DOCUMENTS_FILES)) {
      expect(statSync(resolve(__dirname, '../../../..', file)).size).toBeLessThan(131072);
    }
  });
});
