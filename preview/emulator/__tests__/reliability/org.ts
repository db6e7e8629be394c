// Shared set-up for the reliability tests: a fresh org, gapData transports per permission set,
// sample Ids for writes, and record counts to prove a refused write left nothing behind.
import type { Transport } from 'c/gapData';
import { emulatorExecute, orgTransport } from '../../../../tools/shared/orgTransport';
import type { GraphQLResponse } from '../../index';
import { conn, testOrg, type TestOrg } from '../helpers';

export const SUBMITTER = 'Product_Gap_Submitter';
export const MANAGER = 'Product_Gap_Manager';
export const TPM = 'Product_Gap_TPM';
export const VIEWER = 'Product_Gap_Viewer';
export const PERMISSION_SETS = [SUBMITTER, MANAGER, TPM, VIEWER] as const;

export interface ReliabilityOrg extends TestOrg {
  /** gapData's transport acting as the preview user holding the permission set. */
  as(permissionSet: string): Transport;
  /** Ids of `first` records of an object, optionally filtered (admin-like TPM read). */
  ids(object: string, first?: number, where?: string): Promise<string[]>;
  /** An open gap and an account/opportunity pair no submission of that gap uses yet. */
  freshSubmissionTarget(): Promise<{ gapId: string; accountId: string; opportunityId: string }>;
  /** The revision currently Published. */
  publishedRevisionId(): Promise<string>;
}

/** The error codes of a raw response (extensions.errorCode), in order. */
export function errorCodes(res: GraphQLResponse): unknown[] {
  return (res.errors ?? []).map((e) => e.extensions?.errorCode ?? e.extensions?.ErrorType);
}

/** A freshly seeded org (60 gaps / 600 submissions) with reliability helpers. */
export async function reliabilityOrg(): Promise<ReliabilityOrg> {
  const org = await testOrg();
  const ids = async (object: string, first = 10, where = '') =>
    conn(
      await org.run(
        `query { uiapi { query { ${object}(first: ${first}${where}) { edges { node { Id } } } } } }`
      ),
      object
    ).edges.map((e: { node: { Id: string } }) => e.node.Id) as string[];
  const freshSubmissionTarget = async () => {
    const [gapId] = await ids('Product_Gap__c', 1, ', where: { Status__c: { eq: "Open" } }');
    const used = new Set(
      conn(
        await org.run(
          `query($gap: ID) { uiapi { query { Product_Gap_Submission__c(first: 2000, where: { Product_Gap__c: { eq: $gap } }) {
            edges { node { Opportunity__c { value } } } } } } }`,
          TPM,
          { gap: gapId }
        ),
        'Product_Gap_Submission__c'
      ).edges.map((e: any) => e.node.Opportunity__c.value)
    );
    const opportunities = conn(
      await org.run(
        `query { uiapi { query { Opportunity(first: 200) { edges { node { Id AccountId { value } } } } } } }`
      ),
      'Opportunity'
    ).edges.map((e: any) => e.node);
    const opportunity = opportunities.find((o: any) => !used.has(o.Id) && o.AccountId.value);
    return { gapId, accountId: opportunity.AccountId.value, opportunityId: opportunity.Id };
  };
  const publishedRevisionId = async () =>
    (await ids('Top_Ten_Revision__c', 1, ', where: { Status__c: { eq: "Published" } }'))[0];
  return {
    ...org,
    as: (ps) => orgTransport(emulatorExecute(org.emulator, org.user(ps).id)),
    ids,
    freshSubmissionTarget,
    publishedRevisionId
  };
}
