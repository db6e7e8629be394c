import { DONE_STATUS, setGapDone } from 'c/gapData';
import type { Transport } from 'c/gapData';

const G1 = 'a00D0000000g001IAA';
const answering = (response: unknown): Transport & { mutate: jest.Mock } => ({
  mutate: jest.fn().mockResolvedValue(response)
});

describe('setGapDone', () => {
  it('sends one SetGapStatus update with Status__c Done', async () => {
    const transport = answering({ data: { uiapi: { Product_Gap__cUpdate: { success: true } } } });
    await expect(setGapDone(G1, transport)).resolves.toEqual({ ok: true, value: { id: G1 } });
    const [request] = transport.mutate.mock.calls[0];
    expect(request.operationName).toBe('SetGapStatus');
    expect(request.variables).toEqual({ Id: G1, Status__c: DONE_STATUS });
    expect(DONE_STATUS).toBe('Done');
  });

  it('refuses a value that is not a record Id without sending', async () => {
    const transport = answering({});
    const result = await setGapDone('not-an-id', transport);
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    expect(transport.mutate).not.toHaveBeenCalled();
  });

  it('reports no access as its own kind', async () => {
    const transport = answering({
      errors: [
        {
          message: 'insufficient access rights on object id',
          extensions: { errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' }
        }
      ]
    });
    await expect(setGapDone(G1, transport)).resolves.toMatchObject({ ok: false, kind: 'noAccess' });
  });
});
