// The score panel's one write: set a gap whose GitHub issue was completed to Done, through
// executeMutation (the Transport), refused before sending when the Id is not a record Id.
import { gql } from 'lightning/graphql';
import { isRecordId } from './recordIds';
import { invalid, platformTransport, send } from './transport';
import type { Transport, WriteResult } from './transport';

/** The status a resolved gap is set to. */
export const DONE_STATUS = 'Done';

/** Sets a gap's Status__c (one update, all or none). */
export const SET_GAP_STATUS = gql`
  mutation SetGapStatus($Id: IdOrRef!, $Status__c: Picklist!) {
    uiapi(input: { allOrNone: true }) {
      Product_Gap__cUpdate(input: { Id: $Id, Product_Gap__c: { Status__c: $Status__c } }) {
        success
      }
    }
  }
`;

/** Sets the gap's Status__c to Done; refused before sending for a value that is not a record Id. */
export async function setGapDone(
  gapId: string,
  transport: Transport = platformTransport
): Promise<WriteResult<{ id: string }>> {
  if (!isRecordId(gapId)) return invalid(['Choose the gap to set Done.']);
  const result = await send(transport, {
    operationName: 'SetGapStatus',
    query: SET_GAP_STATUS,
    variables: { Id: gapId, Status__c: DONE_STATUS }
  });
  return result.ok ? { ok: true, value: { id: gapId } } : result;
}
