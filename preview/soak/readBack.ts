// Reads every record the soak checks through GraphQL, paging with cursors, as one user.
import type { Execute } from '../../tools/shared/orgTransport';
import type { OrgSnapshot } from './invariants';

const PAGE = 2000;

type Node = Record<string, { value?: unknown } | string | null>;

const value = (node: Node, field: string): string | null => {
  const slot = node[field];
  const v = slot && typeof slot === 'object' ? slot.value : null;
  return v === null || v === undefined ? null : String(v);
};

/** Every record of `object` with the given fields (`{ value }` wrappers), all pages. */
export async function readAll(execute: Execute, object: string, fields: string[]): Promise<Node[]> {
  const selection = fields.map((f) => `${f} { value }`).join(' ');
  const query = `query ReadAll($after: String) { uiapi { query { ${object}(first: ${PAGE}, upperBound: 1000000, after: $after, orderBy: { Id: { order: ASC } }) {
    edges { node { Id ${selection} } } pageInfo { hasNextPage endCursor } } } } }`;
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await execute({ query, variables: { after }, operationName: 'ReadAll' });
    if (res.errors?.length)
      throw new Error(`${object}: ${res.errors.map((e) => e.message).join('; ')}`);
    const connection = (res.data as any).uiapi.query[object];
    nodes.push(...connection.edges.map((e: { node: Node }) => e.node));
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
}

/** Submissions, gap Ids, revisions and entries as the org holds them now. */
export async function readSnapshot(execute: Execute): Promise<OrgSnapshot> {
  const [submissions, gaps, revisions, entries] = await Promise.all([
    readAll(execute, 'Product_Gap_Submission__c', [
      'Submission_Key__c',
      'Product_Gap__c',
      'Account__c',
      'Opportunity__c'
    ]),
    readAll(execute, 'Product_Gap__c', []),
    readAll(execute, 'Top_Ten_Revision__c', [
      'Status__c',
      'Supersedes_Key__c',
      'Previous_Revision__c'
    ]),
    readAll(execute, 'Top_Ten_Entry__c', ['Top_Ten_Revision__c', 'Rank__c', 'Product_Gap__c'])
  ]);
  return {
    submissions: submissions.map((n) => ({
      Id: String(n.Id),
      key: value(n, 'Submission_Key__c'),
      gapId: value(n, 'Product_Gap__c'),
      accountId: value(n, 'Account__c'),
      opportunityId: value(n, 'Opportunity__c')
    })),
    gapIds: gaps.map((n) => String(n.Id)),
    revisions: revisions.map((n) => ({
      Id: String(n.Id),
      status: value(n, 'Status__c'),
      supersedesKey: value(n, 'Supersedes_Key__c'),
      previousId: value(n, 'Previous_Revision__c')
    })),
    entries: entries.map((n) => ({
      Id: String(n.Id),
      revisionId: value(n, 'Top_Ten_Revision__c'),
      rank: value(n, 'Rank__c') === null ? null : Number(value(n, 'Rank__c')),
      gapId: value(n, 'Product_Gap__c')
    }))
  };
}
