/** @jest-environment node */
import { parse, validate, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import { buildUiApiSchema } from '../buildSchema';
import { loadOrgDescribe } from '../loadMetadata';

const admin = buildUiApiSchema();
const errorsOf = (schema: typeof admin.schema, q: string) =>
  validate(schema, parse(q)).map((e) => e.message);

describe('UI API schema from metadata', () => {
  it('exposes every package object under uiapi.query and uiapi.aggregate with UI API shapes', () => {
    const q = `query { uiapi {
      query { Product_Gap_Submission__c(first: 2000, upperBound: 10000, after: null,
          where: { and: [{ Severity__c: { in: ["P0 - Dealbreaker"] } }, { Account__r: { Name: { like: "A%" } } }],
                   not: { Opportunity__c: { eq: null } }, CreatedDate: { gte: { literal: LAST_90_DAYS } } },
          orderBy: { CreatedDate: { order: DESC, nulls: LAST }, Account__r: { Name: { order: ASC } } }) {
        edges { node { Id Name { value } Severity__c { value displayValue } Account__r { Name { value } TAM__c { value displayValue } }
          Product_Gap__r { Status__c { value } Submissions__r(first: 5) { totalCount } } } cursor }
        pageInfo { endCursor hasNextPage } totalCount } }
      aggregate { Product_Gap_Submission__c(groupBy: { Product_Gap__c: { group: true } }) {
        edges { node { aggregate { Product_Gap__c { value } Account__c { countDistinct { value } } Id { count { value } } } } } } } } }`;
    expect(errorsOf(admin.schema, q)).toEqual([]);
  });

  it('types value wrappers and operators by field type', () => {
    const gap = admin.schema.getType('Product_Gap__c') as GraphQLObjectType;
    expect(String(gap.getFields().Status__c.type)).toBe('PicklistValue');
    expect(String(gap.getFields().Resolved_On__c.type)).toBe('DateValue');
    expect(String(gap.getFields().GitHub_Issue_URL__c.type)).toBe('UrlValue');
    expect(String(gap.getFields().Duplicate_Of__c.type)).toBe('IDValue');
    expect(String(gap.getFields().Duplicate_Of__r.type)).toBe('Product_Gap__c');
    const filter = admin.schema.getType('Product_Gap__c_Filter') as GraphQLInputObjectType;
    expect(filter.getFields().Description__c).toBeUndefined(); // long text cannot be filtered
    expect(String(filter.getFields().Status__c.type)).toBe('PicklistOperators');
    expect(
      errorsOf(
        admin.schema,
        'query { uiapi { query { Product_Gap__c(where: { Status__c: { eq: 3 } }) { totalCount } } } }'
      )
    ).not.toEqual([]);
  });

  it('has create / update / delete mutations with IdOrRef lookups and allOrNone', () => {
    const m = `mutation { uiapi(input: { allOrNone: false }) {
      a: Top_Ten_Revision__cCreate(input: { Top_Ten_Revision__c: { Status__c: "Published", Supersedes_Key__c: "FIRST" } }) { Record { Id } }
      b: Top_Ten_Entry__cCreate(input: { Top_Ten_Entry__c: { Top_Ten_Revision__c: "@{a}", Rank__c: 1 } }) { Record { Id } }
      c: Product_Gap__cUpdate(input: { Id: "a018d0000000001AAA", Product_Gap__c: { Status__c: "Done" } }) { success }
      d: Product_Gap__cDelete(input: { Id: "a018d0000000001AAA" }) { Id } } }`;
    expect(errorsOf(admin.schema, m)).toEqual([]);
  });

  it('builds the schema a Viewer sees: no gaps, no submissions, no mutations', () => {
    const viewer = buildUiApiSchema({ forPermissionSets: ['Product_Gap_Viewer'] });
    expect(viewer.schema.getType('Product_Gap__c')).toBeUndefined();
    expect(viewer.schema.getMutationType()).toBeUndefined();
    const entry = viewer.schema.getType('Top_Ten_Entry__c') as GraphQLObjectType;
    expect(entry.getFields().Impacted_ARR__c).toBeDefined();
    expect(entry.getFields().Product_Gap__r).toBeUndefined();
    expect(
      errorsOf(
        viewer.schema,
        'query { uiapi { query { Top_Ten_Entry__c { edges { node { Rank__c { value } } } } } } }'
      )
    ).toEqual([]);
  });

  it('gives mutations and input fields only where the permission set allows writing', () => {
    const submitter = buildUiApiSchema({ forPermissionSets: ['Product_Gap_Submitter'] });
    const mutations = Object.keys(
      (submitter.schema.getType('UIAPIMutations') as GraphQLObjectType).getFields()
    );
    expect(mutations).toContain('Product_Gap_Submission__cCreate');
    expect(mutations).toContain('Product_Gap__cCreate');
    expect(mutations).not.toContain('Product_Gap__cUpdate');
    expect(mutations).not.toContain('Top_Ten_Revision__cCreate');
    const create = submitter.schema.getType(
      'Product_Gap__cCreateRepresentation'
    ) as GraphQLInputObjectType;
    expect(create.getFields().Status__c).toBeUndefined();
    const manager = buildUiApiSchema({ forPermissionSets: ['Product_Gap_Manager'] });
    const update = manager.schema.getType(
      'Product_Gap__cUpdateRepresentation'
    ) as GraphQLInputObjectType;
    expect(update.getFields().Status__c).toBeDefined();
    expect(() => buildUiApiSchema({ forPermissionSets: ['No_Such_Set'] })).toThrow(/No_Such_Set/);
  });

  it('types each operator with the field scalar: a Text Area filter refuses a String variable', () => {
    const filter = admin.schema.getType('Product_Gap__c_Filter') as GraphQLInputObjectType;
    expect(String(filter.getFields().Summary__c.type)).toBe('TextAreaOperators');
    const ops = admin.schema.getType('TextAreaOperators') as GraphQLInputObjectType;
    expect(String(ops.getFields().like.type)).toBe('TextArea');
    expect(String(ops.getFields().eq.type)).toBe('TextArea');
    expect(
      String(
        (admin.schema.getType('CurrencyOperators') as GraphQLInputObjectType).getFields().gt.type
      )
    ).toBe('Currency');
    expect(
      String(
        (admin.schema.getType('PicklistOperators') as GraphQLInputObjectType).getFields().in.type
      )
    ).toBe('[Picklist]');
    // The old gap search: one String variable for Name and Summary__c.
    const old = `query GapSearch($pattern: String) { uiapi { query { Product_Gap__c(
      where: { or: [{ Name: { like: $pattern } }, { Summary__c: { like: $pattern } }] }) { totalCount } } } }`;
    expect(errorsOf(admin.schema, old)).toEqual([
      'Variable "$pattern" of type "String" used in position expecting type "TextArea".'
    ]);
  });

  it('marks required createable fields without a default non-null in create inputs only', () => {
    const create = admin.schema.getType(
      'Product_Gap_Submission__cCreateRepresentation'
    ) as GraphQLInputObjectType;
    expect(String(create.getFields().Account__c.type)).toBe('IdOrRef!');
    expect(String(create.getFields().Product_Gap__c.type)).toBe('IdOrRef!'); // master-detail
    expect(String(create.getFields().Severity__c.type)).toBe('Picklist!');
    expect(String(create.getFields().Opportunity__c.type)).toBe('IdOrRef');
    // Not required at field level: the before-save flow fills it, the rule checks it.
    expect(String(create.getFields().Submission_Key__c.type)).toBe('String');
    const gap = admin.schema.getType(
      'Product_Gap__cCreateRepresentation'
    ) as GraphQLInputObjectType;
    expect(String(gap.getFields().Name.type)).toBe('String!');
    const update = admin.schema.getType(
      'Product_Gap_Submission__cUpdateRepresentation'
    ) as GraphQLInputObjectType;
    expect(String(update.getFields().Account__c.type)).toBe('IdOrRef');
  });

  it('refuses the old first submission (no Submission_Key__c) while the key field is required', () => {
    const org = loadOrgDescribe();
    org.Product_Gap_Submission__c.fields.Submission_Key__c = {
      ...org.Product_Gap_Submission__c.fields.Submission_Key__c,
      required: true
    };
    const strict = buildUiApiSchema({ org });
    const old = `mutation CreateGapWithSubmission($gap: Product_Gap__cCreateInput!) { uiapi(input: { allOrNone: true }) {
      gap: Product_Gap__cCreate(input: $gap) { Record { Id } }
      submission: Product_Gap_Submission__cCreate(input: { Product_Gap_Submission__c: {
        Product_Gap__c: "@{gap}", Account__c: "001000000000001AAA", Severity__c: "P0 - Dealbreaker" } }) { Record { Id } } } }`;
    expect(errorsOf(strict.schema, old)).toEqual([
      'Field "Product_Gap_Submission__cCreateRepresentation.Submission_Key__c" of required type "String!" was not provided.'
    ]);
    // With the field not required (the shipped metadata) the same create is valid.
    expect(errorsOf(admin.schema, old)).toEqual([]);
  });
});
