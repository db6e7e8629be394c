/** @jest-environment node */
import { buildUiApiSchema } from '../buildSchema';
import { main, validateSources } from '../validateQueries';

const { schema, view } = buildUiApiSchema();
const check = (body: string) =>
  validateSources(
    [
      {
        path: 'lwc/demo/demo.ts',
        text: `import { gql } from 'lightning/graphql';\n\nexport const Q = gql\`${body}\`;\n`
      }
    ],
    schema,
    view.org
  );

describe('validate:queries', () => {
  it('passes a valid query and counts it', () => {
    const r = check(
      `query Gaps { uiapi { query { Product_Gap__c(where: { Status__c: { eq: "Open" } }) { edges { node { Id Name { value } } } } } } }`
    );
    expect(r.problems).toEqual([]);
    expect(r.counts['lwc/demo/demo.ts']).toBe(1);
  });

  it('fails a misspelt field, naming the field, the operation and the file line', () => {
    const r = check(`query Gaps {
  uiapi { query { Product_Gap__c { edges { node { Id Stauts__c { value } } } } } }
}`);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'lwc/demo/demo.ts', line: 4, operation: 'Gaps' });
    expect(r.problems[0].message).toMatch(/Stauts__c/);
  });

  it('fails a wrong argument type', () => {
    const r = check(
      `query Page { uiapi { query { Product_Gap__c(first: "ten") { totalCount } } } }`
    );
    expect(r.problems[0].message).toMatch(/Int cannot represent/);
  });

  it('fails a picklist value the metadata does not define, in filters, inputs and variable defaults', () => {
    const r = check(`query Open($s: Picklist = "Closed") { uiapi { query {
      a: Product_Gap__c(where: { Status__c: { eq: "Opne" } }) { totalCount }
      b: Product_Gap__c(where: { Status__c: { in: ["Open", $s] } }) { totalCount } } } }`);
    expect(r.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/"Opne" is not a value of picklist Product_Gap__c.Status__c/),
      expect.stringMatching(/"Closed" is not a value of picklist Product_Gap__c.Status__c/)
    ]);
    const m = check(
      `mutation Set { uiapi { Product_Gap__cUpdate(input: { Id: "x", Product_Gap__c: { Status__c: "Finished" } }) { success } } }`
    );
    expect(m.problems[0].message).toMatch(/"Finished"/);
  });

  it('rejects a document with ${...} interpolation', () => {
    const r = validateSources(
      [
        {
          path: 'lwc/demo/demo.ts',
          text: "const f = 'Name';\nexport const Q = gql`query { uiapi { query { Account { edges { node { ${f} } } } } } }`;\n"
        }
      ],
      schema,
      view.org
    );
    expect(r.problems[0]).toMatchObject({ line: 2, operation: '(interpolated)' });
    expect(r.problems[0].message).toMatch(/interpolation/);
  });

  it('passes on the package sources as they are', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const code = await main();
    expect(err.mock.calls.map((c) => c.join(' '))).toEqual([]);
    expect(code).toBe(0);
    log.mockRestore();
    err.mockRestore();
  });
});
